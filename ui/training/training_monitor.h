#pragma once

#include <QElapsedTimer>
#include <QWidget>

class QCheckBox;
class QLabel;
class QPlainTextEdit;
class QProgressBar;
class QPushButton;

namespace ds {
class JobRunner;
}

namespace ds::ui {

class LossPlot;

// Follows the running job live: stage, progress bar, elapsed time, ETA and rate, the method's messages
// (PatchCore's memory-bank size, …) and every metric stream it emits as a loss curve; Cancel stops it.
class TrainingMonitor : public QWidget {
  Q_OBJECT

 public:
  explicit TrainingMonitor(JobRunner* runner, QWidget* parent = nullptr);
  LossPlot* lossPlot() const { return plot_; }
  QPushButton* cancelButton() const { return cancel_; }

 private:
  void jobStarted(const QString& name);
  void jobProgress(int done, int total, const QString& stage);
  void jobFinished(const QString& name, bool cancelled, const QString& error);

  JobRunner* runner_;
  QLabel* title_;
  QLabel* stage_;
  QProgressBar* bar_;
  QLabel* timing_;
  QPushButton* cancel_;
  QCheckBox* logScale_;
  LossPlot* plot_;
  QPlainTextEdit* log_;
  QElapsedTimer jobClock_;
  QElapsedTimer stageClock_;
  QString stageName_;
  bool curvesOfThisJob_ = false;
};

}  // namespace ds::ui
