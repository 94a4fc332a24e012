#pragma once

#include <QWidget>

class QDoubleSpinBox;
class QLabel;
class QSlider;

namespace ds::ui {

// A threshold as a slider and a numeric box kept in step; the slider spans a score range in 1000 steps
// and the box takes any value.
class ThresholdControl : public QWidget {
  Q_OBJECT

 public:
  explicit ThresholdControl(QWidget* parent = nullptr);

  // The label before the slider, also the accessible name of the slider and the box.
  void setTitle(const QString& title);
  void setRange(double low, double high);
  void setValue(double value);  // no valueChanged
  double value() const;
  QSlider* slider() const { return slider_; }
  QDoubleSpinBox* box() const { return box_; }

 Q_SIGNALS:
  void valueChanged(double value);  // moved by the user

 private:
  int sliderPosition(double value) const;

  QLabel* label_;
  QSlider* slider_;
  QDoubleSpinBox* box_;
  double low_ = 0, high_ = 1;
};

}  // namespace ds::ui
