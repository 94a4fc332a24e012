#include "core/data/image_io.h"

#include <QCoreApplication>
#include <QFile>
#include <QFileInfo>
#include <opencv2/imgcodecs.hpp>
#include <opencv2/imgproc.hpp>

#include "core/data/image_header.h"
#include "core/data/image_limits.h"
#include "core/data/jpeg_decoder.h"
#include "core/data/png_decoder.h"
#include "core/data/quiet_cerr.h"
#include "core/error.h"
#include "core/io/regular_file.h"

namespace ds {
namespace {

QByteArray readAll(const QString& path) {
  if (const QString problem = regularFileProblem(path); !problem.isEmpty()) throw Error(path + QStringLiteral(": ") + problem);
  const qint64 size = QFileInfo(path).size();
  if (size > kMaxImageFileBytes)
    throw Error(QCoreApplication::translate("ImageIO", "%1: file too large for an image (%2 MB; at most %3 MB)")
                    .arg(path)
                    .arg(size / 1048576)
                    .arg(kMaxImageFileBytes / 1048576));
  QFile file(path);
  if (!file.open(QIODevice::ReadOnly))
    throw Error(QCoreApplication::translate("ImageIO", "%1: cannot be read (%2)").arg(path, file.errorString()));
  QByteArray bytes = file.readAll();
  if (file.error() != QFileDevice::NoError)
    throw Error(QCoreApplication::translate("ImageIO", "%1: read error (%2)").arg(path, file.errorString()));
  if (bytes.isEmpty()) throw Error(QCoreApplication::translate("ImageIO", "%1: file is empty").arg(path));
  return bytes;
}

// Decoders silently return the decoded part of a truncated file; check the end markers instead.
QString truncationProblem(const ImageHeader& header, const QByteArray& bytes) {
  const ImageFormat format = header.format;
  if (double(bytes.size()) < header.minimumBytes)  // OpenCV's BMP decoder would throw (and print) at the end
    return QCoreApplication::translate("ImageIO", "truncated BMP (%1 bytes; its header needs %2)").arg(bytes.size()).arg(header.minimumBytes, 0, 'f', 0);
  if (format == ImageFormat::Jpeg) {
    const qsizetype lastScan = bytes.lastIndexOf(QByteArray("\xff\xda", 2));
    const qsizetype end = bytes.lastIndexOf(QByteArray("\xff\xd9", 2));
    if (lastScan < 0 || end < lastScan) return QCoreApplication::translate("ImageIO", "truncated or corrupt JPEG (no end-of-image marker)");
  } else if (format == ImageFormat::Png) {
    if (bytes.lastIndexOf("IEND") < 0) return QCoreApplication::translate("ImageIO", "truncated or corrupt PNG (no IEND chunk)");
  }
  return {};
}

double scaleToUnit(int depth) {
  switch (depth) {
    case CV_8U: return 1.0 / 255.0;
    case CV_16U: return 1.0 / 65535.0;
    case CV_32F:
    case CV_64F: return 1.0;
    default: return 1.0 / 255.0;
  }
}

}  // namespace

// Only image data that passed its header checks reaches a decoder. PNG and JPEG are decoded with
// libpng and libjpeg directly (errors as text, nothing printed, damaged JPEG data refused); BMP and
// TIFF by OpenCV.
cv::Mat decodeImage(const QByteArray& bytes, const QString& path) {
  const ImageHeader header = readImageHeader(bytes);
  const auto fail = [&path](const QString& problem) { return Error(path + QStringLiteral(": ") + problem); };
  if (!header.problem.isEmpty()) throw fail(header.problem);
  if (const QString problem = imageSizeProblem(header.width, header.height); !problem.isEmpty()) throw fail(problem);
  // A few hundred bytes of TIFF can claim 15 000-row strips of a 6-row image: the decoder would
  // allocate gigabytes for them first.
  if (const QString problem = blockSizeProblem(header.blockWidth, header.blockHeight); !problem.isEmpty()) throw fail(problem);
  if (const QString problem = truncationProblem(header, bytes); !problem.isEmpty()) throw fail(problem);
  if (header.format == ImageFormat::Png || header.format == ImageFormat::Jpeg) {
    QString problem;
    cv::Mat image = header.format == ImageFormat::Png ? decodePng(bytes, &problem) : decodeJpeg(bytes, &problem);
    if (image.empty()) throw fail(problem);
    return image;
  }
  const cv::Mat raw(1, static_cast<int>(bytes.size()), CV_8U, const_cast<char*>(bytes.constData()));
  cv::Mat image;
  try {
    // OpenCV prints a decoder's failure on std::cerr; the error below says it once, with the file.
    const QuietCerr quiet;
    // IMREAD_COLOR applies the EXIF orientation; ANYDEPTH keeps 16-bit precision.
    image = cv::imdecode(raw, cv::IMREAD_COLOR | cv::IMREAD_ANYDEPTH);
  } catch (const cv::Exception& e) {
    throw Error(QCoreApplication::translate("ImageIO", "%1: cannot be decoded (%2)").arg(path, QString::fromStdString(e.msg)));
  }
  if (image.empty()) throw Error(QCoreApplication::translate("ImageIO", "%1: cannot be decoded (corrupt or unsupported image data)").arg(path));
  const bool asHeader = image.cols == header.width && image.rows == header.height;
  const bool turned = image.cols == header.height && image.rows == header.width;  // EXIF orientation 5–8
  if (!asHeader && !turned)
    throw fail(QCoreApplication::translate("ImageIO", "decoded as %1×%2 pixels although its header says %3×%4 (corrupt image)")
                   .arg(image.cols).arg(image.rows).arg(header.width).arg(header.height));
  return image;
}

bool hasImageExtension(const QString& path) {
  static const QStringList extensions = {QStringLiteral("png"), QStringLiteral("jpg"), QStringLiteral("jpeg"),
                                         QStringLiteral("bmp"), QStringLiteral("tif"), QStringLiteral("tiff")};
  return extensions.contains(QFileInfo(path).suffix().toLower());
}

QString sniffImageFile(const QString& path) {
  if (const QString problem = regularFileProblem(path); !problem.isEmpty()) return problem;
  QFile file(path);
  if (!file.open(QIODevice::ReadOnly)) return QCoreApplication::translate("ImageIO", "cannot be read (%1)").arg(file.errorString());
  const QByteArray head = file.read(8);
  if (head.isEmpty()) return QCoreApplication::translate("ImageIO", "file is empty");
  if (imageFormatOf(head) == ImageFormat::Unknown) return QCoreApplication::translate("ImageIO", "not a supported image (PNG, JPEG, BMP or TIFF)");
  return {};
}

cv::Size imageFileSize(const QString& path) {
  QFile file(path);
  if (!regularFileProblem(path).isEmpty() || !file.open(QIODevice::ReadOnly)) return {};
  ImageHeader header = readImageHeader(file.read(1 << 20));
  if (!header.problem.isEmpty() && file.size() > (1 << 20)) {
    file.seek(0);
    header = readImageHeader(file.readAll());
  }
  if (!header.problem.isEmpty() || !imageSizeProblem(header.width, header.height).isEmpty()) return {};
  return {static_cast<int>(header.width), static_cast<int>(header.height)};
}

cv::Mat readImageRgbStored(const QString& path) {
  const cv::Mat image = decodeImage(readAll(path), path);
  cv::Mat rgb;
  cv::cvtColor(image, rgb, cv::COLOR_BGR2RGB);
  return rgb;
}

cv::Mat toUnitRgb(const cv::Mat& rgb) {
  cv::Mat unit;
  rgb.convertTo(unit, CV_32FC3, scaleToUnit(rgb.depth()));
  return unit;
}

cv::Mat readImageRgb(const QString& path) { return toUnitRgb(readImageRgbStored(path)); }

cv::Mat readMask(const QString& path, cv::Size expectedSize) {
  // Colour is kept so that a pixel non-zero in any one channel counts, however faint.
  const cv::Mat decoded = decodeImage(readAll(path), path);
  std::vector<cv::Mat> channels;
  cv::split(decoded, channels);
  cv::Mat mask = channels[0];
  for (std::size_t c = 1; c < channels.size(); ++c) mask = cv::max(mask, channels[c]);
  if (!expectedSize.empty() && mask.size() != expectedSize) {
    throw Error(QCoreApplication::translate("ImageIO", "%1: mask is %2×%3 pixels but its image is %4×%5")
                    .arg(path)
                    .arg(mask.cols)
                    .arg(mask.rows)
                    .arg(expectedSize.width)
                    .arg(expectedSize.height));
  }
  cv::Mat binary = mask > 0;  // 0/255
  binary /= 255;
  return binary;
}

}  // namespace ds
