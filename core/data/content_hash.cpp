#include "core/data/content_hash.h"

#include <QCryptographicHash>
#include <QFile>
#include <QFileInfo>

namespace ds {

QByteArray fileContentHash(const QString& path) {
  if (!QFileInfo(path).isFile()) return {};  // a FIFO or device would block or never end
  QFile file(path);
  if (!file.open(QIODevice::ReadOnly)) return {};
  QCryptographicHash hash(QCryptographicHash::Sha256);
  if (!hash.addData(&file)) return {};
  return hash.result();
}

}  // namespace ds
