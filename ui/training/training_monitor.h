#pragma once

#include <QElapsedTimer>
#include <QWidget>
#include <functional>
#include <map>

class QCheckBox;
class QEvent;
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

 protected:
  void changeEvent(QEvent* event) override;

 private:
  void retranslate();
  // Shows text() on the label now, and again after a language change.
  void showLive(QLabel* label, std::function<QString()> text);
  void showCurvesCaption();
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
  QString currentJob_;
  QString curvesOf_;  // the job whose curves the plot shows
  std::map<QLabel*, std::function<QString()>> liveTexts_;  // of title_, stage_ and timing_
};

}  // namespace ds::ui
