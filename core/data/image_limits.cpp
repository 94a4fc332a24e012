#include "core/data/image_limits.h"

#include <QCoreApplication>
#include <atomic>

namespace ds {
namespace {

qint64 fromEnvironment() {
  bool ok = false;
  const qint64 pixels = qEnvironmentVariable("DEFECTSCOPE_MAX_IMAGE_PIXELS").toLongLong(&ok);
  return ok && pixels > 0 ? pixels : kDefaultMaxImagePixels;
}

std::atomic<qint64>& limit() {
  static std::atomic<qint64> pixels{fromEnvironment()};
  return pixels;
}

// width × height above the limit, without overflowing; height > 0.
bool abovePixelLimit(qint64 width, qint64 height, qint64 limit) { return width > limit / height; }

QString megapixels(qint64 limit) { return QString::number(limit / 1e6, 'g', 4); }

}  // namespace

qint64 maxImagePixels() { return limit().load(); }

void setMaxImagePixels(qint64 pixels) { limit().store(pixels > 0 ? pixels : kDefaultMaxImagePixels); }

QString imageSizeProblem(qint64 width, qint64 height) {
  if (width <= 0 || height <= 0)
    return QCoreApplication::translate("ImageIO", "corrupt image header (%1×%2 pixels)").arg(width).arg(height);
  if (const qint64 limit = maxImagePixels(); abovePixelLimit(width, height, limit))
    return QCoreApplication::translate("ImageIO",
                                       "image is %1×%2 pixels, more than the %3 megapixels DefectScope decodes "
                                       "(DEFECTSCOPE_MAX_IMAGE_PIXELS or --max-image-pixels raise the limit)")
        .arg(width)
        .arg(height)
        .arg(megapixels(limit));
  return {};
}

QString blockSizeProblem(qint64 width, qint64 height) {
  if (const qint64 limit = maxImagePixels(); height > 0 && abovePixelLimit(width, height, limit))
    return QCoreApplication::translate("ImageIO",
                                       "TIFF strips or tiles of %1×%2 pixels, more than the %3 megapixels DefectScope decodes "
                                       "(DEFECTSCOPE_MAX_IMAGE_PIXELS or --max-image-pixels raise the limit)")
        .arg(width)
        .arg(height)
        .arg(megapixels(limit));
  return {};
}

}  // namespace ds
