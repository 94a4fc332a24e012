#include "ui/project/project.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QSaveFile>
#include <cmath>

#include "core/data/sample.h"
#include "core/error.h"
#include "core/io/regular_file.h"

namespace ds::ui {
namespace {

const QString kFormat = QStringLiteral("defectscope-project");
// Version 2: image sets, and thresholds that are the user's own (version 1 stored automatic ones too,
// which are not read back: the threshold policy derives them again). Version 3: confirmed labels (a
// version that did not know them would drop them when saving, so it refuses the file).
constexpr int kVersion = 3;

QJsonValue number(double v) { return std::isfinite(v) ? QJsonValue(v) : QJsonValue(QJsonValue::Null); }
double numberOf(const QJsonValue& v) { return v.isDouble() ? v.toDouble() : qQNaN(); }

// Relative when the target lies below the project's folder, so a project folder can be moved whole.
QString storedPath(const QDir& base, const QString& path) {
  if (path.isEmpty()) return path;
  const QString relative = base.relativeFilePath(path);
  return relative.startsWith(QLatin1String("..")) ? QFileInfo(path).absoluteFilePath() : relative;
}

QString resolvedPath(const QDir& base, const QString& stored) {
  return stored.isEmpty() ? stored : QDir::cleanPath(base.absoluteFilePath(stored));
}

QJsonObject thresholdsJson(const ProjectThresholds& t) {
  return {{QStringLiteral("image_ok"), number(t.image.ok)},
          {QStringLiteral("image_nok"), number(t.image.nok)},
          {QStringLiteral("two_level"), t.image.twoLevel},
          {QStringLiteral("pixel"), number(t.pixel)},
          {QStringLiteral("chosen_by"), t.chosenBy},
          {QStringLiteral("pixel_chosen_by"), t.pixelChosenBy}};
}

ProjectThresholds thresholdsFrom(const QJsonObject& json) {
  ProjectThresholds t;
  t.image.ok = numberOf(json.value(QStringLiteral("image_ok")));
  t.image.nok = numberOf(json.value(QStringLiteral("image_nok")));
  t.image.twoLevel = json.value(QStringLiteral("two_level")).toBool();
  t.pixel = numberOf(json.value(QStringLiteral("pixel")));
  t.chosenBy = json.value(QStringLiteral("chosen_by")).toString();
  t.pixelChosenBy = json.value(QStringLiteral("pixel_chosen_by")).toString();
  return t;
}

}  // namespace

const ProjectModel* Project::active() const {
  return activeModel >= 0 && activeModel < static_cast<int>(models.size()) ? &models[activeModel] : nullptr;
}

ProjectModel* Project::active() { return const_cast<ProjectModel*>(std::as_const(*this).active()); }

void Project::save(const QString& path) const {
  const QDir base = QFileInfo(path).absoluteDir();
  QJsonArray modelArray;
  for (const ProjectModel& m : models)
    modelArray.append(QJsonObject{{QStringLiteral("path"), storedPath(base, m.path)},
                                  {QStringLiteral("header"), m.header.toJson()},
                                  {QStringLiteral("metrics"), m.metrics},
                                  {QStringLiteral("thresholds"), thresholdsJson(m.thresholds)}});
  QJsonArray sets;
  for (const ImageSet& set : productionSets)
    sets.append(QJsonObject{{QStringLiteral("path"), storedPath(base, set.path)}, {QStringLiteral("last_scoring"), set.lastScoring}});
  QJsonArray confirmed;
  for (const auto& [image, label] : confirmedLabels)
    confirmed.append(QJsonObject{{QStringLiteral("path"), storedPath(base, image)},
                                 {QStringLiteral("defective"), label.defective},
                                 {QStringLiteral("defect_type"), label.defectType},
                                 {QStringLiteral("by"), label.by},
                                 {QStringLiteral("date"), label.date}});
  QJsonArray masks;
  for (const auto& [image, mask] : paintedMasks)
    masks.append(QJsonObject{{QStringLiteral("image"), storedPath(base, image)}, {QStringLiteral("mask"), storedPath(base, mask)}});
  const QJsonObject json{
      {QStringLiteral("format"), kFormat},
      {QStringLiteral("painted_masks"), masks},
      {QStringLiteral("confirmed_labels"), confirmed},
      {QStringLiteral("version"), kVersion},
      {QStringLiteral("dataset"), storedPath(base, datasetPath)},
      {QStringLiteral("production_sets"), sets},
      {QStringLiteral("models"), modelArray},
      {QStringLiteral("active_model"), activeModel},
  };
  QSaveFile file(path);
  if (!file.open(QIODevice::WriteOnly) || file.write(QJsonDocument(json).toJson()) < 0 || !file.commit())
    throw Error(QCoreApplication::translate("Project", "%1: cannot save the project (%2)").arg(QDir::toNativeSeparators(path), file.errorString()));
}

Project Project::load(const QString& path) {
  QFile file(path);
  if (const QString problem = openRegularFile(file); !problem.isEmpty())
    throw Error(QCoreApplication::translate("Project", "%1: cannot open the project (%2)").arg(QDir::toNativeSeparators(path), problem));
  QJsonParseError parseError;
  const QJsonDocument doc = QJsonDocument::fromJson(file.readAll(), &parseError);
  if (doc.isNull())
    throw Error(QCoreApplication::translate("Project", "%1: not a DefectScope project (%2)").arg(QDir::toNativeSeparators(path), parseError.errorString()));
  const QJsonObject json = doc.object();
  if (json.value(QStringLiteral("format")).toString() != kFormat)
    throw Error(QCoreApplication::translate("Project", "%1: not a DefectScope project").arg(QDir::toNativeSeparators(path)));
  if (json.value(QStringLiteral("version")).toInt() > kVersion)
    throw Error(QCoreApplication::translate("Project", "%1: written by a newer DefectScope (project version %2)")
                    .arg(QDir::toNativeSeparators(path))
                    .arg(json.value(QStringLiteral("version")).toInt()));
  const QDir base = QFileInfo(path).absoluteDir();
  Project project;
  project.datasetPath = resolvedPath(base, json.value(QStringLiteral("dataset")).toString());
  const int version = json.value(QStringLiteral("version")).toInt();
  for (const QJsonValue& v : json.value(QStringLiteral("production_sets")).toArray()) {
    const QJsonObject set = v.toObject();
    project.productionSets.push_back({resolvedPath(base, set.value(QStringLiteral("path")).toString()),
                                      set.value(QStringLiteral("last_scoring")).toObject()});
  }
  for (const QJsonValue& v : json.value(QStringLiteral("models")).toArray()) {
    const QJsonObject m = v.toObject();
    const QString modelPath = resolvedPath(base, m.value(QStringLiteral("path")).toString());
    // The copy of the model's header is checked as the model file's own would be, naming the project.
    const QString source = QCoreApplication::translate("Project", "%1 (the header of model %2)")
                               .arg(QDir::toNativeSeparators(path), QDir::toNativeSeparators(modelPath));
    project.models.push_back({modelPath, ModelHeader::fromJson(m.value(QStringLiteral("header")).toObject(), source),
                              m.value(QStringLiteral("metrics")).toObject(),
                              version >= 2 ? thresholdsFrom(m.value(QStringLiteral("thresholds")).toObject()) : ProjectThresholds{}});
  }
  for (const QJsonValue& v : json.value(QStringLiteral("confirmed_labels")).toArray()) {
    const QJsonObject c = v.toObject();
    const bool defective = c.value(QStringLiteral("defective")).toBool();
    QString type = c.value(QStringLiteral("defect_type")).toString();
    if (!defective || type.isEmpty()) type = defective ? QStringLiteral("defect") : Sample::goodType();
    project.confirmedLabels[resolvedPath(base, c.value(QStringLiteral("path")).toString())] =
        ConfirmedLabel{defective, type, c.value(QStringLiteral("by")).toString(), c.value(QStringLiteral("date")).toString()};
  }
  for (const QJsonValue& v : json.value(QStringLiteral("painted_masks")).toArray()) {
    const QJsonObject m = v.toObject();
    project.paintedMasks[resolvedPath(base, m.value(QStringLiteral("image")).toString())] = resolvedPath(base, m.value(QStringLiteral("mask")).toString());
  }
  project.activeModel = json.value(QStringLiteral("active_model")).toInt(-1);
  if (project.activeModel >= static_cast<int>(project.models.size())) project.activeModel = -1;
  return project;
}

}  // namespace ds::ui
