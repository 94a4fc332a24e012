#pragma once

#include <QString>

#include "core/methods/model_header.h"

namespace ds::ui {

// How a model sees its images, in words: "256 × 640 pixels", or for a tiled model "256 × 256 tiles
// at native resolution, overlap 0.25" (reports, the model details).
QString describeInput(const ModelHeader::Input& input);
// The same in a table cell: "256×640", or "256×256 tiles".
QString inputCell(const ModelHeader::Input& input);

}  // namespace ds::ui
