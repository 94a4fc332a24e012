#pragma once

#include <QObject>
#include <QString>

namespace ds::ui {
class MainWindow;
}

// Drives the workbench through its main views and saves a PNG of each, for the README and docs
// (scripts/screenshots.sh): opens the dataset, adds the model, waits for scoring, selects the
// highest-scoring defective image and grabs the window with each analysis tab.
class ScreenshotTour : public QObject {
  Q_OBJECT

 public:
  ScreenshotTour(ds::ui::MainWindow* window, QString dataset, QString model, QString outputDir);
  void start();

 private:
  void scored();
  void grab(const QString& name);

  ds::ui::MainWindow* window_;
  QString dataset_;
  QString model_;
  QString outputDir_;
};
