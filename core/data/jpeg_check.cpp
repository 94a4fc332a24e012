#include "core/data/jpeg_check.h"

#include <cstdio>  // jpeglib.h needs FILE declared first
#include <jerror.h>
#include <jpeglib.h>

#include <QCoreApplication>
#include <csetjmp>
#include <memory>
#include <vector>

namespace ds {
namespace {

struct Check {
  jpeg_error_mgr manager{};  // first: libjpeg hands back a pointer to it
  std::jmp_buf jump{};
  char damage[JMSG_LENGTH_MAX] = {};
  char error[JMSG_LENGTH_MAX] = {};
  std::vector<JSAMPLE> row;
};

Check& checkOf(j_common_ptr info) { return *reinterpret_cast<Check*>(info->err); }

void onError(j_common_ptr info) {
  info->err->format_message(info, checkOf(info).error);
  std::longjmp(checkOf(info).jump, 1);
}

// Level -1 is a warning; the ones listed say the entropy-coded data is damaged.
void onMessage(j_common_ptr info, int level) {
  if (level != -1 || checkOf(info).damage[0]) return;
  switch (info->err->msg_code) {
    case JWRN_HIT_MARKER:
    case JWRN_JPEG_EOF:
    case JWRN_HUFF_BAD_CODE:
    case JWRN_MUST_RESYNC:
    case JWRN_BOGUS_PROGRESSION:
      info->err->format_message(info, checkOf(info).damage);
      break;
    default: break;
  }
}

void silent(j_common_ptr) {}

// No C++ object is created in this frame after setjmp.
bool run(jpeg_decompress_struct& info, Check& c, const QByteArray& bytes) {
  if (setjmp(c.jump)) return false;
  jpeg_create_decompress(&info);
  jpeg_mem_src(&info, reinterpret_cast<const unsigned char*>(bytes.constData()), static_cast<unsigned long>(bytes.size()));
  jpeg_read_header(&info, TRUE);
  info.scale_num = 1;
  info.scale_denom = 8;
  info.dct_method = JDCT_IFAST;
  info.do_fancy_upsampling = FALSE;
  jpeg_start_decompress(&info);
  c.row.resize(static_cast<std::size_t>(info.output_width) * static_cast<std::size_t>(info.output_components));
  JSAMPROW row = c.row.data();
  while (info.output_scanline < info.output_height && !c.damage[0]) jpeg_read_scanlines(&info, &row, 1);
  if (!c.damage[0]) jpeg_finish_decompress(&info);
  return true;
}

}  // namespace

QString jpegDataProblem(const QByteArray& bytes) {
  auto c = std::make_unique<Check>();
  jpeg_decompress_struct info{};
  info.err = jpeg_std_error(&c->manager);
  c->manager.error_exit = onError;
  c->manager.emit_message = onMessage;
  c->manager.output_message = silent;
  const bool ok = run(info, *c, bytes);
  jpeg_destroy_decompress(&info);
  if (!ok) return QCoreApplication::translate("ImageIO", "corrupt JPEG (%1)").arg(QString::fromLocal8Bit(c->error));
  if (c->damage[0]) return QCoreApplication::translate("ImageIO", "corrupt JPEG image data (%1)").arg(QString::fromLocal8Bit(c->damage));
  return {};
}

}  // namespace ds
