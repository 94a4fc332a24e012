#include "ui/thresholds/threshold_control.h"

#include <QDoubleSpinBox>
#include <QHBoxLayout>
#include <QVBoxLayout>
#include <QLabel>
#include <QSignalBlocker>
#include <QSlider>
#include <algorithm>
#include <cmath>

namespace ds::ui {
namespace {
constexpr int kSteps = 1000;
}

ThresholdControl::ThresholdControl(QWidget* parent)
    : QWidget(parent), label_(new QLabel), slider_(new QSlider(Qt::Horizontal)), box_(new QDoubleSpinBox) {
  slider_->setRange(0, kSteps);
  box_->setRange(-1e12, 1e12);
  box_->setKeyboardTracking(false);
  box_->setMinimumWidth(box_->fontMetrics().horizontalAdvance(QStringLiteral("-0000.0000")) + 30);
  label_->setBuddy(box_);
  // The slider on a row of its own, as wide as the panel: beside the title and the box it was left a few
  // dozen pixels, too short for fine control (one pixel of drag moved the threshold by tens of steps).
  auto* top = new QHBoxLayout;
  top->addWidget(label_, 1);
  top->addWidget(box_);
  auto* layout = new QVBoxLayout(this);
  layout->setContentsMargins(0, 0, 0, 0);
  layout->setSpacing(2);
  layout->addLayout(top);
  layout->addWidget(slider_);
  slider_->setSingleStep(1);  // arrow keys: one thousandth of the range; Page Up/Down: a hundredth
  slider_->setPageStep(kSteps / 100);
  connect(slider_, &QSlider::valueChanged, this, [this](int position) {
    const double v = low_ + (high_ - low_) * position / kSteps;
    const QSignalBlocker block(box_);
    box_->setValue(v);
    Q_EMIT valueChanged(box_->value());
  });
  connect(box_, &QDoubleSpinBox::valueChanged, this, [this](double v) {
    const QSignalBlocker block(slider_);
    slider_->setValue(sliderPosition(v));
    Q_EMIT valueChanged(v);
  });
}

void ThresholdControl::setTitle(const QString& title) {
  label_->setText(title);
  slider_->setAccessibleName(title);
  box_->setAccessibleName(title);
}

void ThresholdControl::setRange(double low, double high) {
  low_ = low;
  high_ = high > low ? high : low + 1;
  // Enough decimals to resolve one slider step.
  const double step = (high_ - low_) / kSteps;
  const int decimals = std::clamp(static_cast<int>(std::ceil(-std::log10(step))) + 1, 2, 8);
  const QSignalBlocker blockBox(box_);
  const QSignalBlocker blockSlider(slider_);
  const double v = box_->value();
  box_->setDecimals(decimals);
  box_->setSingleStep(step * 10);
  box_->setValue(v);
  slider_->setValue(sliderPosition(v));
}

void ThresholdControl::setValue(double value) {
  const QSignalBlocker blockBox(box_);
  const QSignalBlocker blockSlider(slider_);
  box_->setValue(std::isfinite(value) ? value : low_);
  slider_->setValue(sliderPosition(box_->value()));
}

double ThresholdControl::value() const { return box_->value(); }

int ThresholdControl::sliderPosition(double value) const {
  return static_cast<int>(std::lround(std::clamp((value - low_) / (high_ - low_), 0.0, 1.0) * kSteps));
}

}  // namespace ds::ui
