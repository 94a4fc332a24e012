#pragma once

#include <QByteArray>
#include <QString>
#include <opencv2/core.hpp>

namespace ds {

// Decodes a PNG held in bytes with libpng as 3-channel BGR, 8- or 16-bit as stored (the layout
// cv::imdecode gives with IMREAD_COLOR | IMREAD_ANYDEPTH): palettes and low bit depths expanded,
// grey replicated, alpha and transparency dropped. libpng's warnings are not printed; its errors
// become *problem (translated) and an empty Mat. The size must already have passed imageSizeProblem.
cv::Mat decodePng(const QByteArray& bytes, QString* problem);

}  // namespace ds
