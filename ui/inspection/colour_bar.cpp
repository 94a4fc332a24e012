#include "ui/inspection/colour_bar.h"

#include "ui/inspection/image_pane.h"
#include "ui/text/numbers.h"

#include <QEvent>
#include <QLocale>
#include <QPainter>
#include <algorithm>

namespace ds::ui {
namespace {

constexpr int kPadding = 6;
constexpr int kBarWidth = 96;
constexpr int kMinBarWidth = 16;  // on a narrow pane the gradient gives way, never the numbers
constexpr int kSteps = 256;

}  // namespace

ColourBar::ColourBar(QWidget* parent) : QWidget(parent) {
  setAttribute(Qt::WA_TransparentForMouseEvents);
  setSizePolicy(QSizePolicy::Fixed, QSizePolicy::Fixed);
  retranslate();
}

void ColourBar::setScale(double low, double high, ColourMap map) {
  cv::Mat ramp(1, kSteps, CV_32FC1);
  for (int i = 0; i < kSteps; ++i) ramp.at<float>(0, i) = static_cast<float>(i) / (kSteps - 1);
  gradient_ = colourise(ramp, 0.0f, 1.0f, map);
  low_ = low;
  high_ = high;
  map_ = map;
  updateScaleTexts();
}

void ColourBar::changeEvent(QEvent* event) {
  if (event->type() == QEvent::LanguageChange) retranslate();
  QWidget::changeEvent(event);
}

void ColourBar::retranslate() {
  setAccessibleName(tr("Colour scale"));
  if (!gradient_.isNull()) updateScaleTexts();  // the locale's decimal separator, the map's name
}

void ColourBar::updateScaleTexts() {
  lowText_ = numbers::score(low_);
  highText_ = numbers::score(high_);
  setAccessibleDescription(tr("%1 from %2 to %3").arg(colourMapName(map_), lowText_, highText_));
  updateGeometry();
  update();
}

QSize ColourBar::sizeHint() const { return sizeWithBar(kBarWidth); }

QSize ColourBar::minimumSizeHint() const { return sizeWithBar(kMinBarWidth); }

QSize ColourBar::sizeWithBar(int barWidth) const {
  const QFontMetrics metrics = fontMetrics();
  return {metrics.horizontalAdvance(lowText_) + metrics.horizontalAdvance(highText_) + barWidth + 4 * kPadding,
          metrics.height() + kPadding};
}

void ColourBar::paintEvent(QPaintEvent*) {
  QPainter painter(this);
  paintBadge(painter, rect());
  const QFontMetrics metrics = fontMetrics();
  const int lowWidth = metrics.horizontalAdvance(lowText_);
  const QRect lowRect(kPadding, 0, lowWidth, height());
  const int barWidth = std::max(1, width() - lowWidth - metrics.horizontalAdvance(highText_) - 4 * kPadding);
  const QRect bar(lowRect.right() + 1 + kPadding, kPadding, barWidth, height() - 2 * kPadding);
  const QRect highRect(bar.right() + 1 + kPadding, 0, metrics.horizontalAdvance(highText_), height());
  painter.setPen(Qt::white);
  painter.drawText(lowRect, Qt::AlignVCenter | Qt::AlignRight, lowText_);
  painter.drawText(highRect, Qt::AlignVCenter | Qt::AlignLeft, highText_);
  painter.setRenderHint(QPainter::SmoothPixmapTransform);
  painter.drawImage(bar, gradient_);
  painter.setPen(QColor(255, 255, 255, 160));
  painter.drawRect(bar.adjusted(0, 0, -1, -1));
}

}  // namespace ds::ui
