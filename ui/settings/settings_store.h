#pragma once

#include <QString>
#include <QVariant>

namespace ds::ui {

// The workbench's settings, read and written without the calling thread touching the disk.
//
// QSettings writes its file through QSaveFile, whose commit waits for fsync: 50–120 ms on the GUI
// thread when a scoring has just written its maps to the same disk, and any QSettings constructed
// meanwhile waits for it on the file's lock. So each application's settings are read from disk once,
// kept in memory, and every stored value is in memory at once (setting() returns it) and put on disk by
// one worker thread, in order, several stored values in one write.
//
// application: another application's settings under the same organisation (the command-line tool
// reads the workbench's operator name); empty for this application's own.
QVariant setting(const QString& key, const QVariant& fallback = {}, const QString& application = {});
void storeSetting(const QString& key, const QVariant& value, const QString& application = {});

// Waits until every stored setting is on disk. Runs by itself when the application object goes.
void waitForStoredSettings();

// Removes this application's settings, in memory and on disk (tests start from none).
void clearSettings();

}  // namespace ds::ui
