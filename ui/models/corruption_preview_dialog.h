#pragma once

#include <QDialog>
#include <QFutureWatcher>
#include <QImage>
#include <vector>

#include "core/jobs/train_job.h"

class QGridLayout;
class QLabel;
class QSlider;

namespace ds::ui {

// One drawn sample, or the reason none could be drawn.
struct PreviewTile {
  QImage corrupted, mask;
  QString error;
};

// Shows what the inpainting autoencoder will train on, before the training time is spent: a grid of
// training samples drawn with the dialog's current settings, each as its corrupted input X̂ beside
// the mask M of what was changed, at a chosen point of training (the crop grows as training goes on).
// Drawing runs off the GUI thread.
class CorruptionPreviewDialog : public QDialog {
  Q_OBJECT

 public:
  CorruptionPreviewDialog(TrainRequest request, QWidget* parent = nullptr);
  // The number of samples shown once drawing has finished (tests).
  int shownSamples() const { return shown_; }

 Q_SIGNALS:
  void samplesShown();

 private:
  void redraw();
  void showTiles();

  TrainRequest request_;
  QSlider* progress_;
  QLabel* progressLabel_;
  QLabel* status_;
  QGridLayout* grid_;
  QFutureWatcher<std::vector<PreviewTile>> watcher_;
  quint64 draw_ = 1;
  bool pending_ = false;
  int shown_ = 0;
};

}  // namespace ds::ui
