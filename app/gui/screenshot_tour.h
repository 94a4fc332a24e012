#pragma once

#include <QObject>
#include <QString>
#include <QTemporaryDir>

#include "core/jobs/train_job.h"

namespace ds::ui {
class MainWindow;
}
class QWidget;

// Drives the workbench through its main views and saves a PNG of each, for the README and docs
// (scripts/screenshots.sh): opens the dataset, trains a model on it in the workbench (so the training
// monitor shows a real run), waits for the scoring that follows, selects the highest-scoring defective
// image and grabs the window with each analysis tab, the review bar, the mask and region editors, then
// the training dialog and its sample preview.
class ScreenshotTour : public QObject {
  Q_OBJECT

 public:
  // request.output is ignored: the model goes to a temporary folder.
  ScreenshotTour(ds::ui::MainWindow* window, QString dataset, ds::TrainRequest request, QString outputDir);
  void start();

 private:
  void scored();
  // The review bar over the image view, then the mask painter and the inspection-region editor on
  // the selected image.
  void reviewAndEditors();
  void trainingDialogs();
  void grab(QWidget* widget, const QString& name);

  ds::ui::MainWindow* window_;
  QString dataset_;
  ds::TrainRequest request_;
  QString outputDir_;
  bool unwritten_ = false;  // a screenshot could not be written: the tour exits with 1
  QTemporaryDir modelDir_;
};
