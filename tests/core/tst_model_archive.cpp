#include "core/io/model_archive.h"
#include "core/error.h"
#include "tests/support/test_support.h"

#include <torch/torch.h>

#include <QCryptographicHash>
#include <QDataStream>
#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QTemporaryDir>
#include <QtTest>
#include <cmath>
#include <functional>
#include <limits>
#include <optional>
#include <sstream>

namespace {

using dstest::errorOf;
using dstest::readBytes;
using dstest::writeBytes;

// Same type, shape and bytes.
bool sameTensor(const at::Tensor& a, const at::Tensor& b) {
  return a.scalar_type() == b.scalar_type() && a.sizes() == b.sizes() && a.device().is_cpu() && b.device().is_cpu() &&
         (a.numel() == 0 || torch::equal(a, b));
}

QString describe(const at::Tensor& t) {
  std::ostringstream s;
  s << t.scalar_type() << t.sizes();
  return QString::fromStdString(s.str());
}

QJsonObject sampleHeader() {
  QJsonObject settings{{"k", 3}, {"threshold", 0.125}, {"backbone", "resnet18"}, {"layers", QJsonArray{1, 2, 3}}};
  return QJsonObject{{"method", "mean_diff"},
                     {"settings", settings},
                     {"input_size", QJsonArray{256, 256}},
                     {"dataset", QStringLiteral("/data/bottle, line 2 — «ünïcode»")},
                     {"normalised", true},
                     {"note", QJsonValue()}};
}

// A small model with tensors of every stored type.
ds::ModelArchive sampleArchive() {
  ds::ModelArchive archive;
  archive.header() = sampleHeader();
  archive.putTensor("f32", torch::arange(12, torch::kFloat32).reshape({3, 4}) / 7.0);
  archive.putTensor("f64", torch::tensor({1.0 / 3.0, -2.5e-300, 1e300, -0.0}, torch::kFloat64));
  archive.putTensor("i64", torch::arange(-4, 20, torch::kInt64).reshape({2, 3, 4}) * int64_t{1'000'000'000'000});
  archive.putTensor("i32", torch::tensor({-2147483647 - 1, 0, 2147483647}, torch::kInt32));
  archive.putTensor("u8", torch::arange(250, 256, torch::kInt64).to(torch::kUInt8).reshape({1, 6, 1}));
  archive.putTensor("scalar", torch::tensor(3.25, torch::kFloat32));
  archive.putTensor("empty", torch::empty({0, 5}, torch::kFloat32));
  return archive;
}

}  // namespace

class TestModelArchive : public QObject {
  Q_OBJECT

 private Q_SLOTS:
  void init();
  void roundTrip();
  void storesContiguousCpuCopy();
  void unsupportedType();
  void checksum();
  void flippedByte();
  void truncatedFile_data();
  void truncatedFile();
  void notAModel_data();
  void notAModel();
  void newerFormatVersion();
  void tensorsAreTheMappedFile();
  void version1FilesStillLoad();
  void missingTensor();
  void impossibleShape_data();
  void impossibleShape();
  void saveIntoMissingFolder();
  void saveReplacesExisting();

 private:
  std::optional<QTemporaryDir> tmp_;
  QString path(const QString& name) const { return tmp_->filePath(name); }
};

void TestModelArchive::init() {
  tmp_.emplace();
  QVERIFY(tmp_->isValid());
}

void TestModelArchive::roundTrip() {
  const ds::ModelArchive original = sampleArchive();
  QVERIFY(original.checksum().isEmpty());
  QVERIFY(original.path().isEmpty());
  const QString file = path("model.dsm");
  original.save(file);
  QVERIFY(QFileInfo(file).isFile());

  const ds::ModelArchive loaded = ds::ModelArchive::load(file);
  QCOMPARE(loaded.path(), file);
  QCOMPARE(loaded.header(), sampleHeader());
  QCOMPARE(QJsonDocument(loaded.header()).toJson(), QJsonDocument(original.header()).toJson());
  QCOMPARE(loaded.tensorBytes(), original.tensorBytes());
  QCOMPARE(loaded.tensorBytes(), qint64(12 * 4 + 4 * 8 + 24 * 8 + 3 * 4 + 6 + 4 + 0));

  for (const char* name : {"f32", "f64", "i64", "i32", "u8", "scalar", "empty"}) {
    QVERIFY2(loaded.hasTensor(name), name);
    const at::Tensor a = original.tensor(name), b = loaded.tensor(name);
    QVERIFY2(sameTensor(a, b), qPrintable(QStringLiteral("%1: %2 vs %3").arg(name, describe(a), describe(b))));
  }
  // Exact values and shapes, not just agreement between the two copies.
  const at::Tensor f32 = loaded.tensor("f32");
  QCOMPARE(f32.scalar_type(), torch::kFloat32);
  QCOMPARE(f32.sizes().vec(), std::vector<int64_t>({3, 4}));
  QCOMPARE(f32[2][3].item<float>(), 11.0f / 7.0f);
  const at::Tensor f64 = loaded.tensor("f64");
  QCOMPARE(f64.scalar_type(), torch::kFloat64);
  QCOMPARE(f64[0].item<double>(), 1.0 / 3.0);
  QCOMPARE(f64[1].item<double>(), -2.5e-300);
  QCOMPARE(f64[2].item<double>(), 1e300);
  QVERIFY(std::signbit(f64[3].item<double>()));
  const at::Tensor i64 = loaded.tensor("i64");
  QCOMPARE(i64.scalar_type(), torch::kInt64);
  QCOMPARE(i64.sizes().vec(), std::vector<int64_t>({2, 3, 4}));
  QCOMPARE(i64[0][0][0].item<int64_t>(), -4'000'000'000'000LL);
  QCOMPARE(i64[1][2][3].item<int64_t>(), 19'000'000'000'000LL);
  const at::Tensor i32 = loaded.tensor("i32");
  QCOMPARE(i32[0].item<int32_t>(), std::numeric_limits<int32_t>::min());
  QCOMPARE(i32[2].item<int32_t>(), std::numeric_limits<int32_t>::max());
  const at::Tensor u8 = loaded.tensor("u8");
  QCOMPARE(u8.scalar_type(), torch::kUInt8);
  QCOMPARE(u8.sizes().vec(), std::vector<int64_t>({1, 6, 1}));
  QCOMPARE(int(u8[0][5][0].item<uint8_t>()), 255);
  QCOMPARE(int(u8[0][0][0].item<uint8_t>()), 250);
  const at::Tensor scalar = loaded.tensor("scalar");
  QCOMPARE(scalar.dim(), int64_t(0));
  QCOMPARE(scalar.item<float>(), 3.25f);
  const at::Tensor empty = loaded.tensor("empty");
  QCOMPARE(empty.sizes().vec(), std::vector<int64_t>({0, 5}));
  QCOMPARE(empty.numel(), int64_t(0));
  QCOMPARE(empty.scalar_type(), torch::kFloat32);

  // Loaded tensors own their memory: changing one changes neither the archive nor later reads.
  at::Tensor copy = loaded.tensor("f32");
  copy.fill_(-1.0f);
  QCOMPARE(loaded.tensor("f32")[0][1].item<float>(), 1.0f / 7.0f);
}

void TestModelArchive::storesContiguousCpuCopy() {
  at::Tensor source = torch::arange(6, torch::kFloat32).reshape({2, 3});
  const at::Tensor transposed = source.t();  // non-contiguous view
  QVERIFY(!transposed.is_contiguous());
  ds::ModelArchive archive;
  archive.putTensor("t", transposed);
  source.fill_(0.0f);  // the archive keeps its own copy
  const QString file = path("t.dsm");
  archive.save(file);
  const at::Tensor loaded = ds::ModelArchive::load(file).tensor("t");
  QCOMPARE(loaded.sizes().vec(), std::vector<int64_t>({3, 2}));
  QVERIFY(torch::equal(loaded, torch::tensor({{0.f, 3.f}, {1.f, 4.f}, {2.f, 5.f}})));
}

void TestModelArchive::unsupportedType() {
  ds::ModelArchive archive;
  for (const auto type : {torch::kFloat16, torch::kBool, torch::kInt16}) {
    const auto error = errorOf([&] { archive.putTensor("half", torch::zeros({2}, type)); });
    QVERIFY(error.has_value());
    QVERIFY2(error->contains(QStringLiteral("\"half\"")), qPrintable(*error));
  }
  QVERIFY(!archive.hasTensor("half"));
}

void TestModelArchive::checksum() {
  ds::ModelArchive archive = sampleArchive();
  const QString file = path("sum.dsm");
  archive.save(file);
  const QByteArray bytes = readBytes(file);
  QVERIFY(bytes.size() > 64);
  QVERIFY(bytes.startsWith("DSMODEL1"));
  const QByteArray digest = QCryptographicHash::hash(bytes.left(bytes.size() - 32), QCryptographicHash::Sha256);
  QCOMPARE(bytes.right(32), digest);
  QCOMPARE(archive.checksum(), QString::fromLatin1(digest.toHex()));
  QCOMPARE(archive.checksum().size(), 64);

  const ds::ModelArchive loaded = ds::ModelArchive::load(file);
  QCOMPARE(loaded.checksum(), archive.checksum());

  // The same content saves to the same bytes; different content to a different checksum.
  const QString again = path("again.dsm");
  loaded.save(again);
  QCOMPARE(readBytes(again), bytes);
  QCOMPARE(loaded.checksum(), archive.checksum());
  archive.header()["method"] = "other";
  archive.save(path("other.dsm"));
  QVERIFY(archive.checksum() != loaded.checksum());
}

void TestModelArchive::flippedByte() {
  const QString file = path("flip.dsm");
  sampleArchive().save(file);
  QByteArray bytes = readBytes(file);
  const qsizetype middle = bytes.size() / 2;
  bytes[middle] = char(bytes[middle] ^ 0x01);
  QVERIFY(writeBytes(file, bytes));
  const auto error = errorOf([&] { ds::ModelArchive::load(file); });
  QVERIFY2(error.has_value(), "a damaged model loaded");
  QVERIFY2(error->contains(file), qPrintable(*error));
  QVERIFY2(error->contains(QStringLiteral("checksum")), qPrintable(*error));
}

void TestModelArchive::truncatedFile_data() {
  QTest::addColumn<double>("keep");
  QTest::newRow("half") << 0.5;
  QTest::newRow("all but one byte") << -1.0;
  QTest::newRow("magic only") << 0.0;
}

void TestModelArchive::truncatedFile() {
  QFETCH(double, keep);
  const QString file = path("cut.dsm");
  sampleArchive().save(file);
  const QByteArray bytes = readBytes(file);
  const qsizetype size = keep < 0 ? bytes.size() - 1 : keep == 0.0 ? 8 : qsizetype(bytes.size() * keep);
  QVERIFY(writeBytes(file, bytes.left(size)));
  const auto error = errorOf([&] { ds::ModelArchive::load(file); });
  QVERIFY2(error.has_value(), "a truncated model loaded");
  QVERIFY2(error->contains(file), qPrintable(*error));
  QVERIFY2(error->contains(QStringLiteral("not a valid DefectScope model")), qPrintable(*error));
}

void TestModelArchive::notAModel_data() {
  QTest::addColumn<QByteArray>("content");
  QTest::addColumn<QString>("words");
  QTest::newRow("text") << QByteArray(200, 'x') << QStringLiteral("unknown file format");
  QTest::newRow("png header") << QByteArray("\x89PNG\r\n\x1a\n", 8) + QByteArray(100, '\0') << QStringLiteral("unknown file format");
  QTest::newRow("empty") << QByteArray() << QStringLiteral("unknown file format");
  QTest::newRow("magic and random tail") << QByteArray("DSMODEL1") + QByteArray(64, 'a') << QStringLiteral("checksum");
  QTest::newRow("missing file") << QByteArray("-") << QStringLiteral("cannot open");
}

void TestModelArchive::notAModel() {
  QFETCH(QByteArray, content);
  QFETCH(QString, words);
  const QString file = path("model.dsm");
  if (content != "-") QVERIFY(writeBytes(file, content));
  const auto error = errorOf([&] { ds::ModelArchive::load(file); });
  QVERIFY(error.has_value());
  QVERIFY2(error->contains(file), qPrintable(*error));
  QVERIFY2(error->contains(words), qPrintable(*error));
}

// A file from a newer DefectScope (valid checksum, higher format version) is refused by name.
void TestModelArchive::newerFormatVersion() {
  const QString file = path("future.dsm");
  sampleArchive().save(file);
  QByteArray bytes = readBytes(file);
  QCOMPARE(bytes.mid(8, 4), QByteArray("\x02\x00\x00\x00", 4));  // little-endian u32 version 2
  bytes[8] = ds::ModelArchive::kFormatVersion + 1;
  QByteArray body = bytes.left(bytes.size() - 32);
  QVERIFY(writeBytes(file, body + QCryptographicHash::hash(body, QCryptographicHash::Sha256)));
  const auto error = errorOf([&] { ds::ModelArchive::load(file); });
  QVERIFY(error.has_value());
  QVERIFY2(error->contains(file) && error->contains(QStringLiteral("version %1").arg(ds::ModelArchive::kFormatVersion + 1)), qPrintable(*error));
}

// A loaded tensor maps the file's pages, 64-byte aligned, copy-on-write: writing to it reaches neither
// the file nor another tensor read from it, and it stays valid after its archive has gone.
void TestModelArchive::tensorsAreTheMappedFile() {
  const QString file = path("mapped.dsm");
  sampleArchive().save(file);
  const QByteArray bytes = readBytes(file);
  torch::Tensor f64;
  {
    const ds::ModelArchive loaded = ds::ModelArchive::load(file);
    f64 = loaded.tensor("f64");
    f64.fill_(42.0);
    QCOMPARE(loaded.tensor("f64")[0].item<double>(), 1.0 / 3.0);
    f64 = loaded.tensor("f64");
    for (const char* name : {"f32", "f64", "i64", "i32", "u8"})
      QCOMPARE(reinterpret_cast<quintptr>(loaded.tensor(name).data_ptr()) % ds::ModelArchive::kAlignment, quintptr{0});
  }
  QVERIFY(sameTensor(f64, torch::tensor({1.0 / 3.0, -2.5e-300, 1e300, -0.0}, torch::kFloat64)));
  f64.fill_(42.0);
  QCOMPARE(readBytes(file), bytes);
  const ds::ModelArchive reloaded = ds::ModelArchive::load(file);
  QVERIFY(sameTensor(reloaded.tensor("f64"), torch::tensor({1.0 / 3.0, -2.5e-300, 1e300, -0.0}, torch::kFloat64)));
  // Replaced by a save while a tensor of it lives: the tensor keeps the old content.
  ds::ModelArchive other = sampleArchive();
  other.putTensor("f64", torch::zeros({4}, torch::kFloat64));
  const torch::Tensor kept = reloaded.tensor("f64");
  other.save(file);
  QCOMPARE(kept[0].item<double>(), 1.0 / 3.0);
  QCOMPARE(ds::ModelArchive::load(file).tensor("f64")[0].item<double>(), 0.0);
}

// Models written before tensors were aligned (format version 1: data right after the record) load
// as they always did.
void TestModelArchive::version1FilesStillLoad() {
  QByteArray body;
  QDataStream out(&body, QIODevice::WriteOnly);
  out.setByteOrder(QDataStream::LittleEndian);
  out.writeRawData("DSMODEL1", 8);
  const QByteArray json = QJsonDocument(sampleHeader()).toJson(QJsonDocument::Compact);
  out << quint32{1} << static_cast<quint64>(json.size());
  out.writeRawData(json.constData(), static_cast<int>(json.size()));
  out << quint32{2};
  const std::vector<float> f32{0.5f, -1.25f, 3.0f};
  out << quint32{3};
  out.writeRawData("f32", 3);
  out << quint8{1} << quint32{1} << qint64{3} << quint64{12};
  out.writeRawData(reinterpret_cast<const char*>(f32.data()), 12);
  out << quint32{2};
  out.writeRawData("u8", 2);
  out << quint8{5} << quint32{2} << qint64{1} << qint64{3} << quint64{3};
  out.writeRawData("\x07\x08\x09", 3);
  const QString file = path("v1.dsm");
  QVERIFY(writeBytes(file, body + QCryptographicHash::hash(body, QCryptographicHash::Sha256)));
  const ds::ModelArchive loaded = ds::ModelArchive::load(file);
  QCOMPARE(loaded.header(), sampleHeader());
  QVERIFY(sameTensor(loaded.tensor("f32"), torch::tensor({0.5f, -1.25f, 3.0f})));
  QVERIFY(sameTensor(loaded.tensor("u8"), torch::tensor({7, 8, 9}, torch::kUInt8).reshape({1, 3})));
}

void TestModelArchive::missingTensor() {
  const QString file = path("m.dsm");
  sampleArchive().save(file);
  const ds::ModelArchive loaded = ds::ModelArchive::load(file);
  QVERIFY(!loaded.hasTensor("missing"));
  const auto error = errorOf([&] { loaded.tensor("missing"); });
  QVERIFY(error.has_value());
  QVERIFY2(error->contains(QStringLiteral("\"missing\"")), qPrintable(*error));
  QVERIFY2(error->contains(file), qPrintable(*error));

  const ds::ModelArchive fresh;
  const auto freshError = errorOf([&] { fresh.tensor("weights"); });
  QVERIFY(freshError.has_value());
  QVERIFY2(freshError->contains(QStringLiteral("\"weights\"")), qPrintable(*freshError));
}

void TestModelArchive::impossibleShape_data() {
  QTest::addColumn<quint8>("dtype");
  QTest::addColumn<qint64>("rows");
  QTest::addColumn<qint64>("columns");
  QTest::addColumn<QString>("words");
  // The stored tensor is float32 2×3: 24 bytes.
  QTest::newRow("negative dimensions") << quint8(1) << qint64(-2) << qint64(-3) << QStringLiteral("impossible shape");
  // 4 · 3 · (2^62 + 2) wraps to exactly 24 in 64 bits.
  QTest::newRow("overflowing product") << quint8(1) << qint64(3) << (qint64(1) << 62) + 2 << QStringLiteral("impossible shape");
  QTest::newRow("more elements than bytes") << quint8(1) << qint64(3) << qint64(3) << QStringLiteral("shape of 36 bytes but holds 24");
  QTest::newRow("other element size") << quint8(2) << qint64(2) << qint64(3) << QStringLiteral("shape of 48 bytes but holds 24");
  QTest::newRow("unknown type") << quint8(9) << qint64(2) << qint64(3) << QStringLiteral("unknown tensor type 9");
}

// A checksum-valid file whose tensor shape does not fit its bytes is refused on load, by name, before
// LibTorch allocates anything for it.
void TestModelArchive::impossibleShape() {
  QFETCH(quint8, dtype);
  QFETCH(qint64, rows);
  QFETCH(qint64, columns);
  QFETCH(QString, words);
  ds::ModelArchive archive;
  archive.putTensor("t", torch::zeros({2, 3}, torch::kFloat32));
  const QString file = path("shape.dsm");
  archive.save(file);
  QByteArray bytes = readBytes(file);
  // The tensor's record: u32 name length 1 | "t" | u8 dtype | u32 rank 2 | i64 dims…
  const qsizetype record = bytes.indexOf(QByteArray("\x01\x00\x00\x00t\x01\x02\x00\x00\x00", 10));
  QVERIFY(record > 0);
  bytes[record + 5] = static_cast<char>(dtype);
  for (int i = 0; i < 8; ++i) {
    bytes[record + 10 + i] = static_cast<char>((static_cast<quint64>(rows) >> (8 * i)) & 0xff);
    bytes[record + 18 + i] = static_cast<char>((static_cast<quint64>(columns) >> (8 * i)) & 0xff);
  }
  const QByteArray body = bytes.left(bytes.size() - 32);
  QVERIFY(writeBytes(file, body + QCryptographicHash::hash(body, QCryptographicHash::Sha256)));
  const auto error = errorOf([&] { ds::ModelArchive::load(file); });
  QVERIFY2(error.has_value(), "loaded");
  QVERIFY2(error->contains(file) && error->contains(words), qPrintable(*error));
}

void TestModelArchive::saveIntoMissingFolder() {
  const QString folder = path("no/such/folder");
  const QString file = folder + "/model.dsm";
  const ds::ModelArchive archive = sampleArchive();
  const auto error = errorOf([&] { archive.save(file); });
  QVERIFY(error.has_value());
  QVERIFY2(error->contains(file), qPrintable(*error));
  QVERIFY(!QFileInfo::exists(file));
  QVERIFY(!QFileInfo::exists(path("no")));
  QCOMPARE(QDir(tmp_->path()).entryList(QDir::AllEntries | QDir::Hidden | QDir::System | QDir::NoDotAndDotDot), QStringList());
  QVERIFY(archive.checksum().isEmpty());
}

void TestModelArchive::saveReplacesExisting() {
  const QString file = path("model.dsm");
  ds::ModelArchive big = sampleArchive();
  big.putTensor("bulk", torch::ones({256, 256}, torch::kFloat64));
  big.save(file);
  const qint64 bigSize = QFileInfo(file).size();
  QVERIFY(bigSize > 256 * 256 * 8);

  ds::ModelArchive small;
  small.header()["method"] = "replacement";
  small.putTensor("w", torch::tensor({7.0f}));
  small.save(file);

  const QByteArray bytes = readBytes(file);
  QVERIFY(bytes.size() < 400);
  QCOMPARE(bytes.right(32), QCryptographicHash::hash(bytes.left(bytes.size() - 32), QCryptographicHash::Sha256));
  const ds::ModelArchive loaded = ds::ModelArchive::load(file);
  QCOMPARE(loaded.header(), QJsonObject({{"method", "replacement"}}));
  QVERIFY(loaded.hasTensor("w"));
  for (const char* old : {"bulk", "f32", "scalar", "empty"}) QVERIFY2(!loaded.hasTensor(old), old);
  QCOMPARE(loaded.tensor("w").item<float>(), 7.0f);
  QCOMPARE(loaded.tensorBytes(), qint64(4));
  QCOMPARE(loaded.checksum(), small.checksum());

  // No temporary files left behind, hidden ones included.
  QCOMPARE(QDir(tmp_->path()).entryList(QDir::AllEntries | QDir::Hidden | QDir::System | QDir::NoDotAndDotDot),
           QStringList({"model.dsm"}));
}

QTEST_GUILESS_MAIN(TestModelArchive)
#include "tst_model_archive.moc"
