#pragma once

#include <QFile>
#include <QString>
#include <cstdint>
#include <map>
#include <optional>
#include <string>

namespace ds {

// One file of a zip archive as its central directory declares it.
struct ZipEntry {
  uint16_t method = 0;  // 0 stored, 8 deflated
  uint64_t compressedSize = 0;
  uint64_t size = 0;  // uncompressed
  uint64_t localHeaderOffset = 0;
  uint32_t crc32 = 0;
};

// A zip archive as torch.save writes it, read by this code alone: the central directory first, so
// that what a record will cost is known before a byte of it is read, then each record into memory
// the caller sized from the directory (stored or deflated, CRC-32 checked — LibTorch's own reader
// skips that check, so damage inside tensor data would go unnoticed). No other zip reader is
// involved, so no other reader's idea of the names or sizes can differ from the checks made here.
class ZipArchive {
 public:
  // Reads the central directory (zip64 sizes understood). A name listed twice is refused: which of
  // the two a reader should take is not defined. Throws ds::Error naming the file.
  explicit ZipArchive(const QString& path);

  // The folder holding every record: the part before the first '/' of the first entry ("archive",
  // or the name the file was saved under).
  const std::string& folder() const { return folder_; }
  // The entry of folder/name, if the archive has one.
  std::optional<ZipEntry> record(const std::string& name) const;
  // The entry's entry.size bytes into `into`. Throws ds::Error naming the file when the record is
  // not where its directory entry says, inflates to another size or fails its checksum.
  void read(const ZipEntry& entry, char* into);

 private:
  [[noreturn]] void damaged(const QString& why) const;

  QString path_;
  QFile file_;
  std::string folder_;
  std::map<std::string, ZipEntry> entries_;
};

}  // namespace ds
