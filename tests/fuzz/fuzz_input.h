#pragma once

#include <QByteArray>
#include <QDir>
#include <QFile>
#include <QString>
#include <QTemporaryDir>
#include <cstddef>
#include <cstdint>

// Shared by the libFuzzer targets: the readers take file paths, so each input is written to a file in
// a folder of the process's own (in memory where /dev/shm exists) before it is read.
namespace dsfuzz {

inline const QTemporaryDir& scratch() {
  static const QTemporaryDir dir(QDir(QStringLiteral("/dev/shm")).exists() ? QStringLiteral("/dev/shm/ds-fuzz-XXXXXX")
                                                                          : QDir::tempPath() + QStringLiteral("/ds-fuzz-XXXXXX"));
  return dir;
}

inline QByteArray bytesOf(const uint8_t* data, size_t size) {
  return QByteArray(reinterpret_cast<const char*>(data), static_cast<qsizetype>(size));
}

// Writes bytes to name inside the scratch folder and returns its path.
inline QString writeInput(const QString& name, const QByteArray& bytes) {
  const QString path = scratch().filePath(name);
  QFile file(path);
  if (!file.open(QIODevice::WriteOnly | QIODevice::Truncate) || file.write(bytes) != bytes.size()) abort();
  return path;
}

}  // namespace dsfuzz
