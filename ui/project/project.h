#pragma once

#include <QJsonObject>
#include <QString>
#include <vector>

#include "core/metrics/thresholds.h"

namespace ds::ui {

// Thresholds chosen for a model and how ("max F1", "manual", …).
struct ProjectThresholds {
  ImageThresholds image{qQNaN(), qQNaN(), false};
  double pixel = qQNaN();
  QString chosenBy;
};

// A model trained on (or loaded into) the project, with what the comparison table shows. Thresholds
// belong to a model: another model's scores live on another scale.
struct ProjectModel {
  QString path;         // the .dsm file
  QJsonObject header;   // as saved in the model file
  QJsonObject metrics;  // the last evaluation on this project's dataset (metrics.json fields), empty before
  ProjectThresholds thresholds;
};

// A project: a dataset folder, the models trained on it and their chosen thresholds. Saved as a small
// JSON file (docs/project-file.md); paths inside are stored relative to the project file when below it.
struct Project {
  QString datasetPath;
  std::vector<ProjectModel> models;
  int activeModel = -1;

  // Atomic (QSaveFile): the file is complete or untouched. Throws ds::Error naming the file.
  void save(const QString& path) const;
  // Throws ds::Error naming the file and the problem.
  static Project load(const QString& path);
  ProjectModel* active();
  const ProjectModel* active() const;
};

}  // namespace ds::ui
