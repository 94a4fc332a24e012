#pragma once

#include <QString>
#include <QStringList>
#include <opencv2/core.hpp>

#include <functional>

namespace ds {

// What to generate. Counts are per split; size is the square image side in pixels.
struct DemoDataOptions {
  quint32 seed = 7;
  int size = 256;
  int train = 60;
  int testGood = 20;
  int testDefect = 30;
  // > 0: every defect is a spot of at most this many pixels across (type "spot") wherever it lies,
  // however large the image; 0: the four kinds, sized with the image.
  int defectPixels = 0;
};

struct DemoSample {
  cv::Mat image;       // CV_8UC3, BGR as OpenCV writes
  cv::Mat mask;        // CV_8UC1, exactly 0 or 255, all 0 for good
  QString defectType;  // "good" or one of DemoDataGenerator::defectTypes()
};

// Deterministic synthetic inspection data: a woven fabric surface with per-image
// variation (shift, lighting, noise) and four kinds of defects with exact masks.
// The same options give byte-identical images on the same platform.
class DemoDataGenerator {
 public:
  // Throws ds::Error when the options cannot give usable images (size < 32, negative counts).
  explicit DemoDataGenerator(DemoDataOptions options = {});

  static QStringList defectTypes();  // {"scratch", "stain", "crack", "missing_pattern"}

  DemoSample trainSample(int index) const;     // defect-free
  DemoSample testGoodSample(int index) const;  // defect-free
  // Defect type = defectTypes()[index % 4] ("spot" with defectPixels). When defectFreeBase is given it receives the
  // same image before the defect was applied (every pixel outside the mask equals it).
  DemoSample testDefectSample(int index, cv::Mat* defectFreeBase = nullptr) const;

  // Writes the MVTec AD layout under outDir: train/good/NNN.png, test/good/NNN.png,
  // test/<type>/NNN.png and ground_truth/<type>/NNN_mask.png (NNN numbered per folder
  // from 000; a defect folder exists only when it gets at least one image). Throws
  // ds::Error naming the path when a folder cannot be created or a file cannot be written.
  // progress(done, total) is called after each file when given.
  void write(const QString& outDir, const std::function<void(int, int)>& progress = {}) const;

 private:
  DemoDataOptions options_;
};

}  // namespace ds
