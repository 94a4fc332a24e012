#include "ui/plots/score_histogram.h"

#include <QEvent>
#include <QFontMetricsF>
#include <algorithm>
#include <cmath>
#include <iterator>
#include <tuple>

#include "ui/plots/plot_style.h"
#include "ui/text/numbers.h"

namespace ds::ui {
namespace {

constexpr double kGrabDistancePx = 6.0;
constexpr int kMinBins = 10;
constexpr int kMaxBins = 60;

struct Bins {
  double start;
  double width;
  int count;
};

double quantile(const std::vector<double>& sorted, double q) {
  const double position = q * static_cast<double>(sorted.size() - 1);
  const auto below = static_cast<std::size_t>(position);
  if (below + 1 >= sorted.size()) return sorted.back();
  return sorted[below] + (position - static_cast<double>(below)) * (sorted[below + 1] - sorted[below]);
}

// Freedman–Diaconis width, 2·IQR·n^(-1/3): driven by the bulk of the scores, so a few far-out
// defect scores do not squash the good ones into one bin. Clamped so that small test sets still
// show a shape and large ones stay readable.
Bins chooseBins(std::vector<double> scores) {
  if (scores.empty()) return {0.0, 1.0 / kMinBins, kMinBins};
  std::sort(scores.begin(), scores.end());
  const double lo = scores.front(), hi = scores.back();
  if (hi <= lo) {
    const double half = lo != 0 ? std::abs(lo) * 0.05 : 0.5;
    return {lo - half, 2 * half / kMinBins, kMinBins};
  }
  const double fdWidth = 2 * (quantile(scores, 0.75) - quantile(scores, 0.25)) / std::cbrt(static_cast<double>(scores.size()));
  const double count = fdWidth > 0 ? std::clamp(std::ceil((hi - lo) / fdWidth), double{kMinBins}, double{kMaxBins}) : kMinBins;
  return {lo, (hi - lo) / count, static_cast<int>(count)};
}

double labelWidth(const QCPItemText& label) {
  return QFontMetricsF(label.font()).horizontalAdvance(label.text()) + label.padding().left() + label.padding().right();
}

}  // namespace

ScoreHistogram::ScoreHistogram(QWidget* parent) : QCustomPlot(parent) {
  plotstyle::applyBaseStyle(*this, Qt::AlignTop | Qt::AlignRight);
  auto countTicker = QSharedPointer<QCPAxisTickerFixed>::create();
  countTicker->setTickStep(1);
  countTicker->setScaleStrategy(QCPAxisTickerFixed::ssMultiples);  // image counts: whole numbers only
  yAxis->setTicker(countTicker);

  // Created first, so the band lies under the bars.
  reviewBand_ = new QCPItemRect(this);
  reviewBand_->topLeft->setTypeY(QCPItemPosition::ptAxisRectRatio);
  reviewBand_->bottomRight->setTypeY(QCPItemPosition::ptAxisRectRatio);
  QColor band = plotstyle::reviewColor();
  band.setAlpha(40);
  reviewBand_->setBrush(band);
  reviewBand_->setPen(Qt::NoPen);

  for (QCPBars*& bars : bars_) {
    bars = new QCPBars(xAxis, yAxis);
    bars->setWidthType(QCPBars::wtPlotCoords);
    bars->setStackingGap(0);
  }

  // Threshold labels live in a row above the plot area: clear of bars and legend.
  QFont labelFont = font();
  labelFont.setBold(true);
  axisRect()->setAutoMargins(QCP::msLeft | QCP::msRight | QCP::msBottom);
  axisRect()->setMargins(QMargins(0, static_cast<int>(QFontMetricsF(labelFont).height()) + 8, 0, 0));
  for (auto [line, label, color] : {std::tuple{&reviewLine_, &reviewLabel_, plotstyle::reviewColor()},
                                    std::tuple{&nokLine_, &nokLabel_, plotstyle::nokColor()}}) {
    *line = new QCPItemStraightLine(this);
    (*line)->setPen(QPen(color, 2));
    *label = new QCPItemText(this);
    (*label)->position->setTypeY(QCPItemPosition::ptAxisRectRatio);
    (*label)->setClipToAxisRect(false);
    (*label)->setFont(labelFont);
    (*label)->setColor(color);
    (*label)->setPadding(QMargins(4, 0, 4, 3));
    (*label)->setBrush(QColor(255, 255, 255, 220));  // legible over bars when it sits inside the plot
  }
  connect(this, &QCustomPlot::afterLayout, this, &ScoreHistogram::alignThresholdLabels);
  setMouseTracking(true);  // the cursor shows where a line can be grabbed

  updateBarStyle();
  setScores({}, {}, {});
  retranslate();
}

void ScoreHistogram::changeEvent(QEvent* event) {
  if (event->type() == QEvent::LanguageChange) retranslate();
  QCustomPlot::changeEvent(event);
}

void ScoreHistogram::retranslate() {
  plotstyle::applyLocale(*this);
  xAxis->setLabel(tr("Anomaly score"));
  yAxis->setLabel(tr("Images"));
  updateBarNames();
  updateThresholdItems();  // their labels
  replot(rpQueuedReplot);
}

void ScoreHistogram::updateBarNames() {
  const std::array<QString, GroupCount> names{tr("Good (%1)"), tr("Defective (%1)"), tr("Unlabelled (%1)")};
  for (int g = 0; g < GroupCount; ++g) bars_[g]->setName(names[g].arg(totals_[g]));
}

void ScoreHistogram::setScores(const std::vector<double>& good, const std::vector<double>& defective,
                               const std::vector<double>& unlabelled) {
  const std::array<const std::vector<double>*, GroupCount> groups{&good, &defective, &unlabelled};
  std::vector<double> pooled;
  for (const auto* scores : groups)
    std::copy_if(scores->begin(), scores->end(), std::back_inserter(pooled), [](double s) { return std::isfinite(s); });
  const Bins bins = chooseBins(pooled);
  binWidth_ = bins.width;

  std::vector<QCPAbstractPlottable*> legendEntries;
  for (int g = 0; g < GroupCount; ++g) {
    std::vector<double>& counts = binCounts_[g];
    counts.assign(static_cast<std::size_t>(bins.count), 0.0);
    int total = 0;
    for (double score : *groups[g]) {
      if (!std::isfinite(score)) continue;
      const int bin = std::clamp(static_cast<int>((score - bins.start) / bins.width), 0, bins.count - 1);
      ++counts[static_cast<std::size_t>(bin)];
      ++total;
    }
    // Empty bins are left out: overlaid, they would draw as lines along the baseline.
    QVector<double> keys, values;
    for (int bin = 0; bin < bins.count; ++bin) {
      if (counts[static_cast<std::size_t>(bin)] == 0) continue;
      keys.append(bins.start + (bin + 0.5) * bins.width);
      values.append(counts[static_cast<std::size_t>(bin)]);
    }
    bars_[g]->setData(keys, values, true);
    bars_[g]->setWidth(bins.width);
    totals_[g] = total;
    if (total > 0) legendEntries.push_back(bars_[g]);
  }
  updateBarNames();
  plotstyle::setLegendEntries(*this, legendEntries);

  scoreRange_ = QCPRange(bins.start - bins.width, bins.start + (bins.count + 1) * bins.width);
  includeThresholdsInKeyRange();
  updateValueRange();
  replot(rpQueuedReplot);
}

void ScoreHistogram::setStacked(bool stacked) {
  stacked_ = stacked;
  updateBarStyle();
  updateValueRange();
  replot(rpQueuedReplot);
}

void ScoreHistogram::setThresholds(double t1, double t2, bool twoLevel) {
  twoLevel_ = twoLevel;
  t2_ = t2;
  t1_ = twoLevel ? std::min(t1, t2) : t2;
  includeThresholdsInKeyRange();
  updateThresholdItems();
  replot(rpQueuedReplot);
}

void ScoreHistogram::updateBarStyle() {
  const std::array<QColor, GroupCount> colors{plotstyle::goodColor(), plotstyle::defectColor(),
                                              plotstyle::unlabelledColor()};
  for (int g = 0; g < GroupCount; ++g) {
    QColor fill = colors[g];
    fill.setAlpha(stacked_ ? 215 : 105);
    bars_[g]->setBrush(fill);
    bars_[g]->setPen(QPen(colors[g].darker(125), 1));
  }
  bars_[Defective]->moveAbove(stacked_ ? bars_[Good] : nullptr);
  bars_[Unlabelled]->moveAbove(stacked_ ? bars_[Defective] : nullptr);
}

void ScoreHistogram::updateValueRange() {
  double top = 0;
  for (std::size_t bin = 0; bin < binCounts_[0].size(); ++bin) {
    double height = 0;
    for (const auto& counts : binCounts_) height = stacked_ ? height + counts[bin] : std::max(height, counts[bin]);
    top = std::max(top, height);
  }
  yAxis->setRange(0, std::max(top, 1.0) * 1.3);  // headroom for the legend in the top corner
}

void ScoreHistogram::includeThresholdsInKeyRange() {
  // While a line is dragged, thresholds set back by the owner may only widen the range: a shrinking
  // axis would move the scale under the cursor.
  QCPRange range = dragged_ == Handle::None ? scoreRange_ : xAxis->range();
  const double margin = 0.05 * range.size();
  for (double t : {t1_, t2_}) {
    if (!std::isfinite(t)) continue;
    if (t < range.lower) range.lower = t - margin;
    if (t > range.upper) range.upper = t + margin;
  }
  xAxis->setRange(range);
}

void ScoreHistogram::updateThresholdItems() {
  const bool nok = std::isfinite(t2_);
  const bool review = nok && twoLevel_ && std::isfinite(t1_);
  for (QCPAbstractItem* item : std::initializer_list<QCPAbstractItem*>{nokLine_, nokLabel_}) item->setVisible(nok);
  for (QCPAbstractItem* item : std::initializer_list<QCPAbstractItem*>{reviewLine_, reviewLabel_, reviewBand_})
    item->setVisible(review);
  if (nok) {
    nokLine_->point1->setCoords(t2_, 0);
    nokLine_->point2->setCoords(t2_, 1);
    nokLabel_->position->setCoords(t2_, 0);
    nokLabel_->setText(tr("NOK ≥ %1").arg(numbers::score(t2_)));
  }
  if (review) {
    reviewLine_->point1->setCoords(t1_, 0);
    reviewLine_->point2->setCoords(t1_, 1);
    reviewLabel_->position->setCoords(t1_, 0);
    reviewLabel_->setText(tr("REVIEW ≥ %1").arg(numbers::score(t1_)));
    reviewBand_->topLeft->setCoords(t1_, 0);
    reviewBand_->bottomRight->setCoords(t2_, 1);
  }
}

// The NOK label reads to the right of its line, the REVIEW label to the left of its own, so the two
// do not overlap; each switches sides only where it would run out of the widget, and should the two
// then meet, the REVIEW label drops a row, into the plot.
void ScoreHistogram::alignThresholdLabels() {
  double nokLeft = 0, nokRight = 0;
  if (nokLabel_->visible()) {
    const double x = xAxis->coordToPixel(t2_), w = labelWidth(*nokLabel_);
    const bool fitsRight = x + w <= width();
    nokLabel_->setPositionAlignment(Qt::AlignBottom | (fitsRight ? Qt::AlignLeft : Qt::AlignRight));
    nokLeft = fitsRight ? x : x - w;
    nokRight = nokLeft + w;
  }
  if (reviewLabel_->visible()) {
    const double x = xAxis->coordToPixel(t1_), w = labelWidth(*reviewLabel_);
    const bool fitsLeft = x - w >= 0;
    reviewLabel_->setPositionAlignment(Qt::AlignBottom | (fitsLeft ? Qt::AlignRight : Qt::AlignLeft));
    const double left = fitsLeft ? x - w : x;
    const bool meets = nokLabel_->visible() && left < nokRight && left + w > nokLeft;
    const double rowHeight = QFontMetricsF(reviewLabel_->font()).height() + 4;
    reviewLabel_->position->setCoords(t1_, meets && axisRect()->height() > 0 ? rowHeight / axisRect()->height() : 0);
  }
}

bool ScoreHistogram::thresholdLabelsOverlap() const {
  if (!nokLabel_->visible() || !reviewLabel_->visible()) return false;
  return QRectF(reviewLabel_->topLeft->pixelPosition(), reviewLabel_->bottomRight->pixelPosition())
             .intersects(QRectF(nokLabel_->topLeft->pixelPosition(), nokLabel_->bottomRight->pixelPosition()));
}

ScoreHistogram::Handle ScoreHistogram::handleAt(const QPointF& pixelPos) const {
  // The plot area and the label row above it.
  const QRect area = axisRect()->rect().adjusted(0, -axisRect()->margins().top(), 0, 0);
  if (!area.contains(pixelPos.toPoint())) return Handle::None;
  const auto distance = [&](const QCPItemStraightLine* line, double t) {
    return line->visible() ? std::abs(xAxis->coordToPixel(t) - pixelPos.x()) : qInf();
  };
  const double toReview = distance(reviewLine_, t1_), toNok = distance(nokLine_, t2_);
  if (std::min(toReview, toNok) > kGrabDistancePx) return Handle::None;
  if (toReview != toNok) return toReview < toNok ? Handle::Review : Handle::Nok;
  // Coinciding lines: the side the cursor is on tells which way the user wants to go.
  return pixelPos.x() < xAxis->coordToPixel(t1_) ? Handle::Review : Handle::Nok;
}

void ScoreHistogram::dragTo(double pixelX) {
  const QCPRange range = xAxis->range();
  const double value = std::clamp(xAxis->pixelToCoord(pixelX), range.lower, range.upper);
  if (!twoLevel_)
    t1_ = t2_ = value;
  else if (dragged_ == Handle::Review)
    t1_ = std::min(value, t2_);
  else
    t2_ = std::max(value, t1_);
  updateThresholdItems();
  replot(rpQueuedReplot);
  Q_EMIT thresholdsDragged(t1_, t2_);
}

void ScoreHistogram::mousePressEvent(QMouseEvent* event) {
  if (event->button() == Qt::LeftButton) dragged_ = handleAt(event->position());
  if (dragged_ == Handle::None)
    QCustomPlot::mousePressEvent(event);
  else
    event->accept();
}

void ScoreHistogram::mouseMoveEvent(QMouseEvent* event) {
  if (dragged_ != Handle::None) {
    dragTo(event->position().x());
    event->accept();
    return;
  }
  if (handleAt(event->position()) != Handle::None)
    setCursor(Qt::SplitHCursor);
  else
    unsetCursor();
  QCustomPlot::mouseMoveEvent(event);
}

void ScoreHistogram::mouseReleaseEvent(QMouseEvent* event) {
  if (dragged_ == Handle::None) {
    QCustomPlot::mouseReleaseEvent(event);
    return;
  }
  dragged_ = Handle::None;
  event->accept();
}

}  // namespace ds::ui
