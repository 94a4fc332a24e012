#include "core/training/resume_checkpoint.h"

#include <QCoreApplication>
#include <QFileInfo>

#include "core/error.h"

namespace ds::training {

std::optional<ModelArchive> openResumeCheckpoint(const QString& path, bool resume, const QJsonObject& fingerprint) {
  if (!resume) return std::nullopt;
  if (path.isEmpty() || !QFileInfo::exists(path))
    throw Error(QCoreApplication::translate("Training", "cannot resume: there is no checkpoint at %1").arg(path));
  ModelArchive checkpoint = ModelArchive::load(path);
  if (checkpoint.header().value(QStringLiteral("fingerprint")).toObject() != fingerprint)
    throw Error(QCoreApplication::translate("Training", "cannot resume from %1: it was made with other settings, input size or training images; train without resuming to start over")
                    .arg(path));
  return checkpoint;
}

}  // namespace ds::training
