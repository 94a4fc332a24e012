#include "core/data/png_decoder.h"

#include <png.h>

#include <QCoreApplication>
#include <csetjmp>
#include <memory>
#include <string>
#include <vector>

namespace ds {
namespace {

// Everything the decode touches after setjmp lives here, on the heap: locals changed between setjmp
// and longjmp would be indeterminate afterwards.
struct Decode {
  const QByteArray* bytes = nullptr;
  qsizetype offset = 0;
  std::string error;
  cv::Mat image;
  std::vector<png_bytep> rows;
};

void onError(png_structp png, png_const_charp message) {
  static_cast<Decode*>(png_get_error_ptr(png))->error = message;
  png_longjmp(png, 1);
}

void onWarning(png_structp, png_const_charp) {}  // benign (e.g. an odd colour profile): not printed

void readBytes(png_structp png, png_bytep out, png_size_t count) {
  auto* d = static_cast<Decode*>(png_get_io_ptr(png));
  if (count > static_cast<png_size_t>(d->bytes->size() - d->offset)) png_error(png, "file ends inside the image data");
  std::memcpy(out, d->bytes->constData() + d->offset, count);
  d->offset += static_cast<qsizetype>(count);
}

// Runs libpng over d; false (with d.error) on any error. No C++ object is created in this frame
// after setjmp.
bool run(png_structp png, png_infop info, Decode& d) {
  if (setjmp(png_jmpbuf(png))) return false;
  png_set_read_fn(png, &d, readBytes);
  png_read_info(png, info);
  const png_uint_32 width = png_get_image_width(png, info);
  const png_uint_32 height = png_get_image_height(png, info);
  const int colorType = png_get_color_type(png, info);
  const int bitDepth = png_get_bit_depth(png, info);
  if (colorType == PNG_COLOR_TYPE_PALETTE) png_set_palette_to_rgb(png);
  if (colorType == PNG_COLOR_TYPE_GRAY && bitDepth < 8) png_set_expand_gray_1_2_4_to_8(png);
  if ((colorType & PNG_COLOR_MASK_COLOR) == 0) png_set_gray_to_rgb(png);
  png_set_strip_alpha(png);
  png_set_bgr(png);
  if (bitDepth == 16) png_set_swap(png);  // PNG stores big-endian samples
  png_set_interlace_handling(png);
  png_read_update_info(png, info);
  const int depth = png_get_bit_depth(png, info) == 16 ? CV_16U : CV_8U;
  if (png_get_channels(png, info) != 3 || png_get_rowbytes(png, info) != width * 3 * (depth == CV_16U ? 2 : 1))
    png_error(png, "unsupported pixel layout");
  d.image.create(static_cast<int>(height), static_cast<int>(width), CV_MAKETYPE(depth, 3));
  d.rows.resize(height);
  for (png_uint_32 y = 0; y < height; ++y) d.rows[y] = d.image.ptr(static_cast<int>(y));
  png_read_image(png, d.rows.data());
  png_read_end(png, nullptr);
  return true;
}

}  // namespace

cv::Mat decodePng(const QByteArray& bytes, QString* problem) {
  auto d = std::make_unique<Decode>();
  d->bytes = &bytes;
  png_structp png = png_create_read_struct(PNG_LIBPNG_VER_STRING, d.get(), onError, onWarning);
  png_infop info = png ? png_create_info_struct(png) : nullptr;
  const bool ok = png && info && run(png, info, *d);
  png_destroy_read_struct(png ? &png : nullptr, info ? &info : nullptr, nullptr);
  if (ok) return d->image;
  *problem = QCoreApplication::translate("ImageIO", "corrupt PNG (%1)").arg(QString::fromStdString(d->error));
  return {};
}

}  // namespace ds
