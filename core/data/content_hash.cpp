#include "core/data/content_hash.h"

#include <QFile>

#include "core/io/regular_file.h"
#include "core/io/sha256.h"

namespace ds {

QByteArray fileContentHash(const QString& path) {
  QFile file(path);
  if (!openRegularFile(file).isEmpty()) return {};
  Sha256 hash;
  QByteArray chunk(1 << 20, Qt::Uninitialized);
  for (;;) {
    const qint64 n = file.read(chunk.data(), chunk.size());
    if (n < 0) return {};
    if (n == 0) break;
    hash.add(QByteArrayView(chunk.constData(), n));
  }
  return hash.result();
}

}  // namespace ds
