#include "core/jobs/inspect_job.h"

#include <QCoreApplication>
#include <algorithm>

#include "core/error.h"
#include "core/jobs/job_context.h"
#include "core/jobs/scoring_loop.h"
#include "core/methods/inspection_model.h"
#include "core/metrics/evaluation.h"

namespace ds {

InspectResult runInspect(const InspectRequest& request, JobContext& ctx, LoadReport& report,
                         const std::function<void(InspectedImage)>& onImage) {
  InspectionModel model = InspectionModel::load(request.model, request.device);
  InspectResult result;
  result.selection = selectTestImages(request.samples, request.root, model, ctx);
  std::vector<Sample> samples;
  for (int i : result.selection.scored) samples.push_back(request.samples[i]);
  if (samples.empty()) {
    if (result.selection.excluded.empty()) throw Error(QCoreApplication::translate("InspectJob", "no test images to score"));
    throw Error(QCoreApplication::translate("InspectJob", "every test image is one the model was trained on"));
  }
  const bool anyMask = std::any_of(samples.begin(), samples.end(), [](const Sample& s) { return !s.maskPath.isEmpty(); });
  result.loadOptions = model.loadOptions();
  result.modelHeader = model.header();
  result.region = model.inspectionRegion();
  PixelScoreCollector pixels;
  int scored = 0;
  const qint64 predictNs = scoreSamples(
      model, samples, model.loadOptions(anyMask), report, ctx,
      QCoreApplication::translate("InspectJob", "Scoring"),
      [&](const Sample& s, const LoadedImage& image, const ImagePrediction& prediction) {
        if (anyMask) addPixels(pixels, s, prediction.map, image.mask, result.region);
        onImage({result.selection.scored[image.index], prediction.score, prediction.map, image.mask});
        ++scored;
      });
  if (scored == 0) throw Error(QCoreApplication::translate("InspectJob", "none of the images could be loaded"));
  if (!pixels.empty()) ctx.progress(0, 0, QCoreApplication::translate("InspectJob", "Computing pixel metrics"));
  result.pixel = pixels.finish();
  result.predictMsPerImage = predictNs / 1e6 / scored;
  return result;
}

}  // namespace ds
