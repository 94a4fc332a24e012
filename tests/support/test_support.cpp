#include "tests/support/test_support.h"

#include <cmath>
#include <limits>

#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QJsonDocument>
#include <QProcess>
#include <QTemporaryDir>
#include <cerrno>
#include <csignal>
#include <grp.h>
#include <sys/wait.h>
#include <unistd.h>

#include "core/data/dataset.h"
#include "core/data/demo_data_generator.h"
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

std::optional<QByteArray> outputWithoutRoot(const std::function<QByteArray()>& work, QString* whyNot) {
  if (::geteuid() != 0) return work();
  int fds[2];
  if (::pipe(fds) != 0) {
    *whyNot = QStringLiteral("pipe() failed");
    return std::nullopt;
  }
  const pid_t pid = ::fork();
  if (pid < 0) {
    *whyNot = QStringLiteral("fork() failed");
    return std::nullopt;
  }
  if (pid == 0) {
    ::close(fds[0]);
    if (::setgroups(0, nullptr) != 0 || ::setgid(65534) != 0 || ::setuid(65534) != 0) ::_exit(3);
    const QByteArray out = work();
    for (qsizetype done = 0; done < out.size();) {
      const ssize_t n = ::write(fds[1], out.constData() + done, size_t(out.size() - done));
      if (n <= 0) ::_exit(4);
      done += n;
    }
    ::_exit(0);
  }
  ::close(fds[1]);
  QByteArray received;
  char buffer[4096];
  for (ssize_t n; (n = ::read(fds[0], buffer, sizeof buffer)) != 0;) {
    if (n < 0 && errno == EINTR) continue;
    if (n < 0) break;
    received.append(buffer, n);
  }
  ::close(fds[0]);
  int status = 0;
  if (::waitpid(pid, &status, 0) != pid || !WIFEXITED(status) || WEXITSTATUS(status) != 0) {
    *whyNot = QStringLiteral("the child running as nobody failed (status %1)").arg(status);
    return std::nullopt;
  }
  return received;
}

QByteArray readBytes(const QString& path) {
  QFile file(path);
  return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

bool writeBytes(const QString& path, const QByteArray& bytes) {
  QFile file(path);
  return file.open(QIODevice::WriteOnly) && file.write(bytes) == bytes.size();
}

void writeDemoData(const QString& folder, int size, int train, int testGood, int testDefect) {
  ds::DemoDataOptions demo;
  demo.size = size;
  demo.train = train;
  demo.testGood = testGood;
  demo.testDefect = testDefect;
  ds::DemoDataGenerator(demo).write(folder);
}

QStringList writePlainFolder(const QString& folder, int size, int good, int defective) {
  const QString demo = folder + QStringLiteral(".demo");
  writeDemoData(demo, size, good / 2, good - good / 2, defective);
  QDir().mkpath(folder + QStringLiteral("/good"));
  QDir().mkpath(folder + QStringLiteral("/defect"));
  QStringList goodPaths;
  QDirIterator it(demo, {QStringLiteral("*.png")}, QDir::Files, QDirIterator::Subdirectories);
  QStringList sources;
  while (it.hasNext()) sources << it.next();
  sources.sort();
  int n = 0;
  for (const QString& source : sources) {
    const QString relative = QDir(demo).relativeFilePath(source);
    if (relative.startsWith(QLatin1String("ground_truth"))) continue;
    const bool isGood = relative.contains(QLatin1String("/good/"));
    const QString target = QStringLiteral("%1/%2/%3.png").arg(folder, isGood ? QStringLiteral("good") : QStringLiteral("defect")).arg(n++, 3, 10, QLatin1Char('0'));
    QFile::copy(source, target);
    if (isGood) goodPaths << target;
  }
  QDir(demo).removeRecursively();
  return goodPaths;
}

FileSizeLimit::FileSizeLimit(rlim_t bytes) {
  getrlimit(RLIMIT_FSIZE, &saved_);
  previous_ = std::signal(SIGXFSZ, SIG_IGN);
  rlimit limit = saved_;
  limit.rlim_cur = bytes;
  active_ = setrlimit(RLIMIT_FSIZE, &limit) == 0;
}

FileSizeLimit::~FileSizeLimit() {
  setrlimit(RLIMIT_FSIZE, &saved_);
  std::signal(SIGXFSZ, previous_);
}

}  // namespace dstest
