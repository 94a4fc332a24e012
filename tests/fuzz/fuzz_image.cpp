// Image sniffing and decoding: header parsing, the pixel limit, libpng decoding, the JPEG scan check
// and OpenCV's BMP/TIFF decoders, as every image and mask a user hands in goes through them; then the
// loader's resize of what was decoded, 8- or 16-bit, to a size taken from the input.
#include <cstddef>
#include <cstdint>

#include "core/data/antialiased_resize.h"
#include "core/data/image_header.h"
#include "core/data/image_io.h"
#include "core/error.h"
#include "tests/fuzz/fuzz_input.h"

extern "C" int LLVMFuzzerInitialize(int*, char***) {
  ds::setMaxImagePixels(4'000'000);  // keeps each input fast; the limit's own check is what is exercised
  return 0;
}

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  const QByteArray bytes = dsfuzz::bytesOf(data, size);
  (void)ds::readImageHeader(bytes);
  try {
    const cv::Mat image = ds::decodeImage(bytes, QStringLiteral("input"));
    if (image.channels() != 3) abort();  // the documented layout
    const cv::Size target(1 + data[0] % 64, 1 + data[size - 1] % 64);
    if (ds::resizeAntialiased(image, target).size() != target) abort();
  } catch (const ds::Error&) {
  }
  // The file path: sniffing, reading, colour conversion and mask binarisation.
  const QString path = dsfuzz::writeInput(QStringLiteral("input.png"), bytes);
  (void)ds::sniffImageFile(path);
  try {
    (void)ds::readMask(path);
  } catch (const ds::Error&) {
  }
  return 0;
}
