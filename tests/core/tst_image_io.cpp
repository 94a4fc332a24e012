#include "core/data/image_header.h"
#include "core/data/image_io.h"
#include "core/data/image_loader.h"
#include "core/error.h"
#include "tests/support/test_support.h"

#include <QDir>
#include <QFile>
#include <QImage>
#include <QTemporaryDir>
#include <QTemporaryFile>
#include <cstdio>
#include <QtTest>
#include <cmath>
#include <functional>
#include <optional>
#include <opencv2/imgcodecs.hpp>
#include <opencv2/imgproc.hpp>
#include <vector>

#ifdef Q_OS_UNIX
#include <sys/stat.h>
#include <unistd.h>
#endif

namespace {

using dstest::errorOf;
using dstest::readBytes;
using dstest::writeBytes;

QByteArray encode(const cv::Mat& image, const char* ext, const std::vector<int>& params = {}) {
  std::vector<uchar> buffer;
  if (!cv::imencode(ext, image, buffer, params)) return {};
  return QByteArray(reinterpret_cast<const char*>(buffer.data()), static_cast<qsizetype>(buffer.size()));
}

// The ds::Error message a call throws; nothing when it returns normally.
// Float pixels are v * scale computed in single precision; allow for its rounding only.
bool near(float actual, double expected) { return std::abs(double(actual) - expected) <= 1e-6; }

QString pixelText(const cv::Vec3f& p) { return QStringLiteral("(%1, %2, %3)").arg(p[0]).arg(p[1]).arg(p[2]); }

bool rgbEquals(const cv::Mat& image, int row, int col, double r, double g, double b) {
  const cv::Vec3f p = image.at<cv::Vec3f>(row, col);
  return near(p[0], r) && near(p[1], g) && near(p[2], b);
}

// Deterministic bytes without 0xFF, so they never form a JPEG marker by accident.
QByteArray garbage(int size) {
  QByteArray bytes(size, Qt::Uninitialized);
  for (int i = 0; i < size; ++i) bytes[i] = static_cast<char>((i * 37 + 11) % 251);
  return bytes;
}

cv::Mat noise(int rows, int cols, int type) {
  cv::Mat m(rows, cols, type);
  cv::randu(m, 0, 255);
  return m;
}

// What call writes to the process's stderr (file descriptor 2), where libpng and libjpeg print.
QByteArray stderrOf(const std::function<void()>& call) {
  QTemporaryFile capture;
  if (!capture.open()) return "cannot capture stderr";
  std::fflush(stderr);
  const int saved = ::dup(2);
  ::dup2(capture.handle(), 2);
  call();
  std::fflush(stderr);
  ::dup2(saved, 2);
  ::close(saved);
  capture.seek(0);
  return capture.readAll();
}

// A JPEG's bytes with an EXIF block stating orientation (1–8) inserted after SOI: APP1 with "Exif\0\0",
// a big-endian TIFF header and one directory holding Orientation (0x0112, SHORT).
QByteArray withOrientation(const QByteArray& jpeg, int orientation) {
  QByteArray tiff("MM\x00\x2a\x00\x00\x00\x08", 8);
  tiff += QByteArray("\x00\x01", 2);                                         // one entry
  tiff += QByteArray("\x01\x12\x00\x03\x00\x00\x00\x01\x00", 9) + char(orientation) + QByteArray(2, '\0');
  tiff += QByteArray(4, '\0');                                                 // no next directory
  const QByteArray payload = QByteArray("Exif\x00\x00", 6) + tiff;
  const int length = int(payload.size()) + 2;
  QByteArray app1("\xff\xe1", 2);
  app1 += char((length >> 8) & 0xff);
  app1 += char(length & 0xff);
  return jpeg.left(2) + app1 + payload + jpeg.mid(2);
}

// A PNG's bytes with the IHDR width and height replaced (the chunk's CRC is left stale).
QByteArray withPngSize(QByteArray png, quint32 width, quint32 height) {
  for (int i = 0; i < 4; ++i) {
    png[16 + i] = static_cast<char>(width >> (24 - 8 * i));
    png[20 + i] = static_cast<char>(height >> (24 - 8 * i));
  }
  return png;
}

// tests/fuzz/corpus/image/rgb.tif: a 9×6 little-endian RGB TIFF in one strip.
QByteArray rgbTiff() { return readBytes(dstest::sourceDir() + QStringLiteral("/tests/fuzz/corpus/image/rgb.tif")); }

// A little-endian TIFF with the first directory's entry for tag set to value (SHORT or LONG); empty
// when the file has no such entry.
QByteArray withTiffTag(QByteArray tiff, quint16 tag, quint32 value) {
  const auto le = [&tiff](qsizetype at, int count) {
    quint32 v = 0;
    for (int i = count - 1; i >= 0; --i) v = v << 8 | uint8_t(tiff[at + i]);
    return v;
  };
  if (!tiff.startsWith("II")) return {};
  const qsizetype directory = le(4, 4);
  for (quint32 i = 0; i < le(directory, 2); ++i)
    if (const qsizetype entry = directory + 2 + 12 * qsizetype(i); le(entry, 2) == tag) {
      for (int b = 0; b < 4; ++b) tiff[entry + 8 + b] = char(value >> (8 * b) & 0xFF);
      return tiff;
    }
  return {};
}

}  // namespace

#define VERIFY_RGB(image, row, col, r, g, b)                                                            \
  QVERIFY2(rgbEquals(image, row, col, r, g, b),                                                         \
           qPrintable(QStringLiteral("pixel (%1,%2) is %3").arg(row).arg(col).arg(pixelText((image).at<cv::Vec3f>(row, col)))))

class TestImageIo : public QObject {
  Q_OBJECT

 private Q_SLOTS:
  void initTestCase();
  void imageExtensions();
  void grey8Png();
  void grey16Png();
  void rgbChannelOrder_data();
  void rgbChannelOrder();
  void rgbaPng();
  void palettePng();
  void jpeg();
  void exifOrientation();
  void masksAreBinary();
  void mask16Bit();
  void maskSizeMismatch();
  void centreCrop();
  void badInputs_data();
  void badInputs();
  void unreadableFile();
  void headerSizes_data();
  void headerSizes();
  void pixelLimit();
  void tiffStripsWithinThePixelLimit();
  void truncatedJpegWithEndMarker();
  void jpegTrailingBytesAccepted();
  void paletteWithTransparency();
  void decodersPrintNothing();
  void decodesAsOpenCvDoes_data();
  void decodesAsOpenCvDoes();

 private:
  QTemporaryDir dir_;
  QString path(const QString& name) const { return dir_.filePath(name); }
};

void TestImageIo::initTestCase() {
  QVERIFY(dir_.isValid());
  cv::setRNGSeed(1234);
}

void TestImageIo::imageExtensions() {
  for (const char* yes : {"a.png", "b.PNG", "c.jpg", "d.JPEG", "e.bmp", "f.tif", "g.tiff", "/x/y.z/h.Png"})
    QVERIFY2(ds::hasImageExtension(QString::fromLatin1(yes)), yes);
  for (const char* no : {"a.txt", "png", "a.png.bak", "a.gif", "a.webp", "/x/y.png/notes", ""})
    QVERIFY2(!ds::hasImageExtension(QString::fromLatin1(no)), no);
}

void TestImageIo::grey8Png() {
  const cv::Mat grey = (cv::Mat_<uchar>(2, 3) << 0, 1, 51, 128, 254, 255);
  const QString file = path(QStringLiteral("grey8.png"));
  QVERIFY(writeBytes(file, encode(grey, ".png")));
  QCOMPARE(ds::sniffImageFile(file), QString());

  const cv::Mat image = ds::readImageRgb(file);
  QCOMPARE(image.type(), CV_32FC3);
  QCOMPARE(image.rows, 2);
  QCOMPARE(image.cols, 3);
  for (int r = 0; r < 2; ++r)
    for (int c = 0; c < 3; ++c) {
      const double v = grey.at<uchar>(r, c) / 255.0;
      VERIFY_RGB(image, r, c, v, v, v);
    }
}

void TestImageIo::grey16Png() {
  const cv::Mat grey = (cv::Mat_<ushort>(2, 3) << 0, 1, 257, 12345, 65534, 65535);
  const QString file = path(QStringLiteral("grey16.png"));
  QVERIFY(writeBytes(file, encode(grey, ".png")));
  // The file really is 16-bit: IHDR bit depth (byte 24) is 16, colour type (byte 25) 0 = grey.
  const QByteArray bytes = readBytes(file);
  QCOMPARE(int(uchar(bytes[24])), 16);
  QCOMPARE(int(uchar(bytes[25])), 0);

  const cv::Mat image = ds::readImageRgb(file);
  QCOMPARE(image.type(), CV_32FC3);
  QCOMPARE(image.size(), cv::Size(3, 2));
  // Scaled by 1/65535, not reduced to 8 bits first (1 would become 0, 12345 would become 48/255).
  VERIFY_RGB(image, 0, 0, 0.0, 0.0, 0.0);
  VERIFY_RGB(image, 0, 1, 1.0 / 65535.0, 1.0 / 65535.0, 1.0 / 65535.0);
  QVERIFY(image.at<cv::Vec3f>(0, 1)[0] > 0.0f);
  VERIFY_RGB(image, 0, 2, 257.0 / 65535.0, 257.0 / 65535.0, 257.0 / 65535.0);
  VERIFY_RGB(image, 1, 0, 12345.0 / 65535.0, 12345.0 / 65535.0, 12345.0 / 65535.0);
  VERIFY_RGB(image, 1, 1, 65534.0 / 65535.0, 65534.0 / 65535.0, 65534.0 / 65535.0);
  QCOMPARE(image.at<cv::Vec3f>(1, 2)[1], 1.0f);
}

void TestImageIo::rgbChannelOrder_data() {
  QTest::addColumn<QString>("ext");
  QTest::newRow("png") << QStringLiteral(".png");
  QTest::newRow("bmp") << QStringLiteral(".bmp");
  QTest::newRow("tiff") << QStringLiteral(".tif");
}

// Lossless formats: every value comes back exactly, as RGB (OpenCV works in BGR).
void TestImageIo::rgbChannelOrder() {
  QFETCH(QString, ext);
  cv::Mat bgr(2, 2, CV_8UC3);
  bgr.at<cv::Vec3b>(0, 0) = {0, 0, 255};    // red
  bgr.at<cv::Vec3b>(0, 1) = {0, 255, 0};    // green
  bgr.at<cv::Vec3b>(1, 0) = {255, 0, 0};    // blue
  bgr.at<cv::Vec3b>(1, 1) = {10, 20, 30};   // r=30 g=20 b=10
  const QString file = path(QStringLiteral("rgb") + ext);
  QVERIFY(writeBytes(file, encode(bgr, qPrintable(ext))));
  QCOMPARE(ds::sniffImageFile(file), QString());

  const cv::Mat image = ds::readImageRgb(file);
  QCOMPARE(image.type(), CV_32FC3);
  QCOMPARE(image.size(), cv::Size(2, 2));
  VERIFY_RGB(image, 0, 0, 1.0, 0.0, 0.0);
  VERIFY_RGB(image, 0, 1, 0.0, 1.0, 0.0);
  VERIFY_RGB(image, 1, 0, 0.0, 0.0, 1.0);
  VERIFY_RGB(image, 1, 1, 30 / 255.0, 20 / 255.0, 10 / 255.0);
}

void TestImageIo::rgbaPng() {
  cv::Mat bgra(1, 3, CV_8UC4);
  bgra.at<cv::Vec4b>(0, 0) = {0, 0, 255, 255};    // opaque red
  bgra.at<cv::Vec4b>(0, 1) = {50, 100, 200, 128};  // half transparent
  bgra.at<cv::Vec4b>(0, 2) = {30, 20, 10, 0};      // fully transparent
  const QString file = path(QStringLiteral("rgba.png"));
  QVERIFY(writeBytes(file, encode(bgra, ".png")));
  QCOMPARE(int(uchar(readBytes(file)[25])), 6);  // colour type 6: RGBA

  const cv::Mat image = ds::readImageRgb(file);
  QCOMPARE(image.type(), CV_32FC3);
  QCOMPARE(image.size(), cv::Size(3, 1));
  // Alpha is dropped; the colour is kept as stored.
  VERIFY_RGB(image, 0, 0, 1.0, 0.0, 0.0);
  VERIFY_RGB(image, 0, 1, 200 / 255.0, 100 / 255.0, 50 / 255.0);
  VERIFY_RGB(image, 0, 2, 10 / 255.0, 20 / 255.0, 30 / 255.0);
}

void TestImageIo::palettePng() {
  QImage indexed(3, 2, QImage::Format_Indexed8);
  indexed.setColorTable({qRgb(255, 0, 0), qRgb(0, 0, 255), qRgb(12, 34, 56)});
  const int indices[2][3] = {{0, 1, 2}, {2, 0, 1}};
  for (int y = 0; y < 2; ++y)
    for (int x = 0; x < 3; ++x) indexed.setPixel(x, y, uint(indices[y][x]));
  const QString file = path(QStringLiteral("palette.png"));
  QVERIFY(indexed.save(file, "PNG"));
  QCOMPARE(int(uchar(readBytes(file)[25])), 3);  // colour type 3: indexed

  const cv::Mat image = ds::readImageRgb(file);
  QCOMPARE(image.type(), CV_32FC3);
  QCOMPARE(image.size(), cv::Size(3, 2));
  const double colours[3][3] = {{1.0, 0.0, 0.0}, {0.0, 0.0, 1.0}, {12 / 255.0, 34 / 255.0, 56 / 255.0}};
  for (int y = 0; y < 2; ++y)
    for (int x = 0; x < 3; ++x) {
      const double* c = colours[indices[y][x]];
      VERIFY_RGB(image, y, x, c[0], c[1], c[2]);
    }
}

void TestImageIo::jpeg() {
  // A flat colour survives JPEG compression to within a few levels.
  const cv::Mat bgr(16, 24, CV_8UC3, cv::Scalar(40, 120, 200));
  const QString file = path(QStringLiteral("flat.jpg"));
  QVERIFY(writeBytes(file, encode(bgr, ".jpg", {cv::IMWRITE_JPEG_QUALITY, 100})));
  QCOMPARE(ds::sniffImageFile(file), QString());

  const cv::Mat image = ds::readImageRgb(file);
  QCOMPARE(image.type(), CV_32FC3);
  QCOMPARE(image.size(), cv::Size(24, 16));
  double minV = 0, maxV = 0;
  cv::minMaxLoc(image.reshape(1), &minV, &maxV);
  QVERIFY(minV >= 0.0 && maxV <= 1.0);
  const cv::Scalar mean = cv::mean(image);
  QVERIFY2(std::abs(mean[0] - 200 / 255.0) < 3 / 255.0, qPrintable(QString::number(mean[0] * 255)));  // r
  QVERIFY2(std::abs(mean[1] - 120 / 255.0) < 3 / 255.0, qPrintable(QString::number(mean[1] * 255)));  // g
  QVERIFY2(std::abs(mean[2] - 40 / 255.0) < 3 / 255.0, qPrintable(QString::number(mean[2] * 255)));   // b
}

// A 40×20 JPEG tagged "rotate 90° clockwise to display" (EXIF orientation 6) comes back 20×40.
void TestImageIo::exifOrientation() {
  cv::Mat bgr(20, 40, CV_8UC3, cv::Scalar(255, 0, 0));                  // blue right half
  bgr(cv::Rect(0, 0, 20, 20)).setTo(cv::Scalar(0, 0, 255));             // red left half
  const QByteArray plain = encode(bgr, ".jpg", {cv::IMWRITE_JPEG_QUALITY, 95});
  QVERIFY(plain.startsWith("\xff\xd8"));

  const QByteArray rotatedJpeg = withOrientation(plain, 6);

  const QString plainFile = path(QStringLiteral("plain.jpg"));
  const QString exifFile = path(QStringLiteral("exif6.jpg"));
  QVERIFY(writeBytes(plainFile, plain));
  QVERIFY(writeBytes(exifFile, rotatedJpeg));

  const cv::Mat unrotated = ds::readImageRgb(plainFile);
  QCOMPARE(unrotated.cols, 40);
  QCOMPARE(unrotated.rows, 20);

  const cv::Mat image = ds::readImageRgb(exifFile);
  QCOMPARE(image.cols, 20);
  QCOMPARE(image.rows, 40);
  // Clockwise: the left (red) half becomes the top, the right (blue) half the bottom.
  const cv::Vec3f top = image.at<cv::Vec3f>(8, 10), bottom = image.at<cv::Vec3f>(32, 10);
  QVERIFY2(top[0] > 0.9f && top[2] < 0.1f, qPrintable(pixelText(top)));
  QVERIFY2(bottom[2] > 0.9f && bottom[0] < 0.1f, qPrintable(pixelText(bottom)));
}

void TestImageIo::masksAreBinary() {
  const cv::Mat values = (cv::Mat_<uchar>(2, 4) << 0, 1, 2, 127, 128, 254, 255, 0);
  const QString file = path(QStringLiteral("mask8.png"));
  QVERIFY(writeBytes(file, encode(values, ".png")));

  for (const cv::Size expected : {cv::Size(), cv::Size(4, 2)}) {
    const cv::Mat mask = ds::readMask(file, expected);
    QCOMPARE(mask.type(), CV_8UC1);
    QCOMPARE(mask.size(), cv::Size(4, 2));
    const cv::Mat want = (cv::Mat_<uchar>(2, 4) << 0, 1, 1, 1, 1, 1, 1, 0);
    QCOMPARE(cv::norm(mask, want, cv::NORM_INF), 0.0);
  }

  // A colour mask counts any non-black pixel.
  cv::Mat colour(1, 3, CV_8UC3, cv::Scalar(0, 0, 0));
  colour.at<cv::Vec3b>(0, 1) = {0, 0, 255};
  colour.at<cv::Vec3b>(0, 2) = {255, 255, 255};
  const QString colourFile = path(QStringLiteral("mask_colour.png"));
  QVERIFY(writeBytes(colourFile, encode(colour, ".png")));
  const cv::Mat colourMask = ds::readMask(colourFile);
  QCOMPARE(colourMask.type(), CV_8UC1);
  QCOMPARE(int(colourMask.at<uchar>(0, 0)), 0);
  QCOMPARE(int(colourMask.at<uchar>(0, 1)), 1);
  QCOMPARE(int(colourMask.at<uchar>(0, 2)), 1);
}

void TestImageIo::mask16Bit() {
  // 256 has a zero low byte and 1 a zero high byte: both must count as defective.
  const cv::Mat values = (cv::Mat_<ushort>(1, 4) << 0, 1, 256, 65535);
  const QString file = path(QStringLiteral("mask16.png"));
  QVERIFY(writeBytes(file, encode(values, ".png")));
  const cv::Mat mask = ds::readMask(file, cv::Size(4, 1));
  QCOMPARE(mask.type(), CV_8UC1);
  const cv::Mat want = (cv::Mat_<uchar>(1, 4) << 0, 1, 1, 1);
  QCOMPARE(cv::norm(mask, want, cv::NORM_INF), 0.0);
}

void TestImageIo::centreCrop() {
  // A 40×20 image whose pixel (x, y) holds x/255 in red and y/255 in green, with a mask marking two
  // columns; resized to 20×10 then cropped to 8×6, image and mask must be the centre of the resized ones.
  cv::Mat bgr(20, 40, CV_8UC3), mask(20, 40, CV_8UC1, cv::Scalar(0));
  for (int y = 0; y < 20; ++y)
    for (int x = 0; x < 40; ++x) bgr.at<cv::Vec3b>(y, x) = cv::Vec3b(0, uchar(5 * y), uchar(5 * x));
  mask.colRange(20, 22).setTo(255);
  ds::Sample sample;
  sample.imagePath = path(QStringLiteral("ramp.png"));
  sample.maskPath = path(QStringLiteral("ramp_mask.png"));
  QVERIFY(writeBytes(sample.imagePath, encode(bgr, ".png", {})));
  QVERIFY(writeBytes(sample.maskPath, encode(mask, ".png", {})));
  ds::LoadOptions whole;
  whole.size = cv::Size(20, 10);
  whole.masks = true;
  ds::LoadOptions cropped = whole;
  cropped.crop = cv::Size(8, 6);
  const ds::LoadedImage full = ds::loadSample(sample, whole), centre = ds::loadSample(sample, cropped);
  QCOMPARE(centre.image.size(), cv::Size(8, 6));
  QCOMPARE(centre.mask.size(), cv::Size(8, 6));
  QCOMPARE(centre.originalSize, cv::Size(40, 20));
  const cv::Rect expected(6, 2, 8, 6);
  QCOMPARE(cv::norm(centre.image, full.image(expected), cv::NORM_INF), 0.0);
  QCOMPARE(cv::norm(centre.mask, full.mask(expected), cv::NORM_INF), 0.0);
  QVERIFY(cv::countNonZero(centre.mask) > 0);  // the marked column lies in the centre
}

void TestImageIo::maskSizeMismatch() {
  const cv::Mat values(6, 8, CV_8UC1, cv::Scalar(255));
  const QString file = path(QStringLiteral("mask_8x6.png"));
  QVERIFY(writeBytes(file, encode(values, ".png")));
  const auto error = errorOf([&] { ds::readMask(file, cv::Size(16, 12)); });
  QVERIFY(error.has_value());
  QVERIFY2(error->contains(file), qPrintable(*error));
  QVERIFY2(error->contains(QStringLiteral("8×6")), qPrintable(*error));
  QVERIFY2(error->contains(QStringLiteral("16×12")), qPrintable(*error));
  // Transposed sizes are a mismatch too.
  QVERIFY(errorOf([&] { ds::readMask(file, cv::Size(6, 8)); }).has_value());
}

void TestImageIo::badInputs_data() {
  QTest::addColumn<QString>("name");
  QTest::addColumn<QByteArray>("content");
  QTest::addColumn<QString>("kind");          // "file", "missing" or "folder"
  QTest::addColumn<QString>("errorWords");    // what readImageRgb's message must say
  QTest::addColumn<QString>("sniffWords");    // what sniffImageFile says; empty when its header looks fine

  const QByteArray jpeg = encode(noise(64, 64, CV_8UC3), ".jpg", {cv::IMWRITE_JPEG_QUALITY, 90});
  const QByteArray png = encode(noise(64, 64, CV_8UC3), ".png");
  QVERIFY(jpeg.size() > 1000 && png.size() > 1000);
  // SOI + JFIF APP0 (20 bytes), then garbage.
  const QByteArray jpegHeader = jpeg.left(20);
  QVERIFY(jpegHeader.startsWith("\xff\xd8\xff\xe0"));

  QTest::newRow("corrupt jpeg, no end marker")
      << "garbage.jpg" << jpegHeader + garbage(4000) << "file" << "corrupt JPEG" << "";
  QTest::newRow("corrupt jpeg, with scan and end markers")
      << "garbage_markers.jpg" << jpegHeader + garbage(2000) + QByteArray("\xff\xda", 2) + garbage(2000) + QByteArray("\xff\xd9", 2)
      << "file" << "corrupt JPEG" << "";
  QTest::newRow("truncated jpeg") << "truncated.jpg" << jpeg.left(jpeg.size() * 6 / 10) << "file" << "truncated" << "";
  QTest::newRow("truncated png") << "truncated.png" << png.left(png.size() * 6 / 10) << "file" << "truncated" << "";
  QTest::newRow("empty file") << "empty.png" << QByteArray() << "file" << "empty" << "empty";
  QTest::newRow("text renamed png") << "notes.png" << QByteArray("just some notes\nnot an image\n") << "file"
                                    << "not a supported image" << "not a supported image";
  QTest::newRow("missing file") << "missing.png" << QByteArray() << "missing" << "not found" << "not found";
  QTest::newRow("folder named png") << "x.png" << QByteArray() << "folder" << "folder" << "folder";
  // open() of a FIFO blocks until a writer comes: never opened, refused by name.
  QTest::newRow("fifo named png") << "pipe.png" << QByteArray() << "fifo" << "not a regular file" << "not a regular file";
}

void TestImageIo::badInputs() {
  QFETCH(QString, name);
  QFETCH(QByteArray, content);
  QFETCH(QString, kind);
  QFETCH(QString, errorWords);
  QFETCH(QString, sniffWords);

  const QString file = path(name);
  if (kind == QLatin1String("file")) QVERIFY(writeBytes(file, content));
  if (kind == QLatin1String("folder")) QVERIFY(QDir().mkpath(file));
  if (kind == QLatin1String("fifo")) QCOMPARE(::mkfifo(QFile::encodeName(file).constData(), 0600), 0);
  QCOMPARE(QFileInfo::exists(file), kind != QLatin1String("missing"));

  const QString sniff = ds::sniffImageFile(file);
  if (sniffWords.isEmpty()) QVERIFY2(sniff.isEmpty(), qPrintable(sniff));
  else QVERIFY2(sniff.contains(sniffWords), qPrintable(sniff));

  const auto imageError = errorOf([&] { ds::readImageRgb(file); });
  QVERIFY2(imageError.has_value(), "readImageRgb did not throw");
  QVERIFY2(imageError->contains(file), qPrintable(*imageError));
  QVERIFY2(imageError->contains(errorWords), qPrintable(*imageError));

  const auto maskError = errorOf([&] { ds::readMask(file); });
  QVERIFY2(maskError.has_value(), "readMask did not throw");
  QVERIFY2(maskError->contains(file), qPrintable(*maskError));
  QVERIFY2(maskError->contains(errorWords), qPrintable(*maskError));
}

void TestImageIo::unreadableFile() {
#ifndef Q_OS_UNIX
  QSKIP("POSIX permissions only");
#else
  const QByteArray png = encode(noise(8, 8, CV_8UC3), ".png");
  const QString locked = path(QStringLiteral("locked.png"));
  const QString open = path(QStringLiteral("open.png"));
  QVERIFY(writeBytes(locked, png));
  QVERIFY(writeBytes(open, png));
  QCOMPARE(::chmod(QFile::encodeName(locked).constData(), 0), 0);
  QCOMPARE(::chmod(QFile::encodeName(open).constData(), 0644), 0);

  // As "nobody" when run as root, who reads anything.
  QCOMPARE(::chmod(QFile::encodeName(dir_.path()).constData(), 0755), 0);
  QString whyNot;
  const std::optional<QByteArray> received = dstest::outputWithoutRoot([&] {
    QByteArray out;
    out += ds::sniffImageFile(open).toUtf8() + '\n';  // control: the folder itself is accessible
    out += ds::sniffImageFile(locked).toUtf8() + '\n';
    const auto error = errorOf([&] { ds::readImageRgb(locked); });
    return out + (error ? error->toUtf8() : QByteArray("no exception"));
  }, &whyNot);
  QVERIFY2(received, qPrintable(whyNot));
  const QStringList lines = QString::fromUtf8(*received).split(QLatin1Char('\n'));
  QCOMPARE(lines.size(), 3);
  QVERIFY2(lines[0].isEmpty(), qPrintable(lines[0]));  // readable file next to it: fine
  QVERIFY2(lines[1].contains(QStringLiteral("cannot be read")), qPrintable(lines[1]));
  QVERIFY2(lines[2].contains(locked), qPrintable(lines[2]));
  QVERIFY2(lines[2].contains(QStringLiteral("cannot be read")), qPrintable(lines[2]));
#endif
}

void TestImageIo::headerSizes_data() {
  QTest::addColumn<QByteArray>("bytes");
  QTest::addColumn<int>("width");
  QTest::addColumn<int>("height");
  const cv::Mat image = noise(23, 37, CV_8UC3);
  for (const char* ext : {".png", ".jpg", ".bmp", ".tif"}) QTest::newRow(ext) << encode(image, ext) << 37 << 23;
  QTest::newRow(".png 16-bit grey") << encode(cv::Mat(5, 300, CV_16UC1, cv::Scalar(7)), ".png") << 300 << 5;
  // Big-endian TIFF by hand: one directory with ImageWidth as SHORT and ImageLength as LONG.
  const QByteArray tiff("MM\x00\x2a\x00\x00\x00\x08\x00\x02"
                        "\x01\x00\x00\x03\x00\x00\x00\x01\x01\x2c\x00\x00"
                        "\x01\x01\x00\x04\x00\x00\x00\x01\x00\x01\x11\x70",
                        34);
  QTest::newRow("big-endian tiff") << tiff << 300 << 70000;
}

// The sizes read from the headers alone are the encoded ones, and every truncation of a header is a
// problem, never a crash or a wrong size.
void TestImageIo::headerSizes() {
  QFETCH(QByteArray, bytes);
  QFETCH(int, width);
  QFETCH(int, height);
  const ds::ImageHeader header = ds::readImageHeader(bytes);
  QVERIFY2(header.problem.isEmpty(), qPrintable(header.problem));
  QCOMPARE(header.width, qint64(width));
  QCOMPARE(header.height, qint64(height));
  for (qsizetype n = 0; n < std::min<qsizetype>(bytes.size(), 300); ++n) {
    const ds::ImageHeader cut = ds::readImageHeader(bytes.left(n));
    QVERIFY(cut.problem.isEmpty() == (cut.width == width && cut.height == height));
  }
}

// A TIFF's strips count against the pixel limit too: OpenCV's decoder allocates a whole strip (width ×
// RowsPerStrip as the file says) first, so a 300-byte file claiming 15 000-row strips of a 6-row
// image took gigabytes (a fuzzing find). Strips taller than the image but within the limit decode.
void TestImageIo::tiffStripsWithinThePixelLimit() {
  const QString tall = path(QStringLiteral("tall-strips.tif")), hostile = path(QStringLiteral("hostile-strips.tif"));
  QVERIFY(writeBytes(tall, withTiffTag(rgbTiff(), 278, 20)));       // RowsPerStrip 20 of 6 rows: 9×20 = 180 pixels
  QVERIFY(writeBytes(hostile, withTiffTag(rgbTiff(), 278, 100)));   // 9×100 = 900 pixels
  ds::setMaxImagePixels(200);
  const auto tallError = errorOf([&] { QCOMPARE(ds::readImageRgb(tall).size(), cv::Size(9, 6)); });
  const auto error = errorOf([&] { ds::readImageRgb(hostile); });
  ds::setMaxImagePixels(ds::kDefaultMaxImagePixels);
  QVERIFY2(!tallError.has_value(), qPrintable(tallError.value_or(QString())));
  QVERIFY(error.has_value());
  QVERIFY2(error->startsWith(hostile + QStringLiteral(": TIFF strips or tiles of 9×100 pixels")), qPrintable(*error));
  QVERIFY(!errorOf([&] { ds::readImageRgb(hostile); }).has_value());  // within the default limit
}

// An image above the pixel limit is refused from its header, before a pixel is decoded: a PNG that
// claims 20000×20000 (here a small file with its IHDR edited) fails at once, naming file and size.
void TestImageIo::pixelLimit() {
  const QByteArray png = encode(noise(16, 16, CV_8UC3), ".png");
  const QString huge = path(QStringLiteral("huge.png"));
  QVERIFY(writeBytes(huge, withPngSize(png, 20000, 20000)));
  const auto error = errorOf([&] { ds::readImageRgb(huge); });
  QVERIFY(error.has_value());
  QVERIFY2(error->contains(huge) && error->contains(QStringLiteral("20000×20000")) && error->contains(QStringLiteral("100 megapixels")),
           qPrintable(*error));

  // The limit is a setting: 16×16 = 256 pixels passes at 256 and fails at 255.
  const QString small = path(QStringLiteral("small.png"));
  QVERIFY(writeBytes(small, png));
  ds::setMaxImagePixels(256);
  QVERIFY(!errorOf([&] { ds::readImageRgb(small); }).has_value());
  ds::setMaxImagePixels(255);
  const auto over = errorOf([&] { ds::readMask(small); });
  ds::setMaxImagePixels(ds::kDefaultMaxImagePixels);
  QVERIFY(over.has_value() && over->contains(QStringLiteral("16×16")));

  // The largest sizes a header can state (4294967295²) are refused, not overflowed (a fuzzing find).
  const QString widest = path(QStringLiteral("widest.png"));
  QVERIFY(writeBytes(widest, withPngSize(png, 0xFFFFFFFFu, 0xFFFFFFFFu)));
  const auto widestError = errorOf([&] { ds::readImageRgb(widest); });
  QVERIFY(widestError.has_value() && widestError->contains(QStringLiteral("4294967295×4294967295")));

  // A header that says 0 pixels wide is corrupt, whatever the limit.
  const QString zero = path(QStringLiteral("zero.png"));
  QVERIFY(writeBytes(zero, withPngSize(png, 0, 16)));
  const auto corrupt = errorOf([&] { ds::readImageRgb(zero); });
  QVERIFY(corrupt.has_value() && corrupt->contains(QStringLiteral("corrupt")));
}

// A JPEG cut short with an end-of-image marker appended decodes without an error in libjpeg (the
// missing part grey, a warning on stderr); it is refused, naming the file, and nothing is printed.
void TestImageIo::truncatedJpegWithEndMarker() {
  const QByteArray jpeg = encode(noise(120, 160, CV_8UC3), ".jpg", {cv::IMWRITE_JPEG_QUALITY, 90});
  const QString file = path(QStringLiteral("cut_with_end.jpg"));
  QVERIFY(writeBytes(file, jpeg.left(jpeg.size() / 2) + QByteArray("\xff\xd9", 2)));
  QCOMPARE(ds::sniffImageFile(file), QString());  // the header is fine
  std::optional<QString> error;
  const QByteArray printed = stderrOf([&] { error = errorOf([&] { ds::readImageRgb(file); }); });
  QVERIFY(error.has_value());
  QVERIFY2(error->contains(file) && error->contains(QStringLiteral("corrupt JPEG image data")), qPrintable(*error));
  QVERIFY2(printed.isEmpty(), printed.constData());
}

// Bytes after the end-of-image marker (some cameras pad their files) are no damage.
void TestImageIo::jpegTrailingBytesAccepted() {
  const cv::Mat bgr(16, 24, CV_8UC3, cv::Scalar(40, 120, 200));
  const QString file = path(QStringLiteral("padded.jpg"));
  QVERIFY(writeBytes(file, encode(bgr, ".jpg") + QByteArray(100, '\0')));
  QCOMPARE(ds::readImageRgb(file).size(), cv::Size(24, 16));
}

// Transparency in a palette (a tRNS chunk) is dropped like alpha: the palette colours come back.
void TestImageIo::paletteWithTransparency() {
  QImage indexed(2, 1, QImage::Format_Indexed8);
  indexed.setColorTable({qRgba(255, 0, 0, 0), qRgba(10, 20, 30, 128)});
  indexed.setPixel(0, 0, 0);
  indexed.setPixel(1, 0, 1);
  const QString file = path(QStringLiteral("palette_trns.png"));
  QVERIFY(indexed.save(file, "PNG"));
  QVERIFY(readBytes(file).contains("tRNS"));
  const cv::Mat image = ds::readImageRgb(file);
  QCOMPARE(image.size(), cv::Size(2, 1));
  VERIFY_RGB(image, 0, 0, 1.0, 0.0, 0.0);
  VERIFY_RGB(image, 0, 1, 10 / 255.0, 20 / 255.0, 30 / 255.0);
}

// libpng prints warnings (a damaged ancillary chunk) and errors (a damaged image chunk) to stderr by
// default, OpenCV logs its decoders' failures there; DefectScope's decoding prints nothing and reports
// the error in its message.
void TestImageIo::decodersPrintNothing() {
  const QByteArray png = encode(noise(32, 32, CV_8UC3), ".png");
  // A tEXt chunk with a wrong CRC before IEND: libpng warns and drops it; the image is fine.
  QByteArray text = png;
  text.insert(text.size() - 12, QByteArray("\x00\x00\x00\x05tEXtabcde\x00\x00\x00\x00", 17));
  const QString warned = path(QStringLiteral("bad_text_crc.png"));
  QVERIFY(writeBytes(warned, text));
  // The first IDAT byte flipped: the image data's CRC fails, an error.
  QByteArray damaged = png;
  const qsizetype idat = damaged.indexOf("IDAT");
  damaged[idat + 6] = static_cast<char>(damaged[idat + 6] ^ 0x5a);
  const QString broken = path(QStringLiteral("bad_idat.png"));
  QVERIFY(writeBytes(broken, damaged));

  // A BMP cut short: OpenCV's decoder fails, and would log a warning.
  const QString cutBmp = path(QStringLiteral("cut.bmp"));
  const QByteArray bmp = encode(noise(32, 32, CV_8UC3), ".bmp");
  QVERIFY(writeBytes(cutBmp, bmp.left(bmp.size() / 3)));

  // Headers that pass DefectScope's checks but fail in OpenCV's decoders, which print the failure
  // on std::cerr: a BMP compression code OpenCV does not know, a TIFF whose compression does not fit its
  // pixels.
  QByteArray rle = bmp;
  rle[30] = 7;
  const QString badCompression = path(QStringLiteral("compression7.bmp"));
  QVERIFY(writeBytes(badCompression, rle));
  // Compression 2, CCITT Group 3 of RGB strips: libtiff refuses to decode them.
  const QByteArray tiff = withTiffTag(rgbTiff(), 259, 2);
  QVERIFY(!tiff.isEmpty());
  const QString scrambled = path(QStringLiteral("scrambled.tif"));
  QVERIFY(writeBytes(scrambled, tiff));

  std::optional<QString> error, bmpError, compressionError, tiffError;
  const QByteArray printed = stderrOf([&] {
    QCOMPARE(ds::readImageRgb(warned).size(), cv::Size(32, 32));
    error = errorOf([&] { ds::readImageRgb(broken); });
    bmpError = errorOf([&] { ds::readImageRgb(cutBmp); });
    compressionError = errorOf([&] { ds::readImageRgb(badCompression); });
    tiffError = errorOf([&] { ds::readImageRgb(scrambled); });
  });
  QVERIFY(bmpError.has_value() && bmpError->contains(cutBmp));
  QVERIFY(compressionError.has_value());
  QVERIFY2(compressionError->startsWith(badCompression + QStringLiteral(": cannot be decoded (")), qPrintable(*compressionError));
  QVERIFY(tiffError.has_value());
  QVERIFY2(tiffError->startsWith(scrambled + QStringLiteral(": cannot be decoded (")), qPrintable(*tiffError));
  QVERIFY2(!tiffError->contains(QLatin1Char('\n')), qPrintable(*tiffError));
  QVERIFY(error.has_value());
  QVERIFY2(error->contains(broken) && error->contains(QStringLiteral("corrupt PNG")), qPrintable(*error));
  QVERIFY2(printed.isEmpty(), printed.constData());
}

void TestImageIo::decodesAsOpenCvDoes_data() {
  QTest::addColumn<QByteArray>("bytes");
  const QDir seeds(dstest::sourceDir() + QStringLiteral("/tests/fuzz/corpus/image"));
  for (const QString& name : seeds.entryList(QDir::Files)) QTest::newRow(qPrintable(name)) << readBytes(seeds.filePath(name));
  const QByteArray jpeg = encode(noise(20, 30, CV_8UC3), ".jpg");
  for (int orientation = 1; orientation <= 8; ++orientation)
    QTest::newRow(qPrintable(QStringLiteral("EXIF orientation %1").arg(orientation))) << withOrientation(jpeg, orientation);
}

// PNG and JPEG are decoded by DefectScope's own libpng/libjpeg code: every seed image of the fuzzing
// corpus (grey, palette, 16-bit, interlaced, progressive, CMYK JPEG…) and every EXIF orientation gives
// the pixels OpenCV's decoders give.
void TestImageIo::decodesAsOpenCvDoes() {
  QFETCH(QByteArray, bytes);
  const cv::Mat ours = ds::decodeImage(bytes, QStringLiteral("seed"));
  const cv::Mat theirs = cv::imdecode(cv::Mat(1, int(bytes.size()), CV_8U, bytes.data()), cv::IMREAD_COLOR | cv::IMREAD_ANYDEPTH);
  QCOMPARE(ours.type(), theirs.type());
  QCOMPARE(ours.size(), theirs.size());
  QCOMPARE(cv::norm(ours, theirs, cv::NORM_INF), 0.0);
}

QTEST_GUILESS_MAIN(TestImageIo)
#include "tst_image_io.moc"
