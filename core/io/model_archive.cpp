#include "core/io/model_archive.h"

#include <QBuffer>
#include <QCoreApplication>
#include <QDataStream>
#include <QFile>
#include <QJsonDocument>
#include <QSaveFile>
#include <torch/torch.h>
#include <limits>
#include <sys/mman.h>
#include <unistd.h>

#include "core/error.h"
#include "core/io/regular_file.h"
#include "core/io/sha256.h"

namespace ds {
namespace {

constexpr char kMagic[8] = {'D', 'S', 'M', 'O', 'D', 'E', 'L', '1'};

// A model file's bytes: mapped into memory (read by the page cache as they are touched), or read
// whole where the file system cannot map.
struct FileBytes {
  QFile file;
  QByteArray copy;
  void* mapping = MAP_FAILED;
  const char* data = nullptr;
  qint64 size = 0;
  ~FileBytes() {
    if (mapping != MAP_FAILED) munmap(mapping, static_cast<std::size_t>(size));
  }
};

// Stable codes for the file; never reorder.
quint8 dtypeCode(torch::ScalarType t) {
  switch (t) {
    case torch::kFloat32: return 1;
    case torch::kFloat64: return 2;
    case torch::kInt64: return 3;
    case torch::kInt32: return 4;
    case torch::kUInt8: return 5;
    default: return 0;
  }
}

torch::ScalarType scalarType(quint8 code, const QString& path) {
  switch (code) {
    case 1: return torch::kFloat32;
    case 2: return torch::kFloat64;
    case 3: return torch::kInt64;
    case 4: return torch::kInt32;
    case 5: return torch::kUInt8;
    default: throw Error(QCoreApplication::translate("ModelArchive", "%1: unknown tensor type %2 (damaged file or newer version)").arg(path).arg(code));
  }
}

// The bytes a tensor of this type and shape fills; -1 for a negative dimension or a product that
// overflows, so that a damaged shape never reaches LibTorch.
qint64 shapeBytes(torch::ScalarType type, const std::vector<qint64>& shape) {
  quint64 total = c10::elementSize(type);
  for (qint64 d : shape) {
    if (d < 0 || (d > 0 && total > static_cast<quint64>(std::numeric_limits<qint64>::max()) / static_cast<quint64>(d))) return -1;
    total *= static_cast<quint64>(d);
  }
  return static_cast<qint64>(total);
}

}  // namespace

void ModelArchive::putTensor(const QString& name, const at::Tensor& tensor) {
  const torch::Tensor t = tensor.detach().to(torch::kCPU).contiguous();
  Blob blob;
  blob.dtype = dtypeCode(t.scalar_type());
  if (blob.dtype == 0) throw Error(QCoreApplication::translate("ModelArchive", "tensor \"%1\" has a type the model file cannot store").arg(name));
  for (auto d : t.sizes()) blob.shape.push_back(d);
  // No copy: a model's tensors can be most of the memory a fit ends with (the semi-orthogonal
  // embedding's precision matrices and sums, 800 MB at 256×640), and the save reads them once.
  blob.tensor = std::make_shared<const torch::Tensor>(t);
  blob.data = QByteArray::fromRawData(static_cast<const char*>(t.data_ptr()), static_cast<qsizetype>(t.nbytes()));
  tensors_[name] = std::move(blob);
}

const ModelArchive::Blob& ModelArchive::blob(const QString& name) const {
  const auto it = tensors_.find(name);
  if (it == tensors_.end()) throw Error(QCoreApplication::translate("ModelArchive", "%1: the model lacks \"%2\" (damaged or incompatible model)").arg(path_, name));
  return it->second;
}

std::vector<qint64> ModelArchive::shape(const QString& name) const { return blob(name).shape; }

at::Tensor ModelArchive::tensor(const QString& name) const {
  const Blob& b = blob(name);
  const auto type = scalarType(b.dtype, path_);
  const std::vector<int64_t> shape(b.shape.begin(), b.shape.end());
  const qint64 bytes = shapeBytes(type, b.shape);
  if (bytes != b.data.size())
    throw Error(QCoreApplication::translate("ModelArchive", "%1: tensor \"%2\" has the wrong size (damaged model)").arg(path_, name));
  if (b.file && bytes > 0 && b.offset % kAlignment == 0) {
    // A private mapping of its own pages (already in the page cache, read by the checksum): no
    // copy, each tensor independent of the others, writable without reaching the file, and valid
    // whatever becomes of the file's name. munmap, unlike QFile::unmap, may run on any thread.
    static const qint64 page = sysconf(_SC_PAGESIZE);
    const qint64 start = b.offset / page * page;
    const std::size_t length = static_cast<std::size_t>(b.offset - start + bytes);
    void* base = mmap(nullptr, length, PROT_READ | PROT_WRITE, MAP_PRIVATE, static_cast<const FileBytes*>(b.file.get())->file.handle(), start);
    if (base != MAP_FAILED)
      return torch::from_blob(static_cast<char*>(base) + (b.offset - start), shape, [base, length](void*) { munmap(base, length); },
                              torch::TensorOptions(type));
  }
  torch::Tensor t = torch::empty(shape, torch::TensorOptions(type));
  if (bytes > 0) std::memcpy(t.data_ptr(), b.data.constData(), static_cast<size_t>(bytes));
  return t;
}

void ModelArchive::copyTensor(const ModelArchive& from, const QString& name) { tensors_[name] = from.blob(name); }

qint64 ModelArchive::tensorBytes() const {
  qint64 total = 0;
  for (const auto& [name, blob] : tensors_) total += blob.data.size();
  return total;
}

void ModelArchive::save(const QString& path) const {
  QSaveFile file(path);
  if (!file.open(QIODevice::WriteOnly)) throw Error(QCoreApplication::translate("ModelArchive", "%1: cannot write the model (%2)").arg(path, file.errorString()));
  Sha256 hash;
  QByteArray buffer;
  QDataStream out(&buffer, QIODevice::WriteOnly);
  out.setByteOrder(QDataStream::LittleEndian);
  qint64 written = 0;
  const auto flush = [&] {
    hash.add(buffer);
    file.write(buffer);
    written += buffer.size();
    buffer.clear();
    out.device()->seek(0);
  };
  out.writeRawData(kMagic, sizeof kMagic);
  out << version_;
  const QByteArray json = QJsonDocument(header_).toJson(QJsonDocument::Compact);
  out << static_cast<quint64>(json.size());
  out.writeRawData(json.constData(), static_cast<int>(json.size()));
  out << static_cast<quint32>(tensors_.size());
  flush();
  for (const auto& [name, blob] : tensors_) {
    const QByteArray utf8 = name.toUtf8();
    out << static_cast<quint32>(utf8.size());
    out.writeRawData(utf8.constData(), static_cast<int>(utf8.size()));
    out << blob.dtype << static_cast<quint32>(blob.shape.size());
    for (qint64 d : blob.shape) out << d;
    out << static_cast<quint64>(blob.data.size());
    const qint64 padding = (kAlignment - (written + buffer.size()) % kAlignment) % kAlignment;
    out.writeRawData(QByteArray(static_cast<qsizetype>(padding), '\0').constData(), static_cast<int>(padding));
    flush();
    hash.add(blob.data);
    file.write(blob.data);
    written += blob.data.size();
  }
  const QByteArray digest = hash.result();
  file.write(digest);
  if (!file.commit()) throw Error(QCoreApplication::translate("ModelArchive", "%1: cannot write the model (%2)").arg(path, file.errorString()));
  checksum_ = QString::fromLatin1(digest.toHex());
}

bool ModelArchive::hasModelSignature(const QString& path) {
  QFile file(path);
  return openRegularFile(file).isEmpty() && file.read(sizeof kMagic) == QByteArray(kMagic, sizeof kMagic);
}

ModelArchive ModelArchive::load(const QString& path) {
  auto mapped = std::make_shared<FileBytes>();
  mapped->file.setFileName(path);
  if (const QString problem = openRegularFile(mapped->file); !problem.isEmpty())
    throw Error(QCoreApplication::translate("ModelArchive", "%1: cannot open the model (%2)").arg(path, problem));
  mapped->size = mapped->file.size();
  // Populated at once, as the checksum reads every page anyway: one pass of the kernel instead of a
  // fault per page (800 MB: 0.97 → 0.93 s, bench/README.md).
  if (mapped->size > 0)
    mapped->mapping = mmap(nullptr, static_cast<std::size_t>(mapped->size), PROT_READ, MAP_PRIVATE | MAP_POPULATE, mapped->file.handle(), 0);
  if (mapped->mapping != MAP_FAILED) {
    mapped->data = static_cast<const char*>(mapped->mapping);
  } else {
    mapped->copy = mapped->file.readAll();
    mapped->data = mapped->copy.constData();
    mapped->size = mapped->copy.size();
  }
  const auto damaged = [&](const QString& what) { return Error(QCoreApplication::translate("ModelArchive", "%1: not a valid DefectScope model (%2)").arg(path, what)); };
  if (mapped->size < static_cast<qint64>(sizeof kMagic) + 32 || QByteArrayView(mapped->data, sizeof kMagic) != QByteArrayView(kMagic, sizeof kMagic))
    throw damaged(QCoreApplication::translate("ModelArchive", "unknown file format"));
  const QByteArray body = QByteArray::fromRawData(mapped->data, mapped->size - 32);  // no copy
  const QByteArrayView digest(mapped->data + mapped->size - 32, 32);
  if (Sha256::of(body) != digest)
    throw damaged(QCoreApplication::translate("ModelArchive", "checksum mismatch: the file is damaged or truncated"));

  ModelArchive archive;
  archive.path_ = path;
  archive.checksum_ = QString::fromLatin1(digest.toByteArray().toHex());
  QBuffer device;
  device.setData(body);
  device.open(QIODevice::ReadOnly);
  QDataStream in(&device);
  in.setByteOrder(QDataStream::LittleEndian);
  in.skipRawData(sizeof kMagic);
  quint32 version = 0;
  in >> version;
  if (version > kFormatVersion) throw damaged(QCoreApplication::translate("ModelArchive", "format version %1 is newer than this program supports").arg(version));
  quint64 jsonSize = 0;
  in >> jsonSize;
  if (jsonSize > static_cast<quint64>(body.size())) throw damaged(QCoreApplication::translate("ModelArchive", "bad header"));
  QByteArray json(static_cast<qsizetype>(jsonSize), Qt::Uninitialized);
  in.readRawData(json.data(), static_cast<int>(jsonSize));
  QJsonParseError err;
  archive.header_ = QJsonDocument::fromJson(json, &err).object();
  if (err.error != QJsonParseError::NoError) throw damaged(err.errorString());
  quint32 count = 0;
  in >> count;
  for (quint32 i = 0; i < count && in.status() == QDataStream::Ok; ++i) {
    quint32 nameSize = 0, rank = 0;
    in >> nameSize;
    if (nameSize > 4096) throw damaged(QCoreApplication::translate("ModelArchive", "bad tensor name"));
    QByteArray name(nameSize, Qt::Uninitialized);
    in.readRawData(name.data(), static_cast<int>(nameSize));
    Blob blob;
    in >> blob.dtype >> rank;
    if (rank > 16) throw damaged(QCoreApplication::translate("ModelArchive", "bad tensor rank"));
    blob.shape.resize(rank);
    for (auto& d : blob.shape) in >> d;
    quint64 bytes = 0;
    in >> bytes;
    if (in.status() != QDataStream::Ok) break;
    if (bytes > static_cast<quint64>(body.size())) throw damaged(QCoreApplication::translate("ModelArchive", "bad tensor size"));
    // tensor() allocates by the shape: it must be one the stored bytes fill exactly, with no negative
    // dimension and no product that overflows, so a damaged shape never reaches LibTorch.
    const qint64 expected = shapeBytes(scalarType(blob.dtype, path), blob.shape);
    if (expected < 0)
      throw damaged(QCoreApplication::translate("ModelArchive", "tensor \"%1\" has an impossible shape").arg(QString::fromUtf8(name)));
    if (static_cast<quint64>(expected) != bytes)
      throw damaged(QCoreApplication::translate("ModelArchive", "tensor \"%1\" has a shape of %2 bytes but holds %3")
                        .arg(QString::fromUtf8(name), QString::number(expected), QString::number(bytes)));
    if (version >= 2) {
      const qint64 aligned = device.pos() + (kAlignment - device.pos() % kAlignment) % kAlignment;
      if (aligned > body.size()) throw damaged(QCoreApplication::translate("ModelArchive", "unexpected end of data"));
      device.seek(aligned);
    }
    if (bytes > static_cast<quint64>(body.size() - device.pos())) throw damaged(QCoreApplication::translate("ModelArchive", "unexpected end of data"));
    blob.data = QByteArray::fromRawData(body.constData() + device.pos(), static_cast<qsizetype>(bytes));  // read when asked for
    blob.file = mapped;
    blob.offset = device.pos();
    device.seek(device.pos() + static_cast<qint64>(bytes));
    archive.tensors_[QString::fromUtf8(name)] = std::move(blob);
  }
  if (in.status() != QDataStream::Ok) throw damaged(QCoreApplication::translate("ModelArchive", "unexpected end of data"));
  return archive;
}

}  // namespace ds
