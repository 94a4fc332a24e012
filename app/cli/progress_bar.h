#pragma once

#include <QElapsedTimer>
#include <QString>
#include <mutex>

#include "core/jobs/job_context.h"

// Progress on stderr: a bar with count, stage, rate and ETA, redrawn in place on a terminal and
// printed as occasional lines when stderr is a file or pipe. Silent when quiet.
class ProgressBar : public ds::JobObserver {
 public:
  explicit ProgressBar(bool quiet);
  ~ProgressBar() override;
  void onProgress(int done, int total, const QString& stage) override;
  void onMetric(const QString& name, double step, double value) override;
  void onMessage(const QString& text) override;
  // Ends the current bar line so later output starts on a fresh line.
  void finish();

 private:
  bool quiet_;
  bool tty_;
  std::mutex mutex_;
  QElapsedTimer stageTimer_;
  QElapsedTimer lastDraw_;
  QString stage_;
  QString lastMetric_;
  bool open_ = false;
};
