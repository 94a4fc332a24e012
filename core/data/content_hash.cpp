#include "core/data/content_hash.h"

#include <QCryptographicHash>
#include <QFile>

#include "core/io/regular_file.h"

namespace ds {

QByteArray fileContentHash(const QString& path) {
  QFile file(path);
  if (!openRegularFile(file).isEmpty()) return {};
  QCryptographicHash hash(QCryptographicHash::Sha256);
  if (!hash.addData(&file)) return {};
  return hash.result();
}

}  // namespace ds
