#include "core/io/map_spill.h"

#include <QCoreApplication>
#include <QDir>
#include <cerrno>
#include <cstring>
#include <unistd.h>

#include "core/error.h"

namespace ds {
namespace {

// The message of error code `code`, taken right after the failing call (errno moves with any later call).
QString systemError(int code) { return QString::fromLocal8Bit(std::strerror(code)); }

// Calls step(done) — one pwrite or pread from byte `done` on — until all bytes moved: they may move
// less than asked (signals, large requests). Throws failure(reason) on an error or a zero transfer.
template <typename Step, typename Failure>
void transferAll(qint64 bytes, Step step, Failure failure, const char* zeroTransfer) {
  for (qint64 done = 0; done < bytes;) {
    const ssize_t n = step(done);
    const int code = errno;
    if (n < 0 && code == EINTR) continue;
    if (n <= 0) throw failure(n < 0 ? systemError(code) : QCoreApplication::translate("MapSpill", zeroTransfer));
    done += n;
  }
}

void writeAll(const QFile& file, const char* data, qint64 bytes, qint64 offset) {
  transferAll(
      bytes, [&](qint64 done) { return ::pwrite(file.handle(), data + done, static_cast<size_t>(bytes - done), offset + done); },
      [&](const QString& why) { return Error(QCoreApplication::translate("MapSpill", "%1: cannot write temporary maps (%2)").arg(file.fileName(), why)); },
      QT_TRANSLATE_NOOP("MapSpill", "nothing was written"));
}

void readAll(const QFile& file, char* data, qint64 bytes, qint64 offset) {
  transferAll(
      bytes, [&](qint64 done) { return ::pread(file.handle(), data + done, static_cast<size_t>(bytes - done), offset + done); },
      [&](const QString& why) { return Error(QCoreApplication::translate("MapSpill", "%1: cannot read temporary maps back (%2)").arg(file.fileName(), why)); },
      QT_TRANSLATE_NOOP("MapSpill", "the file ends early"));
}

}  // namespace

MapSpill::MapSpill() : file_(QDir::temp().filePath(QStringLiteral("defectscope-maps-XXXXXX"))) {
  if (!file_.open()) throw Error(QCoreApplication::translate("MapSpill", "cannot create a temporary file for the maps in %1 (%2)").arg(QDir::tempPath(), file_.errorString()));
}

int MapSpill::append(const cv::Mat& map, const cv::Mat& mask) {
  CV_Assert(map.type() == CV_32FC1 && (mask.empty() || (mask.type() == CV_8UC1 && mask.size() == map.size())));
  const cv::Mat m = map.isContinuous() ? map : map.clone();
  const cv::Mat k = mask.isContinuous() ? mask : mask.clone();
  const auto mapBytes = static_cast<qint64>(m.total() * sizeof(float));
  std::lock_guard<std::mutex> lock(mutex_);
  const Entry e{end_, map.rows, map.cols, !mask.empty()};
  writeAll(file_, reinterpret_cast<const char*>(m.data), mapBytes, e.offset);
  if (e.mask) writeAll(file_, reinterpret_cast<const char*>(k.data), static_cast<qint64>(k.total()), e.offset + mapBytes);
  end_ = e.offset + mapBytes + (e.mask ? static_cast<qint64>(k.total()) : 0);
  entries_.push_back(e);
  return static_cast<int>(entries_.size()) - 1;
}

void MapSpill::read(int index, cv::Mat& map, cv::Mat& mask) const {
  Entry e;
  {
    std::lock_guard<std::mutex> lock(mutex_);
    e = entries_.at(index);
  }
  map.release();  // never into a buffer the caller shares with someone else (create keeps a matching one)
  map.create(e.rows, e.cols, CV_32FC1);
  const auto mapBytes = static_cast<qint64>(map.total() * sizeof(float));
  readAll(file_, reinterpret_cast<char*>(map.data), mapBytes, e.offset);
  mask.release();
  if (e.mask) {
    mask.create(e.rows, e.cols, CV_8UC1);
    readAll(file_, reinterpret_cast<char*>(mask.data), static_cast<qint64>(mask.total()), e.offset + mapBytes);
  }
}

int MapSpill::size() const {
  std::lock_guard<std::mutex> lock(mutex_);
  return static_cast<int>(entries_.size());
}

void MapSelection::add(int entry, cv::Mat map, cv::Mat mask) {
  entries_.push_back(entry);
  maps_.push_back(entry < 0 ? std::move(map) : cv::Mat());
  masks_.push_back(std::move(mask));
}

void MapSelection::read(int index, cv::Mat& map, cv::Mat& mask) const {
  if (const int entry = entries_.at(index); entry >= 0) {
    cv::Mat stored;
    spill_->read(entry, map, stored);
  } else {
    map = maps_.at(index);
  }
  mask = masks_.at(index);
}

}  // namespace ds
