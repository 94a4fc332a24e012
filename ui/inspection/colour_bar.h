#pragma once

#include "ui/inspection/colour_map.h"

#include <QImage>
#include <QWidget>

namespace ds::ui {

// A compact horizontal legend "low ▇▇▇▇ high" of a colour map, meant to sit over an image (see ImagePane's
// corner widget); mouse events pass through to the image below.
class ColourBar : public QWidget {
  Q_OBJECT

 public:
  explicit ColourBar(QWidget* parent = nullptr);
  void setScale(double low, double high, ColourMap map);
  QSize sizeHint() const override;
  QSize minimumSizeHint() const override;

 protected:
  void changeEvent(QEvent* event) override;
  void paintEvent(QPaintEvent* event) override;

 private:
  QSize sizeWithBar(int barWidth) const;  // both numbers in full beside a bar this wide
  void retranslate();
  void updateScaleTexts();  // the numbers at the ends and the accessible description

  QImage gradient_;  // null until setScale
  double low_ = 0, high_ = 1;
  ColourMap map_ = ColourMap::Jet;
  QString lowText_, highText_;
};

}  // namespace ds::ui
