#pragma once

#include <QString>
#include <cstdint>
#include <map>
#include <string>

namespace ds {

// One file of a zip archive as its central directory declares it.
struct ZipEntry {
  uint16_t method = 0;  // 0 stored, 8 deflated
  uint64_t compressedSize = 0;
  uint64_t size = 0;    // uncompressed
};

// The entries of the zip archive at path by name (zip64 sizes understood), read from its central
// directory without inflating anything: what a record will cost is known before it is read.
// Throws ds::Error naming the file when the directory cannot be found or is damaged.
std::map<std::string, ZipEntry> readZipDirectory(const QString& path);

}  // namespace ds
