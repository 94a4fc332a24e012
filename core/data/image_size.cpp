#include "core/data/image_size.h"

#include <QCoreApplication>
#include <QRegularExpression>
#include <algorithm>
#include <cmath>

#include "core/error.h"

namespace ds {

ImageSizeSpec ImageSizeSpec::parse(const QString& text) {
  static const QRegularExpression pattern(QStringLiteral("^\\s*(\\d+)\\s*(?:[xX×]\\s*(\\d+))?\\s*$"));
  const auto match = pattern.match(text);
  ImageSizeSpec spec;
  if (match.hasMatch()) {
    const int first = match.captured(1).toInt();
    if (match.captured(2).isEmpty()) spec.shortSide = first;
    else spec.exact = cv::Size(first, match.captured(2).toInt());
  }
  const int smallest = spec.shortSide > 0 ? spec.shortSide : std::min(spec.exact.width, spec.exact.height);
  if (!match.hasMatch() || smallest < kMinImageSide || std::max(spec.shortSide, std::max(spec.exact.width, spec.exact.height)) > kMaxImageSide)
    throw Error(QCoreApplication::translate("ImageSizeSpec",
                                            "image size \"%1\" is not valid: give the shorter side (e.g. 256) or "
                                            "width×height (e.g. 256x640), each between %2 and %3 pixels")
                    .arg(text, QString::number(kMinImageSide), QString::number(kMaxImageSide)));
  return spec;
}

QString ImageSizeSpec::toString() const {
  if (tiling) return {};  // the header's tiling says it
  if (shortSide > 0) return QString::number(shortSide);
  return QStringLiteral("%1x%2").arg(exact.width).arg(exact.height);
}

namespace {
int roundToStride(double v, int stride) {
  stride = std::max(stride, 1);
  return std::max(stride, static_cast<int>(std::lround(v / stride)) * stride);
}
}  // namespace

cv::Size ImageSizeSpec::parseCrop(const QString& text) {
  const ImageSizeSpec spec = parse(text);
  return spec.shortSide > 0 ? cv::Size(spec.shortSide, spec.shortSide) : spec.exact;
}

cv::Size ImageSizeSpec::resolveCrop(cv::Size resized, int stride) const {
  if (crop.empty()) return {};
  const cv::Size out(roundToStride(crop.width, stride), roundToStride(crop.height, stride));
  if (out.width > resized.width || out.height > resized.height)
    throw Error(QCoreApplication::translate("ImageSizeSpec", "the crop %1×%2 is larger than the resized image %3×%4")
                    .arg(out.width)
                    .arg(out.height)
                    .arg(resized.width)
                    .arg(resized.height));
  return out;
}

void ImageSizeSpec::checkTiling() const {
  if (!tiling) return;
  if (shortSide > 0 || !exact.empty() || !crop.empty())
    throw Error(QCoreApplication::translate("ImageSizeSpec", "tiles keep the images' own size: give either a tile or an image size and crop, not both"));
  tiling->check();
}

cv::Size ImageSizeSpec::resolve(cv::Size original, int stride) const {
  const auto roundTo = [stride](double v) { return roundToStride(v, stride); };
  if (tiling) return {roundTo(tiling->tile.width), roundTo(tiling->tile.height)};
  if (!exact.empty()) return exact;
  const double scale = static_cast<double>(shortSide) / std::min(original.width, original.height);
  const cv::Size size(roundTo(original.width * scale), roundTo(original.height * scale));
  // A model file with a larger side would be refused on load (ModelHeader): refuse it before training.
  if (std::max(size.width, size.height) > kMaxImageSide)
    throw Error(QCoreApplication::translate("ImageSizeSpec", "images of %1×%2 pixels would be resized to %3×%4, more than %5 pixels a side: "
                                                             "give a smaller image size or width×height")
                    .arg(original.width)
                    .arg(original.height)
                    .arg(size.width)
                    .arg(size.height)
                    .arg(kMaxImageSide));
  return size;
}

}  // namespace ds
