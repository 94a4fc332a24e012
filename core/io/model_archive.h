#pragma once

#include <QByteArray>
#include <QJsonObject>
#include <QString>
#include <map>
#include <vector>

namespace at {
class Tensor;
}

namespace ds {

// A trained model on disk (.dsm): a JSON header (method, settings, preprocessing, provenance) and
// named tensors, protected by a SHA-256 of the whole content. Saved atomically (temporary file,
// then rename), so an interrupted save never leaves a half-written model. The layout is DefectScope's
// own and independent of LibTorch's serialisation, so files move between LibTorch versions.
//
//   "DSMODEL1" | u32 format version | u64 header length | header JSON (UTF-8)
//   per tensor, in name order: u32 name length | name | u8 dtype | u32 rank | i64 dims… | u64 bytes | data
//   32-byte SHA-256 of everything before it
class ModelArchive {
 public:
  static constexpr quint32 kFormatVersion = 1;

  QJsonObject& header() { return header_; }
  const QJsonObject& header() const { return header_; }

  // Stores a copy of the tensor's data (moved to the CPU, made contiguous). float32, float64,
  // int64, int32 and uint8 tensors are supported.
  void putTensor(const QString& name, const at::Tensor& tensor);
  // The tensor as saved (CPU); throws ds::Error naming the model file when it is missing.
  at::Tensor tensor(const QString& name) const;
  bool hasTensor(const QString& name) const { return tensors_.count(name) > 0; }
  qint64 tensorBytes() const;

  void save(const QString& path) const;
  static ModelArchive load(const QString& path);
  // Whether path starts like a model file (its signature; the content is not checked).
  static bool hasModelSignature(const QString& path);
  const QString& path() const { return path_; }
  // Hex SHA-256 of the saved file's content (empty before save/load).
  const QString& checksum() const { return checksum_; }

 private:
  struct Blob {
    quint8 dtype = 0;
    std::vector<qint64> shape;
    QByteArray data;
  };
  QJsonObject header_;
  std::map<QString, Blob> tensors_;
  QString path_;
  mutable QString checksum_;
};

}  // namespace ds
