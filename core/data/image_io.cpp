#include "core/data/image_io.h"

#include <QCoreApplication>
#include <QFile>
#include <QFileInfo>
#include <opencv2/imgcodecs.hpp>
#include <opencv2/imgproc.hpp>

#include "core/error.h"
#include "core/io/regular_file.h"

namespace ds {
namespace {

enum class Format { Unknown, Png, Jpeg, Bmp, Tiff };

Format formatOf(const QByteArray& head) {
  if (head.startsWith("\x89PNG\r\n\x1a\n")) return Format::Png;
  if (head.startsWith("\xff\xd8\xff")) return Format::Jpeg;
  if (head.startsWith("BM")) return Format::Bmp;
  if (head.startsWith("II*") || head.startsWith(QByteArray("MM\0*", 4))) return Format::Tiff;
  return Format::Unknown;
}

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
QString truncationProblem(Format format, const QByteArray& bytes) {
  if (format == Format::Jpeg) {
    const qsizetype lastScan = bytes.lastIndexOf(QByteArray("\xff\xda", 2));
    const qsizetype end = bytes.lastIndexOf(QByteArray("\xff\xd9", 2));
    if (lastScan < 0 || end < lastScan) return QCoreApplication::translate("ImageIO", "truncated or corrupt JPEG (no end-of-image marker)");
  } else if (format == Format::Png) {
    if (bytes.lastIndexOf("IEND") < 0) return QCoreApplication::translate("ImageIO", "truncated or corrupt PNG (no IEND chunk)");
  }
  return {};
}

cv::Mat decode(const QString& path, int flags) {
  const QByteArray bytes = readAll(path);
  const Format format = formatOf(bytes.left(8));
  if (format == Format::Unknown) throw Error(QCoreApplication::translate("ImageIO", "%1: not a supported image (PNG, JPEG, BMP or TIFF)").arg(path));
  if (const QString problem = truncationProblem(format, bytes); !problem.isEmpty())
    throw Error(path + QStringLiteral(": ") + problem);
  const cv::Mat raw(1, static_cast<int>(bytes.size()), CV_8U, const_cast<char*>(bytes.constData()));
  cv::Mat image;
  try {
    image = cv::imdecode(raw, flags);
  } catch (const cv::Exception& e) {
    throw Error(QCoreApplication::translate("ImageIO", "%1: cannot be decoded (%2)").arg(path, QString::fromStdString(e.msg)));
  }
  if (image.empty()) throw Error(QCoreApplication::translate("ImageIO", "%1: cannot be decoded (corrupt or unsupported image data)").arg(path));
  return image;
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
  if (formatOf(head) == Format::Unknown) return QCoreApplication::translate("ImageIO", "not a supported image (PNG, JPEG, BMP or TIFF)");
  return {};
}

cv::Mat readImageRgb(const QString& path) {
  // IMREAD_COLOR applies the EXIF orientation; ANYDEPTH keeps 16-bit precision.
  const cv::Mat image = decode(path, cv::IMREAD_COLOR | cv::IMREAD_ANYDEPTH);
  cv::Mat rgb;
  cv::cvtColor(image, rgb, cv::COLOR_BGR2RGB);
  cv::Mat unit;
  rgb.convertTo(unit, CV_32FC3, scaleToUnit(rgb.depth()));
  return unit;
}

cv::Mat readMask(const QString& path, cv::Size expectedSize) {
  // Colour is kept so that a pixel non-zero in any one channel counts, however faint.
  const cv::Mat decoded = decode(path, cv::IMREAD_COLOR | cv::IMREAD_ANYDEPTH);
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
