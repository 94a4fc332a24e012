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

}  // namespace

qint64 maxImagePixels() { return limit().load(); }

void setMaxImagePixels(qint64 pixels) { limit().store(pixels > 0 ? pixels : kDefaultMaxImagePixels); }

QString imageSizeProblem(qint64 width, qint64 height) {
  if (width <= 0 || height <= 0)
    return QCoreApplication::translate("ImageIO", "corrupt image header (%1×%2 pixels)").arg(width).arg(height);
  if (width > maxImagePixels() / height)  // width × height > the limit, without overflowing
    return QCoreApplication::translate("ImageIO",
                                       "image is %1×%2 pixels, more than the %3 megapixels DefectScope decodes "
                                       "(DEFECTSCOPE_MAX_IMAGE_PIXELS or --max-image-pixels raise the limit)")
        .arg(width)
        .arg(height)
        .arg(maxImagePixels() / 1e6, 0, 'g', 4);
  return {};
}

}  // namespace ds
