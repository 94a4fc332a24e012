#include "ui/settings/remembered_folders.h"
#include "ui/settings/settings_store.h"

#include <QDir>
#include <QFileInfo>

namespace ds::ui {

QString lastFolder(const QString& dialog, const QString& fallback) {
  const QString folder = setting(QStringLiteral("folders/") + dialog).toString();
  return !folder.isEmpty() && QFileInfo(folder).isDir() ? folder : fallback;
}

void rememberFolder(const QString& dialog, const QString& path) {
  if (path.isEmpty()) return;
  const QFileInfo info(path);
  storeSetting(QStringLiteral("folders/") + dialog, info.isDir() ? info.absoluteFilePath() : info.absolutePath());
}

}  // namespace ds::ui
