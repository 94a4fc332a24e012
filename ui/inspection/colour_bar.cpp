#include "ui/inspection/colour_bar.h"

#include "ui/inspection/image_pane.h"
#include "ui/text/numbers.h"

#include <QLocale>
#include <QPainter>

namespace ds::ui {
namespace {

constexpr int kPadding = 6;
constexpr int kBarWidth = 96;
constexpr int kSteps = 256;

}  // namespace

ColourBar::ColourBar(QWidget* parent) : QWidget(parent) {
  setAttribute(Qt::WA_TransparentForMouseEvents);
  setSizePolicy(QSizePolicy::Fixed, QSizePolicy::Fixed);
  setAccessibleName(tr("Colour scale"));
}

void ColourBar::setScale(double low, double high, ColourMap map) {
  cv::Mat ramp(1, kSteps, CV_32FC1);
  for (int i = 0; i < kSteps; ++i) ramp.at<float>(0, i) = static_cast<float>(i) / (kSteps - 1);
  gradient_ = colourise(ramp, 0.0f, 1.0f, map);
  low_ = numbers::score(low);
  high_ = numbers::score(high);
  setAccessibleDescription(tr("%1 from %2 to %3").arg(colourMapName(map), low_, high_));
  updateGeometry();
  update();
}

QSize ColourBar::sizeHint() const {
  const QFontMetrics metrics = fontMetrics();
  return {metrics.horizontalAdvance(low_) + metrics.horizontalAdvance(high_) + kBarWidth + 4 * kPadding,
          metrics.height() + kPadding};
}

void ColourBar::paintEvent(QPaintEvent*) {
  QPainter painter(this);
  paintBadge(painter, rect());
  const QFontMetrics metrics = fontMetrics();
  const int lowWidth = metrics.horizontalAdvance(low_);
  const QRect lowRect(kPadding, 0, lowWidth, height());
  const QRect bar(lowRect.right() + 1 + kPadding, kPadding, kBarWidth, height() - 2 * kPadding);
  const QRect highRect(bar.right() + 1 + kPadding, 0, metrics.horizontalAdvance(high_), height());
  painter.setPen(Qt::white);
  painter.drawText(lowRect, Qt::AlignVCenter | Qt::AlignRight, low_);
  painter.drawText(highRect, Qt::AlignVCenter | Qt::AlignLeft, high_);
  painter.setRenderHint(QPainter::SmoothPixmapTransform);
  painter.drawImage(bar, gradient_);
  painter.setPen(QColor(255, 255, 255, 160));
  painter.drawRect(bar.adjusted(0, 0, -1, -1));
}

}  // namespace ds::ui
