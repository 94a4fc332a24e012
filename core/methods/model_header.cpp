#include "core/methods/model_header.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <algorithm>
#include <cmath>
#include <limits>

#include "core/data/holdout_split.h"
#include "core/data/image_size.h"
#include "core/error.h"
#include "core/methods/method_registry.h"

namespace ds {
namespace {

// The header's keys (docs/model-file.md), spelled here only.
const QString kAppVersion = QStringLiteral("app_version");
const QString kMethod = QStringLiteral("method");
const QString kSettings = QStringLiteral("settings");
const QString kInput = QStringLiteral("input");
const QString kWidth = QStringLiteral("width");
const QString kHeight = QStringLiteral("height");
const QString kImageSize = QStringLiteral("image_size");
const QString kNormalization = QStringLiteral("normalization");
const QString kCrop = QStringLiteral("crop");
const QString kEnvironment = QStringLiteral("environment");
const QString kDevice = QStringLiteral("device");
const QString kSeed = QStringLiteral("seed");
const QString kBackbone = QStringLiteral("backbone");
const QString kWeights = QStringLiteral("weights");
const QString kThreads = QStringLiteral("threads");
const QString kTraining = QStringLiteral("training");
const QString kImages = QStringLiteral("n_train");
const QString kFitSeconds = QStringLiteral("fit_s");
const QString kDate = QStringLiteral("date");
const QString kSummary = QStringLiteral("summary");
const QString kModelBytes = QStringLiteral("model_bytes");
const QString kThreshold = QStringLiteral("threshold");
const QString kImage = QStringLiteral("image");
const QString kPixel = QStringLiteral("pixel");
const QString kChosenBy = QStringLiteral("chosen_by");
const QString kHoldout = QStringLiteral("holdout");
const QString kFraction = QStringLiteral("fraction");
const QString kHeldOutImages = QStringLiteral("images");
const QString kPath = QStringLiteral("path");
const QString kSha256 = QStringLiteral("sha256");
const QString kScores = QStringLiteral("scores");
const QString kRule = QStringLiteral("rule");
const QString kImageThreshold = QStringLiteral("image_threshold");
const QString kPixelThreshold = QStringLiteral("pixel_threshold");

const QString kRegion = QStringLiteral("region");
const QString kInspectedFraction = QStringLiteral("inspected_fraction");
const QString kSource = QStringLiteral("source");
const QString kLineage = QStringLiteral("lineage");
const QString kParent = QStringLiteral("parent_sha256");
const QString kImagesAdded = QStringLiteral("images_added");
const QString kHow = QStringLiteral("update");
const QString kSeconds = QStringLiteral("seconds");

const QString kTiling = QStringLiteral("tiling");
const QString kOverlap = QStringLiteral("overlap");
const QString kScale = QStringLiteral("scale");
const QString kUnit = QStringLiteral("unit");
const QString kImageNet = QStringLiteral("imagenet");

// compute::setThreads allows four threads per core of the training machine: this admits machines of up
// to 1024 cores.
constexpr int kMaxThreads = 4096;
// Byte counts are JSON numbers, exact up to 2^53.
constexpr double kMaxBytes = 9007199254740992.0;

QJsonValue number(double v) { return std::isfinite(v) ? QJsonValue(v) : QJsonValue(QJsonValue::Undefined); }

// Reads one header, naming its source and the field (its keys, e.g. "input width") in every refusal.
class Reader {
 public:
  explicit Reader(const QString& source) : source_(source) {}

  Error missing(const QString& field) const {
    return Error(QCoreApplication::translate("ModelHeader", "%1: %2 is missing (damaged model)").arg(source_, field));
  }
  // Another part's refusal (MethodSettings), prefixed with the source.
  Error refused(const QString& message) const { return Error(QCoreApplication::translate("ModelHeader", "%1: %2").arg(source_, message)); }

  QJsonObject section(const QJsonValue& v, const QString& field) const {
    if (!v.isObject()) throw missing(field);
    return v.toObject();
  }

  QString text(const QJsonValue& v, const QString& field) const {
    if (!v.isString()) throw missing(field);
    return v.toString();
  }

  // NaN and the infinities arrive here from QJsonObjects built in memory; a file holds them as null,
  // which is no number.
  double finite(const QJsonValue& v, const QString& field) const {
    if (v.isUndefined()) throw missing(field);
    if (!v.isDouble()) throw Error(QCoreApplication::translate("ModelHeader", "%1: %2 is not a number (damaged model)").arg(source_, field));
    const double x = v.toDouble();
    if (!std::isfinite(x))
      throw Error(QCoreApplication::translate("ModelHeader", "%1: %2 is %3, not a finite number").arg(source_, field, QString::number(x)));
    return x;
  }

  double within(const QJsonValue& v, const QString& field, double lo, double hi) const {
    const double x = finite(v, field);
    if (x < lo || x > hi)
      throw Error(QCoreApplication::translate("ModelHeader", "%1: %2 %3 is out of range (%4…%5)")
                      .arg(source_, field, QString::number(x), QString::number(lo), QString::number(hi)));
    return x;
  }

  double atLeast(const QJsonValue& v, const QString& field, double lo) const {
    const double x = finite(v, field);
    if (x < lo)
      throw Error(QCoreApplication::translate("ModelHeader", "%1: %2 %3 is out of range (at least %4)")
                      .arg(source_, field, QString::number(x), QString::number(lo)));
    return x;
  }

  qint64 whole(const QJsonValue& v, const QString& field, double lo, double hi) const {
    const double x = within(v, field, lo, hi);
    if (x != std::floor(x)) throw notWhole(field, QString::number(x));
    return static_cast<qint64>(x);
  }

  // Seeds are 64-bit, more than a JSON number holds exactly, so they are saved as decimal text.
  quint64 seed(const QJsonValue& v, const QString& field) const {
    if (v.isUndefined()) throw missing(field);
    bool ok = false;
    const quint64 s = v.toString().toULongLong(&ok);
    if (!ok) throw notWhole(field, v.toVariant().toString());
    return s;
  }

  void requireChoice(const QString& value, const QString& field, const QString& first, const QString& second) const {
    if (value != first && value != second)
      throw Error(QCoreApplication::translate("ModelHeader", "%1: %2 \"%3\" is unknown (%4 or %5)").arg(source_, field, value, first, second));
  }

  void requireWithin(cv::Size inner, cv::Size outer, const QString& field) const {
    if (inner.width > outer.width || inner.height > outer.height)
      throw Error(QCoreApplication::translate("ModelHeader", "%1: %2 %3×%4 is larger than the input %5×%6")
                      .arg(source_, field, QString::number(inner.width), QString::number(inner.height), QString::number(outer.width),
                           QString::number(outer.height)));
  }

  void requireImage(const ModelHeader::HeldOutImage& image, const QString& field, qsizetype number) const {
    if (image.path.isEmpty() || !isSha256(image.sha256))
      throw Error(QCoreApplication::translate("ModelHeader", "%1: %2 %3 has no path or no SHA-256 (damaged model)")
                      .arg(source_, field, QString::number(number)));
  }

  void requireCounts(std::size_t scores, std::size_t images, const QString& field) const {
    if (scores != images)
      throw Error(QCoreApplication::translate("ModelHeader", "%1: %2 holds %3 scores for %4 images (damaged model)")
                      .arg(source_, field, QString::number(scores), QString::number(images)));
  }

 private:
  static bool isSha256(const QString& hex) {
    static const QString digits = QStringLiteral("0123456789abcdefABCDEF");
    return hex.size() == 64 && std::all_of(hex.begin(), hex.end(), [](QChar c) { return digits.contains(c); });
  }
  Error notWhole(const QString& field, const QString& value) const {
    return Error(QCoreApplication::translate("ModelHeader", "%1: %2 %3 is not a whole number").arg(source_, field, value));
  }

  QString source_;
};

QString field(const QString& section, const QString& key) { return section + QLatin1Char(' ') + key; }

cv::Size readSize(const Reader& r, const QJsonObject& json, const QString& section) {
  // Width first: the refusal names the first field at fault.
  const auto width = static_cast<int>(r.whole(json.value(kWidth), field(section, kWidth), kMinImageSide, kMaxImageSide));
  const auto height = static_cast<int>(r.whole(json.value(kHeight), field(section, kHeight), kMinImageSide, kMaxImageSide));
  return {width, height};
}

ModelHeader::Input readInput(const Reader& r, const QJsonObject& json) {
  ModelHeader::Input in;
  in.size = readSize(r, json, kInput);
  if (json.contains(kImageSize)) in.imageSize = r.text(json.value(kImageSize), field(kInput, kImageSize));
  const QString normalization = r.text(json.value(kNormalization), field(kInput, kNormalization));
  r.requireChoice(normalization, field(kInput, kNormalization), kUnit, kImageNet);
  in.normalization = normalization == kImageNet ? Normalization::ImageNet : Normalization::Unit;
  if (json.contains(kCrop)) {
    in.crop = readSize(r, r.section(json.value(kCrop), field(kInput, kCrop)), field(kInput, kCrop));
    r.requireWithin(in.crop, in.size, field(kInput, kCrop));
  }
  if (json.contains(kTiling)) {
    const QJsonObject t = r.section(json.value(kTiling), field(kInput, kTiling));
    if (!in.crop.empty()) throw r.refused(QCoreApplication::translate("ModelHeader", "input tiling and crop cannot both be set (damaged model)"));
    Tiling tiling;
    tiling.tile = in.size;
    tiling.overlap = r.within(t.value(kOverlap), field(kTiling, kOverlap), 0, kMaxTileOverlap);
    tiling.scale = r.within(t.value(kScale), field(kTiling, kScale), kMinTileScale, 1);
    in.tiling = tiling;
  }
  return in;
}

ModelHeader::Environment readEnvironment(const Reader& r, const QJsonObject& json) {
  ModelHeader::Environment e;
  e.device = json.value(kDevice).toString();
  e.seed = r.seed(json.value(kSeed), field(kEnvironment, kSeed));
  e.backbone = json.value(kBackbone).toString();
  e.weights = json.value(kWeights).toString();
  e.threads = static_cast<int>(r.whole(json.value(kThreads), field(kEnvironment, kThreads), 1, kMaxThreads));
  return e;
}

ModelHeader::Training readTraining(const Reader& r, const QJsonObject& json) {
  ModelHeader::Training t;
  t.images = static_cast<int>(r.whole(json.value(kImages), field(kTraining, kImages), 1, std::numeric_limits<int>::max()));
  t.fitSeconds = r.atLeast(json.value(kFitSeconds), field(kTraining, kFitSeconds), 0);
  t.date = json.value(kDate).toString();
  return t;
}

ModelHeader::Threshold readThreshold(const Reader& r, const QJsonObject& json) {
  ModelHeader::Threshold t;
  t.image = r.finite(json.value(kImage), field(kThreshold, kImage));
  if (json.contains(kPixel)) t.pixel = r.finite(json.value(kPixel), field(kThreshold, kPixel));
  t.chosenBy = json.value(kChosenBy).toString();
  return t;
}

ModelHeader::Holdout readHoldout(const Reader& r, const QJsonObject& json) {
  ModelHeader::Holdout h;
  h.fraction = r.within(json.value(kFraction), field(kHoldout, kFraction), 0, kMaxHoldoutFraction);
  h.seed = r.seed(json.value(kSeed), field(kHoldout, kSeed));
  const QJsonArray images = json.value(kHeldOutImages).toArray();
  for (qsizetype i = 0; i < images.size(); ++i) {
    const QJsonObject image = images[i].toObject();
    h.images.push_back({image.value(kPath).toString(), image.value(kSha256).toString()});
    r.requireImage(h.images.back(), field(kHoldout, kHeldOutImages), i + 1);
  }
  for (const QJsonValue& score : json.value(kScores).toArray()) h.scores.push_back(r.finite(score, field(kHoldout, kScores)));
  if (!h.scores.empty()) r.requireCounts(h.scores.size(), h.images.size(), kHoldout);
  h.rule = json.value(kRule).toString();
  if (json.contains(kImageThreshold)) h.imageThreshold = r.finite(json.value(kImageThreshold), field(kHoldout, kImageThreshold));
  if (json.contains(kPixelThreshold)) h.pixelThreshold = r.finite(json.value(kPixelThreshold), field(kHoldout, kPixelThreshold));
  return h;
}

ModelHeader::Region readRegion(const Reader& r, const QJsonObject& json) {
  ModelHeader::Region region;
  // An empty region would make every image pass unseen: training and the region editor refuse one.
  region.inspectedFraction = r.within(json.value(kInspectedFraction), field(kRegion, kInspectedFraction), 1e-9, 1);
  region.source = json.value(kSource).toString();
  return region;
}

std::vector<ModelHeader::Update> readLineage(const Reader& r, const QJsonArray& json) {
  std::vector<ModelHeader::Update> lineage;
  for (const QJsonValue& v : json) {
    const QJsonObject o = r.section(v, kLineage);
    ModelHeader::Update u;
    u.parentSha256 = r.text(o.value(kParent), field(kLineage, kParent));
    u.imagesAdded = static_cast<int>(r.whole(o.value(kImagesAdded), field(kLineage, kImagesAdded), 0, std::numeric_limits<int>::max()));
    u.how = o.value(kHow).toString();
    u.seconds = r.atLeast(o.value(kSeconds), field(kLineage, kSeconds), 0);
    u.date = o.value(kDate).toString();
    lineage.push_back(u);
  }
  return lineage;
}

QJsonObject sizeJson(cv::Size size) { return {{kWidth, size.width}, {kHeight, size.height}}; }

}  // namespace

ModelHeader ModelHeader::fromJson(const QJsonObject& json, const QString& source) {
  const Reader r(source);
  ModelHeader h;
  h.appVersion = json.value(kAppVersion).toString();
  h.method = r.text(json.value(kMethod), kMethod);
  h.settings = r.section(json.value(kSettings), kSettings);
  try {
    // An unknown method, or a setting outside its declared range (MethodSettings checks both).
    defaultSettings(h.method).fromJson(h.settings);
  } catch (const Error& e) {
    throw r.refused(e.message());
  }
  h.input = readInput(r, r.section(json.value(kInput), kInput));
  if (json.contains(kEnvironment)) h.environment = readEnvironment(r, r.section(json.value(kEnvironment), kEnvironment));
  if (json.contains(kTraining)) h.training = readTraining(r, r.section(json.value(kTraining), kTraining));
  h.summary = json.value(kSummary).toObject();
  if (json.contains(kModelBytes)) h.modelBytes = r.whole(json.value(kModelBytes), kModelBytes, 0, kMaxBytes);
  if (json.contains(kThreshold)) h.threshold = readThreshold(r, r.section(json.value(kThreshold), kThreshold));
  if (json.contains(kHoldout)) h.holdout = readHoldout(r, r.section(json.value(kHoldout), kHoldout));
  if (json.contains(kRegion)) h.region = readRegion(r, r.section(json.value(kRegion), kRegion));
  if (json.contains(kLineage)) {
    if (!json.value(kLineage).isArray()) throw r.missing(kLineage);
    h.lineage = readLineage(r, json.value(kLineage).toArray());
  }
  return h;
}

QJsonObject ModelHeader::inputJson() const {
  QJsonObject json = sizeJson(input.size);
  json[kImageSize] = input.imageSize;
  json[kNormalization] = input.normalization == Normalization::ImageNet ? kImageNet : kUnit;
  if (!input.crop.empty()) json[kCrop] = sizeJson(input.crop);
  if (input.tiling) json[kTiling] = QJsonObject{{kOverlap, input.tiling->overlap}, {kScale, input.tiling->scale}};
  return json;
}

QJsonObject ModelHeader::toJson() const {
  QJsonObject json{{kAppVersion, appVersion}, {kMethod, method}, {kSettings, settings}, {kInput, inputJson()}};
  if (environment)
    json[kEnvironment] = QJsonObject{{kDevice, environment->device},
                                     {kSeed, QString::number(environment->seed)},
                                     {kBackbone, environment->backbone},
                                     {kWeights, environment->weights},
                                     {kThreads, environment->threads}};
  if (training)
    json[kTraining] = QJsonObject{{kImages, training->images}, {kFitSeconds, training->fitSeconds}, {kDate, training->date}};
  json[kSummary] = summary;
  if (modelBytes) json[kModelBytes] = static_cast<double>(*modelBytes);
  if (threshold)
    json[kThreshold] = QJsonObject{{kImage, threshold->image}, {kPixel, number(threshold->pixel)}, {kChosenBy, threshold->chosenBy}};
  if (holdout) {
    QJsonArray images, scores;
    for (const HeldOutImage& image : holdout->images) images.append(QJsonObject{{kPath, image.path}, {kSha256, image.sha256}});
    for (double s : holdout->scores) scores.append(s);
    json[kHoldout] = QJsonObject{{kFraction, holdout->fraction},
                                 {kSeed, QString::number(holdout->seed)},
                                 {kRule, holdout->rule},
                                 {kHeldOutImages, images},
                                 {kScores, scores},
                                 {kImageThreshold, number(holdout->imageThreshold)},
                                 {kPixelThreshold, number(holdout->pixelThreshold)}};
  }
  if (region) json[kRegion] = QJsonObject{{kInspectedFraction, region->inspectedFraction}, {kSource, region->source}};
  if (!lineage.empty()) {
    QJsonArray updates;
    for (const Update& u : lineage)
      updates.append(QJsonObject{{kParent, u.parentSha256}, {kImagesAdded, u.imagesAdded}, {kHow, u.how}, {kSeconds, u.seconds}, {kDate, u.date}});
    json[kLineage] = updates;
  }
  return json;
}

MethodSettings ModelHeader::methodSettings() const {
  MethodSettings s = defaultSettings(method);
  s.fromJson(settings);
  return s;
}

bool operator==(const ModelHeader& a, const ModelHeader& b) { return a.toJson() == b.toJson(); }

}  // namespace ds
