#include "core/jobs/test_selection.h"

#include <QCoreApplication>
#include <QDir>
#include <QSet>

#include "core/data/content_hash.h"
#include "core/jobs/job_context.h"
#include "core/methods/inspection_model.h"

namespace ds {

TestSelection selectTestImages(const std::vector<Sample>& samples, const QString& root, const InspectionModel& model,
                               JobContext& ctx) {
  TestSelection selection;
  selection.trainingImagesKnown = model.knowsTrainingImages();
  const QStringList heldOutList = model.heldOutPaths();
  const QSet<QString> heldOut(heldOutList.begin(), heldOutList.end());
  const QDir base(root);
  const QString stage = QCoreApplication::translate("TestSelection", "Checking for training images");
  const int total = static_cast<int>(samples.size());
  for (int i = 0; i < total; ++i) {
    const Sample& s = samples[i];
    const bool isHeldOut = !heldOut.isEmpty() && heldOut.contains(QDir::cleanPath(base.relativeFilePath(s.imagePath)));
    if (s.split != Split::Test && !isHeldOut) continue;
    if (selection.trainingImagesKnown && s.labelled) {
      if (i % 16 == 0) {
        ctx.checkCancelled();
        ctx.progress(i, total, stage);
      }
      if (model.trainedOn(fileContentHash(s.imagePath))) {
        selection.excluded.push_back(i);
        continue;
      }
    }
    selection.scored.push_back(i);
    if (isHeldOut) ++selection.heldOut;
  }
  return selection;
}

}  // namespace ds
