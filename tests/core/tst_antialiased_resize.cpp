#include "core/data/antialiased_resize.h"
#include "core/data/image_io.h"
#include "core/data/image_loader.h"
#include "tests/support/test_support.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QtTest>
#include <cmath>
#include <opencv2/imgcodecs.hpp>
#include <vector>

namespace {

// Image sizes in, out: shrinking by whole and fractional factors, enlarging, one axis each way, one
// axis unchanged, down to a single pixel.
struct Case {
  cv::Size in, out;
  int channels;
};
const std::vector<Case> kCases = {
    {{96, 60}, {48, 30}, 3},  {{123, 50}, {40, 17}, 3}, {{61, 97}, {25, 40}, 1}, {{13, 9}, {40, 31}, 3},
    {{64, 20}, {30, 45}, 1},  {{37, 29}, {37, 11}, 3},  {{31, 7}, {1, 1}, 3},    {{250, 40}, {17, 40}, 1},
};

cv::Mat randomImage(cv::Size size, int type, int seed) {
  cv::Mat image(size, type);
  cv::RNG rng(seed);
  rng.fill(image, cv::RNG::UNIFORM, 0, image.depth() == CV_8U ? 256 : 65536);
  return image;
}

// The filter from its definition, independently of the implementation's windows: output position o
// along an axis of `in` samples covers centre (o + ½)·in/out; sample i weighs max(0, 1 − |i + ½ −
// centre| / s) with s = max(in/out, 1), normalised over the axis. Applied as a full 2-D sum in double.
using Weights = std::vector<std::vector<double>>;
Weights weights(int in, int out) {
  const double scale = static_cast<double>(in) / out, s = std::max(scale, 1.0);
  Weights w(out, std::vector<double>(in));
  for (int o = 0; o < out; ++o) {
    double sum = 0;
    for (int i = 0; i < in; ++i) sum += w[o][i] = std::max(0.0, 1 - std::abs(i + 0.5 - (o + 0.5) * scale) / s);
    for (double& v : w[o]) v /= sum;
  }
  return w;
}

double definition(const cv::Mat& image, const Weights& wx, const Weights& wy, int y, int x, int c) {
  double v = 0;
  for (int i = 0; i < image.rows; ++i)
    for (int j = 0; j < image.cols; ++j) {
      const double p = image.depth() == CV_8U ? image.ptr<uint8_t>(i)[j * image.channels() + c]
                                              : image.ptr<uint16_t>(i)[j * image.channels() + c];
      v += wy[y][i] * wx[x][j] * p;
    }
  return v;
}

// Largest difference from the definition over every output value.
double worstAgainstDefinition(const cv::Mat& image, const cv::Mat& out) {
  const Weights wx = weights(image.cols, out.cols), wy = weights(image.rows, out.rows);
  double worst = 0;
  for (int y = 0; y < out.rows; ++y)
    for (int x = 0; x < out.cols; ++x)
      for (int c = 0; c < out.channels(); ++c) {
        const double got = out.depth() == CV_8U ? out.ptr<uint8_t>(y)[x * out.channels() + c]
                                                : out.ptr<uint16_t>(y)[x * out.channels() + c];
        worst = std::max(worst, std::abs(got - definition(image, wx, wy, y, x, c)));
      }
  return worst;
}

}  // namespace

class TestAntialiasedResize : public QObject {
  Q_OBJECT

 private Q_SLOTS:
  // 8-bit: within the two roundings Pillow makes (after each pass, half a level each) of the exact filter.
  void eightBitFollowsTheDefinition() {
    for (size_t k = 0; k < kCases.size(); ++k) {
      const Case& c = kCases[k];
      const cv::Mat image = randomImage(c.in, CV_8UC(c.channels), static_cast<int>(k));
      const cv::Mat out = ds::resizeAntialiased(image, c.out);
      QCOMPARE(out.size(), c.out);
      QCOMPARE(out.type(), image.type());
      QVERIFY2(worstAgainstDefinition(image, out) <= 1.01, qPrintable(QStringLiteral("case %1").arg(k)));
    }
  }

  // Other depths are filtered in float: within the final rounding to 16 bits.
  void sixteenBitFollowsTheDefinition() {
    for (size_t k = 0; k < kCases.size(); ++k) {
      const Case& c = kCases[k];
      const cv::Mat image = randomImage(c.in, CV_16UC(c.channels), static_cast<int>(k));
      const cv::Mat out = ds::resizeAntialiased(image, c.out);
      QCOMPARE(out.type(), image.type());
      QVERIFY2(worstAgainstDefinition(image, out) <= 0.5 + 65535 * 1e-6, qPrintable(QStringLiteral("case %1").arg(k)));
    }
  }

  // Pixel for pixel as Pillow's Image.resize(BILINEAR), the resize of the PyTorch pipelines.
  void eightBitIsPillowsExactly() {
    QJsonArray input;
    std::vector<cv::Mat> images;
    for (size_t k = 0; k < kCases.size(); ++k) {
      const Case& c = kCases[k];
      images.push_back(randomImage(c.in, CV_8UC(c.channels), 100 + static_cast<int>(k)));
      QJsonArray pixels;
      for (int y = 0; y < c.in.height; ++y)
        for (int v = 0; v < c.in.width * c.channels; ++v) pixels.append(images.back().ptr<uint8_t>(y)[v]);
      input.append(QJsonObject{{QStringLiteral("width"), c.in.width}, {QStringLiteral("height"), c.in.height},
                               {QStringLiteral("channels"), c.channels}, {QStringLiteral("pixels"), pixels},
                               {QStringLiteral("out_width"), c.out.width}, {QStringLiteral("out_height"), c.out.height}});
    }
    QString whyNot;
    const auto reference = dstest::runPythonReference(QStringLiteral("pillow_resize_reference.py"),
                                                      QJsonObject{{QStringLiteral("cases"), input}}, &whyNot);
    if (!reference) QSKIP(qPrintable(whyNot));
    const QJsonArray expected = reference->value(QStringLiteral("cases")).toArray();
    QCOMPARE(expected.size(), static_cast<qsizetype>(kCases.size()));
    for (size_t k = 0; k < kCases.size(); ++k) {
      const cv::Mat out = ds::resizeAntialiased(images[k], kCases[k].out);
      const QJsonArray pillow = expected[static_cast<int>(k)].toObject()[QStringLiteral("pixels")].toArray();
      QCOMPARE(pillow.size(), static_cast<qsizetype>(out.total() * out.channels()));
      int differing = 0, index = 0;
      for (int y = 0; y < out.rows; ++y)
        for (int v = 0; v < out.cols * out.channels(); ++v) differing += out.ptr<uint8_t>(y)[v] != pillow[index++].toInt();
      QVERIFY2(differing == 0, qPrintable(QStringLiteral("case %1: %2 values differ from Pillow %3")
                                              .arg(k).arg(differing).arg(reference->value(QStringLiteral("pillow_version")).toString())));
    }
  }

  // The loader resizes the stored 8-bit pixels, then converts: a model sees Pillow's pixels / 255.
  void loaderResizesTheStoredPixels() {
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("part.png"));
    const cv::Mat bgr = randomImage({90, 70}, CV_8UC3, 7);
    QVERIFY(cv::imwrite(path.toStdString(), bgr));
    ds::Sample sample;
    sample.imagePath = path;
    ds::LoadOptions options;
    options.size = {32, 24};
    const ds::LoadedImage loaded = ds::loadSample(sample, options);
    QCOMPARE(loaded.originalSize, cv::Size(90, 70));
    const cv::Mat expected = ds::toUnitRgb(ds::resizeAntialiased(ds::readImageRgbStored(path), options.size));
    QCOMPARE(loaded.image.type(), CV_32FC3);
    QCOMPARE(cv::norm(loaded.image, expected, cv::NORM_INF), 0.0);
  }
};

QTEST_GUILESS_MAIN(TestAntialiasedResize)
#include "tst_antialiased_resize.moc"
