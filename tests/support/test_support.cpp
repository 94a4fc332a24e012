#include "tests/support/test_support.h"

#include <QDir>
#include <QFile>
#include <QJsonDocument>
#include <QProcess>
#include <QTemporaryDir>

#include "core/error.h"

namespace dstest {

QString sourceDir() { return QStringLiteral(DS_SOURCE_DIR); }

QString sharedDir() {
  const QString dir = QStringLiteral(DS_SHARED_DIR);
  return QDir(dir).exists() ? dir : QString();
}

QString cliPath() { return qEnvironmentVariable("DS_CLI"); }

std::optional<QJsonObject> runPythonReference(const QString& script, const QJsonObject& input, QString* whyNot) {
  // Debian's interpreter, where python3-sklearn/scipy are installed, not a user's virtualenv.
  const QString python = QFile::exists(QStringLiteral("/usr/bin/python3")) ? QStringLiteral("/usr/bin/python3")
                                                                           : QStringLiteral("python3");
  QTemporaryDir dir;
  const QString in = dir.filePath(QStringLiteral("in.json")), out = dir.filePath(QStringLiteral("out.json"));
  QFile inFile(in);
  if (!inFile.open(QIODevice::WriteOnly)) {
    *whyNot = QStringLiteral("cannot write %1").arg(in);
    return std::nullopt;
  }
  inFile.write(QJsonDocument(input).toJson(QJsonDocument::Compact));
  inFile.close();
  QProcess check;
  check.start(python, {QStringLiteral("-c"), QStringLiteral("import numpy, scipy, sklearn")});
  if (!check.waitForFinished(60000) || check.exitCode() != 0) {
    *whyNot = QStringLiteral("%1 with numpy, scipy and scikit-learn is not available (scripts/install-deps.sh installs them)")
                  .arg(python);
    return std::nullopt;
  }
  QProcess proc;
  proc.start(python, {QDir(sourceDir()).filePath(QStringLiteral("tests/python/") + script), in, out});
  if (!proc.waitForFinished(300000) || proc.exitCode() != 0) {
    *whyNot = QStringLiteral("%1 failed: %2").arg(script, QString::fromLocal8Bit(proc.readAllStandardError()));
    return std::nullopt;
  }
  QFile outFile(out);
  outFile.open(QIODevice::ReadOnly);
  return QJsonDocument::fromJson(outFile.readAll()).object();
}

std::optional<QString> errorOf(const std::function<void()>& call) {
  try {
    call();
  } catch (const ds::Error& e) {
    return e.message();
  }
  return std::nullopt;
}

QByteArray readBytes(const QString& path) {
  QFile file(path);
  return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

bool writeBytes(const QString& path, const QByteArray& bytes) {
  QFile file(path);
  return file.open(QIODevice::WriteOnly) && file.write(bytes) == bytes.size();
}

}  // namespace dstest
