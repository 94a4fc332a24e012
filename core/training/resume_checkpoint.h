#pragma once

#include <QJsonObject>
#include <QString>
#include <optional>

#include "core/io/model_archive.h"

namespace ds::training {

// The checkpoint a resumed run continues from: nothing when resume is false; otherwise the archive at
// path, whose header "fingerprint" (settings, input size, images, seed) must equal fingerprint.
// Throws ds::Error saying what to do when there is none or it belongs to another run.
std::optional<ModelArchive> openResumeCheckpoint(const QString& path, bool resume, const QJsonObject& fingerprint);

}  // namespace ds::training
