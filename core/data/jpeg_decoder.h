#pragma once

#include <QByteArray>
#include <QString>
#include <opencv2/core.hpp>

namespace ds {

// Decodes a JPEG held in bytes with libjpeg as 8-bit BGR with its EXIF orientation applied — the
// pixels cv::imdecode gives with IMREAD_COLOR — and refuses damaged image data: decoders fill a damaged
// or missing scan with grey and carry on with only a warning on stderr, so a truncated file with an end
// marker appended would otherwise score as an image. Bytes after the image data (a common camera
// quirk) are not damage. Prints nothing; a problem goes to *problem (translated), with an empty Mat.
// The size must already have passed imageSizeProblem.
cv::Mat decodeJpeg(const QByteArray& bytes, QString* problem);

}  // namespace ds
