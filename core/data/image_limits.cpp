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

// message (a QT_TRANSLATE_NOOP in context "ImageIO", "… %1×%2 … %3 megapixels …") filled in when width ×
// height is above the limit (compared without overflowing; height > 0); empty otherwise.
QString aboveLimitProblem(qint64 width, qint64 height, const char* message) {
  const qint64 pixels = limit().load();
  if (width <= pixels / height) return {};
  return QCoreApplication::translate("ImageIO", message).arg(width).arg(height).arg(QString::number(pixels / 1e6, 'g', 4));
}

}  // namespace

qint64 maxImagePixels() { return limit().load(); }

void setMaxImagePixels(qint64 pixels) { limit().store(pixels > 0 ? pixels : kDefaultMaxImagePixels); }

QString imageSizeProblem(qint64 width, qint64 height) {
  if (width <= 0 || height <= 0)
    return QCoreApplication::translate("ImageIO", "corrupt image header (%1×%2 pixels)").arg(width).arg(height);
  return aboveLimitProblem(width, height,
                           QT_TRANSLATE_NOOP("ImageIO", "image is %1×%2 pixels, more than the %3 megapixels DefectScope decodes "
                                                        "(DEFECTSCOPE_MAX_IMAGE_PIXELS or --max-image-pixels raise the limit)"));
}

QString blockSizeProblem(qint64 width, qint64 height) {
  if (height <= 0) return {};
  return aboveLimitProblem(width, height,
                           QT_TRANSLATE_NOOP("ImageIO", "TIFF strips or tiles of %1×%2 pixels, more than the %3 megapixels "
                                                        "DefectScope decodes (DEFECTSCOPE_MAX_IMAGE_PIXELS or --max-image-pixels raise the limit)"));
}

}  // namespace ds
