#pragma once

#include <QByteArray>
#include <QString>

namespace ds {

enum class ImageFormat { Unknown, Png, Jpeg, Bmp, Tiff };

// The format a file's first bytes announce (its signature; the extension plays no part).
ImageFormat imageFormatOf(const QByteArray& head);

// What an image file's header says, read without decoding a pixel.
struct ImageHeader {
  ImageFormat format = ImageFormat::Unknown;
  qint64 width = 0;
  qint64 height = 0;
  // The bytes the header says the file holds at least (an uncompressed BMP's rows end there); 0 when
  // the format does not say.
  double minimumBytes = 0;
  // The block of pixels a decoder holds at once when the format says (a TIFF's strip, width ×
  // RowsPerStrip, or its tile); 0 otherwise. OpenCV's TIFF decoder allocates it as the file says.
  qint64 blockWidth = 0;
  qint64 blockHeight = 0;
  QString problem;  // translated; empty when the header could be read
};

// Parses the signature and the pixel dimensions of a PNG (IHDR), JPEG (the first SOF marker), BMP
// (the DIB header) or TIFF (the first directory's ImageWidth/ImageLength) held in bytes. Never reads
// outside bytes, whatever they contain.
ImageHeader readImageHeader(const QByteArray& bytes);

}  // namespace ds
