#include "core/io/model_archive.h"

#include <QBuffer>
#include <QCoreApplication>
#include <QDataStream>
#include <QFile>
#include <QJsonDocument>
#include <QSaveFile>
#include <torch/torch.h>
#include <limits>

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
  const char* data = nullptr;
  qint64 size = 0;
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

}  // namespace

void ModelArchive::putTensor(const QString& name, const at::Tensor& tensor) {
  const torch::Tensor t = tensor.detach().to(torch::kCPU).contiguous();
  Blob blob;
  blob.dtype = dtypeCode(t.scalar_type());
  if (blob.dtype == 0) throw Error(QCoreApplication::translate("ModelArchive", "tensor \"%1\" has a type the model file cannot store").arg(name));
  for (auto d : t.sizes()) blob.shape.push_back(d);
  blob.data = QByteArray(static_cast<const char*>(t.data_ptr()), static_cast<qsizetype>(t.nbytes()));
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
  torch::Tensor t = torch::empty(std::vector<int64_t>(b.shape.begin(), b.shape.end()), torch::TensorOptions(type));
  if (static_cast<qsizetype>(t.nbytes()) != b.data.size())
    throw Error(QCoreApplication::translate("ModelArchive", "%1: tensor \"%2\" has the wrong size (damaged model)").arg(path_, name));
  if (!b.data.isEmpty()) std::memcpy(t.data_ptr(), b.data.constData(), static_cast<size_t>(b.data.size()));
  return t;
}

void ModelArchive::copyTensor(const ModelArchive& from, const QString& name) {
  tensors_[name] = from.blob(name);
  files_.insert(files_.end(), from.files_.begin(), from.files_.end());
}

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
  const auto flush = [&] {
    hash.add(buffer);
    file.write(buffer);
    buffer.clear();
    out.device()->seek(0);
  };
  out.writeRawData(kMagic, sizeof kMagic);
  out << kFormatVersion;
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
    flush();
    hash.add(blob.data);
    file.write(blob.data);
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
  mapped->data = reinterpret_cast<const char*>(mapped->size > 0 ? mapped->file.map(0, mapped->size) : nullptr);
  if (!mapped->data) {
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
  archive.files_.push_back(mapped);
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
    quint64 shapeBytes = c10::elementSize(scalarType(blob.dtype, path));
    for (qint64 d : blob.shape) {
      if (d < 0 || (d > 0 && shapeBytes > std::numeric_limits<quint64>::max() / static_cast<quint64>(d)))
        throw damaged(QCoreApplication::translate("ModelArchive", "tensor \"%1\" has an impossible shape").arg(QString::fromUtf8(name)));
      shapeBytes *= static_cast<quint64>(d);
    }
    if (shapeBytes != bytes)
      throw damaged(QCoreApplication::translate("ModelArchive", "tensor \"%1\" has a shape of %2 bytes but holds %3")
                        .arg(QString::fromUtf8(name), QString::number(shapeBytes), QString::number(bytes)));
    if (bytes > static_cast<quint64>(body.size() - device.pos())) throw damaged(QCoreApplication::translate("ModelArchive", "unexpected end of data"));
    blob.data = QByteArray::fromRawData(body.constData() + device.pos(), static_cast<qsizetype>(bytes));  // read when asked for
    device.seek(device.pos() + static_cast<qint64>(bytes));
    archive.tensors_[QString::fromUtf8(name)] = std::move(blob);
  }
  if (in.status() != QDataStream::Ok) throw damaged(QCoreApplication::translate("ModelArchive", "unexpected end of data"));
  return archive;
}

}  // namespace ds
