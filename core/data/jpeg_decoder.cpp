#include "core/data/jpeg_decoder.h"

#include <cstdio>  // jpeglib.h needs FILE declared first
#include <jerror.h>
#include <jpeglib.h>

#include <QCoreApplication>
#include <csetjmp>
#include <cstring>
#include <memory>
#include <vector>

#include "core/data/byte_reader.h"

namespace ds {
namespace {

// Everything the decode touches after setjmp lives here, on the heap: locals changed between setjmp
// and longjmp would be indeterminate afterwards.
struct Decode {
  jpeg_error_mgr manager{};  // first: libjpeg hands back a pointer to it
  std::jmp_buf jump{};
  char damage[JMSG_LENGTH_MAX] = {};
  char error[JMSG_LENGTH_MAX] = {};
  cv::Mat image;
  std::vector<JSAMPLE> cmykRow;
  int orientation = 1;
};

Decode& decodeOf(j_common_ptr info) { return *reinterpret_cast<Decode*>(info->err); }

void onError(j_common_ptr info) {
  info->err->format_message(info, decodeOf(info).error);
  std::longjmp(decodeOf(info).jump, 1);
}

// Level -1 is a warning; the ones listed say the entropy-coded data is damaged.
void onMessage(j_common_ptr info, int level) {
  if (level != -1 || decodeOf(info).damage[0]) return;
  switch (info->err->msg_code) {
    case JWRN_HIT_MARKER:
    case JWRN_JPEG_EOF:
    case JWRN_HUFF_BAD_CODE:
    case JWRN_MUST_RESYNC:
    case JWRN_BOGUS_PROGRESSION:
      info->err->format_message(info, decodeOf(info).damage);
      break;
    default: break;
  }
}

void silent(j_common_ptr) {}

// The EXIF orientation (1–8) from an APP1 block saved by jpeg_save_markers; 1 when there is none.
int exifOrientation(const jpeg_decompress_struct& info) {
  for (jpeg_saved_marker_ptr m = info.marker_list; m; m = m->next) {
    if (m->marker != JPEG_APP0 + 1 || m->data_length < 6 || std::memcmp(m->data, "Exif\0\0", 6) != 0) continue;
    const QByteArray tiff = QByteArray::fromRawData(reinterpret_cast<const char*>(m->data) + 6, static_cast<qsizetype>(m->data_length - 6));
    const quint32 orientation = firstDirectoryTag(tiff, 0x0112).value_or(1);
    return orientation >= 1 && orientation <= 8 ? static_cast<int>(orientation) : 1;
  }
  return 1;
}

// As OpenCV applies it, so that images decode the same whichever decoder reads them.
cv::Mat oriented(cv::Mat image, int orientation) {
  if (orientation >= 5) cv::transpose(image, image);
  switch (orientation) {
    case 2: case 6: cv::flip(image, image, 1); break;
    case 3: case 7: cv::flip(image, image, -1); break;
    case 4: case 8: cv::flip(image, image, 0); break;
    default: break;
  }
  return image;
}

// Adobe's inverted CMYK to BGR, as OpenCV converts it.
void cmykToBgr(const JSAMPLE* cmyk, uchar* bgr, JDIMENSION width) {
  for (JDIMENSION x = 0; x < width; ++x, cmyk += 4, bgr += 3) {
    const int k = cmyk[3];
    bgr[2] = static_cast<uchar>(k - ((255 - cmyk[0]) * k >> 8));
    bgr[1] = static_cast<uchar>(k - ((255 - cmyk[1]) * k >> 8));
    bgr[0] = static_cast<uchar>(k - ((255 - cmyk[2]) * k >> 8));
  }
}

// Runs libjpeg over d; false (with d.error) on any error. No C++ object is created in this frame
// after setjmp.
bool run(jpeg_decompress_struct& info, Decode& d, const QByteArray& bytes) {
  if (setjmp(d.jump)) return false;
  jpeg_create_decompress(&info);
  jpeg_mem_src(&info, reinterpret_cast<const unsigned char*>(bytes.constData()), static_cast<unsigned long>(bytes.size()));
  jpeg_save_markers(&info, JPEG_APP0 + 1, 0xFFFF);
  jpeg_read_header(&info, TRUE);
  d.orientation = exifOrientation(info);  // saved markers are freed with the image by finish_decompress
  const bool cmyk = info.num_components == 4;
  info.out_color_space = cmyk ? JCS_CMYK : JCS_EXT_BGR;
  jpeg_start_decompress(&info);
  d.image.create(static_cast<int>(info.output_height), static_cast<int>(info.output_width), CV_8UC3);
  if (cmyk) d.cmykRow.resize(std::size_t(info.output_width) * 4);
  while (info.output_scanline < info.output_height && !d.damage[0]) {
    uchar* row = d.image.ptr(static_cast<int>(info.output_scanline));
    JSAMPROW target = cmyk ? d.cmykRow.data() : row;
    if (jpeg_read_scanlines(&info, &target, 1) == 1 && cmyk) cmykToBgr(d.cmykRow.data(), row, info.output_width);
  }
  if (!d.damage[0]) jpeg_finish_decompress(&info);
  return true;
}

}  // namespace

cv::Mat decodeJpeg(const QByteArray& bytes, QString* problem) {
  auto d = std::make_unique<Decode>();
  jpeg_decompress_struct info{};
  info.err = jpeg_std_error(&d->manager);
  d->manager.error_exit = onError;
  d->manager.emit_message = onMessage;
  d->manager.output_message = silent;
  const bool ok = run(info, *d, bytes);
  jpeg_destroy_decompress(&info);
  if (!ok) {
    *problem = QCoreApplication::translate("ImageIO", "corrupt JPEG (%1)").arg(QString::fromLocal8Bit(d->error));
    return {};
  }
  if (d->damage[0]) {
    *problem = QCoreApplication::translate("ImageIO", "corrupt JPEG image data (%1)").arg(QString::fromLocal8Bit(d->damage));
    return {};
  }
  return oriented(d->image, d->orientation);
}

}  // namespace ds
