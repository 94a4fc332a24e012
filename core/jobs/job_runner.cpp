#include "core/jobs/job_runner.h"

#include <QDeadlineTimer>
#include <QThread>
#include <exception>

#include "core/error.h"

namespace ds {

JobRunner::JobRunner(QObject* parent) : QObject(parent), thread_(new QThread), worker_(new QObject) {
  thread_->setObjectName(QStringLiteral("DefectScope worker"));
  worker_->moveToThread(thread_);
  thread_->start();
}

JobRunner::~JobRunner() {
  cancel();
  thread_->quit();
  thread_->wait();
  delete worker_;
  delete thread_;
}

bool JobRunner::start(const QString& name, Work work, const QString& device) {
  {
    QMutexLocker lock(&mutex_);
    if (context_) return false;
    context_ = std::make_shared<JobContext>(static_cast<JobObserver*>(this), device);
    lastStage_.clear();
  }
  Q_EMIT started(name);
  QMetaObject::invokeMethod(worker_, [this, name, work = std::move(work)] {
    std::shared_ptr<JobContext> ctx;
    {
      QMutexLocker lock(&mutex_);
      ctx = context_;
    }
    QString error;
    bool cancelled = false;
    try {
      work(*ctx);
    } catch (const Cancelled&) {
      cancelled = true;
    } catch (const Error& e) {
      error = e.message();
    } catch (const std::exception& e) {
      error = QString::fromLocal8Bit(e.what());
    }
    {
      QMutexLocker lock(&mutex_);
      context_.reset();
    }
    Q_EMIT finished(name, cancelled, error);
  });
  return true;
}

void JobRunner::cancel() {
  QMutexLocker lock(&mutex_);
  if (context_) context_->cancel();
}

bool JobRunner::busy() const {
  QMutexLocker lock(&mutex_);
  return context_ != nullptr;
}

bool JobRunner::wait(int timeoutMs) {
  QDeadlineTimer deadline(timeoutMs);
  while (busy()) {
    if (deadline.hasExpired()) return false;
    QThread::msleep(5);
  }
  return true;
}

void JobRunner::onProgress(int done, int total, const QString& stage) {
  const bool edge = stage != lastStage_ || done >= total || done == 0;
  if (!edge && lastProgress_.isValid() && lastProgress_.elapsed() < 50) return;
  lastProgress_.start();
  lastStage_ = stage;
  Q_EMIT progress(done, total, stage);
}

void JobRunner::onMetric(const QString& name, double step, double value) { Q_EMIT metric(name, step, value); }

void JobRunner::onMessage(const QString& text) { Q_EMIT message(text); }

}  // namespace ds
