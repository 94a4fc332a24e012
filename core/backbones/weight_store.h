#pragma once

#include <QString>
#include <QStringList>
#include <QUrl>
#include <functional>
#include <optional>

namespace ds {

// A pretrained weight file published by torchvision.
struct KnownWeights {
  QString backbone;      // "resnet18"
  QString fileName;      // "resnet18-f37072fd.pth"
  QUrl url;              // where torchvision publishes it
  QString sha256Prefix;  // lowercase hex; torchvision names files after the first 8 hex digits of their SHA-256
};

// The user's cache of ImageNet weight files (one folder shared by every model), and their download.
// Free of LibTorch so the GUI and CLI can offer the download without pulling in the network code.
class WeightStore {
 public:
  // Progress of a download: bytes so far and the file's size (-1 while unknown).
  using Progress = std::function<void(qint64 received, qint64 total)>;
  // Polled while downloading; true aborts with ds::Cancelled.
  using IsCancelled = std::function<bool()>;

  // The weight file torchvision publishes for a backbone ("resnet18", "wide_resnet50_2"), if any.
  static std::optional<KnownWeights> known(const QString& backbone);
  static QStringList knownBackbones();

  // $DEFECTSCOPE_WEIGHTS_DIR when set (tests, offline installs with the files shipped beside the
  // program), else <generic cache>/defectscope/weights.
  static QString defaultCacheDir();

  explicit WeightStore(QString cacheDir = defaultCacheDir());

  const QString& cacheDir() const { return cacheDir_; }

  // The cached file for a backbone; empty when it is missing or its checksum is wrong (a damaged file
  // is then downloaded again rather than loaded).
  QString cachedPath(const QString& backbone) const;
  QString cachedPath(const KnownWeights& weights) const;

  // Downloads the backbone's file into the cache (unless it is already there) and returns its path.
  // Blocks in a local event loop, so it works on a worker thread and in the CLI; a partial download
  // (<file>.part) is resumed when the server supports ranges. Throws ds::Error saying where to put the
  // file by hand when the network fails, ds::Cancelled when cancelled() turns true.
  QString fetch(const QString& backbone, const Progress& progress, const IsCancelled& cancelled,
                const QString& urlOverride = {});
  // The same for a file described by the caller (a mirror, or a test server).
  QString fetch(const KnownWeights& weights, const Progress& progress, const IsCancelled& cancelled);

  // Whether the file's SHA-256 (hex) starts with hexPrefix (case-insensitive); reads it in chunks.
  static bool checksumMatches(const QString& path, const QString& hexPrefix);
  // SHA-256 of the file as lowercase hex; empty if it cannot be read.
  static QString sha256Hex(const QString& path);

  // A download is abandoned after this long without data (30 s; tests shorten it).
  static constexpr int kStallTimeoutMs = 30000;
  void setStallTimeout(int milliseconds) { stallTimeoutMs_ = milliseconds; }

 private:
  QString cacheDir_;
  int stallTimeoutMs_ = kStallTimeoutMs;
};

}  // namespace ds
