#include "ui/review/review_bar.h"

#include <QComboBox>
#include <QDir>
#include <QEvent>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QShortcut>
#include <algorithm>
#include <set>

#include "core/methods/method_registry.h"
#include "core/jobs/job_runner.h"
#include "ui/results/result_set.h"
#include "ui/session/inspection_session.h"
#include "ui/text/numbers.h"

namespace ds::ui {

ReviewBar::ReviewBar(InspectionSession* session, QWidget* parent)
    : QFrame(parent),
      session_(session),
      title_(new QLabel),
      scopeLabel_(new QLabel),
      scope_(new QComboBox),
      typeLabel_(new QLabel),
      type_(new QComboBox),
      good_(new QPushButton),
      defective_(new QPushButton),
      skip_(new QPushButton),
      back_(new QPushButton),
      teach_(new QPushButton),
      close_(new QPushButton) {
  setObjectName(QStringLiteral("reviewBar"));
  setFrameShape(QFrame::StyledPanel);
  title_->setTextFormat(Qt::PlainText);
  title_->setWordWrap(true);
  type_->setEditable(true);
  type_->setMinimumContentsLength(10);
  type_->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
  for (int i = 0; i < 3; ++i) scope_->addItem(QString(), i);

  auto* top = new QHBoxLayout;
  top->addWidget(title_, 1);
  top->addWidget(scopeLabel_);
  top->addWidget(scope_);
  top->addWidget(close_);
  auto* buttons = new QHBoxLayout;
  buttons->addWidget(good_);
  buttons->addWidget(defective_);
  buttons->addWidget(typeLabel_);
  buttons->addWidget(type_);
  buttons->addWidget(skip_);
  buttons->addWidget(back_);
  buttons->addStretch(1);
  buttons->addWidget(teach_);
  auto* layout = new QVBoxLayout(this);
  layout->setContentsMargins(6, 4, 6, 4);
  layout->addLayout(top);
  layout->addLayout(buttons);

  connect(good_, &QPushButton::clicked, this, &ReviewBar::decideGood);
  connect(defective_, &QPushButton::clicked, this, &ReviewBar::decideDefective);
  connect(skip_, &QPushButton::clicked, this, &ReviewBar::skip);
  connect(back_, &QPushButton::clicked, this, &ReviewBar::back);
  connect(teach_, &QPushButton::clicked, this, &ReviewBar::teachConfirmedGood);
  connect(close_, &QPushButton::clicked, this, &ReviewBar::closeRequested);
  connect(scope_, &QComboBox::activated, this, [this](int i) { start(static_cast<ReviewScope>(scope_->itemData(i).toInt())); });
  // Single keys, active while the bar is shown; an edit field (the defect type) keeps its typing.
  const auto key = [this](QKeySequence sequence, void (ReviewBar::*slot)()) {
    auto* shortcut = new QShortcut(sequence, this);
    shortcut->setContext(Qt::WindowShortcut);
    connect(shortcut, &QShortcut::activated, this, slot);
  };
  key(Qt::Key_G, &ReviewBar::decideGood);
  key(Qt::Key_D, &ReviewBar::decideDefective);
  key(Qt::Key_S, &ReviewBar::skip);
  key(Qt::Key_Backspace, &ReviewBar::back);
  connect(session_->results(), &ResultSet::labelChanged, this, [this](int sample) {
    if (sample == queue_.current()) updateTitle();
  });
  connect(session_->runner(), &JobRunner::finished, this, [this] { updateTitle(); });
  // Another image set: the queue's images are gone (a new scoring of the same set keeps them).
  connect(session_->results(), &ResultSet::datasetChanged, this, [this] {
    queue_ = ReviewQueue();
    confirmedGood_.clear();
    updateTitle();
    if (isVisible()) Q_EMIT closeRequested();
  });
  retranslate();
}

void ReviewBar::start(ReviewScope scope) {
  scope_->setCurrentIndex(scope_->findData(static_cast<int>(scope)));
  queue_ = ReviewQueue(*session_->results(), scope);
  confirmedGood_.clear();
  confirmedDefective_ = skipped_ = 0;
  // The defect types the set knows, for the defective decision.
  std::set<QString> types;
  for (const Sample& s : session_->results()->samples())
    if (s.labelled && s.defective && !s.defectType.isEmpty()) types.insert(s.defectType);
  const QString typed = type_->currentText();
  type_->clear();
  for (const QString& t : types) type_->addItem(t);
  if (!typed.isEmpty()) type_->setCurrentText(typed);
  showCurrent();
}

void ReviewBar::decideGood() { decide(false); }
void ReviewBar::decideDefective() { decide(true); }

void ReviewBar::decide(bool defective) {
  const int sample = queue_.current();
  if (sample < 0 || !isVisible()) return;
  session_->confirmLabel(sample, defective, defective ? type_->currentText() : QString());
  confirmedGood_.erase(std::remove(confirmedGood_.begin(), confirmedGood_.end(), sample), confirmedGood_.end());
  if (defective) ++confirmedDefective_;
  else confirmedGood_.push_back(sample);
  queue_.advance();
  showCurrent();
}

void ReviewBar::skip() {
  if (queue_.finished() || !isVisible()) return;
  ++skipped_;
  queue_.advance();
  showCurrent();
}

void ReviewBar::back() {
  if (!isVisible() || !queue_.back()) return;
  showCurrent();
}

void ReviewBar::teachConfirmedGood() {
  if (confirmedGood_.empty()) return;
  if (session_->teachAsGood(confirmedGood_)) confirmedGood_.clear();
  updateTitle();
}

void ReviewBar::showCurrent() {
  updateTitle();
  if (queue_.current() >= 0) Q_EMIT showSample(queue_.current());
}

void ReviewBar::updateTitle() {
  const ResultSet* r = session_->results();
  const int sample = queue_.current();
  QString text;
  if (queue_.empty()) {
    text = tr("Nothing to review in this scope: choose another, or move the thresholds.");
  } else if (sample < 0) {
    text = tr("Review finished: %1 confirmed good, %2 confirmed defective, %3 skipped.")
               .arg(confirmedGood_.size())
               .arg(confirmedDefective_)
               .arg(skipped_);
  } else {
    const Sample& s = r->samples()[sample];
    const QString label = !s.labelled ? tr("unlabelled") : r->isConfirmed(sample) ? tr("%1 (confirmed)").arg(s.defectType) : s.defectType;
    text = tr("Review %1 of %2 — %3 — score %4 — label: %5")
               .arg(queue_.position() + 1)
               .arg(queue_.size())
               .arg(QDir::toNativeSeparators(QDir(r->root()).relativeFilePath(s.imagePath)), numbers::score(r->score(sample)), label);
  }
  title_->setText(text);
  const bool deciding = sample >= 0;
  good_->setEnabled(deciding);
  defective_->setEnabled(deciding);
  skip_->setEnabled(deciding);
  back_->setEnabled(queue_.position() > 0);
  // Teaching needs a model that can take further images (its method's capability) and a free worker.
  const ProjectModel* model = session_->project().active();
  const bool updatable = model && methodInfo(model->header.method).update != ModelUpdate::None;
  teach_->setEnabled(updatable && !confirmedGood_.empty() && !session_->runner()->busy());
  teach_->setText(confirmedGood_.empty() ? tr("Teach confirmed good images as good")
                                          : tr("Teach %n confirmed good image(s) as good", nullptr, static_cast<int>(confirmedGood_.size())));
  teach_->setToolTip(updatable ? tr("Adds them to a new version of the model, saved beside it, without training from scratch")
                               : tr("This model's method cannot take further images: train it again"));
}

void ReviewBar::changeEvent(QEvent* event) {
  if (event->type() == QEvent::LanguageChange) retranslate();
  QFrame::changeEvent(event);
}

void ReviewBar::retranslate() {
  scopeLabel_->setText(tr("Images:"));
  scope_->setItemText(0, tr("REVIEW band"));
  scope_->setItemText(1, tr("REVIEW and NOK"));
  scope_->setItemText(2, tr("All scored images"));
  typeLabel_->setText(tr("Defect type:"));
  good_->setText(tr("&Good (G)"));
  defective_->setText(tr("&Defective (D)"));
  skip_->setText(tr("&Skip (S)"));
  back_->setText(tr("Back (⌫)"));
  close_->setText(tr("Close review"));
  good_->setToolTip(tr("Confirm the image as good"));
  defective_->setToolTip(tr("Confirm the image as defective, of the type beside"));
  updateTitle();
}

}  // namespace ds::ui
