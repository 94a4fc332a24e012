#include "app/cli/progress_bar.h"

#include <QCoreApplication>
#include <cstdio>
#include <unistd.h>

namespace {

QString clock(double seconds) {
  const int s = static_cast<int>(seconds + 0.5);
  return QStringLiteral("%1:%2").arg(s / 60).arg(s % 60, 2, 10, QLatin1Char('0'));
}

}  // namespace

ProgressBar::ProgressBar(bool quiet) : quiet_(quiet), tty_(isatty(fileno(stderr)) != 0) {}

ProgressBar::~ProgressBar() { finish(); }

void ProgressBar::onProgress(int done, int total, const QString& stage) {
  if (quiet_) return;
  std::lock_guard lock(mutex_);
  if (stage != stage_ || !stageTimer_.isValid()) {
    if (open_) std::fputc('\n', stderr);
    open_ = false;
    stage_ = stage;
    stageTimer_.start();
    lastDraw_.invalidate();
  }
  const bool complete = total > 0 && done >= total;
  // Redraw at most 10 times a second on a terminal, once every 5 s into a log.
  if (lastDraw_.isValid() && lastDraw_.elapsed() < (tty_ ? 100 : 5000) && !complete) return;
  lastDraw_.start();
  const double elapsed = stageTimer_.elapsed() / 1000.0;
  const double fraction = total > 0 ? static_cast<double>(done) / total : 0.0;
  const int width = 30;
  const int filled = static_cast<int>(fraction * width);
  const QString bar = QString(filled, QLatin1Char('#')) + QString(width - filled, QLatin1Char('.'));
  QString eta;
  if (done > 0 && !complete) eta = QCoreApplication::translate("ProgressBar", "ETA %1").arg(clock(elapsed * (1 - fraction) / fraction));
  else eta = QCoreApplication::translate("ProgressBar", "took %1").arg(clock(elapsed));
  const QString line = QStringLiteral("%1 [%2] %3/%4  %5  %6").arg(stage, bar).arg(done).arg(total).arg(eta, lastMetric_);
  std::fprintf(stderr, tty_ ? "\r%s\x1b[K" : "%s\n", line.toLocal8Bit().constData());
  std::fflush(stderr);
  open_ = tty_ && !complete;
  if (complete && tty_) std::fputc('\n', stderr);
}

void ProgressBar::onMetric(const QString& name, double step, double value) {
  std::lock_guard lock(mutex_);
  lastMetric_ = QStringLiteral("%1=%2").arg(name).arg(value, 0, 'g', 4);
}

void ProgressBar::onMessage(const QString& text) {
  if (quiet_) return;
  std::lock_guard lock(mutex_);
  if (open_) std::fputc('\n', stderr);
  open_ = false;
  std::fprintf(stderr, "%s\n", text.toLocal8Bit().constData());
}

void ProgressBar::finish() {
  std::lock_guard lock(mutex_);
  if (open_) std::fputc('\n', stderr);
  open_ = false;
}
