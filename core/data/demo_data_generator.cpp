#include "core/data/demo_data_generator.h"

#include "core/error.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QSet>
#include <opencv2/imgcodecs.hpp>
#include <opencv2/imgproc.hpp>

#include <algorithm>
#include <cmath>
#include <map>
#include <random>
#include <vector>

namespace ds {
namespace {

constexpr double kPi = 3.14159265358979323846;
enum Split : quint32 { kTrain = 0, kTestGood = 1, kTestDefect = 2 };

// Uniform and normal numbers derived from raw mt19937 output ourselves, because the
// std:: distributions are implementation-defined and would break byte-identical output
// across standard libraries.
class Rng {
 public:
  explicit Rng(quint32 seed) : gen_(seed) {}
  double uniform() { return double(gen_() >> 8) * (1.0 / 16777216.0); }  // [0, 1), 24 bits
  double uniform(double lo, double hi) { return lo + (hi - lo) * uniform(); }
  int uniformInt(int lo, int hi) { return std::min(hi, lo + int(uniform() * (hi - lo + 1))); }
  bool chance(double p) { return uniform() < p; }
  double normal() {  // Box-Muller; 1 - u keeps the log argument in (0, 1]
    const double r = std::sqrt(-2.0 * std::log(1.0 - uniform()));
    return r * std::cos(2.0 * kPi * uniform());
  }

 private:
  std::mt19937 gen_;
};

Rng sampleRng(quint32 seed, Split split, int index) {
  return Rng(seed * 1000003u + quint32(split) * 10007u + quint32(index));
}

cv::Mat normalNoise(Rng& rng, int size, int type) {
  cv::Mat noise(size, size, type);
  float* p = noise.ptr<float>();
  for (size_t i = 0, n = noise.total() * noise.channels(); i < n; ++i) p[i] = float(rng.normal());
  return noise;
}

// Thread period in pixels; fixed per size so every image shows the same product.
double threadPeriod(int size) { return std::max(4.0, size / 24.0); }

// Per-thread irregularity of a real weave: each thread has its own fullness and tone.
struct ThreadTable {
  std::vector<double> exponent, tone;
  ThreadTable(Rng& rng, int n) {
    for (int i = 0; i < n; ++i) {
      exponent.push_back(rng.uniform(0.35, 0.75));
      tone.push_back(1.0 + 0.03 * rng.normal());
    }
  }
  int at(int i) const { const int n = int(tone.size()); return ((i % n) + n) % n; }
};

// Plain weave: warp (vertical) and weft (horizontal) threads alternate over/under, so
// each thread's height undulates along it and the higher one is what the camera sees.
cv::Mat wovenFabric(Rng& rng, int size) {
  const double period = threadPeriod(size);
  const double angle = rng.uniform(-0.01, 0.01), ca = std::cos(angle), sa = std::sin(angle);
  const double dx = rng.uniform(0, 2 * period) + 4 * period, dy = rng.uniform(0, 2 * period) + 4 * period;
  const double waveAmp = rng.uniform(0.03, 0.08), wavePhase = rng.uniform(0, 2 * kPi);
  const ThreadTable warp(rng, 64), weft(rng, 64);
  // Fibres run along each thread: noise smeared along y for warp, along x for weft.
  cv::Mat fibreV, fibreH, raw = normalNoise(rng, size, CV_32FC1);
  cv::blur(raw, fibreV, cv::Size(1, 7));
  cv::blur(raw, fibreH, cv::Size(7, 1));
  const cv::Vec3f warpColour(166, 194, 212), weftColour(154, 184, 204);  // beige, BGR

  cv::Mat fabric(size, size, CV_32FC3);
  for (int y = 0; y < size; ++y) {
    for (int x = 0; x < size; ++x) {
      const double xr = x * ca - y * sa + dx, yr = x * sa + y * ca + dy;
      const double u = xr / period + waveAmp * std::sin(2 * kPi * yr / (7.3 * period) + wavePhase);
      const double v = yr / period + waveAmp * std::sin(2 * kPi * xr / (9.1 * period) - wavePhase);
      const int i = int(std::floor(u)), j = int(std::floor(v));
      const int wi = warp.at(i), fj = weft.at(j);
      const double warpUp = 0.5 + 0.5 * std::cos(kPi * (v - 0.5 - i));  // 1 where warp is over
      const double weftUp = 0.5 - 0.5 * std::cos(kPi * (u - 0.5 - j));  // 1 where weft is over
      const double hw = std::pow(std::sin(kPi * (u - i)), warp.exponent[wi]) * (0.35 + 0.65 * warpUp);
      const double hf = std::pow(std::sin(kPi * (v - j)), weft.exponent[fj]) * (0.35 + 0.65 * weftUp);
      const bool warpOnTop = hw >= hf;
      const double fibre = 0.12 * (warpOnTop ? fibreV.at<float>(y, x) : fibreH.at<float>(y, x));
      const double shade = (0.42 + 0.62 * std::max(hw, hf)) * (1.0 + fibre);
      fabric.at<cv::Vec3f>(y, x) = warpOnTop ? warpColour * float(shade * warp.tone[wi])
                                             : weftColour * float(shade * weft.tone[fj]);
    }
  }
  return fabric;
}

// Camera effects that differ from shot to shot: exposure, a smooth lighting gradient and
// sensor noise. Without them a detector could memorise one exact image.
cv::Mat defectFreeImage(Rng& rng, int size) {
  cv::Mat image = wovenFabric(rng, size);
  const double gain = rng.uniform(0.93, 1.07), slope = rng.uniform(0.05, 0.16);
  const double dir = rng.uniform(0, 2 * kPi), cx = std::cos(dir), cy = std::sin(dir);
  for (int y = 0; y < size; ++y) {
    for (int x = 0; x < size; ++x) {
      const double t = ((x - size / 2.0) * cx + (y - size / 2.0) * cy) / size;
      image.at<cv::Vec3f>(y, x) *= float(gain * (1.0 + slope * t));
    }
  }
  image += 2.2 * normalNoise(rng, size, CV_32FC3);
  cv::Mat image8;
  image.convertTo(image8, CV_8UC3);
  return image8;
}

cv::Point2d randomCentre(Rng& rng, int size) {
  return {rng.uniform(0.3, 0.7) * size, rng.uniform(0.3, 0.7) * size};
}

// A defect is a float image of the whole surface with the defect painted everywhere it
// should appear, plus the mask; only mask pixels are later copied into the sample.
struct Defect {
  cv::Mat changed;  // CV_32FC3
  cv::Mat mask;     // CV_8UC1, 0/255
};

// A slightly bowed line, bright (reflecting) or dark (dirt in the groove), fading at its ends.
Defect scratch(Rng& rng, const cv::Mat& base) {
  const int size = base.rows;
  const cv::Point2d c = randomCentre(rng, size);
  const double len = rng.uniform(0.25, 0.55) * size, angle = rng.uniform(0, kPi);
  const cv::Point2d d(std::cos(angle), std::sin(angle)), n(-d.y, d.x);
  const cv::Point2d a = c - d * (len / 2), b = c + d * (len / 2), ctrl = c + n * (rng.uniform(-0.08, 0.08) * len);
  std::vector<cv::Point> curve;
  for (int k = 0; k <= 32; ++k) {  // quadratic Bezier
    const double t = k / 32.0;
    const cv::Point2d p = (1 - t) * (1 - t) * a + 2 * (1 - t) * t * ctrl + t * t * b;
    curve.emplace_back(cvRound(p.x), cvRound(p.y));
  }
  Defect defect{cv::Mat(), cv::Mat::zeros(size, size, CV_8UC1)};
  const int thickness = std::max(1, cvRound(rng.uniform(1.6, 2.6) * size / 256.0));
  cv::polylines(defect.mask, curve, false, cv::Scalar(255), thickness, cv::LINE_8);
  const float target = rng.chance(0.6) ? 246.0f : 52.0f;
  base.convertTo(defect.changed, CV_32FC3);
  for (int y = 0; y < size; ++y) {
    for (int x = 0; x < size; ++x) {
      const double t = std::clamp((cv::Point2d(x, y) - a).dot(d) / len, 0.0, 1.0);
      const float alpha = float(0.55 + 0.4 * std::sin(kPi * t) + 0.05 * rng.normal());
      cv::Vec3f& p = defect.changed.at<cv::Vec3f>(y, x);
      p += alpha * (cv::Vec3f::all(target) - p);
    }
  }
  return defect;
}

// Irregular outline: a circle whose radius is modulated by a few random harmonics.
std::vector<cv::Point> blobOutline(Rng& rng, cv::Point2d centre, double radius) {
  double amp[5], phase[5];
  for (int h = 0; h < 5; ++h) { amp[h] = rng.uniform(0.0, 0.28 / (h + 1)); phase[h] = rng.uniform(0, 2 * kPi); }
  std::vector<cv::Point> outline;
  for (int k = 0; k < 90; ++k) {
    const double t = 2 * kPi * k / 90;
    double r = 1.0;
    for (int h = 0; h < 5; ++h) r += amp[h] * std::sin((h + 2) * t + phase[h]);
    outline.emplace_back(cvRound(centre.x + radius * r * std::cos(t)), cvRound(centre.y + radius * r * std::sin(t)));
  }
  return outline;
}

// Low-frequency noise with unit spread: liquid soaks in unevenly.
cv::Mat mottle(Rng& rng, int size, double sigma) {
  cv::Mat field;
  cv::GaussianBlur(normalNoise(rng, size, CV_32FC1), field, cv::Size(), sigma);
  cv::Scalar mean, stddev;
  cv::meanStdDev(field, mean, stddev);
  return (field - mean[0]) / std::max(1e-6, stddev[0]);
}

// A soaked-in liquid: soft-edged, tinted, uneven, darker at the dried rim (tide line).
Defect stain(Rng& rng, const cv::Mat& base) {
  const int size = base.rows;
  const double radius = size * std::sqrt(rng.uniform(0.008, 0.03) / kPi);
  cv::Mat shape = cv::Mat::zeros(size, size, CV_32FC1), alpha;
  cv::fillPoly(shape, std::vector<std::vector<cv::Point>>{blobOutline(rng, randomCentre(rng, size), radius)}, cv::Scalar(1.0));
  cv::GaussianBlur(shape, alpha, cv::Size(), radius * 0.2);
  const cv::Mat density = mottle(rng, size, radius * 0.3);
  static const cv::Vec3f kTints[] = {{0.62f, 0.72f, 0.80f}, {0.66f, 0.68f, 0.68f}, {0.56f, 0.74f, 0.82f}};  // coffee, oil, rust
  const cv::Vec3f tint = kTints[rng.uniformInt(0, 2)];
  const float rim = float(rng.uniform(0.2, 0.45));
  Defect defect{cv::Mat(), cv::Mat()};
  base.convertTo(defect.changed, CV_32FC3);
  for (int y = 0; y < size; ++y) {
    for (int x = 0; x < size; ++x) {
      const float a = alpha.at<float>(y, x), uneven = 0.85f + 0.15f * density.at<float>(y, x);
      const float strength = std::clamp((a + rim * 4 * a * (1 - a)) * uneven, 0.0f, 1.0f);
      cv::Vec3f& p = defect.changed.at<cv::Vec3f>(y, x);
      for (int ch = 0; ch < 3; ++ch) p[ch] *= 1.0f - strength * (1.0f - tint[ch]);
    }
  }
  defect.mask = alpha >= 0.3f;  // where the tint is strong enough to see
  return defect;
}

// Random walk with slowly turning heading: the natural look of a crack line.
void crackWalk(Rng& rng, cv::Mat& mask, cv::Point2d p, double heading, double length, int thickness, int depth) {
  const double step = std::max(1.5, mask.rows / 96.0);
  for (double walked = 0; walked < length; walked += step) {
    heading += 0.25 * rng.normal();
    const cv::Point2d next = p + cv::Point2d(std::cos(heading), std::sin(heading)) * step;
    cv::line(mask, cv::Point(cvRound(p.x), cvRound(p.y)), cv::Point(cvRound(next.x), cvRound(next.y)), cv::Scalar(255), thickness, cv::LINE_8);
    p = next;
    if (depth < 2 && rng.chance(0.04)) {
      const double side = rng.chance(0.5) ? 1 : -1;
      crackWalk(rng, mask, p, heading + side * rng.uniform(0.4, 1.1), (length - walked) * rng.uniform(0.3, 0.7), std::max(1, thickness - 1), depth + 1);
    }
  }
}

// Two arms from a common origin keep the crack inside the image; the crack reads as a
// deep, nearly black fissure.
Defect crack(Rng& rng, const cv::Mat& base) {
  const int size = base.rows;
  Defect defect{cv::Mat(), cv::Mat::zeros(size, size, CV_8UC1)};
  const cv::Point2d origin = randomCentre(rng, size);
  const double heading = rng.uniform(0, 2 * kPi);
  const int thickness = size >= 192 ? 2 : 1;
  crackWalk(rng, defect.mask, origin, heading, rng.uniform(0.15, 0.28) * size, thickness, 0);
  crackWalk(rng, defect.mask, origin, heading + kPi, rng.uniform(0.15, 0.28) * size, thickness, 0);
  base.convertTo(defect.changed, CV_32FC3);
  const float darkness = float(rng.uniform(0.2, 0.35));
  defect.changed *= darkness;
  defect.changed += cv::Scalar::all(6.0);
  defect.changed += 3.0 * normalNoise(rng, size, CV_32FC3);
  return defect;
}

// Threads are absent: the duller backing shows through as a flat area that still follows
// the lighting of the shot (a wide box blur removes the weave but keeps the gradient).
Defect missingPattern(Rng& rng, const cv::Mat& base) {
  const int size = base.rows;
  const cv::Point2d c = randomCentre(rng, size);
  const double area = rng.uniform(0.012, 0.032) * size * size, aspect = rng.uniform(0.5, 2.0);
  const double w = std::sqrt(area * aspect), h = area / w, angle = rng.uniform(-0.35, 0.35);
  const double jitter = rng.chance(0.5) ? 0.03 : 0.09;  // neat cut-out or ragged hole
  const cv::Point2d d(std::cos(angle), std::sin(angle)), n(-d.y, d.x);
  std::vector<cv::Point> outline;
  for (int k = 0; k < 16; ++k) {  // walk the rectangle border, jittering each vertex
    const int edge = k / 4;
    const double t = (k % 4) / 4.0, s = edge < 2 ? t : 1 - t;
    const double ex = (edge == 0 || edge == 2) ? s - 0.5 : (edge == 1 ? 0.5 : -0.5);
    const double ey = (edge == 1 || edge == 3) ? s - 0.5 : (edge == 0 ? -0.5 : 0.5);
    const double jx = jitter * rng.normal() * std::min(w, h), jy = jitter * rng.normal() * std::min(w, h);
    const cv::Point2d p = c + d * (ex * w + jx) + n * (ey * h + jy);
    outline.emplace_back(cvRound(p.x), cvRound(p.y));
  }
  Defect defect{cv::Mat(), cv::Mat::zeros(size, size, CV_8UC1)};
  cv::fillPoly(defect.mask, std::vector<std::vector<cv::Point>>{outline}, cv::Scalar(255));
  const int k = 2 * int(std::ceil(threadPeriod(size))) + 1;
  base.convertTo(defect.changed, CV_32FC3);
  cv::blur(defect.changed, defect.changed, cv::Size(k, k), cv::Point(-1, -1), cv::BORDER_REFLECT);
  defect.changed *= rng.uniform(0.74, 0.84);
  defect.changed += 3.0 * normalNoise(rng, size, CV_32FC3);
  return defect;
}

void ensureFolder(const QString& path) {
  if (!QDir().mkpath(path))
    throw Error(QCoreApplication::translate("DemoDataGenerator", "Cannot create the folder %1.").arg(QDir::toNativeSeparators(path)));
}

void writePng(const QString& path, const cv::Mat& image) {
  bool ok = false;
  try {
    ok = cv::imwrite(QFile::encodeName(path).toStdString(), image);
  } catch (const cv::Exception&) {
    ok = false;  // reported below with the path, which OpenCV's message lacks
  }
  if (!ok) throw Error(QCoreApplication::translate("DemoDataGenerator", "Cannot write the image %1.").arg(QDir::toNativeSeparators(path)));
}

// A small spot of a given extent (DemoDataOptions::defectPixels) anywhere on the surface: dirt or a
// pit, dark or bright, an ellipse 0.6–1× that size across.
Defect spot(Rng& rng, const cv::Mat& base, int pixels) {
  const int size = base.rows;
  const cv::Point centre(cvRound(rng.uniform(0.1, 0.9) * size), cvRound(rng.uniform(0.1, 0.9) * size));
  const cv::Size axes(std::max(1, cvRound(rng.uniform(0.3, 0.5) * pixels)), std::max(1, cvRound(rng.uniform(0.3, 0.5) * pixels)));
  Defect defect{cv::Mat(), cv::Mat::zeros(size, size, CV_8UC1)};
  cv::ellipse(defect.mask, centre, axes, rng.uniform(0, 180), 0, 360, cv::Scalar(255), cv::FILLED);
  const double target = rng.chance(0.5) ? 240.0 : 30.0;
  base.convertTo(defect.changed, CV_32FC3, 0.15, 0.85 * target);
  return defect;
}

QString number(int n) { return QStringLiteral("%1").arg(n, 3, 10, QLatin1Char('0')); }

}  // namespace

DemoDataGenerator::DemoDataGenerator(DemoDataOptions options) : options_(options) {
  if (options_.size < 32) throw Error(QCoreApplication::translate("DemoDataGenerator", "The demo image size must be at least 32 pixels."));
  if (options_.train < 0 || options_.testGood < 0 || options_.testDefect < 0 || options_.defectPixels < 0)
    throw Error(QCoreApplication::translate("DemoDataGenerator", "The number of demo images cannot be negative."));
}

QStringList DemoDataGenerator::defectTypes() {
  return {QStringLiteral("scratch"), QStringLiteral("stain"), QStringLiteral("crack"), QStringLiteral("missing_pattern")};
}

DemoSample DemoDataGenerator::trainSample(int index) const {
  Rng rng = sampleRng(options_.seed, kTrain, index);
  return {defectFreeImage(rng, options_.size), cv::Mat::zeros(options_.size, options_.size, CV_8UC1), QStringLiteral("good")};
}

DemoSample DemoDataGenerator::testGoodSample(int index) const {
  Rng rng = sampleRng(options_.seed, kTestGood, index);
  return {defectFreeImage(rng, options_.size), cv::Mat::zeros(options_.size, options_.size, CV_8UC1), QStringLiteral("good")};
}

DemoSample DemoDataGenerator::testDefectSample(int index, cv::Mat* defectFreeBase) const {
  Rng rng = sampleRng(options_.seed, kTestDefect, index);
  const cv::Mat base = defectFreeImage(rng, options_.size);
  const int kind = ((index % 4) + 4) % 4;
  Defect defect = options_.defectPixels > 0 ? spot(rng, base, options_.defectPixels)
                  : kind == 0               ? scratch(rng, base)
                  : kind == 1               ? stain(rng, base)
                  : kind == 2               ? crack(rng, base)
                                            : missingPattern(rng, base);
  DemoSample sample{base.clone(), defect.mask, options_.defectPixels > 0 ? QStringLiteral("spot") : defectTypes().at(kind)};
  cv::Mat changed8;
  defect.changed.convertTo(changed8, CV_8UC3);
  changed8.copyTo(sample.image, defect.mask);  // hard mask: outside pixels stay the base
  if (defectFreeBase) *defectFreeBase = base;
  return sample;
}

void DemoDataGenerator::write(const QString& outDir, const std::function<void(int, int)>& progress) const {
  const QDir root(outDir);
  const int total = options_.train + options_.testGood + 2 * options_.testDefect;
  int done = 0;
  auto save = [&](const QString& relative, const cv::Mat& image) {
    writePng(root.filePath(relative), image);
    if (progress) progress(++done, total);
  };
  ensureFolder(root.filePath(QStringLiteral("train/good")));
  for (int i = 0; i < options_.train; ++i) save(QStringLiteral("train/good/%1.png").arg(number(i)), trainSample(i).image);
  ensureFolder(root.filePath(QStringLiteral("test/good")));
  for (int i = 0; i < options_.testGood; ++i) save(QStringLiteral("test/good/%1.png").arg(number(i)), testGoodSample(i).image);
  QSet<QString> folders;
  std::map<QString, int> numbered;  // per type, from 000
  for (int i = 0; i < options_.testDefect; ++i) {
    const DemoSample sample = testDefectSample(i);
    if (!folders.contains(sample.defectType)) {
      ensureFolder(root.filePath(QStringLiteral("test/") + sample.defectType));
      ensureFolder(root.filePath(QStringLiteral("ground_truth/") + sample.defectType));
      folders.insert(sample.defectType);
    }
    const QString n = number(numbered[sample.defectType]++);
    save(QStringLiteral("test/%1/%2.png").arg(sample.defectType, n), sample.image);
    save(QStringLiteral("ground_truth/%1/%2_mask.png").arg(sample.defectType, n), sample.mask);
  }
}

}  // namespace ds
