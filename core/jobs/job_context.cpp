#include "core/jobs/job_context.h"

#include <QCoreApplication>

namespace ds {

Cancelled::Cancelled() : Error(QCoreApplication::translate("JobContext", "cancelled")) {}

JobContext::JobContext(JobObserver* observer, QString device) : observer_(observer), device_(std::move(device)) {}

void JobContext::progress(int done, int total, const QString& stage) {
  if (observer_) observer_->onProgress(done, total, stage);
}

void JobContext::metric(const QString& name, double step, double value) {
  if (observer_) observer_->onMetric(name, step, value);
}

void JobContext::message(const QString& text) {
  if (observer_) observer_->onMessage(text);
}

void JobContext::checkCancelled() const {
  if (cancelled_) throw Cancelled();
}

}  // namespace ds
