#pragma once

#include <QWidget>
#include <array>
#include <utility>
#include <vector>

class QCheckBox;
class QDoubleSpinBox;
class QEvent;
class QGridLayout;
class QGroupBox;
class QLabel;
class QPushButton;

namespace ds::ui {

class ResultSet;
class ThresholdControl;

// Image and pixel thresholds with snapping rules and a two-threshold (OK / REVIEW / NOK) mode, and the
// decision counts they give on the labelled test images. Everything is derived from cached scores.
class ThresholdPanel : public QWidget {
  Q_OBJECT

 public:
  explicit ThresholdPanel(ResultSet* results, QWidget* parent = nullptr);

  ThresholdControl* nokControl() const { return nok_; }
  ThresholdControl* okControl() const { return ok_; }
  ThresholdControl* pixelControl() const { return pixel_; }
  // The text of a count cell: "tp", "fp", "fn", "tn", "review", "precision", "recall", "f1", "miss", "false_alarm",
  // "ok", "nok", "review_all".
  QString countText(const QString& key) const;
  // What the metrics rest on: unseen good and defective images, training images left out.
  QString basisText() const;

 protected:
  void changeEvent(QEvent* event) override;

 private:
  // The count cells' keys (as countText takes them) with their titles, in grid order.
  static std::vector<std::pair<const char*, QString>> countTitles();

  void retranslate();
  void refreshRanges();
  void refreshFromResults();
  void setImage(double ok, double nok, const QString& how);
  void setNok(double nok, const QString& how);
  void setOk(double ok, const QString& how);
  void snapImage(int rule);
  void snapPixel(int rule);

  ResultSet* results_;
  QGroupBox* imageBox_;
  QGroupBox* pixelBox_;
  QGroupBox* countsBox_;
  QCheckBox* twoLevel_;
  ThresholdControl* nok_;
  ThresholdControl* ok_;
  QDoubleSpinBox* imageFpr_;
  ThresholdControl* pixel_;
  QDoubleSpinBox* pixelFpr_;
  QLabel* pixelNote_;
  QLabel* imageRule_;
  QLabel* pixelRule_;
  QLabel* basis_;
  QGridLayout* countsGrid_;
  std::array<QPushButton*, 3> imageSnaps_;  // by snapping rule: max F1, zero misses, FPR limit
  std::array<QPushButton*, 3> pixelSnaps_;
  std::vector<QLabel*> countNames_;  // in countTitles() order
};

}  // namespace ds::ui
