#pragma once

#include <QJsonObject>
#include <QString>
#include <map>
#include <vector>

#include "core/methods/model_header.h"
#include "core/metrics/thresholds.h"

namespace ds::ui {

// The user's own thresholds for a model and how each was made ("manual", "max F1", …); NaN where the
// user has not chosen, so the threshold policy (core/metrics/threshold_policy.h) decides.
struct ProjectThresholds {
  ImageThresholds image{qQNaN(), qQNaN(), false};
  double pixel = qQNaN();
  QString chosenBy, pixelChosenBy;
};

// A production folder scored in the project, and what its last scoring found (model, image and
// verdict counts, date); its images are never labelled by the project.
struct ImageSet {
  QString path;
  QJsonObject lastScoring;
};

// A model trained on (or loaded into) the project, with what the comparison table shows. Thresholds
// belong to a model: another model's scores live on another scale.
struct ProjectModel {
  QString path;         // the .dsm file
  ModelHeader header;   // as saved in the model file
  QJsonObject metrics;  // the last evaluation on the project's labelled set (metrics.json fields), empty before
  ProjectThresholds thresholds;
};

// A label a person confirmed in the review queue: it overrides the folder's label (or gives an
// unlabelled image one) in the metrics and reports; the image files are never touched.
struct ConfirmedLabel {
  bool defective = false;
  QString defectType;  // "good" for a good image
  QString by;          // the operator named in the report settings, or empty
  QString date;        // ISO 8601, UTC
};

// A project: the labelled evaluation set, any number of production folders, the models trained on
// it, the user's thresholds and the labels confirmed in reviews. Saved as a small JSON file (docs/gui.md, "Project file"); paths inside are
// stored relative to the project file when below it.
struct Project {
  QString datasetPath;  // the labelled evaluation set: the models' metrics are computed on it
  std::vector<ImageSet> productionSets;
  std::vector<ProjectModel> models;
  int activeModel = -1;
  std::map<QString, ConfirmedLabel> confirmedLabels;  // by the image's absolute path
  // Ground-truth masks painted in the workbench (files in the project's masks folder) by the image's
  // absolute path: they replace the folder's mask, if it has one.
  std::map<QString, QString> paintedMasks;

  // Atomic (QSaveFile): the file is complete or untouched. Throws ds::Error naming the file.
  void save(const QString& path) const;
  // Throws ds::Error naming the file and the problem.
  static Project load(const QString& path);
  ProjectModel* active();
  const ProjectModel* active() const;
};

}  // namespace ds::ui
