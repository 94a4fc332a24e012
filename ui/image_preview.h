#pragma once

#include <QImage>
#include <QWidget>

namespace ds::ui {

// Shows one image scaled to fit (never more than 4× enlarged, so small images stay crisp) with a
// caption; rescales as the widget resizes.
class ImagePreview : public QWidget {
  Q_OBJECT

 public:
  explicit ImagePreview(QWidget* parent = nullptr);
  void setImage(const QImage& image, const QString& caption);
  void setMessage(const QString& message);
  QSize sizeHint() const override { return {480, 480}; }

 protected:
  void paintEvent(QPaintEvent* event) override;

 private:
  QImage image_;
  QString caption_;
};

}  // namespace ds::ui
