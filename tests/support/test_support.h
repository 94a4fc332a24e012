#pragma once

#include <QJsonObject>
#include <QString>
#include <functional>
#include <optional>
#include <QByteArray>
#include <QStringList>
#include <tuple>
#include <vector>

#include "core/jobs/job_context.h"
#include "core/methods/model_header.h"

// Helpers shared by the Qt Test executables.
namespace dstest {

// Records every metric point of a job; cancels the job once a curve whose name contains cancelOn
// reports a step of at least cancelAtStep (a training loop notices at its next step).
class MetricRecorder : public ds::JobObserver {
 public:
  ds::JobContext* ctx = nullptr;
  double cancelAtStep = -1;
  QString cancelOn;
  std::vector<std::tuple<QString, double, double>> points;
  void onMetric(const QString& name, double step, double value) override {
    points.emplace_back(name, step, value);
    if (cancelAtStep > 0 && step >= cancelAtStep && name.contains(cancelOn) && ctx) ctx->cancel();
  }
  // The first point where these curves differ from reference's (name, step, or a value beyond
  // relative·|value| + absolute), or nothing when they are the same.
  std::optional<QString> differenceFrom(const MetricRecorder& reference, double relative, double absolute = 0) const;
};

QString sourceDir();
// ../shared beside the repository; empty when it is absent (a fresh clone), and tests that need it skip.
QString sharedDir();
// The defectscope-cli under test (DS_CLI, set by ctest), or empty.
QString cliPath();

// Runs tests/python/<script> with Debian's python3 on input; returns its JSON output, or nothing
// with the reason in *whyNot (python3, numpy, scipy or scikit-learn missing, or the script failed).
std::optional<QJsonObject> runPythonReference(const QString& script, const QJsonObject& input, QString* whyNot);

// The message of the ds::Error that call throws, or nothing when it does not throw.
std::optional<QString> errorOf(const std::function<void()>& call);
QByteArray readBytes(const QString& path);  // empty when unreadable
bool writeBytes(const QString& path, const QByteArray& bytes);

// Writes the synthetic demo dataset (MVTec layout) of size×size images into folder.
void writeDemoData(const QString& folder, int size, int train, int testGood, int testDefect);
// A factory-style plain folder of demo images: folder/good/ (good images) and folder/defect/
// (defective ones), no masks, no train split. Returns the good images' paths.
QStringList writePlainFolder(const QString& folder, int size, int good, int defective);

// Trains method with settings on a small demo dataset (64 px, 6 training images, ResNet-18 with
// seeded random weights), saves it, loads it back and predicts the test images with both. Returns what
// differs between the two predictions, or nothing when they are identical; *summary gets the saved
// model's summary.
std::optional<QString> saveLoadDifference(const QString& method, const QStringList& settings, QJsonObject* summary);

// A valid header with every section filled: a mean-diff model of 64×48 cropped to 32×32, with a
// stored threshold and two held-out images.
ds::ModelHeader sampleModelHeader();

}  // namespace dstest
