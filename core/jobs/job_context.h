#pragma once

#include <QString>
#include <atomic>

#include "core/error.h"

namespace ds {

// Receives what a running job reports. Called on the job's thread: implementations forward
// (queued signals in the GUI, a progress bar on stderr in the CLI).
class JobObserver {
 public:
  virtual ~JobObserver() = default;
  virtual void onProgress(int done, int total, const QString& stage) {}
  virtual void onMetric(const QString& name, double step, double value) {}
  virtual void onMessage(const QString& text) {}
};

// Thrown by JobContext::checkCancelled; jobs let it propagate after leaving no half-written file.
class Cancelled : public Error {
 public:
  Cancelled();
};

// Given to long work: progress, live metrics and cancellation. Thread-safe.
class JobContext {
 public:
  explicit JobContext(JobObserver* observer = nullptr, QString device = QStringLiteral("cpu"));

  void progress(int done, int total, const QString& stage);
  void metric(const QString& name, double step, double value);
  void message(const QString& text);

  void cancel() { cancelled_ = true; }
  bool cancelled() const { return cancelled_; }
  // Throws Cancelled when cancel() was called; cheap, call it between batches.
  void checkCancelled() const;
  const QString& device() const { return device_; }

 private:
  JobObserver* observer_;
  QString device_;
  std::atomic<bool> cancelled_{false};
};

}  // namespace ds
