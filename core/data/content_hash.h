#pragma once

#include <QByteArray>
#include <QString>

namespace ds {

// SHA-256 of a file's bytes (32 raw bytes): how DefectScope recognises the same image under another
// name or in another folder. Empty when the path is not a readable regular file.
QByteArray fileContentHash(const QString& path);

}  // namespace ds
