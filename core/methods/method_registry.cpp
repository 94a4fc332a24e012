#include "core/methods/method_registry.h"

#include <QCoreApplication>

#include "core/error.h"
#include "core/methods/anomaly_method.h"
#include "core/methods/igd/igd.h"
#include "core/methods/inpaint_ae/inpaint_ae.h"
#include "core/methods/mean_diff/mean_diff.h"
#include "core/methods/patchcore/patchcore.h"
#include "core/methods/semi_orthogonal/semi_orthogonal.h"
#include "core/training/training_resources.h"

namespace ds {
namespace {

struct Entry {
  MethodInfo (*info)();
  std::unique_ptr<AnomalyMethod> (*create)(const MethodSettings&, const MethodEnvironment&);
};

template <typename Method>
Entry entry() {
  return {&Method::info, [](const MethodSettings& s, const MethodEnvironment& e) -> std::unique_ptr<AnomalyMethod> {
            return std::make_unique<Method>(s, e);
          }};
}

const std::vector<Entry>& entries() {
  static const std::vector<Entry> table = {entry<MeanDiffMethod>(), entry<PatchCoreMethod>(), entry<SemiOrthogonalMethod>(),
                                             entry<InpaintAutoencoderMethod>(), entry<IgdMethod>()};
  return table;
}

const Entry& find(const QString& id) {
  QStringList ids;
  for (const Entry& e : entries()) {
    if (e.info().id == id) return e;
    ids << e.info().id;
  }
  throw Error(QCoreApplication::translate("MethodRegistry", "unknown method \"%1\" (available: %2)")
                  .arg(id, ids.join(QStringLiteral(", "))));
}

}  // namespace

QString modelUpdateName(ModelUpdate update) {
  switch (update) {
    case ModelUpdate::Exact: return QStringLiteral("exact");
    case ModelUpdate::Coreset: return QStringLiteral("coreset");
    case ModelUpdate::Continued: return QStringLiteral("continued");
    case ModelUpdate::None: break;
  }
  return {};
}

std::vector<MethodInfo> availableMethods() {
  std::vector<MethodInfo> infos;
  for (const Entry& e : entries()) infos.push_back(e.info());
  return infos;
}

MethodInfo methodInfo(const QString& id) { return find(id).info(); }

MethodSettings defaultSettings(const QString& id) { return MethodSettings(methodInfo(id).settings); }

void AnomalyMethod::update(BatchSource&, JobContext&, int) {
  throw Error(QCoreApplication::translate("MethodRegistry", "a %1 model cannot be updated with further images; train it again").arg(id()));
}

TrainingFootprint AnomalyMethod::trainingFootprint(int height, int width, int) const {
  return {loadedBatchBytes(height, width), 0};
}

double AnomalyMethod::scoreStitched(const torch::Tensor& map) const { return map.max().item<double>(); }

std::unique_ptr<AnomalyMethod> createMethod(const QString& id, const MethodSettings& settings,
                                            const MethodEnvironment& environment) {
  return find(id).create(settings, environment);
}

}  // namespace ds
