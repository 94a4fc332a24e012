#pragma once

#include <QByteArray>
#include <QtGlobal>
#include <optional>

namespace ds {

// Bounds-checked reads of integers from a file's bytes, for the header parsers: nothing past the end,
// whatever offsets the file states.
class ByteReader {
 public:
  explicit ByteReader(const QByteArray& data) : data_(data) {}
  qint64 size() const { return data_.size(); }
  std::optional<quint32> byteAt(qint64 at) const {
    if (at < 0 || at >= size()) return std::nullopt;
    return static_cast<quint8>(data_[static_cast<qsizetype>(at)]);
  }
  // count (1–4) bytes at at, big- or little-endian.
  std::optional<quint32> read(qint64 at, int count, bool bigEndian) const {
    if (at < 0 || at + count > size()) return std::nullopt;
    quint32 value = 0;
    for (int i = 0; i < count; ++i) value = (value << 8) | *byteAt(at + (bigEndian ? i : count - 1 - i));
    return value;
  }

 private:
  const QByteArray& data_;
};

// The value of a SHORT (type 3) or LONG (type 4) tag in the first directory of the TIFF structure in
// bytes (a TIFF file, or the body of a JPEG's EXIF block); nothing when it is absent or unreadable.
std::optional<quint32> firstDirectoryTag(const QByteArray& bytes, quint32 tag);

}  // namespace ds
