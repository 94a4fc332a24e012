#include "ui/image_preview.h"

#include <QPainter>
#include <algorithm>

namespace ds::ui {

ImagePreview::ImagePreview(QWidget* parent) : QWidget(parent) {
  setMinimumSize(240, 240);
  setAccessibleName(tr("Image preview"));
}

void ImagePreview::setImage(const QImage& image, const QString& caption) {
  image_ = image;
  caption_ = caption;
  update();
}

void ImagePreview::setMessage(const QString& message) {
  image_ = QImage();
  caption_ = message;
  update();
}

void ImagePreview::paintEvent(QPaintEvent*) {
  QPainter p(this);
  p.fillRect(rect(), palette().color(QPalette::Dark));
  const int captionHeight = fontMetrics().height() + 8;
  const QRect area = rect().adjusted(8, 8, -8, -8 - captionHeight);
  if (!image_.isNull() && !area.isEmpty()) {
    const double scale = std::min({area.width() / double(image_.width()), area.height() / double(image_.height()), 4.0});
    const QSize size(qRound(image_.width() * scale), qRound(image_.height() * scale));
    const QRect target(area.center() - QPoint(size.width() / 2, size.height() / 2), size);
    p.setRenderHint(QPainter::SmoothPixmapTransform);
    p.drawImage(target, image_);
  }
  p.setPen(palette().color(QPalette::BrightText));
  p.drawText(rect().adjusted(8, 0, -8, -4), Qt::AlignHCenter | Qt::AlignBottom, caption_);
}

}  // namespace ds::ui
