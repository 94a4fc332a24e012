#include "core/backbones/weight_store.h"
#include "core/error.h"
#include "core/jobs/job_context.h"
#include "tests/support/test_support.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QProcess>
#include <QRandomGenerator>
#include <QTcpServer>
#include <QThread>
#include <QTemporaryDir>
#include <QtTest>
#include <functional>
#include <optional>

namespace {

using dstest::errorOf;
using dstest::readBytes;
using dstest::writeBytes;

// A local stand-in for download.pytorch.org. Plain paths behave like `python3 -m http.server` (which
// ignores Range, so a resume must start over); /ranged/NAME honours "Range: bytes=N-" (206, or 416 past
// the end); /truncated/NAME announces the whole file but closes half-way; /stall/NAME stops sending
// half-way and keeps the connection open; /slow/NAME trickles the file out so a cancellation lands
// mid-transfer. Every request is logged on stdout for the assertions.
const char* const kServerScript = R"PY(
import http.server, os, sys, threading, time

class Handler(http.server.SimpleHTTPRequestHandler):
    def log_message(self, *args):
        pass

    def do_GET(self):
        print("GET %s range=%s" % (self.path, self.headers.get("Range", "-")), flush=True)
        parts = self.path.split("/")
        if len(parts) == 3 and parts[1] in ("ranged", "truncated", "slow", "stall"):
            try:
                with open(parts[2], "rb") as f:
                    data = f.read()
            except OSError:
                self.send_error(404)
                return
            try:
                self.serve(parts[1], data)
            except (BrokenPipeError, ConnectionResetError):
                pass
            return
        super().do_GET()

    def serve(self, mode, data):
        first = 0
        requested = self.headers.get("Range", "")
        if mode == "ranged" and requested.startswith("bytes=") and requested.endswith("-"):
            first = int(requested[6:-1])
            if first >= len(data):
                self.send_response(416)
                self.send_header("Content-Range", "bytes */%d" % len(data))
                self.send_header("Content-Length", "0")
                self.end_headers()
                return
            self.send_response(206)
            self.send_header("Content-Range", "bytes %d-%d/%d" % (first, len(data) - 1, len(data)))
        else:
            self.send_response(200)
        self.send_header("Content-Type", "application/octet-stream")
        self.send_header("Content-Length", str(len(data) - first))
        self.end_headers()
        body = data[first:]
        if mode == "truncated":
            self.wfile.write(body[: len(body) // 2])
        elif mode == "stall":
            self.wfile.write(body[: len(body) // 2])
            self.wfile.flush()
            time.sleep(20)
        elif mode == "slow":
            for i in range(0, len(body), 65536):
                self.wfile.write(body[i : i + 65536])
                self.wfile.flush()
                time.sleep(0.05)
        else:
            self.wfile.write(body)

def exit_with_parent():
    # stdin is the test's pipe: it closes when the test ends, even by a crash that skips the cleanup.
    sys.stdin.read()
    os._exit(0)

threading.Thread(target=exit_with_parent, daemon=True).start()
server = http.server.ThreadingHTTPServer(("127.0.0.1", int(sys.argv[1])), Handler)
print("ready", flush=True)
server.serve_forever()
)PY";

const QString kFileName = QStringLiteral("resnet18-f37072fd.pth");

// A port nobody listens on once this returns (the OS picked it free; the listener is closed again).
quint16 freePort() {
  QTcpServer probe;
  if (!probe.listen(QHostAddress::LocalHost, 0)) return 0;
  const quint16 port = probe.serverPort();
  probe.close();
  return port;
}

}  // namespace

class TestWeightStore : public QObject {
  Q_OBJECT

 private Q_SLOTS:
  void initTestCase();
  void cleanupTestCase();
  void init();
  void knownWeights();
  void defaultCacheDirFromEnvironment();
  void checksum();
  void cachedPathRejectsDamagedFile();
  void download();
  void downloadOnWorkerThread();
  void alreadyCachedNeedsNoNetwork();
  void corruptedDownload();
  void resumeWithoutRangeSupport();
  void resumeWithRange();
  void interruptedDownloadResumes();
  void damagedPartialFileIsDiscarded();
  void completePartialFile();
  void stalledServer();
  void serverDown();
  void missingOnServer();
  void cancelledBeforeStart();
  void cancelledMidway();

 private:
  // The weights as the store knows them, served by the local server under `path`.
  ds::KnownWeights served(const QString& path) const {
    ds::KnownWeights w = *ds::WeightStore::known(QStringLiteral("resnet18"));
    w.url = QUrl(QStringLiteral("http://127.0.0.1:%1/%2").arg(port_).arg(path));
    w.sha256Prefix = prefix_;
    return w;
  }
  QString serverLog() {
    log_ += QString::fromUtf8(server_.readAllStandardOutput());
    return log_;
  }
  QStringList cacheEntries() const {
    return QDir(cache_->path()).entryList(QDir::Files | QDir::Dirs | QDir::NoDotAndDotDot | QDir::Hidden);
  }
  QString cacheFile(const QString& name) const { return cache_->filePath(name); }

  QTemporaryDir root_;  // the served folder and the server script
  QProcess server_;
  quint16 port_ = 0;
  QString log_;
  QByteArray payload_, corrupt_;
  QString prefix_;
  std::optional<QTemporaryDir> cache_;
};

void TestWeightStore::initTestCase() {
  QVERIFY(root_.isValid());
  // Incompressible and large enough for several progress reports.
  payload_.resize(3 * 1024 * 1024 + 123);
  QRandomGenerator rng(42);
  for (qsizetype i = 0; i < payload_.size(); ++i) payload_[i] = char(rng.bounded(256));
  corrupt_ = payload_;
  corrupt_[corrupt_.size() / 2] = char(corrupt_[corrupt_.size() / 2] ^ 0x5a);
  // Unlike torchvision's own file, this one's checksum prefix is whatever its bytes give.
  prefix_ = QString::fromLatin1(QCryptographicHash::hash(payload_, QCryptographicHash::Sha256).toHex().left(8));

  const QString served = root_.filePath(QStringLiteral("www"));
  QVERIFY(QDir().mkpath(served));
  QVERIFY(writeBytes(QDir(served).filePath(kFileName), payload_));
  QVERIFY(writeBytes(QDir(served).filePath(QStringLiteral("corrupt.pth")), corrupt_));
  const QString script = root_.filePath(QStringLiteral("server.py"));
  QVERIFY(writeBytes(script, kServerScript));

  port_ = freePort();
  QVERIFY(port_ != 0);
  server_.setWorkingDirectory(served);
  server_.setProcessChannelMode(QProcess::SeparateChannels);
  server_.start(QStringLiteral("python3"), {script, QString::number(port_)});
  if (!server_.waitForStarted(10000)) QSKIP("python3 is not available to run a local HTTP server");
  QElapsedTimer waited;
  waited.start();
  while (!serverLog().contains(QLatin1String("ready")) && waited.elapsed() < 15000 &&
         server_.state() == QProcess::Running)
    server_.waitForReadyRead(500);
  QVERIFY2(serverLog().contains(QLatin1String("ready")),
           qPrintable(QStringLiteral("the local HTTP server did not start: %1")
                          .arg(QString::fromLocal8Bit(server_.readAllStandardError()))));
}

void TestWeightStore::cleanupTestCase() {
  if (server_.state() != QProcess::NotRunning) {
    server_.kill();
    server_.waitForFinished(5000);
  }
}

void TestWeightStore::init() {
  cache_.emplace();
  QVERIFY(cache_->isValid());
  serverLog();
  log_.clear();
}

void TestWeightStore::knownWeights() {
  const auto r18 = ds::WeightStore::known(QStringLiteral("resnet18"));
  QVERIFY(r18);
  QCOMPARE(r18->fileName, QStringLiteral("resnet18-f37072fd.pth"));
  QCOMPARE(r18->url, QUrl(QStringLiteral("https://download.pytorch.org/models/resnet18-f37072fd.pth")));
  QCOMPARE(r18->sha256Prefix, QStringLiteral("f37072fd"));
  const auto wide = ds::WeightStore::known(QStringLiteral("wide_resnet50_2"));
  QVERIFY(wide);
  QCOMPARE(wide->fileName, QStringLiteral("wide_resnet50_2-95faca4d.pth"));
  QCOMPARE(wide->url, QUrl(QStringLiteral("https://download.pytorch.org/models/wide_resnet50_2-95faca4d.pth")));
  QCOMPARE(wide->sha256Prefix, QStringLiteral("95faca4d"));
  QVERIFY(!ds::WeightStore::known(QStringLiteral("resnet50")));
  QCOMPARE(ds::WeightStore::knownBackbones(), QStringList({"resnet18", "wide_resnet50_2"}));

  const auto error = errorOf([&] { ds::WeightStore(cache_->path()).fetch(QStringLiteral("vgg16"), {}, {}); });
  QVERIFY(error);
  QVERIFY2(error->contains(QLatin1String("vgg16")) && error->contains(QLatin1String("wide_resnet50_2")), qPrintable(*error));
}

void TestWeightStore::defaultCacheDirFromEnvironment() {
  const QByteArray saved = qgetenv("DEFECTSCOPE_WEIGHTS_DIR");
  qputenv("DEFECTSCOPE_WEIGHTS_DIR", cache_->path().toUtf8());
  QCOMPARE(ds::WeightStore::defaultCacheDir(), QDir::cleanPath(cache_->path()));
  QCOMPARE(ds::WeightStore().cacheDir(), QDir::cleanPath(cache_->path()));
  qunsetenv("DEFECTSCOPE_WEIGHTS_DIR");
  QVERIFY(ds::WeightStore::defaultCacheDir().endsWith(QLatin1String("defectscope/weights")));
  if (!saved.isNull()) qputenv("DEFECTSCOPE_WEIGHTS_DIR", saved);
}

void TestWeightStore::checksum() {
  const QString path = cacheFile(QStringLiteral("x.bin"));
  QVERIFY(writeBytes(path, payload_));
  const QString full = QString::fromLatin1(QCryptographicHash::hash(payload_, QCryptographicHash::Sha256).toHex());
  QCOMPARE(ds::WeightStore::sha256Hex(path), full);
  QVERIFY(ds::WeightStore::checksumMatches(path, prefix_));
  QVERIFY(ds::WeightStore::checksumMatches(path, prefix_.toUpper()));
  QVERIFY(ds::WeightStore::checksumMatches(path, full));
  QVERIFY(!ds::WeightStore::checksumMatches(path, QStringLiteral("f37072fd")));
  QVERIFY(!ds::WeightStore::checksumMatches(path, QString()));  // nothing verified is not a match
  QVERIFY(!ds::WeightStore::checksumMatches(cacheFile(QStringLiteral("missing.bin")), prefix_));
}

void TestWeightStore::cachedPathRejectsDamagedFile() {
  ds::WeightStore store(cache_->path());
  QVERIFY(store.cachedPath(QStringLiteral("resnet18")).isEmpty());
  // Our bytes are not torchvision's file, so under the real name they count as damaged.
  QVERIFY(writeBytes(cacheFile(kFileName), payload_));
  QVERIFY(store.cachedPath(QStringLiteral("resnet18")).isEmpty());
  QCOMPARE(store.cachedPath(served(kFileName)), cacheFile(kFileName));
  QVERIFY(store.cachedPath(QStringLiteral("unknown")).isEmpty());
}

void TestWeightStore::download() {
  ds::WeightStore store(cache_->path());
  QList<QPair<qint64, qint64>> reports;
  const QString path = store.fetch(
      served(kFileName), [&](qint64 received, qint64 total) { reports.append({received, total}); },
      [] { return false; });
  QCOMPARE(path, cacheFile(kFileName));
  QCOMPARE(readBytes(path), payload_);
  QCOMPARE(cacheEntries(), QStringList({kFileName}));  // no .part left behind
  QCOMPARE(store.cachedPath(served(kFileName)), path);

  QVERIFY(reports.size() >= 2);
  for (qsizetype i = 1; i < reports.size(); ++i) QVERIFY(reports[i].first >= reports[i - 1].first);
  QCOMPARE(reports.last().first, qint64(payload_.size()));
  QCOMPARE(reports.last().second, qint64(payload_.size()));
  QCOMPARE(reports.first().second, qint64(payload_.size()));  // the size is known from the first report
}

// As the GUI's job thread does: fetch() brings its own event loop, so the thread needs none running.
void TestWeightStore::downloadOnWorkerThread() {
  ds::WeightStore store(cache_->path());
  const ds::KnownWeights weights = served(kFileName);
  QString path, error;
  qint64 lastReceived = 0;
  std::unique_ptr<QThread> worker(QThread::create([&] {
    try {
      path = store.fetch(weights, [&](qint64 received, qint64) { lastReceived = received; }, {});
    } catch (const ds::Error& e) {
      error = e.message();
    }
  }));
  worker->start();
  QVERIFY(worker->wait(60000));
  QVERIFY2(error.isEmpty(), qPrintable(error));
  QCOMPARE(readBytes(path), payload_);
  QCOMPARE(lastReceived, qint64(payload_.size()));
}

void TestWeightStore::alreadyCachedNeedsNoNetwork() {
  QVERIFY(writeBytes(cacheFile(kFileName), payload_));
  ds::KnownWeights weights = served(kFileName);
  weights.url = QUrl(QStringLiteral("http://127.0.0.1:%1/%2").arg(freePort()).arg(kFileName));
  QCOMPARE(ds::WeightStore(cache_->path()).fetch(weights, {}, {}), cacheFile(kFileName));
}

void TestWeightStore::corruptedDownload() {
  ds::WeightStore store(cache_->path());
  const auto error = errorOf([&] { store.fetch(served(QStringLiteral("corrupt.pth")), {}, {}); });
  QVERIFY(error);
  QVERIFY2(error->contains(QLatin1String("checksum")) && error->contains(QLatin1String("corrupted download")) &&
               error->contains(prefix_) && error->contains(kFileName),
           qPrintable(*error));
  QCOMPARE(cacheEntries(), QStringList());
}

void TestWeightStore::resumeWithoutRangeSupport() {
  QVERIFY(writeBytes(cacheFile(kFileName + ".part"), payload_.left(payload_.size() / 2)));
  ds::WeightStore store(cache_->path());
  const QString path = store.fetch(served(kFileName), {}, {});
  QCOMPARE(readBytes(path), payload_);
  QCOMPARE(cacheEntries(), QStringList({kFileName}));
  // The range was asked for; the stock handler answered 200 and the download started over.
  QTRY_VERIFY_WITH_TIMEOUT(serverLog().contains(QStringLiteral("range=bytes=%1-").arg(payload_.size() / 2)), 5000);
}

void TestWeightStore::resumeWithRange() {
  const qint64 half = payload_.size() / 2;
  QVERIFY(writeBytes(cacheFile(kFileName + ".part"), payload_.left(half)));
  ds::WeightStore store(cache_->path());
  qint64 firstReport = -1, total = -1;
  const QString path = store.fetch(
      served(QStringLiteral("ranged/") + kFileName),
      [&](qint64 received, qint64 size) {
        if (firstReport < 0) firstReport = received;
        total = size;
      },
      {});
  QCOMPARE(readBytes(path), payload_);
  QCOMPARE(cacheEntries(), QStringList({kFileName}));
  QVERIFY2(firstReport > half, "the download did not continue from the partial file");
  QCOMPARE(total, qint64(payload_.size()));
  QTRY_VERIFY_WITH_TIMEOUT(serverLog().contains(QStringLiteral("range=bytes=%1-").arg(half)), 5000);
}

void TestWeightStore::interruptedDownloadResumes() {
  ds::WeightStore store(cache_->path());
  const auto error = errorOf([&] { store.fetch(served(QStringLiteral("truncated/") + kFileName), {}, {}); });
  QVERIFY(error);
  QVERIFY2(error->contains(QLatin1String("place the file")), qPrintable(*error));
  // What arrived is kept for the next attempt.
  const QByteArray partial = readBytes(cacheFile(kFileName + ".part"));
  QVERIFY(partial.size() > 0 && partial.size() < payload_.size());
  QCOMPARE(partial, payload_.left(partial.size()));
  QVERIFY(store.cachedPath(served(kFileName)).isEmpty());

  const QString path = store.fetch(served(QStringLiteral("ranged/") + kFileName), {}, {});
  QCOMPARE(readBytes(path), payload_);
  QCOMPARE(cacheEntries(), QStringList({kFileName}));
  QTRY_VERIFY_WITH_TIMEOUT(serverLog().contains(QStringLiteral("range=bytes=%1-").arg(partial.size())), 5000);
}

void TestWeightStore::damagedPartialFileIsDiscarded() {
  // A partial file from somewhere else: continuing it gives a wrong file, which must not be kept.
  QVERIFY(writeBytes(cacheFile(kFileName + ".part"), QByteArray(1000, 'x')));
  ds::WeightStore store(cache_->path());
  const auto error = errorOf([&] { store.fetch(served(QStringLiteral("ranged/") + kFileName), {}, {}); });
  QVERIFY(error);
  QVERIFY2(error->contains(QLatin1String("checksum")), qPrintable(*error));
  QCOMPARE(cacheEntries(), QStringList());
  // The next attempt starts clean and succeeds.
  QCOMPARE(readBytes(store.fetch(served(QStringLiteral("ranged/") + kFileName), {}, {})), payload_);
}

void TestWeightStore::completePartialFile() {
  // Interrupted between the last byte and the rename: the server answers 416 to the range.
  QVERIFY(writeBytes(cacheFile(kFileName + ".part"), payload_));
  ds::WeightStore store(cache_->path());
  QCOMPARE(readBytes(store.fetch(served(QStringLiteral("ranged/") + kFileName), {}, {})), payload_);
  QCOMPARE(cacheEntries(), QStringList({kFileName}));
}

void TestWeightStore::stalledServer() {
  ds::WeightStore store(cache_->path());
  store.setStallTimeout(500);
  QElapsedTimer timer;
  timer.start();
  const auto error = errorOf([&] { store.fetch(served(QStringLiteral("stall/") + kFileName), {}, {}); });
  QVERIFY(error);
  QVERIFY2(error->contains(QLatin1String("no data received for 0.5 s")) && error->contains(QLatin1String("place the file")),
           qPrintable(*error));
  QVERIFY(timer.elapsed() < 10000);
  // What arrived before the stall is kept for a resume.
  const QByteArray partial = readBytes(cacheFile(kFileName + ".part"));
  QVERIFY(partial.size() > 0);
  QCOMPARE(partial, payload_.left(partial.size()));
}

void TestWeightStore::serverDown() {
  ds::WeightStore store(cache_->path());
  const quint16 closed = freePort();
  const auto error = errorOf([&] {
    store.fetch(QStringLiteral("resnet18"), {}, {}, QStringLiteral("http://127.0.0.1:%1/%2").arg(closed).arg(kFileName));
  });
  QVERIFY(error);
  QVERIFY2(error->contains(QLatin1String("download of resnet18-f37072fd.pth failed")) &&
               error->contains(QLatin1String("place the file resnet18-f37072fd.pth in")) &&
               error->contains(QDir::toNativeSeparators(cache_->path())) && error->contains(QLatin1String("--weights")),
           qPrintable(*error));
  QCOMPARE(cacheEntries(), QStringList());
}

void TestWeightStore::missingOnServer() {
  ds::WeightStore store(cache_->path());
  const auto error = errorOf([&] { store.fetch(served(QStringLiteral("nothing-here.pth")), {}, {}); });
  QVERIFY(error);
  QVERIFY2(error->contains(QLatin1String("place the file")), qPrintable(*error));
  QCOMPARE(cacheEntries(), QStringList());
}

void TestWeightStore::cancelledBeforeStart() {
  ds::WeightStore store(cache_->path());
  QVERIFY_THROWS_EXCEPTION(ds::Cancelled, store.fetch(served(kFileName), {}, [] { return true; }));
  QCOMPARE(cacheEntries(), QStringList());
}

void TestWeightStore::cancelledMidway() {
  ds::WeightStore store(cache_->path());
  int reports = 0;
  bool thrown = false;
  try {
    store.fetch(
        served(QStringLiteral("slow/") + kFileName), [&](qint64, qint64) { ++reports; }, [&] { return reports > 0; });
  } catch (const ds::Cancelled&) {
    thrown = true;
  }
  QVERIFY(thrown);
  QVERIFY(reports > 0);
  QCOMPARE(cacheEntries(), QStringList());
}

QTEST_GUILESS_MAIN(TestWeightStore)
#include "tst_weight_store.moc"
