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
  if (!match.hasMatch() || smallest < 8 || std::max(spec.shortSide, std::max(spec.exact.width, spec.exact.height)) > 8192)
    throw Error(QCoreApplication::translate("ImageSizeSpec",
                                            "image size \"%1\" is not valid: give the shorter side (e.g. 256) or "
                                            "width×height (e.g. 256x640), each between 8 and 8192 pixels")
                    .arg(text));
  return spec;
}

QString ImageSizeSpec::toString() const {
  if (shortSide > 0) return QString::number(shortSide);
  return QStringLiteral("%1x%2").arg(exact.width).arg(exact.height);
}

cv::Size ImageSizeSpec::resolve(cv::Size original, int stride) const {
  stride = std::max(stride, 1);
  const auto roundTo = [stride](double v) { return std::max(stride, static_cast<int>(std::lround(v / stride)) * stride); };
  if (!exact.empty()) return exact;
  const double scale = static_cast<double>(shortSide) / std::min(original.width, original.height);
  return {roundTo(original.width * scale), roundTo(original.height * scale)};
}

}  // namespace ds
