#pragma once

#include <QJsonObject>
#include <QString>
#include <functional>
#include <optional>
#include <QByteArray>
#include <QStringList>
#include <sys/resource.h>
#include <vector>

// Helpers shared by the Qt Test executables.
namespace dstest {

QString sourceDir();
// ../shared beside the repository; empty when it is absent (a fresh clone), and tests that need it skip.
QString sharedDir();
// The defectscope-cli under test (DS_CLI, set by ctest), or empty.
QString cliPath();

// Runs tests/python/<script> with Debian's python3 on input; returns its JSON output, or nothing
// with the reason in *whyNot (python3, numpy, scipy or scikit-learn missing, or the script failed).
std::optional<QJsonObject> runPythonReference(const QString& script, const QJsonObject& input, QString* whyNot);

// The message of the ds::Error that call throws, or nothing when it does not throw.
std::optional<QString> errorOf(const std::function<void()>& call);
// Runs work where file permissions apply: in this process when it is not root, otherwise in a forked
// child running as "nobody" (root reads everything). Returns what work returned, or nothing with the
// reason in *whyNot. Folders on the way must be searchable by others when run as root.
std::optional<QByteArray> outputWithoutRoot(const std::function<QByteArray()>& work, QString* whyNot);
QByteArray readBytes(const QString& path);  // empty when unreadable
bool writeBytes(const QString& path, const QByteArray& bytes);

// Writes the synthetic demo dataset (MVTec layout) of size×size images into folder.
void writeDemoData(const QString& folder, int size, int train, int testGood, int testDefect);
// A factory-style plain folder of demo images: folder/good/ (good images) and folder/defect/
// (defective ones), no masks, no train split. Returns the good images' paths.
QStringList writePlainFolder(const QString& folder, int size, int good, int defective);

// While alive, files this process writes cannot grow past bytes: writes beyond fail with EFBIG
// (SIGXFSZ ignored), as on a full disk.
class FileSizeLimit {
 public:
  explicit FileSizeLimit(rlim_t bytes);
  ~FileSizeLimit();
  bool active() const { return active_; }  // the limit could be set
  FileSizeLimit(const FileSizeLimit&) = delete;
  FileSizeLimit& operator=(const FileSizeLimit&) = delete;

 private:
  rlimit saved_{};
  void (*previous_)(int) = nullptr;
  bool active_ = false;
};

}  // namespace dstest
