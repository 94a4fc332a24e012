#pragma once

#include <QByteArray>
#include <QJsonObject>
#include <QString>
#include <map>
#include <memory>
#include <vector>

namespace at {
class Tensor;
}

namespace ds {

// A trained model on disk (.dsm): a JSON header (method, settings, preprocessing, provenance) and
// named tensors, protected by a SHA-256 of the whole content. Saved atomically (temporary file,
// then rename), so an interrupted save never leaves a half-written model. A loaded archive maps the
// file into memory and verifies it once: its tensors are copied out only when asked for, so a method
// can leave what prediction does not need on disk (copyTensor carries it into a new save). The layout is DefectScope's
// own and independent of LibTorch's serialisation, so files move between LibTorch versions.
//
//   "DSMODEL1" | u32 format version | u64 header length | header JSON (UTF-8) | u32 tensor count
//   per tensor, in name order: u32 name length | name | u8 dtype | u32 rank | i64 dims… | u64 bytes |
//     zeros up to the next multiple of 64 bytes in the file (version 2) | data
//   32-byte SHA-256 of everything before it
// Version 2 aligns each tensor's data so that a loaded tensor can be a mapping of the file. Version 3
// has version 2's layout; it is written for a model whose header an earlier version would misread (a
// tiled model, taken for a whole-image one, would be scored on resized images), so that those
// versions refuse the file instead. Every other model is written as version 2.
class ModelArchive {
 public:
  static constexpr quint32 kFormatVersion = 3;  // the newest this program reads
  static constexpr qint64 kAlignment = 64;

  QJsonObject& header() { return header_; }
  const QJsonObject& header() const { return header_; }

  // Stores the tensor (moved to the CPU, made contiguous): a CPU tensor's own storage, not a copy, so
  // a tensor changed in place after putTensor is saved as changed — put, then save. float32, float64,
  // int64, int32 and uint8 tensors are supported.
  void putTensor(const QString& name, const at::Tensor& tensor);
  // The tensor as saved (CPU), its own memory; throws ds::Error naming the model file when it is
  // missing. From a loaded file (version 2) it is a private, copy-on-write mapping of the file's
  // pages: nothing is copied until written to, and writing never reaches the file.
  at::Tensor tensor(const QString& name) const;
  bool hasTensor(const QString& name) const { return tensors_.count(name) > 0; }
  // The tensor's shape as saved, without reading its data; throws like tensor() when it is missing.
  std::vector<qint64> shape(const QString& name) const;
  // Stores from's tensor as it is (no copy of a loaded file's bytes until this archive is saved).
  void copyTensor(const ModelArchive& from, const QString& name);
  qint64 tensorBytes() const;

  // save() writes version 3, not 2: the header holds what an earlier version would misread.
  void requireCurrentReader() { version_ = kFormatVersion; }
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
    QByteArray data;  // owned, or referring to the mapped file `file` (at offset in it) or to `tensor`
    std::shared_ptr<const void> file;
    std::shared_ptr<const void> tensor;  // a put tensor whose storage data refers to
    qint64 offset = 0;
  };
  const Blob& blob(const QString& name) const;
  QJsonObject header_;
  quint32 version_ = 2;  // written by save()
  std::map<QString, Blob> tensors_;
  QString path_;
  mutable QString checksum_;
};

}  // namespace ds
