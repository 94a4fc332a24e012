#include "core/io/regular_file.h"

#include <QCoreApplication>
#include <QFileInfo>

namespace ds {

QString regularFileProblem(const QString& path) {
  const QFileInfo info(path);
  if (!info.exists()) return QCoreApplication::translate("RegularFile", "file not found");
  if (info.isDir()) return QCoreApplication::translate("RegularFile", "is a folder, not a file");
  if (!info.isFile()) return QCoreApplication::translate("RegularFile", "not a regular file (a pipe, device or socket)");
  return {};
}

QString openRegularFile(QFile& file, QIODevice::OpenMode mode) {
  if (QString problem = regularFileProblem(file.fileName()); !problem.isEmpty()) return problem;
  return file.open(mode) ? QString() : file.errorString();
}

}  // namespace ds
