#pragma once

#include <QByteArray>
#include <QString>

namespace ds {

// Runs libjpeg's entropy decoder over a whole JPEG held in bytes (at 1/8 scale, where the inverse
// DCT is nearly free) and returns why its image data is damaged — libjpeg's own words, translated
// around — or an empty string. Decoders fill a damaged scan with grey and carry on, with only a
// warning on stderr: a truncated file with an end marker appended would otherwise score as an image.
// Bytes after the image data (a common camera quirk) are not damage. Prints nothing.
QString jpegDataProblem(const QByteArray& bytes);

}  // namespace ds
