#include "core/backbones/zip_archive.h"

#include <QCoreApplication>
#include <algorithm>
#include <vector>
#include <zlib.h>

#include "core/error.h"
#include "core/io/regular_file.h"

namespace ds {
namespace {

// Little-endian reads inside a buffer; nullopt past its end.
std::optional<uint64_t> le(const QByteArray& b, qint64 at, int count) {
  if (at < 0 || at + count > b.size()) return std::nullopt;
  uint64_t v = 0;
  for (int i = count - 1; i >= 0; --i) v = (v << 8) | static_cast<uint8_t>(b[static_cast<qsizetype>(at + i)]);
  return v;
}

constexpr uint32_t kEndSignature = 0x06054b50, kEnd64Locator = 0x07064b50, kEnd64 = 0x06064b50, kEntrySignature = 0x02014b50,
                   kLocalSignature = 0x04034b50;
constexpr qint64 kMaxDirectoryBytes = qint64(64) << 20;  // ~500 000 entries: far beyond any weight file
constexpr qint64 kChunk = qint64(1) << 20;                // deflated bytes read at a time
// Deflate cannot expand data by more than 1032:1 (a 258-byte match in about two bits).
constexpr uint64_t kMaxDeflateRatio = 1032;

}  // namespace

void ZipArchive::damaged(const QString& why) const {
  throw Error(QCoreApplication::translate("ZipArchive", "%1: the weight file is truncated or damaged (%2)").arg(path_, why));
}

ZipArchive::ZipArchive(const QString& path) : path_(path), file_(path) {
  if (const QString problem = openRegularFile(file_); !problem.isEmpty())
    throw Error(QCoreApplication::translate("ZipArchive", "%1: cannot open the weight file (%2)").arg(path, problem));
  // The end record (22 bytes plus a comment of up to 64 KiB) closes the file.
  const qint64 tailStart = std::max<qint64>(0, file_.size() - (22 + 65535 + 20));
  file_.seek(tailStart);
  const QByteArray tail = file_.readAll();
  qint64 end = -1;
  for (qint64 at = tail.size() - 22; at >= 0 && end < 0; --at)
    if (le(tail, at, 4) == kEndSignature) end = at;
  if (end < 0) damaged(QStringLiteral("no zip directory"));
  uint64_t count = *le(tail, end + 10, 2), directorySize = *le(tail, end + 12, 4), directoryOffset = *le(tail, end + 16, 4);
  if (le(tail, end - 20, 4) == kEnd64Locator) {  // zip64: the real figures are in the zip64 end record
    const auto at = le(tail, end - 12, 8);
    QByteArray record;
    if (at && *at < uint64_t(file_.size()) && file_.seek(static_cast<qint64>(*at))) record = file_.read(56);
    if (le(record, 0, 4) != kEnd64) damaged(QStringLiteral("bad zip64 directory"));
    count = *le(record, 32, 8);
    directorySize = *le(record, 40, 8);
    directoryOffset = *le(record, 48, 8);
  }
  if (count == 0) damaged(QStringLiteral("the archive holds no files"));
  if (directorySize > uint64_t(kMaxDirectoryBytes) || directoryOffset > uint64_t(file_.size()) || !file_.seek(qint64(directoryOffset)))
    damaged(QStringLiteral("bad zip directory"));
  const QByteArray directory = file_.read(static_cast<qint64>(directorySize));

  qint64 at = 0;
  for (uint64_t i = 0; i < count; ++i) {
    if (le(directory, at, 4) != kEntrySignature) damaged(QStringLiteral("bad zip directory entry"));
    const auto nameLength = le(directory, at + 28, 2), extraLength = le(directory, at + 30, 2), commentLength = le(directory, at + 32, 2);
    if (!nameLength || !extraLength || !commentLength || at + 46 + qint64(*nameLength + *extraLength) > directory.size())
      damaged(QStringLiteral("bad zip directory entry"));
    ZipEntry e;
    e.method = static_cast<uint16_t>(*le(directory, at + 10, 2));
    e.crc32 = static_cast<uint32_t>(*le(directory, at + 16, 4));
    e.compressedSize = *le(directory, at + 20, 4);
    e.size = *le(directory, at + 24, 4);
    e.localHeaderOffset = *le(directory, at + 42, 4);
    // Fields of 0xFFFFFFFF live in the zip64 extra field (id 1), in this order.
    for (qint64 x = at + 46 + qint64(*nameLength); x + 4 <= at + 46 + qint64(*nameLength + *extraLength);) {
      const uint64_t id = *le(directory, x, 2), length = *le(directory, x + 2, 2);
      if (id == 1) {
        qint64 field = x + 4;
        for (uint64_t* value : {&e.size, &e.compressedSize, &e.localHeaderOffset})
          if (*value == 0xFFFFFFFFu) {
            const auto wide = le(directory, field, 8);
            if (!wide) damaged(QStringLiteral("bad zip64 sizes"));
            *value = *wide;
            field += 8;
          }
      }
      x += 4 + qint64(length);
    }
    const std::string name = directory.mid(at + 46, static_cast<qsizetype>(*nameLength)).toStdString();
    // What a caller may allocate for a record stays within what the file can hold.
    if (e.compressedSize > uint64_t(file_.size()) || (e.method == 0 && e.size != e.compressedSize) ||
        (e.method == 8 && e.size / kMaxDeflateRatio > e.compressedSize))
      damaged(QStringLiteral("%1 declares %2 bytes in %3").arg(QString::fromStdString(name)).arg(e.size).arg(e.compressedSize));
    if (i == 0) {
      const size_t slash = name.find('/');
      if (slash == std::string::npos || slash == 0) damaged(QStringLiteral("its files are not in one folder"));
      folder_ = name.substr(0, slash);
    }
    if (!entries_.emplace(name, e).second) damaged(QStringLiteral("%1 is listed twice in the zip directory").arg(QString::fromStdString(name)));
    at += 46 + qint64(*nameLength + *extraLength + *commentLength);
  }
}

std::optional<ZipEntry> ZipArchive::record(const std::string& name) const {
  const auto found = entries_.find(folder_ + '/' + name);
  if (found == entries_.end()) return std::nullopt;
  return found->second;
}

void ZipArchive::read(const ZipEntry& entry, char* into) {
  const uint64_t fileSize = uint64_t(file_.size());
  QByteArray local;
  if (entry.localHeaderOffset < fileSize && file_.seek(qint64(entry.localHeaderOffset))) local = file_.read(30);
  if (le(local, 0, 4) != kLocalSignature) damaged(QStringLiteral("a record is not where the zip directory says"));
  const uint64_t start = entry.localHeaderOffset + 30 + *le(local, 26, 2) + *le(local, 28, 2);
  if (start > fileSize || entry.compressedSize > fileSize - start) damaged(QStringLiteral("a record runs past the end of the file"));
  file_.seek(qint64(start));
  if (entry.method == 0) {
    for (uint64_t done = 0; done < entry.size;) {
      const qint64 got = file_.read(into + done, qint64(std::min<uint64_t>(entry.size - done, uint64_t(1) << 30)));
      if (got <= 0) damaged(QStringLiteral("a record cannot be read"));
      done += uint64_t(got);
    }
  } else if (entry.method == 8) {
    z_stream z{};
    if (inflateInit2(&z, -MAX_WBITS) != Z_OK) damaged(QStringLiteral("inflate"));
    std::vector<char> chunk(static_cast<size_t>(kChunk));
    uint64_t left = entry.compressedSize, produced = 0;
    int status = Z_OK;
    // Inflated straight into the caller's buffer: no more than entry.size bytes are ever written.
    while (status != Z_STREAM_END) {
      if (z.avail_in == 0) {
        const qint64 want = qint64(std::min<uint64_t>(left, uint64_t(kChunk)));
        const qint64 got = want > 0 ? file_.read(chunk.data(), want) : 0;
        if (got <= 0) break;
        left -= uint64_t(got);
        z.next_in = reinterpret_cast<Bytef*>(chunk.data());
        z.avail_in = static_cast<uInt>(got);
      }
      const uint64_t room = std::min<uint64_t>(entry.size - produced, uint64_t(1) << 30);
      z.next_out = reinterpret_cast<Bytef*>(into + produced);
      z.avail_out = static_cast<uInt>(room);
      status = inflate(&z, Z_NO_FLUSH);
      produced += room - z.avail_out;
      if (status != Z_OK && status != Z_STREAM_END) break;  // damaged data, or more than entry.size bytes
    }
    inflateEnd(&z);
    if (status != Z_STREAM_END || produced != entry.size) damaged(QStringLiteral("a deflated record does not inflate to its size"));
  } else {
    damaged(QStringLiteral("compression method %1").arg(entry.method));
  }
#ifndef FUZZING_BUILD_MODE_UNSAFE_FOR_PRODUCTION  // the fuzzer's mutations must reach the pickle reader
  // zlib's crc32 takes at most 4 GB at a time.
  uLong crc = crc32(0L, Z_NULL, 0);
  for (uint64_t done = 0; done < entry.size;) {
    const uInt n = static_cast<uInt>(std::min<uint64_t>(entry.size - done, 0x40000000u));
    crc = crc32(crc, reinterpret_cast<const Bytef*>(into + done), n);
    done += n;
  }
  if (uint32_t(crc) != entry.crc32) damaged(QStringLiteral("checksum mismatch"));
#endif
}

}  // namespace ds
