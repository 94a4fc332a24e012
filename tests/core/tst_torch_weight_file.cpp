#include "core/backbones/torch_weight_file.h"
#include "core/error.h"
#include "tests/support/test_support.h"

#include <torch/torch.h>

#include <QDir>
#include <QFileInfo>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTemporaryDir>
#include <QtTest>
#include <functional>
#include <optional>
#include <sstream>
#include <sys/resource.h>

namespace {

using dstest::errorOf;

// Written by Python's torch.save, the reader's reference. Each file is saved under a temporary name
// and renamed, so the archive's top folder ("tmp_ordered") differs from the file name.
const char* const kMakeFiles = R"PY(
import collections, json, os, sys, torch
d = sys.argv[1]
torch.manual_seed(0)
m = torch.nn.Sequential(torch.nn.Conv2d(3, 4, 3), torch.nn.BatchNorm2d(4), torch.nn.Linear(5, 2))
with torch.no_grad():
    m[1].running_mean.normal_()
    m[1].running_var.uniform_(0.5, 2.0)
    m[1].num_batches_tracked.fill_(123456789012)
sd = m.state_dict()
assert hasattr(sd, "_metadata") and sd._metadata

def save(obj, name, **kw):
    torch.save(obj, os.path.join(d, "tmp_" + name), **kw)
    os.rename(os.path.join(d, "tmp_" + name), os.path.join(d, name))

save(sd, "ordered.pth")
save(dict(sd), "plain.pth")
save(sd, "protocol4.pth", pickle_protocol=4)
save({"state_dict": sd, "epoch": 3, "lr": 0.5}, "nested.pth")
save({"model": sd, "optimizer": {"step": [1, 2]}}, "nested_model.pth")
save({"h": torch.tensor([1.5, -2.25, 65504.0, 2.0 ** -14], dtype=torch.half),
      "bf": torch.tensor([1.0, -3.5], dtype=torch.bfloat16)}, "half.pth")
base = torch.arange(12, dtype=torch.float32).reshape(3, 4)
save({"base": base, "row": base[1], "t": base.t(),
      "d": torch.tensor([1 / 3, -1e300], dtype=torch.float64),
      "i": torch.tensor([-7, 2 ** 31 - 1], dtype=torch.int32),
      "u": torch.tensor([0, 255], dtype=torch.uint8),
      "flag": torch.tensor([True, False]), "scalar": torch.tensor(3.25), "empty": torch.zeros(0, 5)},
     "layouts.pth")
save(m, "module.pth")
save(sd, "legacy.pth", _use_new_zipfile_serialization=False)
save(collections.OrderedDict(w=torch.randn(1000, 1000)), "big.pth")
# A valid archive whose data.pkl nests lists 200 000 deep (EMPTY_LIST pushes, then APPENDs).
import zipfile
with zipfile.ZipFile(os.path.join(d, "plain.pth")) as zin, zipfile.ZipFile(os.path.join(d, "deep.pth"), "w") as zout:
    for item in zin.infolist():
        data = zin.read(item.filename)
        if item.filename.endswith("/data.pkl"):
            data = b"\x80\x02" + b"]" * 200000 + b"a" * 199999 + b"."
        zout.writestr(item, data)
# Pickles the memo lets hold themselves: a dict whose entry "self" is the dict, a list inside itself.
# And one of 2^20 + 1 NONE opcodes: a megabyte that deflates to a kilobyte.
variants = {"cycle_dict.pth": b"\x80\x02}q\x00X\x04\x00\x00\x00selfh\x00s.",
            "cycle_list.pth": b"\x80\x02]q\x00h\x00a.",
            "many_objects.pth": b"\x80\x02" + b"N" * ((1 << 20) + 1) + b"."}
for name, pickle in variants.items():
    with zipfile.ZipFile(os.path.join(d, "plain.pth")) as zin, zipfile.ZipFile(os.path.join(d, name), "w") as zout:
        for item in zin.infolist():
            if item.filename.endswith("/data.pkl"):
                zout.writestr(item.filename, pickle, compress_type=zipfile.ZIP_DEFLATED)
            else:
                zout.writestr(item, zin.read(item.filename))
# A deflate bomb: the first tensor record replaced by 128 MB of deflated zeros (~130 KB in the file).
with zipfile.ZipFile(os.path.join(d, "plain.pth")) as zin, zipfile.ZipFile(os.path.join(d, "bomb.pth"), "w") as zout:
    bombed = False
    for item in zin.infolist():
        if "/data/" in item.filename and not bombed:
            bombed = True
            zout.writestr(item.filename, bytes(128 << 20), compress_type=zipfile.ZIP_DEFLATED)
        else:
            zout.writestr(item, zin.read(item.filename))
json.dump({k: {"shape": list(v.shape), "values": v.flatten().double().tolist()} for k, v in sd.items()},
          open(os.path.join(d, "expected.json"), "w"))
)PY";

// CRC-32 (IEEE, as zip uses it) bit by bit: independent of zlib's table-driven code.
quint32 crc32Of(const char* data, qsizetype size) {
  quint32 crc = 0xFFFFFFFFu;
  for (qsizetype i = 0; i < size; ++i) {
    crc ^= uint8_t(data[i]);
    for (int bit = 0; bit < 8; ++bit) crc = (crc >> 1) ^ (0xEDB88320u & (0u - (crc & 1u)));
  }
  return ~crc;
}

quint32 le32(const QByteArray& b, qsizetype at) {
  return uint8_t(b[at]) | uint8_t(b[at + 1]) << 8 | uint8_t(b[at + 2]) << 16 | quint32(uint8_t(b[at + 3])) << 24;
}

// The archive with each stored record's CRC-32 (local header and directory) set to what its bytes
// now hold, so that deliberate damage passes the checksum and reaches the parsers behind it.
QByteArray withMatchingChecksums(QByteArray zip) {
  const QByteArray signature("PK\x01\x02", 4);
  for (qsizetype entry = zip.indexOf(signature); entry >= 0; entry = zip.indexOf(signature, entry + 4)) {
    const qsizetype local = le32(zip, entry + 42), size = le32(zip, entry + 24);
    const qsizetype data = local + 30 + (uint8_t(zip[local + 26]) | uint8_t(zip[local + 27]) << 8) +
                           (uint8_t(zip[local + 28]) | uint8_t(zip[local + 29]) << 8);
    const quint32 crc = crc32Of(zip.constData() + data, size);
    for (qsizetype at : {local + 14, entry + 16})
      for (int i = 0; i < 4; ++i) zip[at + i] = char(crc >> (8 * i));
  }
  return zip;
}

QString describe(const torch::Tensor& t) {
  std::ostringstream s;
  s << t.scalar_type() << t.sizes();
  return QString::fromStdString(s.str());
}

bool sameTensors(const ds::NamedTensors& a, const ds::NamedTensors& b, QString* why) {
  if (a.size() != b.size()) {
    *why = QStringLiteral("%1 vs %2 tensors").arg(a.size()).arg(b.size());
    return false;
  }
  for (size_t i = 0; i < a.size(); ++i) {
    const auto& [na, ta] = a[i];
    const auto& [nb, tb] = b[i];
    if (na != nb || ta.scalar_type() != tb.scalar_type() || ta.sizes() != tb.sizes() || !torch::equal(ta, tb)) {
      *why = QStringLiteral("entry %1: %2 %3 vs %4 %5")
                 .arg(i)
                 .arg(QString::fromStdString(na), describe(ta), QString::fromStdString(nb), describe(tb));
      return false;
    }
  }
  return true;
}

const torch::Tensor* find(const ds::NamedTensors& tensors, const std::string& name) {
  for (const auto& [n, t] : tensors)
    if (n == name) return &t;
  return nullptr;
}

std::vector<double> values(const torch::Tensor& t) {
  const torch::Tensor d = t.to(torch::kFloat64).contiguous();
  return std::vector<double>(d.data_ptr<double>(), d.data_ptr<double>() + d.numel());
}

}  // namespace

class TestTorchWeightFile : public QObject {
  Q_OBJECT

 private Q_SLOTS:
  void initTestCase();
  void orderedDictWithMetadata();
  void plainDictMatchesOrderedDict();
  void protocol4();
  void nestedStateDict();
  void halfPrecision();
  void layoutsAndTypes();
  void wholeModuleIsRejected();
  void legacyFormatIsRejected();
  void truncatedFile();
  void flippedBytesInTensorData();
  void flippedBytesInPickle();
  void damagedCentralDirectory();
  void textFile();
  void missingFile();
  void deeplyNestedPickle();
  void deflateBomb();
  void recordDeclaringMoreThanItsData();
  void nameListedTwice();
  void pickleThatHoldsItself();
  void pickleWithTooManyObjects();

 private:
  // The offset of name's entry in the archive's central directory (signature PK\1\2).
  static qsizetype directoryEntry(const QByteArray& zip, const QByteArray& name) {
    for (qsizetype at = zip.indexOf(QByteArray("PK\x01\x02", 4)); at >= 0; at = zip.indexOf(QByteArray("PK\x01\x02", 4), at + 4)) {
      const int length = uint8_t(zip[at + 28]) | uint8_t(zip[at + 29]) << 8;
      if (zip.mid(at + 46, length).endsWith(name)) return at;
    }
    return -1;
  }
  QString file(const QString& name) const { return dir_.filePath(name); }
  void requirePython() const {
    if (!whyNoPython_.isEmpty()) QSKIP(qPrintable(whyNoPython_));
  }
  QByteArray bytes(const QString& name) const {
    QFile f(file(name));
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
  }
  QString writeVariant(const QString& name, const QByteArray& content) const {
    const QString path = file(name);
    QFile f(path);
    if (!f.open(QIODevice::WriteOnly) || f.write(content) != content.size()) return {};
    return path;
  }

  QTemporaryDir dir_;
  QString whyNoPython_;
};

void TestTorchWeightFile::initTestCase() {
  QVERIFY(dir_.isValid());
  const QString python = QStringLiteral("/usr/bin/python3");
  QProcess check;
  check.start(python, {QStringLiteral("-c"), QStringLiteral("import torch")});
  if (!check.waitForFinished(120000) || check.exitCode() != 0) {
    whyNoPython_ = QStringLiteral("%1 with torch is not available (Debian: python3-torch)").arg(python);
    return;
  }
  QProcess make;
  make.start(python, {QStringLiteral("-c"), QString::fromUtf8(kMakeFiles), dir_.path()});
  QVERIFY(make.waitForFinished(300000));
  QVERIFY2(make.exitCode() == 0, make.readAllStandardError().constData());
}

void TestTorchWeightFile::orderedDictWithMetadata() {
  requirePython();
  const ds::NamedTensors tensors = ds::readTorchWeightFile(file("ordered.pth"));
  QFile f(file("expected.json"));
  QVERIFY(f.open(QIODevice::ReadOnly));
  const QJsonObject expected = QJsonDocument::fromJson(f.readAll()).object();
  // The Python side's key order (json.dump keeps the dict's order).
  QCOMPARE(int(tensors.size()), expected.size());
  const QStringList names = {"0.weight",      "0.bias",         "1.weight", "1.bias", "1.running_mean",
                             "1.running_var", "1.num_batches_tracked", "2.weight", "2.bias"};
  for (size_t i = 0; i < tensors.size(); ++i) {
    const auto& [name, t] = tensors[i];
    QCOMPARE(QString::fromStdString(name), names[int(i)]);
    const QJsonObject e = expected.value(QString::fromStdString(name)).toObject();
    std::vector<int64_t> shape;
    for (const auto& d : e.value("shape").toArray()) shape.push_back(d.toInteger());
    QCOMPARE(t.sizes().vec(), shape);
    QVERIFY(t.is_contiguous());
    QVERIFY(t.device().is_cpu());
    const std::vector<double> got = values(t);
    const QJsonArray want = e.value("values").toArray();
    QCOMPARE(int(got.size()), want.size());
    for (int k = 0; k < want.size(); ++k) QCOMPARE(got[size_t(k)], want[k].toDouble());
  }
  const torch::Tensor* tracked = find(tensors, "1.num_batches_tracked");
  QVERIFY(tracked);
  QCOMPARE(tracked->scalar_type(), torch::kInt64);
  QCOMPARE(tracked->item<int64_t>(), int64_t{123456789012});
  QCOMPARE(find(tensors, "0.weight")->scalar_type(), torch::kFloat32);
}

void TestTorchWeightFile::plainDictMatchesOrderedDict() {
  requirePython();
  QString why;
  QVERIFY2(sameTensors(ds::readTorchWeightFile(file("ordered.pth")), ds::readTorchWeightFile(file("plain.pth")), &why),
           qPrintable(why));
}

void TestTorchWeightFile::protocol4() {
  requirePython();
  QString why;
  QVERIFY2(sameTensors(ds::readTorchWeightFile(file("ordered.pth")), ds::readTorchWeightFile(file("protocol4.pth")),
                       &why),
           qPrintable(why));
}

void TestTorchWeightFile::nestedStateDict() {
  requirePython();
  const ds::NamedTensors reference = ds::readTorchWeightFile(file("ordered.pth"));
  QString why;
  QVERIFY2(sameTensors(reference, ds::readTorchWeightFile(file("nested.pth")), &why), qPrintable(why));
  QVERIFY2(sameTensors(reference, ds::readTorchWeightFile(file("nested_model.pth")), &why), qPrintable(why));
}

void TestTorchWeightFile::halfPrecision() {
  requirePython();
  const ds::NamedTensors tensors = ds::readTorchWeightFile(file("half.pth"));
  QCOMPARE(int(tensors.size()), 2);
  const torch::Tensor* h = find(tensors, "h");
  QVERIFY(h);
  QCOMPARE(h->scalar_type(), torch::kFloat32);
  QCOMPARE(values(*h), std::vector<double>({1.5, -2.25, 65504.0, 1.0 / 16384.0}));
  const torch::Tensor* bf = find(tensors, "bf");
  QVERIFY(bf);
  QCOMPARE(bf->scalar_type(), torch::kFloat32);
  QCOMPARE(values(*bf), std::vector<double>({1.0, -3.5}));
}

// Tensors sharing one storage at an offset and transposed, the other element types, 0-d and empty.
void TestTorchWeightFile::layoutsAndTypes() {
  requirePython();
  const ds::NamedTensors tensors = ds::readTorchWeightFile(file("layouts.pth"));
  QCOMPARE(int(tensors.size()), 9);
  const torch::Tensor base = torch::arange(12, torch::kFloat32).reshape({3, 4});
  QVERIFY(torch::equal(*find(tensors, "base"), base));
  QVERIFY(torch::equal(*find(tensors, "row"), base[1]));
  const torch::Tensor t = *find(tensors, "t");
  QCOMPARE(t.sizes().vec(), std::vector<int64_t>({4, 3}));
  QVERIFY(t.is_contiguous());
  QVERIFY(torch::equal(t, base.t()));
  const torch::Tensor d = *find(tensors, "d");
  QCOMPARE(d.scalar_type(), torch::kFloat64);
  QCOMPARE(values(d), std::vector<double>({1.0 / 3.0, -1e300}));
  const torch::Tensor i = *find(tensors, "i");
  QCOMPARE(i.scalar_type(), torch::kInt32);
  QCOMPARE(values(i), std::vector<double>({-7, 2147483647}));
  const torch::Tensor u = *find(tensors, "u");
  QCOMPARE(u.scalar_type(), torch::kUInt8);
  QCOMPARE(values(u), std::vector<double>({0, 255}));
  const torch::Tensor flag = *find(tensors, "flag");
  QCOMPARE(flag.scalar_type(), torch::kBool);
  QCOMPARE(values(flag), std::vector<double>({1, 0}));
  const torch::Tensor scalar = *find(tensors, "scalar");
  QCOMPARE(scalar.dim(), int64_t{0});
  QCOMPARE(scalar.item<float>(), 3.25f);
  QCOMPARE(find(tensors, "empty")->sizes().vec(), std::vector<int64_t>({0, 5}));
}

void TestTorchWeightFile::wholeModuleIsRejected() {
  requirePython();
  const auto error = errorOf([&] { ds::readTorchWeightFile(file("module.pth")); });
  QVERIFY(error);
  QVERIFY2(error->startsWith(file("module.pth") + ": unsupported content in the weight file ("), qPrintable(*error));
  QVERIFY2(error->contains("torch.nn.modules.container.Sequential"), qPrintable(*error));
  QVERIFY2(error->contains("state_dict()"), qPrintable(*error));
}

void TestTorchWeightFile::legacyFormatIsRejected() {
  requirePython();
  const auto error = errorOf([&] { ds::readTorchWeightFile(file("legacy.pth")); });
  QVERIFY(error);
  QVERIFY2(error->startsWith(file("legacy.pth") + ": "), qPrintable(*error));
  QVERIFY2(error->contains("legacy format"), qPrintable(*error));
}

void TestTorchWeightFile::truncatedFile() {
  requirePython();
  for (const QString& name : {QStringLiteral("ordered.pth"), QStringLiteral("big.pth")}) {
    const QByteArray all = bytes(name);
    const QString path = writeVariant("half_of_" + name, all.left(all.size() / 2));
    QVERIFY(!path.isEmpty());
    const auto error = errorOf([&] { ds::readTorchWeightFile(path); });
    QVERIFY2(error, qPrintable(name));
    QVERIFY2(error->startsWith(path + ": the weight file is truncated or damaged ("), qPrintable(*error));
  }
}

// LibTorch's zip reader skips the CRC-32 (Python's torch.load shares it): damage inside tensor data
// would go unnoticed. DefectScope checks it; with the checksums rewritten to match the damage, the
// values show the damage rather than something arbitrary.
void TestTorchWeightFile::flippedBytesInTensorData() {
  requirePython();
  QByteArray all = bytes("big.pth");
  QVERIFY(all.size() > 4000000);
  for (qsizetype k = all.size() / 2; k < all.size() / 2 + 64; ++k) all[k] = char(all[k] ^ 0x5a);
  const QString path = writeVariant("flipped.pth", all);
#ifndef FUZZING_BUILD_MODE_UNSAFE_FOR_PRODUCTION
  const auto error = errorOf([&] { ds::readTorchWeightFile(path); });
  QVERIFY(error);
  QCOMPARE(*error, path + ": the weight file is truncated or damaged (checksum mismatch)");
#endif
  const QString recomputed = writeVariant("flipped_crc.pth", withMatchingChecksums(all));
  ds::NamedTensors damaged;
  QVERIFY(!errorOf([&] { damaged = ds::readTorchWeightFile(recomputed); }));
  const ds::NamedTensors intact = ds::readTorchWeightFile(file("big.pth"));
  QCOMPARE(int(damaged.size()), 1);
  QCOMPARE(damaged[0].second.sizes(), intact[0].second.sizes());
  const torch::Tensor differs = damaged[0].second.ne(intact[0].second);
  QVERIFY(differs.any().item<bool>());
  QVERIFY(differs.sum().item<int64_t>() <= 17);  // 64 bytes touch at most 17 floats
}

// data.pkl's bytes start at offset 64 (torch.save aligns records to 64 bytes): breaking its opcodes
// or its strings (checksums rewritten, so the damage reaches the pickle reader) must end in an error
// naming the file, never in a crash.
void TestTorchWeightFile::flippedBytesInPickle() {
  requirePython();
  const QByteArray all = bytes("ordered.pth");
  QCOMPARE(all.mid(64, 2), QByteArray("\x80\x02", 2));
  int errors = 0;
  for (int offset = 64; offset < 64 + 600; offset += 7) {
    QByteArray damaged = all;
    damaged[offset] = char(damaged[offset] ^ 0xff);
    const QString path = writeVariant(QStringLiteral("pickle_%1.pth").arg(offset), withMatchingChecksums(damaged));
    try {
      ds::readTorchWeightFile(path);
    } catch (const ds::Error& e) {
      QVERIFY2(e.message().startsWith(path + ": "), qPrintable(e.message()));
      ++errors;
    }
  }
  QVERIFY2(errors > 40, qPrintable(QString::number(errors)));
  QByteArray wrongOpcode = all;
  wrongOpcode[64] = '\x7f';
  const QString path = writeVariant("opcode.pth", withMatchingChecksums(wrongOpcode));
  const auto error = errorOf([&] { ds::readTorchWeightFile(path); });
  QVERIFY(error);
  QCOMPARE(*error, path + ": unsupported content in the weight file (pickle opcode 0x7f)");
}

void TestTorchWeightFile::damagedCentralDirectory() {
  requirePython();
  QByteArray all = bytes("ordered.pth");
  const qsizetype end = all.lastIndexOf(QByteArray("PK\x05\x06", 4));
  QVERIFY(end > 0);
  all[end + 1] = 'X';
  const QString path = writeVariant("no_directory.pth", all);
  const auto error = errorOf([&] { ds::readTorchWeightFile(path); });
  QVERIFY(error);
  QVERIFY2(error->startsWith(path + ": the weight file is truncated or damaged ("), qPrintable(*error));
}

void TestTorchWeightFile::textFile() {
  const QString path = writeVariant("notes.pth", "These are not weights.\n");
  const auto error = errorOf([&] { ds::readTorchWeightFile(path); });
  QVERIFY(error);
  QCOMPARE(*error, path + ": not a PyTorch weight file (not a zip archive)");
  const QString empty = writeVariant("empty.pth", QByteArray());
  QVERIFY(errorOf([&] { ds::readTorchWeightFile(empty); }));
  // A zip that is not a PyTorch file.
  const QString zip = writeVariant("other.zip", QByteArray("PK\x05\x06", 4) + QByteArray(18, '\0'));
  const auto zipError = errorOf([&] { ds::readTorchWeightFile(zip); });
  QVERIFY(zipError);
  QCOMPARE(*zipError, zip + ": the weight file is truncated or damaged (the archive holds no files)");
}

void TestTorchWeightFile::missingFile() {
  const QString path = file("absent.pth");
  const auto error = errorOf([&] { ds::readTorchWeightFile(path); });
  QVERIFY(error);
  QVERIFY2(error->startsWith(path + ": cannot open the weight file ("), qPrintable(*error));
}

// Lists nested 200 000 deep are no state dict: refused with the file named, and freed without
// recursing once per level (which overflowed the stack).
void TestTorchWeightFile::deeplyNestedPickle() {
  requirePython();
  const auto error = errorOf([&] { ds::readTorchWeightFile(file("deep.pth")); });
  QVERIFY(error);
  QVERIFY2(error->contains(QLatin1String("deep.pth")), qPrintable(*error));
}

// A record whose zip entry declares far more bytes than its tensor needs is refused from the zip
// directory, before anything is inflated: the process's peak memory does not grow by the 128 MB.
void TestTorchWeightFile::deflateBomb() {
  requirePython();
  QVERIFY(QFileInfo(file("bomb.pth")).size() < (1 << 20));
  rusage before{};
  ::getrusage(RUSAGE_SELF, &before);
  const auto error = errorOf([&] { ds::readTorchWeightFile(file("bomb.pth")); });
  rusage after{};
  ::getrusage(RUSAGE_SELF, &after);
  QVERIFY(error);
  QVERIFY2(error->contains(QLatin1String("bomb.pth")) && error->contains(QLatin1String("holds 134217728 bytes")), qPrintable(*error));
  QVERIFY2(after.ru_maxrss - before.ru_maxrss < 64 * 1024, qPrintable(QStringLiteral("peak memory grew by %1 KB").arg(after.ru_maxrss - before.ru_maxrss)));
}

// A directory entry that declares more bytes than its data can hold (here 2 GB for a stored record of
// two; fuzz_weight_file found 4 GB) is refused when the directory is read, before anything is
// allocated for it, whichever record it is.
void TestTorchWeightFile::recordDeclaringMoreThanItsData() {
  requirePython();
  QByteArray all = bytes("ordered.pth");
  const qsizetype entry = directoryEntry(all, "/version");
  QVERIFY(entry > 0);
  all.replace(entry + 24, 4, QByteArray("\xff\xff\xff\x7f", 4));  // uncompressed size: 2 GB
  const QString path = writeVariant("huge_version.pth", all);
  const auto error = errorOf([&] { ds::readTorchWeightFile(path); });
  QVERIFY(error);
  QCOMPARE(*error, path + ": the weight file is truncated or damaged (tmp_ordered/version declares 2147483647 bytes in 2)");
}

// Two directory entries of one name: which one a zip reader picks is not defined, so neither is read.
void TestTorchWeightFile::nameListedTwice() {
  requirePython();
  QByteArray all = bytes("ordered.pth");
  const qsizetype entry = directoryEntry(all, "/data/1");
  QVERIFY(entry > 0);
  const int length = uint8_t(all[entry + 28]) | uint8_t(all[entry + 29]) << 8;
  all[entry + 46 + length - 1] = '0';  // data/1 becomes a second data/0
  const QString path = writeVariant("twice.pth", all);
  const auto error = errorOf([&] { ds::readTorchWeightFile(path); });
  QVERIFY(error);
  QCOMPARE(*error, path + ": the weight file is truncated or damaged (tmp_ordered/data/0 is listed twice in the zip directory)");
}

// The memo lets a pickle put a dict or list inside itself (fuzz_weight_file found it as a leak): refused,
// and freed; the sanitized build of this test fails on any leak.
void TestTorchWeightFile::pickleThatHoldsItself() {
  requirePython();
  const auto dictError = errorOf([&] { ds::readTorchWeightFile(file("cycle_dict.pth")); });
  QVERIFY(dictError);
  QCOMPARE(*dictError, file("cycle_dict.pth") + ": unsupported content in the weight file (entry \"self\" is not a tensor)");
  const auto listError = errorOf([&] { ds::readTorchWeightFile(file("cycle_list.pth")); });
  QVERIFY(listError);
  QCOMPARE(*listError, file("cycle_list.pth") + ": unsupported content in the weight file (not a dict of tensors)");
}

// A kilobyte of deflated pickle must not become gigabytes of objects.
void TestTorchWeightFile::pickleWithTooManyObjects() {
  requirePython();
  QVERIFY(QFileInfo(file("many_objects.pth")).size() < 64 * 1024);
  const auto error = errorOf([&] { ds::readTorchWeightFile(file("many_objects.pth")); });
  QVERIFY(error);
  QCOMPARE(*error, file("many_objects.pth") + ": unsupported content in the weight file (more than 1048576 pickled objects)");
}

QTEST_GUILESS_MAIN(TestTorchWeightFile)
#include "tst_torch_weight_file.moc"
