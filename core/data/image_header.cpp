#include "core/data/image_header.h"

#include "core/data/byte_reader.h"

#include <QCoreApplication>
#include <cmath>
#include <optional>

namespace ds {
namespace {

QString corrupt(ImageFormat format) {
  switch (format) {
    case ImageFormat::Png: return QCoreApplication::translate("ImageIO", "corrupt PNG header");
    case ImageFormat::Jpeg: return QCoreApplication::translate("ImageIO", "corrupt JPEG header (no frame marker before the image data)");
    case ImageFormat::Bmp: return QCoreApplication::translate("ImageIO", "corrupt BMP header");
    case ImageFormat::Tiff: return QCoreApplication::translate("ImageIO", "corrupt TIFF header (no image width and height)");
    case ImageFormat::Unknown: break;
  }
  return QCoreApplication::translate("ImageIO", "not a supported image (PNG, JPEG, BMP or TIFF)");
}

void readPng(const ByteReader& b, ImageHeader& h) {
  // Signature (8) | IHDR length (4) | "IHDR" | width (4, big-endian) | height (4).
  const auto type = b.read(12, 4, true);
  const auto width = b.read(16, 4, true), height = b.read(20, 4, true);
  if (!type || *type != 0x49484452u || !width || !height) return;
  h.width = *width;
  h.height = *height;
}

bool isFrameMarker(quint32 marker) {
  // SOF0…SOF15, except DHT (C4), JPG (C8) and DAC (CC), which share the range.
  return marker >= 0xC0 && marker <= 0xCF && marker != 0xC4 && marker != 0xC8 && marker != 0xCC;
}

void readJpeg(const ByteReader& b, ImageHeader& h) {
  qint64 at = 2;  // after SOI
  while (true) {
    const auto ff = b.byteAt(at);
    if (!ff || *ff != 0xFF) return;
    while (b.byteAt(at) == 0xFFu) ++at;  // fill bytes
    const auto marker = b.byteAt(at++);
    if (!marker) return;
    if (*marker == 0x01 || (*marker >= 0xD0 && *marker <= 0xD8)) continue;  // markers without a length
    if (*marker == 0xD9 || *marker == 0xDA) return;  // end of image or start of scan before any frame
    const auto length = b.read(at, 2, true);
    if (!length || *length < 2) return;
    if (isFrameMarker(*marker)) {
      // length (2) | precision (1) | height (2) | width (2)
      const auto height = b.read(at + 3, 2, true), width = b.read(at + 5, 2, true);
      if (!height || !width) return;
      h.width = *width;
      h.height = *height;
      return;
    }
    at += *length;
  }
}

void readBmp(const ByteReader& b, ImageHeader& h) {
  // BITMAPCOREHEADER (12 bytes): 16-bit unsigned sizes, no compression; later headers: signed 32-bit
  // sizes (a negative height means top-down rows) and a compression field.
  const bool core = b.read(14, 4, false) == 12u;
  const auto width = b.read(18, core ? 2 : 4, false), height = b.read(core ? 20 : 22, core ? 2 : 4, false);
  const auto offset = b.read(10, 4, false), bits = b.read(core ? 24 : 28, 2, false);
  const auto compression = core ? std::optional<quint32>(0) : b.read(30, 4, false);
  if (!width || !height || !offset || !bits || !compression) return;
  h.width = core ? qint64(*width) : qint64(qint32(*width));
  h.height = core ? qint64(*height) : std::abs(qint64(qint32(*height)));
  // Uncompressed rows (BI_RGB, BI_BITFIELDS) have a known size. Doubles cannot overflow.
  if (h.width > 0 && (*compression == 0 || *compression == 3))
    h.minimumBytes = *offset + std::floor((double(h.width) * *bits + 31) / 32) * 4 * double(h.height);
}

void readTiff(const QByteArray& bytes, ImageHeader& h) {
  h.width = firstDirectoryTag(bytes, 256).value_or(0);   // ImageWidth
  h.height = firstDirectoryTag(bytes, 257).value_or(0);  // ImageLength
  const auto tileWidth = firstDirectoryTag(bytes, 322), tileLength = firstDirectoryTag(bytes, 323);
  const auto rowsPerStrip = firstDirectoryTag(bytes, 278);
  if (tileWidth || tileLength) {
    h.blockWidth = tileWidth.value_or(0);
    h.blockHeight = tileLength.value_or(0);
  } else if (rowsPerStrip && *rowsPerStrip != 0xFFFFFFFFu) {  // all ones: one strip, the image's height
    h.blockWidth = h.width;
    h.blockHeight = *rowsPerStrip;
  }
}

}  // namespace

ImageFormat imageFormatOf(const QByteArray& head) {
  if (head.startsWith("\x89PNG\r\n\x1a\n")) return ImageFormat::Png;
  if (head.startsWith("\xff\xd8\xff")) return ImageFormat::Jpeg;
  if (head.startsWith("BM")) return ImageFormat::Bmp;
  if (head.startsWith(QByteArray("II*\0", 4)) || head.startsWith(QByteArray("MM\0*", 4))) return ImageFormat::Tiff;
  return ImageFormat::Unknown;
}

ImageHeader readImageHeader(const QByteArray& bytes) {
  ImageHeader h;
  h.format = imageFormatOf(bytes.left(8));
  const ByteReader b(bytes);
  switch (h.format) {
    case ImageFormat::Png: readPng(b, h); break;
    case ImageFormat::Jpeg: readJpeg(b, h); break;
    case ImageFormat::Bmp: readBmp(b, h); break;
    case ImageFormat::Tiff: readTiff(bytes, h); break;
    case ImageFormat::Unknown: break;
  }
  if (h.width <= 0 || h.height <= 0) h.problem = corrupt(h.format);
  return h;
}

}  // namespace ds
