#include "ui/training/training_monitor.h"

#include <QCheckBox>
#include <QEvent>
#include <QHBoxLayout>
#include <QLabel>
#include <QLocale>
#include <QPlainTextEdit>
#include <QProgressBar>
#include <QPushButton>
#include <QSplitter>
#include <QTime>
#include <QVBoxLayout>

#include "core/jobs/job_runner.h"
#include "ui/plots/loss_plot.h"
#include "ui/text/numbers.h"

namespace ds::ui {
namespace {

QString duration(qint64 ms) {
  const qint64 s = ms / 1000;
  return s >= 3600 ? QStringLiteral("%1:%2:%3").arg(s / 3600).arg(s / 60 % 60, 2, 10, QLatin1Char('0')).arg(s % 60, 2, 10, QLatin1Char('0'))
                   : QStringLiteral("%1:%2").arg(s / 60).arg(s % 60, 2, 10, QLatin1Char('0'));
}

}  // namespace

TrainingMonitor::TrainingMonitor(JobRunner* runner, QWidget* parent)
    : QWidget(parent),
      runner_(runner),
      title_(new QLabel),
      stage_(new QLabel),
      bar_(new QProgressBar),
      timing_(new QLabel),
      cancel_(new QPushButton),
      logScale_(new QCheckBox),
      plot_(new LossPlot),
      log_(new QPlainTextEdit) {
  title_->setStyleSheet(QStringLiteral("font-weight: bold"));
  showLive(title_, [] { return tr("No job running"); });
  cancel_->setEnabled(false);
  log_->setReadOnly(true);
  log_->setMaximumBlockCount(500);
  bar_->setRange(0, 1);
  bar_->setValue(0);

  auto* head = new QHBoxLayout;
  head->addWidget(title_);
  head->addStretch(1);
  head->addWidget(logScale_);
  head->addWidget(cancel_);
  // Stage, progress and time on one row: the monitor fits the analysis strip of a 768-pixel screen.
  auto* status = new QHBoxLayout;
  status->addWidget(stage_, 1);
  status->addWidget(bar_, 1);
  status->addWidget(timing_);
  auto* split = new QSplitter(Qt::Horizontal);
  split->addWidget(plot_);
  split->addWidget(log_);
  split->setStretchFactor(0, 3);
  split->setStretchFactor(1, 1);
  auto* layout = new QVBoxLayout(this);
  layout->addLayout(head);
  layout->addLayout(status);
  layout->addWidget(split, 1);

  connect(cancel_, &QPushButton::clicked, this, [this] {
    runner_->cancel();
    cancel_->setEnabled(false);
    showLive(stage_, [] { return tr("Cancelling…"); });
  });
  connect(logScale_, &QCheckBox::toggled, plot_, &LossPlot::setLogScale);
  connect(runner_, &JobRunner::started, this, &TrainingMonitor::jobStarted);
  connect(runner_, &JobRunner::progress, this, &TrainingMonitor::jobProgress);
  // A job's first metric replaces the previous curves, so a scoring run (which emits none) leaves the
  // training curves on screen.
  connect(runner_, &JobRunner::metric, this, [this](const QString& name, double step, double value) {
    if (!curvesOfThisJob_) {
      plot_->clear();
      // Says whose curves they are: a report or scoring job run later leaves them on screen.
      curvesOf_ = currentJob_;
      showCurvesCaption();
    }
    curvesOfThisJob_ = true;
    plot_->addPoint(name, step, value);
  });
  connect(runner_, &JobRunner::message, this, [this](const QString& text) { log_->appendPlainText(text); });
  connect(runner_, &JobRunner::finished, this, &TrainingMonitor::jobFinished);
  retranslate();
}

void TrainingMonitor::changeEvent(QEvent* event) {
  if (event->type() == QEvent::LanguageChange) retranslate();
  QWidget::changeEvent(event);
}

void TrainingMonitor::retranslate() {
  cancel_->setText(tr("Cancel"));
  cancel_->setToolTip(tr("Stop the job; a model keeps its last checkpoint where the method has one"));
  logScale_->setText(tr("Logarithmic scale"));
  log_->setPlaceholderText(tr("Messages of the running job"));
  for (const auto& [label, text] : liveTexts_) label->setText(text());
  showCurvesCaption();
}

void TrainingMonitor::showCurvesCaption() {
  if (!curvesOf_.isEmpty()) plot_->setCaption(tr("Curves of: %1").arg(curvesOf_));
}

void TrainingMonitor::showLive(QLabel* label, std::function<QString()> text) {
  label->setText(text());
  liveTexts_[label] = std::move(text);
}

void TrainingMonitor::jobStarted(const QString& name) {
  currentJob_ = name;
  showLive(title_, [name] { return name; });
  showLive(stage_, [] { return tr("Starting…"); });
  showLive(timing_, [] { return QString(); });
  bar_->setRange(0, 0);
  cancel_->setEnabled(true);
  curvesOfThisJob_ = false;
  log_->appendPlainText(tr("%1 — %2").arg(QTime::currentTime().toString(Qt::ISODate), name));
  jobClock_.start();
  stageClock_.start();
  stageName_.clear();
}

void TrainingMonitor::jobProgress(int done, int total, const QString& stage) {
  if (stage != stageName_) {
    stageName_ = stage;
    stageClock_.start();
  }
  if (total <= 0) {
    bar_->setRange(0, 0);
    showLive(stage_, [stage] { return stage; });
  } else {
    bar_->setRange(0, total);
    bar_->setValue(done);
    showLive(stage_, [stage, done, total] {
      return tr("%1: %2 of %3").arg(stage, numbers::count(done), numbers::count(total));
    });
  }
  const qint64 jobMs = jobClock_.elapsed(), stageMs = stageClock_.elapsed();
  showLive(timing_, [jobMs, stageMs, done, total] {
    QString timing = tr("Elapsed %1").arg(duration(jobMs));
    if (total > 0 && done > 0 && stageMs > 500) {
      const double rate = done * 1000.0 / stageMs;
      timing += tr(" · %1/s · %2 left in this stage").arg(numbers::fixed(rate, rate < 10 ? 2 : 0),
                                                          duration(static_cast<qint64>((total - done) / rate * 1000)));
    }
    return timing;
  });
}

void TrainingMonitor::jobFinished(const QString& name, bool cancelled, const QString& error) {
  cancel_->setEnabled(false);
  bar_->setRange(0, 1);
  bar_->setValue(cancelled || !error.isEmpty() ? 0 : 1);
  const qint64 jobMs = jobClock_.elapsed();
  showLive(timing_, [] { return QString(); });  // no "left in this stage" once nothing runs
  showLive(stage_, [name, cancelled, error, jobMs] {
    const QString outcome = cancelled ? tr("cancelled") : !error.isEmpty() ? tr("failed: %1").arg(error) : tr("finished");
    return tr("%1 %2 after %3").arg(name, outcome, duration(jobMs));
  });
  log_->appendPlainText(stage_->text());
}

}  // namespace ds::ui
