#include "ui/thresholds/threshold_panel.h"

#include <QCheckBox>
#include <QDoubleSpinBox>
#include <QEvent>
#include <QGridLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <QSignalBlocker>
#include <QTimer>
#include <QVBoxLayout>
#include <algorithm>
#include <cmath>

#include "core/jobs/evaluate_job.h"
#include "core/metrics/thresholds.h"
#include "ui/dataset/verdict_style.h"
#include "ui/results/result_set.h"
#include "ui/thresholds/threshold_control.h"
#include "ui/text/numbers.h"

namespace ds::ui {
namespace {

enum Rule { MaxF1, ZeroMisses, FprLimit };

QDoubleSpinBox* fprBox() {
  auto* box = new QDoubleSpinBox;
  box->setRange(0, 100);
  box->setDecimals(1);
  box->setValue(1.0);
  box->setSuffix(QStringLiteral(" %"));
  return box;
}

}  // namespace

ThresholdPanel::ThresholdPanel(ResultSet* results, QWidget* parent)
    : QWidget(parent),
      results_(results),
      imageBox_(new QGroupBox),
      pixelBox_(new QGroupBox),
      countsBox_(new QGroupBox),
      twoLevel_(new QCheckBox),
      nok_(new ThresholdControl),
      ok_(new ThresholdControl),
      imageFpr_(fprBox()),
      pixel_(new ThresholdControl),
      pixelFpr_(fprBox()),
      pixelNote_(new QLabel),
      imageRule_(new QLabel),
      pixelRule_(new QLabel),
      basis_(new QLabel),
      countsGrid_(new QGridLayout),
      imageSnaps_{new QPushButton, new QPushButton, new QPushButton},
      pixelSnaps_{new QPushButton, new QPushButton, new QPushButton} {
  ok_->setEnabled(false);

  auto* imageLayout = new QVBoxLayout(imageBox_);
  imageLayout->addWidget(twoLevel_);
  imageLayout->addWidget(nok_);
  imageLayout->addWidget(ok_);
  auto* imageSnaps = new QHBoxLayout;
  for (QPushButton* button : imageSnaps_) imageSnaps->addWidget(button);
  imageSnaps->addWidget(imageFpr_);
  imageLayout->addLayout(imageSnaps);
  imageRule_->setWordWrap(true);
  imageRule_->setObjectName(QStringLiteral("imageRule"));
  imageLayout->addWidget(imageRule_);

  auto* pixelLayout = new QVBoxLayout(pixelBox_);
  pixelLayout->addWidget(pixel_);
  auto* pixelSnaps = new QHBoxLayout;
  for (QPushButton* button : pixelSnaps_) pixelSnaps->addWidget(button);
  pixelSnaps->addWidget(pixelFpr_);
  pixelLayout->addLayout(pixelSnaps);
  pixelRule_->setWordWrap(true);
  pixelRule_->setObjectName(QStringLiteral("pixelRule"));
  pixelLayout->addWidget(pixelRule_);
  pixelNote_->setWordWrap(true);
  pixelLayout->addWidget(pixelNote_);

  auto* countsLayout = new QVBoxLayout(countsBox_);
  basis_->setWordWrap(true);
  basis_->setObjectName(QStringLiteral("basis"));
  countsLayout->addWidget(basis_);
  countsLayout->addLayout(countsGrid_);
  int row = 0;
  for (const auto& cell : countTitles()) {
    auto* value = new QLabel(QStringLiteral("–"));
    value->setObjectName(QStringLiteral("count-") + QLatin1String(cell.first));
    value->setAlignment(Qt::AlignRight | Qt::AlignVCenter);
    value->setTextInteractionFlags(Qt::TextSelectableByMouse);
    // Room for the widest value up front, so the panel does not grow once counts arrive.
    value->setMinimumWidth(value->fontMetrics().horizontalAdvance(QStringLiteral("100.0 %")) + 6);
    auto* name = new QLabel;
    name->setWordWrap(true);  // long translations wrap instead of widening the panel
    countNames_.push_back(name);
    countsGrid_->addWidget(name, row / 2, (row % 2) * 2);
    countsGrid_->addWidget(value, row / 2, (row % 2) * 2 + 1);
    ++row;
  }
  countsGrid_->setColumnStretch(1, 1);
  countsGrid_->setColumnStretch(3, 1);

  auto* layout = new QVBoxLayout(this);
  layout->addWidget(imageBox_);
  layout->addWidget(pixelBox_);
  layout->addWidget(countsBox_);
  layout->addStretch(1);
  for (const auto& [key, verdict] : {std::pair{"ok", Verdict::OK}, {"review_all", Verdict::Review}, {"nok", Verdict::NOK}})
    findChild<QLabel*>(QStringLiteral("count-") + QLatin1String(key))
        ->setStyleSheet(QStringLiteral("color: %1; font-weight: bold").arg(verdictColour(verdict).name()));

  connect(twoLevel_, &QCheckBox::toggled, this, [this](bool on) {
    ok_->setEnabled(on);
    ImageThresholds t = results_->imageThresholds();
    t.twoLevel = on;
    if (on && !(t.ok <= t.nok)) t.ok = t.nok;
    setImage(t.ok, t.nok, tr("manual"));
  });
  connect(nok_, &ThresholdControl::valueChanged, this, [this](double v) { setNok(v, tr("manual")); });
  connect(ok_, &ThresholdControl::valueChanged, this, [this](double v) { setOk(v, tr("manual")); });
  connect(pixel_, &ThresholdControl::valueChanged, this, [this](double v) { results_->setPixelThreshold(v, tr("manual")); });
  for (int rule : {MaxF1, ZeroMisses, FprLimit}) {
    connect(imageSnaps_[rule], &QPushButton::clicked, this, [this, rule] { snapImage(rule); });
    connect(pixelSnaps_[rule], &QPushButton::clicked, this, [this, rule] { snapPixel(rule); });
  }
  connect(results_, &ResultSet::thresholdsChanged, this, &ThresholdPanel::refreshFromResults);
  connect(results_, &ResultSet::scoringFinished, this, [this] {
    refreshRanges();
    refreshFromResults();
  });
  // While results stream in, the counts refresh at most five times a second.
  auto* throttle = new QTimer(this);
  throttle->setSingleShot(true);
  throttle->setInterval(200);
  connect(throttle, &QTimer::timeout, this, &ThresholdPanel::refreshFromResults);
  connect(results_, &ResultSet::resultAdded, throttle, [throttle] {
    if (!throttle->isActive()) throttle->start();
  });
  connect(results_, &ResultSet::datasetChanged, this, &ThresholdPanel::refreshFromResults);
  retranslate();  // also the first refreshFromResults()
}

void ThresholdPanel::changeEvent(QEvent* event) {
  if (event->type() == QEvent::LanguageChange) retranslate();
  QWidget::changeEvent(event);
}

std::vector<std::pair<const char*, QString>> ThresholdPanel::countTitles() {
  return {
      {"tp", tr("Defects flagged (TP)")},   {"fn", tr("Defects missed (FN)")},
      {"fp", tr("False alarms (FP)")},      {"tn", tr("Good passed (TN)")},
      {"review", tr("In REVIEW")},          {"precision", tr("Precision")},
      {"recall", tr("Recall")},             {"f1", tr("F1")},
      {"miss", tr("Miss rate")},            {"false_alarm", tr("False-alarm rate")},
      {"ok", tr("All scored: OK")},         {"review_all", tr("All scored: REVIEW")},
      {"nok", tr("All scored: NOK")},
  };
}

void ThresholdPanel::retranslate() {
  imageBox_->setTitle(tr("Image threshold"));
  twoLevel_->setText(tr("Two thresholds: OK / REVIEW / NOK"));
  twoLevel_->setToolTip(tr("Images between the two thresholds get the verdict REVIEW and go to a person"));
  nok_->setTitle(tr("NOK at or above"));
  ok_->setTitle(tr("OK below"));
  const auto label = [](QPushButton* button, const QString& text, const QString& tip) {
    button->setText(text);
    button->setToolTip(tip);
  };
  label(imageSnaps_[MaxF1], tr("Max F1"), tr("The threshold with the best F1 on the labelled test images"));
  label(imageSnaps_[ZeroMisses], tr("Zero misses"),
        tr("The highest threshold that still flags every defective test image (sets 'OK below' in two-threshold mode)"));
  label(imageSnaps_[FprLimit], tr("FPR ≤"),
        tr("The lowest threshold whose false-alarm rate on the good test images is at most this value"));
  pixelBox_->setTitle(tr("Pixel threshold"));
  pixel_->setTitle(tr("Defect pixels at or above"));
  label(pixelSnaps_[MaxF1], tr("Max F1"), tr("The pixel threshold with the best pixel F1 over all masks"));
  label(pixelSnaps_[ZeroMisses], tr("Zero misses"), tr("The highest pixel threshold that flags every defect pixel"));
  label(pixelSnaps_[FprLimit], tr("FPR ≤"),
        tr("The lowest pixel threshold whose share of flagged defect-free pixels is at most this value"));
  countsBox_->setTitle(tr("Decisions on the labelled test images"));
  const auto titles = countTitles();
  for (std::size_t i = 0; i < titles.size(); ++i) countNames_[i]->setText(titles[i].second);
  refreshFromResults();  // the note, rules, basis and counts
}

void ThresholdPanel::setImage(double ok, double nok, const QString& how) {
  results_->setImageThresholds({ok, nok, twoLevel_->isChecked()}, how);
}

// Moving one threshold past the other drags the other along: OK below never exceeds NOK at.
void ThresholdPanel::setNok(double nok, const QString& how) {
  const ImageThresholds t = results_->imageThresholds();
  setImage(t.twoLevel ? std::min(t.ok, nok) : nok, nok, how);
}

void ThresholdPanel::setOk(double ok, const QString& how) { setImage(ok, std::max(results_->imageThresholds().nok, ok), how); }

void ThresholdPanel::snapImage(int rule) {
  std::vector<double> scores;
  std::vector<int> labels;
  results_->labelledScores(scores, labels);
  const bool twoLevel = results_->imageThresholds().twoLevel;
  double value = qQNaN();
  QString how;
  switch (rule) {
    case MaxF1: value = thresholdMaxF1(scores, labels); how = tr("max F1"); break;
    case ZeroMisses: value = thresholdZeroMisses(scores, labels); how = tr("zero misses"); break;
    case FprLimit:
      value = thresholdAtFpr(scores, labels, imageFpr_->value() / 100);
      how = tr("false-alarm rate ≤ %1").arg(numbers::percent(imageFpr_->value() / 100));
      break;
  }
  if (std::isnan(value)) return;
  // In two-threshold mode "zero misses" bounds the OK side; the other rules place the NOK threshold.
  if (twoLevel && rule == ZeroMisses) setOk(value, how);
  else setNok(value, how);
}

void ThresholdPanel::snapPixel(int rule) {
  const PixelMetrics& p = results_->evaluation().pixel;
  const double value = rule == MaxF1        ? p.f1Threshold
                       : rule == ZeroMisses ? pixelThresholdZeroMisses(p.roc)
                                            : pixelThresholdAtFpr(p.roc, pixelFpr_->value() / 100);
  const QString how = rule == MaxF1        ? tr("max F1")
                      : rule == ZeroMisses ? tr("zero misses")
                                           : tr("false-alarm rate ≤ %1").arg(numbers::percent(pixelFpr_->value() / 100));
  if (!std::isnan(value)) results_->setPixelThreshold(value, how);
}

void ThresholdPanel::refreshRanges() {
  std::vector<double> all;
  for (int i = 0; i < results_->size(); ++i)
    if (results_->isScored(i)) all.push_back(results_->score(i));
  if (!all.empty()) {
    const auto [lo, hi] = std::minmax_element(all.begin(), all.end());
    const double margin = 0.05 * std::max(*hi - *lo, 1e-9);
    nok_->setRange(*lo - margin, *hi + margin);
    ok_->setRange(*lo - margin, *hi + margin);
  }
  pixel_->setRange(results_->mapLow(), results_->mapHigh());
}

void ThresholdPanel::refreshFromResults() {
  const ImageThresholds& t = results_->imageThresholds();
  {
    const QSignalBlocker block(twoLevel_);
    twoLevel_->setChecked(t.twoLevel);
  }
  ok_->setEnabled(t.twoLevel);
  nok_->setValue(t.nok);
  ok_->setValue(t.twoLevel ? t.ok : t.nok);
  pixel_->setValue(results_->pixelThreshold());
  const PixelMetrics& p = results_->evaluation().pixel;
  pixelNote_->setText(std::isnan(p.f1Max) ? tr("Pixel snapping needs test images with defect masks.")
                                          : tr("Best pixel F1 %1 at %2").arg(numbers::metric(p.f1Max))
                                                .arg(numbers::score(p.f1Threshold)));

  const SetThresholds& rules = results_->thresholds();
  imageRule_->setText(tr("Chosen by: %1").arg(rules.chosenBy.isEmpty() ? QStringLiteral("–") : rules.chosenBy));
  pixelRule_->setText(tr("Chosen by: %1").arg(rules.pixelChosenBy.isEmpty() ? QStringLiteral("–") : rules.pixelChosenBy));
  basis_->setText(basisText());

  const DecisionCounts c = results_->decisionCounts();
  int verdicts[4] = {0, 0, 0, 0};
  for (int i = 0; i < results_->size(); ++i) ++verdicts[static_cast<int>(results_->verdict(i))];
  const bool labelled = c.flagged.tp + c.flagged.fp + c.flagged.fn + c.flagged.tn > 0;
  auto set = [this](const char* key, const QString& text) {
    if (auto* label = findChild<QLabel*>(QStringLiteral("count-") + QLatin1String(key))) label->setText(text);
  };
  // Label-dependent cells show a dash on a set without labels (production images).
  auto ifLabelled = [labelled](const QString& text) { return labelled ? text : QStringLiteral("–"); };
  set("tp", ifLabelled(numbers::count(c.flagged.tp)));
  set("fn", ifLabelled(numbers::count(c.flagged.fn)));
  set("fp", ifLabelled(numbers::count(c.flagged.fp)));
  set("tn", ifLabelled(numbers::count(c.flagged.tn)));
  set("review", ifLabelled(numbers::count(c.review)));
  set("precision", ifLabelled(numbers::percent(c.flagged.precision())));
  set("recall", ifLabelled(numbers::percent(c.flagged.recall())));
  set("f1", ifLabelled(numbers::metric(c.flagged.f1())));
  set("miss", ifLabelled(numbers::percent(c.flagged.missRate())));
  set("false_alarm", ifLabelled(numbers::percent(c.flagged.falseAlarmRate())));
  set("ok", numbers::count(verdicts[static_cast<int>(Verdict::OK)]));
  set("review_all", numbers::count(verdicts[static_cast<int>(Verdict::Review)]));
  set("nok", numbers::count(verdicts[static_cast<int>(Verdict::NOK)]));
}

QString ThresholdPanel::basisText() const {
  if (!results_->scoringComplete()) return QString();
  int good = 0, defective = 0;
  for (int i = 0; i < results_->size(); ++i) {
    if (!results_->isScored(i) || !results_->samples()[i].labelled) continue;
    (results_->samples()[i].defective ? defective : good)++;
  }
  if (good + defective == 0) return tr("No labelled images in this set: no metrics.");
  const TestSelection& selection = results_->selection();
  QString text = tr("Unseen images: %1 good (%2 held out of training), %3 defective.").arg(good).arg(selection.heldOut).arg(defective);
  if (!selection.excluded.empty()) text += QLatin1Char(' ') + tr("%n training image(s) left out.", nullptr, static_cast<int>(selection.excluded.size()));
  if (!selection.trainingImagesKnown) text += QLatin1Char(' ') + tr("The model does not record its training images.");
  if (good < kReliableMinimum || defective < kReliableMinimum)
    text += QStringLiteral("<br><b>%1</b>").arg(tr("Not reliable: fewer than %1 good or defective images.").arg(kReliableMinimum));
  return text;
}

QString ThresholdPanel::countText(const QString& key) const {
  const auto* label = findChild<QLabel*>(QStringLiteral("count-") + key);
  return label ? label->text() : QString();
}

}  // namespace ds::ui
