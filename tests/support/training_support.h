#pragma once

#include <QJsonObject>
#include <QString>
#include <QStringList>
#include <optional>
#include <tuple>
#include <vector>

#include "core/jobs/job_context.h"
#include "core/jobs/train_job.h"
#include "core/methods/model_header.h"

// Helpers for the tests that train models (kept apart from test_support, which the sanitizer build of
// the loaders' tests links without the methods).
namespace dstest {

// Records every metric point of a job; cancels the job once a curve whose name contains cancelOn
// reports a step of at least cancelAtStep (a training loop notices at its next step).
class MetricRecorder : public ds::JobObserver {
 public:
  ds::JobContext* ctx = nullptr;
  double cancelAtStep = -1;
  QString cancelOn;
  std::vector<std::tuple<QString, double, double>> points;
  // Cancels ctx's job once the curve named like `curve` reaches `step`.
  void cancelAt(ds::JobContext& job, const QString& curve, double step) {
    ctx = &job;
    cancelOn = curve;
    cancelAtStep = step;
  }
  void onMetric(const QString& name, double step, double value) override {
    points.emplace_back(name, step, value);
    if (cancelAtStep > 0 && step >= cancelAtStep && name.contains(cancelOn) && ctx) ctx->cancel();
  }
  // The first point where these curves differ from reference's (name, step, or a value beyond
  // relative·|value| + absolute), or nothing when they are the same.
  std::optional<QString> differenceFrom(const MetricRecorder& reference, double relative, double absolute = 0) const;
};

// Trains method with settings on a small demo dataset (64 px, 6 training images, ResNet-18 with
// seeded random weights), saves it, loads it back and predicts the test images with both. Returns what
// differs between the two predictions, or nothing when they are identical; *summary gets the saved
// model's summary.
std::optional<QString> saveLoadDifference(const QString& method, const QStringList& settings, QJsonObject* summary);

// Whether what `train --estimate` says a training run will hold at its peak covers the tensor memory
// the run (ds::runTrain) held at its peak beyond its backbone's weights (training::peakStepBytes): at
// least 85 % of it — the run also scores its test images afterwards, which the estimate leaves out —
// and at most twice. Returns the two figures when it does not, nothing when it does.
std::optional<QString> footprintMisses(const ds::TrainRequest& request);

// A valid header with every section filled: a mean-diff model of 64×48 cropped to 32×32, with a
// stored threshold and two held-out images.
ds::ModelHeader sampleModelHeader();

}  // namespace dstest
