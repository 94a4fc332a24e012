#include "core/backbones/zip_directory.h"

#include <QCoreApplication>
#include <QFile>

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

constexpr uint32_t kEndSignature = 0x06054b50, kEnd64Locator = 0x07064b50, kEnd64 = 0x06064b50, kEntrySignature = 0x02014b50;
constexpr qint64 kMaxDirectoryBytes = qint64(64) << 20;  // ~500 000 entries: far beyond any weight file

}  // namespace

std::optional<ZipEntry> ZipDirectory::record(const std::string& name) const {
  const auto found = entries.find(folder + '/' + name);
  if (found == entries.end()) return std::nullopt;
  return found->second;
}

ZipDirectory readZipDirectory(const QString& path) {
  const auto damaged = [&path](const char* what) {
    return Error(QCoreApplication::translate("ZipDirectory", "%1: the weight file is truncated or damaged (%2)").arg(path, QString::fromLatin1(what)));
  };
  QFile file(path);
  if (const QString problem = openRegularFile(file); !problem.isEmpty())
    throw Error(QCoreApplication::translate("ZipDirectory", "%1: cannot open the weight file (%2)").arg(path, problem));
  // The end record (22 bytes plus a comment of up to 64 KiB) closes the file.
  const qint64 tailStart = std::max<qint64>(0, file.size() - (22 + 65535 + 20));
  file.seek(tailStart);
  const QByteArray tail = file.readAll();
  qint64 end = -1;
  for (qint64 at = tail.size() - 22; at >= 0 && end < 0; --at)
    if (le(tail, at, 4) == kEndSignature) end = at;
  if (end < 0) throw damaged("no zip directory");
  uint64_t count = *le(tail, end + 10, 2), directorySize = *le(tail, end + 12, 4), directoryOffset = *le(tail, end + 16, 4);
  if (le(tail, end - 20, 4) == kEnd64Locator) {  // zip64: the real figures are in the zip64 end record
    const auto at = le(tail, end - 12, 8);
    QByteArray record;
    if (at && file.seek(static_cast<qint64>(*at))) record = file.read(56);
    if (le(record, 0, 4) != kEnd64) throw damaged("bad zip64 directory");
    count = *le(record, 32, 8);
    directorySize = *le(record, 40, 8);
    directoryOffset = *le(record, 48, 8);
  }
  if (directorySize > uint64_t(kMaxDirectoryBytes) || directoryOffset > uint64_t(file.size()) || !file.seek(qint64(directoryOffset)))
    throw damaged("bad zip directory");
  const QByteArray directory = file.read(static_cast<qint64>(directorySize));

  ZipDirectory result;
  qint64 at = 0;
  for (uint64_t i = 0; i < count; ++i) {
    if (le(directory, at, 4) != kEntrySignature) throw damaged("bad zip directory entry");
    const auto nameLength = le(directory, at + 28, 2), extraLength = le(directory, at + 30, 2), commentLength = le(directory, at + 32, 2);
    if (!nameLength || !extraLength || !commentLength || at + 46 + qint64(*nameLength + *extraLength) > directory.size())
      throw damaged("bad zip directory entry");
    ZipEntry e;
    e.method = static_cast<uint16_t>(*le(directory, at + 10, 2));
    e.compressedSize = *le(directory, at + 20, 4);
    e.size = *le(directory, at + 24, 4);
    // Sizes of 0xFFFFFFFF live in the zip64 extra field (id 1), uncompressed first.
    for (qint64 x = at + 46 + qint64(*nameLength); x + 4 <= at + 46 + qint64(*nameLength + *extraLength);) {
      const uint64_t id = *le(directory, x, 2), length = *le(directory, x + 2, 2);
      if (id == 1) {
        qint64 field = x + 4;
        for (uint64_t* size : {&e.size, &e.compressedSize})
          if (*size == 0xFFFFFFFFu) {
            const auto wide = le(directory, field, 8);
            if (!wide) throw damaged("bad zip64 sizes");
            *size = *wide;
            field += 8;
          }
      }
      x += 4 + qint64(length);
    }
    const std::string name = directory.mid(at + 46, static_cast<qsizetype>(*nameLength)).toStdString();
    if (i == 0) result.folder = name.substr(0, name.find('/'));
    if (!result.entries.emplace(name, e).second) throw damaged("a name listed twice in the zip directory");
    at += 46 + qint64(*nameLength + *extraLength + *commentLength);
  }
  return result;
}

}  // namespace ds
