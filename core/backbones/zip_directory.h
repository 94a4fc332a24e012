#pragma once

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
  uint64_t size = 0;    // uncompressed
};

// A zip archive's central directory, read without inflating anything: what a record will cost is
// known before it is read.
struct ZipDirectory {
  // The folder holding every record, resolved as LibTorch's PyTorchStreamReader does: the part
  // before the first '/' of the archive's first entry ("archive", or the name it was saved under).
  std::string folder;
  std::map<std::string, ZipEntry> entries;  // by full name

  // The entry of folder/record, if the archive has one.
  std::optional<ZipEntry> record(const std::string& name) const;
};

// Reads the central directory of the zip archive at path (zip64 sizes understood). A name listed
// twice is refused: which of the two a zip reader would pick is not defined.
// Throws ds::Error naming the file when the directory cannot be found or is damaged.
ZipDirectory readZipDirectory(const QString& path);

}  // namespace ds
