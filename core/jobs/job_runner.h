#pragma once

#include <QElapsedTimer>
#include <QMutex>
#include <QObject>
#include <QString>
#include <functional>
#include <memory>

#include "core/jobs/job_context.h"

class QThread;

namespace ds {

// Runs long work (training, scoring) one job at a time on its own worker thread and reports it through
// signals, which reach receivers on other threads queued: the GUI thread only ever sees plain values.
class JobRunner : public QObject, private JobObserver {
  Q_OBJECT

 public:
  using Work = std::function<void(JobContext&)>;

  explicit JobRunner(QObject* parent = nullptr);
  // Cancels a running job and waits for it to stop.
  ~JobRunner() override;

  // Starts work on the worker thread; false (and nothing started) while another job runs.
  bool start(const QString& name, Work work, const QString& device = QStringLiteral("cpu"));
  // Asks the running job to stop at its next check; finished(…, cancelled = true) follows.
  void cancel();
  bool busy() const;
  // Waits for the running job (for tests and shutdown); false on timeout.
  bool wait(int timeoutMs);

 Q_SIGNALS:
  void started(const QString& name);
  void progress(int done, int total, const QString& stage);
  void metric(const QString& name, double step, double value);
  void message(const QString& text);
  // error is empty on success; a cancelled job has cancelled = true and no error.
  void finished(const QString& name, bool cancelled, const QString& error);

 private:
  void onProgress(int done, int total, const QString& stage) override;
  void onMetric(const QString& name, double step, double value) override;
  void onMessage(const QString& text) override;

  QThread* thread_;
  QObject* worker_;  // lives on thread_: work is queued to it
  mutable QMutex mutex_;
  std::shared_ptr<JobContext> context_;  // of the running job, null when idle
  // Progress is forwarded at most every 50 ms (and at stage changes and the end) so a fast loop
  // cannot flood the GUI's event queue.
  QElapsedTimer lastProgress_;
  QString lastStage_;
};

}  // namespace ds
