#include "core/data/byte_reader.h"

namespace ds {

std::optional<quint32> firstDirectoryTag(const QByteArray& bytes, quint32 tag) {
  const ByteReader b(bytes);
  const bool big = b.byteAt(0) == quint32('M');
  const auto directory = b.read(4, 4, big);
  const auto entries = directory ? b.read(*directory, 2, big) : std::nullopt;
  if (!entries) return std::nullopt;
  for (quint32 i = 0; i < *entries; ++i) {
    const qint64 entry = qint64(*directory) + 2 + 12 * qint64(i);
    const auto id = b.read(entry, 2, big), type = b.read(entry + 2, 2, big);
    if (!id || !type) return std::nullopt;
    if (*id != tag) continue;
    // A SHORT value sits in the first two bytes of the value field, a LONG fills it.
    if (*type == 3) return b.read(entry + 8, 2, big);
    if (*type == 4) return b.read(entry + 8, 4, big);
    return std::nullopt;
  }
  return std::nullopt;
}

}  // namespace ds
