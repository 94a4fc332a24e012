#pragma once

#include <QString>

namespace ds::ui {

// The last folder each file dialog was used in (QSettings "folders/<dialog>"), so every dialog
// starts where the user last was with it; fallback when it has never been used or the folder is gone.
QString lastFolder(const QString& dialog, const QString& fallback);
// Remembers path's folder (or path itself when it is a folder) for the dialog.
void rememberFolder(const QString& dialog, const QString& path);

}  // namespace ds::ui
