#include "core/backbones/weight_store.h"

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QDir>
#include <QEventLoop>
#include <QFile>
#include <QFileInfo>
#include <QHostAddress>
#include <QNetworkAccessManager>
#include <QNetworkProxyFactory>
#include <QNetworkReply>
#include <QNetworkRequest>
#include <QStandardPaths>
#include <QTimer>
#include <filesystem>
#include <system_error>

#include "core/error.h"
#include "core/jobs/job_context.h"

namespace ds {
namespace {

QString native(const QString& path) { return QDir::toNativeSeparators(path); }

std::filesystem::path fsPath(const QString& path) { return std::filesystem::path(path.toStdU16String()); }

const KnownWeights kKnown[] = {
    {QStringLiteral("resnet18"), QStringLiteral("resnet18-f37072fd.pth"),
     QUrl(QStringLiteral("https://download.pytorch.org/models/resnet18-f37072fd.pth")), QStringLiteral("f37072fd")},
    {QStringLiteral("wide_resnet50_2"), QStringLiteral("wide_resnet50_2-95faca4d.pth"),
     QUrl(QStringLiteral("https://download.pytorch.org/models/wide_resnet50_2-95faca4d.pth")),
     QStringLiteral("95faca4d")},
};

// The system's proxy settings (http_proxy, no_proxy…) for real downloads, but never a proxy for this
// machine: a local mirror must not be routed through a corporate proxy that cannot reach it.
class LocalBypassProxyFactory : public QNetworkProxyFactory {
 public:
  QList<QNetworkProxy> queryProxy(const QNetworkProxyQuery& query) override {
    const QString host = query.peerHostName();
    const QHostAddress address(host);
    if (host.compare(QLatin1String("localhost"), Qt::CaseInsensitive) == 0 || (!address.isNull() && address.isLoopback()))
      return {QNetworkProxy(QNetworkProxy::NoProxy)};
    return systemProxyForQuery(query);
  }
};

// First byte of a 206 answer's "Content-Range: bytes FIRST-LAST/TOTAL"; -1 if absent or malformed.
qint64 contentRangeFirst(const QNetworkReply& reply, qint64* total) {
  const QByteArray value = reply.rawHeader("Content-Range").trimmed();
  if (!value.startsWith("bytes ")) return -1;
  const QByteArray range = value.mid(6);
  const qsizetype dash = range.indexOf('-'), slash = range.indexOf('/');
  if (dash <= 0 || slash <= dash) return -1;
  bool ok = false;
  const qint64 first = range.left(dash).toLongLong(&ok);
  if (!ok) return -1;
  const qint64 size = range.mid(slash + 1).toLongLong(&ok);
  *total = ok ? size : -1;
  return first;
}

enum class Outcome { Complete, StartOver };

// One HTTP request that continues <file>.part. Throws on failure; StartOver when the server answered
// the range request in a way the partial file cannot be continued from.
Outcome downloadOnce(const KnownWeights& weights, const QString& partPath, const WeightStore::Progress& progress,
                     const WeightStore::IsCancelled& cancelled, int stallTimeoutMs,
                     const std::function<Error(const QString&)>& failed) {
  QFile file(partPath);
  const QFileInfo partInfo(partPath);
  const qint64 resumeFrom = partInfo.isFile() ? partInfo.size() : 0;

  // Created here rather than kept in the store: a manager belongs to the thread that creates it, and
  // fetch() runs on whichever worker thread needs the weights.
  QNetworkAccessManager manager;
  manager.setProxyFactory(new LocalBypassProxyFactory);  // the manager takes ownership
  QNetworkRequest request(weights.url);
  // Byte ranges must count bytes of the file itself, not of a compressed transfer.
  request.setRawHeader("Accept-Encoding", "identity");
  request.setAttribute(QNetworkRequest::RedirectPolicyAttribute, QNetworkRequest::NoLessSafeRedirectPolicy);
  if (resumeFrom > 0) request.setRawHeader("Range", "bytes=" + QByteArray::number(resumeFrom) + "-");
  QNetworkReply* reply = manager.get(request);  // owned by the manager

  QEventLoop loop;
  QTimer stall, poll;
  stall.setSingleShot(true);
  stall.setInterval(stallTimeoutMs);
  poll.setInterval(100);
  bool stalled = false, userCancelled = false, startOver = false, bodyIsFile = false, decided = false;
  QString writeError;
  qint64 total = -1;

  // Decides, once the status is known, whether the body is (part of) the file and where it goes.
  const auto decide = [&] {
    if (decided) return;
    decided = true;
    const QVariant statusAttribute = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute);
    const int status = statusAttribute.isValid() ? statusAttribute.toInt() : 200;  // file:// mirrors have none
    const qint64 length = reply->header(QNetworkRequest::ContentLengthHeader).isValid()
                              ? reply->header(QNetworkRequest::ContentLengthHeader).toLongLong()
                              : -1;
    if (status == 206) {
      qint64 rangeTotal = -1;
      if (resumeFrom == 0 || contentRangeFirst(*reply, &rangeTotal) != resumeFrom) {
        startOver = true;
        reply->abort();
        return;
      }
      if (!file.open(QIODevice::WriteOnly | QIODevice::Append)) {
        writeError = file.errorString();
        reply->abort();
        return;
      }
      total = rangeTotal >= 0 ? rangeTotal : (length >= 0 ? resumeFrom + length : -1);
      bodyIsFile = true;
    } else if (status == 200) {
      // A server without range support sends the whole file again.
      if (!file.open(QIODevice::WriteOnly | QIODevice::Truncate)) {
        writeError = file.errorString();
        reply->abort();
        return;
      }
      total = length;
      bodyIsFile = true;
    } else if (status == 416) {
      startOver = true;  // the range starts at or past the end: the partial file is complete, or too long
      reply->abort();
    }
    // Any other status: the body is an error page, and the reply reports the error when it finishes.
  };
  const auto drain = [&] {
    decide();
    const QByteArray chunk = reply->readAll();
    if (!bodyIsFile || !writeError.isEmpty() || chunk.isEmpty()) return;
    if (file.write(chunk) != chunk.size()) {
      writeError = file.errorString();
      reply->abort();
      return;
    }
    if (progress) progress(file.pos(), total);
  };

  QObject::connect(reply, &QNetworkReply::readyRead, &loop, [&] {
    stall.start();
    drain();
  });
  QObject::connect(reply, &QNetworkReply::downloadProgress, &loop, [&] { stall.start(); });
  QObject::connect(&stall, &QTimer::timeout, &loop, [&] {
    stalled = true;
    reply->abort();
  });
  QObject::connect(&poll, &QTimer::timeout, &loop, [&] {
    if (cancelled && cancelled()) {
      userCancelled = true;
      reply->abort();
    }
  });
  QObject::connect(reply, &QNetworkReply::finished, &loop, &QEventLoop::quit);
  stall.start();
  poll.start();
  if (!reply->isFinished()) loop.exec();
  stall.stop();
  poll.stop();
  if (reply->error() == QNetworkReply::NoError && !userCancelled && !startOver) drain();
  file.close();
  // A 416 has an empty body, so no readyRead told decide() about it.
  if (!userCancelled && reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt() == 416) startOver = true;

  if (userCancelled) {
    // A cancelled job leaves no half-written file behind (JobContext's rule), partial downloads included.
    QFile::remove(partPath);
    throw Cancelled();
  }
  if (startOver) return Outcome::StartOver;
  // What arrived stays in the .part for the next attempt to continue.
  const auto dropEmptyPart = [&] {
    if (QFileInfo(partPath).size() == 0) QFile::remove(partPath);
  };
  if (!writeError.isEmpty()) {
    dropEmptyPart();
    throw Error(QCoreApplication::translate("WeightStore", "cannot write %1 (%2)").arg(native(partPath), writeError));
  }
  if (stalled) {
    dropEmptyPart();
    throw failed(QCoreApplication::translate("WeightStore", "no data received for %1 s").arg(stallTimeoutMs / 1000.0));
  }
  if (reply->error() != QNetworkReply::NoError) {
    dropEmptyPart();
    throw failed(reply->errorString());
  }
  if (!bodyIsFile) {
    dropEmptyPart();
    throw failed(QCoreApplication::translate("WeightStore", "the server answered HTTP %1")
                     .arg(reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt()));
  }
  const qint64 size = QFileInfo(partPath).size();
  if (total >= 0 && size != total) {
    dropEmptyPart();
    throw failed(QCoreApplication::translate("WeightStore", "the connection ended after %1 of %2 bytes").arg(size).arg(total));
  }
  if (progress) progress(size, total >= 0 ? total : size);
  return Outcome::Complete;
}

}  // namespace

std::optional<KnownWeights> WeightStore::known(const QString& backbone) {
  for (const KnownWeights& w : kKnown)
    if (w.backbone == backbone) return w;
  return std::nullopt;
}

QStringList WeightStore::knownBackbones() {
  QStringList names;
  for (const KnownWeights& w : kKnown) names << w.backbone;
  return names;
}

QString WeightStore::defaultCacheDir() {
  const QString overridden = qEnvironmentVariable("DEFECTSCOPE_WEIGHTS_DIR");
  if (!overridden.isEmpty()) return QDir::cleanPath(overridden);
  QString base = QStandardPaths::writableLocation(QStandardPaths::GenericCacheLocation);
  if (base.isEmpty()) base = QDir::home().filePath(QStringLiteral(".cache"));
  return QDir(base).filePath(QStringLiteral("defectscope/weights"));
}

WeightStore::WeightStore(QString cacheDir) : cacheDir_(std::move(cacheDir)) {}

QString WeightStore::cachedPath(const QString& backbone) const {
  const auto weights = known(backbone);
  return weights ? cachedPath(*weights) : QString();
}

QString WeightStore::cachedPath(const KnownWeights& weights) const {
  const QString path = QDir(cacheDir_).filePath(weights.fileName);
  return QFileInfo(path).isFile() && checksumMatches(path, weights.sha256Prefix) ? path : QString();
}

QString WeightStore::fetch(const QString& backbone, const Progress& progress, const IsCancelled& cancelled,
                           const QString& urlOverride) {
  std::optional<KnownWeights> weights = known(backbone);
  if (!weights)
    throw Error(QCoreApplication::translate("WeightStore", "no weight file is known for the backbone \"%1\" (known: %2)")
                    .arg(backbone, knownBackbones().join(QStringLiteral(", "))));
  if (!urlOverride.isEmpty()) {
    const QUrl url = QUrl::fromUserInput(urlOverride);
    if (!url.isValid()) throw Error(QCoreApplication::translate("WeightStore", "\"%1\" is not a valid download address").arg(urlOverride));
    weights->url = url;
  }
  return fetch(*weights, progress, cancelled);
}

QString WeightStore::fetch(const KnownWeights& weights, const Progress& progress, const IsCancelled& cancelled) {
  const QString existing = cachedPath(weights);
  if (!existing.isEmpty()) return existing;
  if (cancelled && cancelled()) throw Cancelled();

  const auto failed = [&](const QString& reason) {
    return Error(QCoreApplication::translate("WeightStore", "download of %1 failed (%2) — place the file %1 in %3 or choose a weight file with --weights")
                     .arg(weights.fileName, reason, native(cacheDir_)));
  };
  if (!QDir().mkpath(cacheDir_)) throw failed(QCoreApplication::translate("WeightStore", "cannot create the folder %1").arg(native(cacheDir_)));
  const QString target = QDir(cacheDir_).filePath(weights.fileName);
  const QString part = target + QStringLiteral(".part");

  // At most one fresh start: after it there is no partial file, so no range for the server to reject.
  if (downloadOnce(weights, part, progress, cancelled, stallTimeoutMs_, failed) == Outcome::StartOver) {
    QFile::remove(part);
    if (downloadOnce(weights, part, progress, cancelled, stallTimeoutMs_, failed) == Outcome::StartOver)
      throw failed(QCoreApplication::translate("WeightStore", "the server sent a partial answer to a full request"));
  }

  const QString actual = sha256Hex(part);
  if (weights.sha256Prefix.isEmpty() || !actual.startsWith(weights.sha256Prefix, Qt::CaseInsensitive)) {
    QFile::remove(part);
    throw Error(QCoreApplication::translate("WeightStore", "the downloaded file's checksum (SHA-256 %1…) does not match the expected %2… of %3 (corrupted "
                   "download) — try again, or place the file %3 in %4 or choose a weight file with --weights")
                    .arg(actual.left(weights.sha256Prefix.size() + 4), weights.sha256Prefix, weights.fileName,
                         native(cacheDir_)));
  }
  // rename() replaces a damaged file of the same name in one step, so readers never see half a file.
  std::error_code ec;
  std::filesystem::rename(fsPath(part), fsPath(target), ec);
  if (ec) {
    QFile::remove(part);
    throw Error(QCoreApplication::translate("WeightStore", "cannot move the downloaded file to %1 (%2)")
                    .arg(native(target), QString::fromLocal8Bit(ec.message().c_str())));
  }
  return target;
}

QString WeightStore::sha256Hex(const QString& path) {
  QFile file(path);
  if (!file.open(QIODevice::ReadOnly)) return {};
  QCryptographicHash hash(QCryptographicHash::Sha256);
  if (!hash.addData(&file)) return {};
  return QString::fromLatin1(hash.result().toHex());
}

bool WeightStore::checksumMatches(const QString& path, const QString& hexPrefix) {
  // An empty prefix would accept anything; a file that cannot be verified is not trusted.
  if (hexPrefix.isEmpty()) return false;
  const QString actual = sha256Hex(path);
  return !actual.isEmpty() && actual.startsWith(hexPrefix, Qt::CaseInsensitive);
}

}  // namespace ds
