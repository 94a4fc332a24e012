#pragma once

#include <QString>
#include <opencv2/core.hpp>
#include <random>
#include <vector>

namespace ds::inpaint {

// How the corrupted patch X3 is made from the original patch X1 (paper §3.2, Fig. 5).
enum class CorruptionKind {
  Elastic,    // X1 under a random Gaussian-smoothed displacement field (the paper's choice)
  Occlusion,  // content of another training image under a random shape (for object-like data)
  Rotation,   // X1 rotated by a random angle about the patch centre (misplaced parts of objects)
};

struct CorruptionOptions {
  double minPatch = 0.1;        // patch side, as a fraction of the image's shorter side
  double maxPatch = 0.4;
  double maxArea = 0.15;        // bound on the corrupted area |S|/N (the paper needs it well below ½)
  double elasticAlpha = 0.15;   // largest displacement, as a fraction of the patch side
  double elasticSigma = 0.08;   // smoothing of the displacement field, as a fraction of the patch side
  double brightness = 0.2;      // largest relative brightness change of the patch; 0 = none
  std::vector<CorruptionKind> kinds{CorruptionKind::Elastic};  // alternated at random
};

struct Corruption {
  cv::Mat image;  // X̂: CV_32FC3 in [0,1]
  cv::Mat mask;   // M: CV_32FC1 in [0,1], 0 exactly where X̂ = X is guaranteed
  CorruptionKind kind = CorruptionKind::Elastic;
  cv::Rect patch;
};

// Self-supervised training inputs: a random patch of X is replaced by X4 = X2⊙X3 + (1−X2)⊙X1, where
// X2 is a smooth random shape mask that is zero on the patch border, and the global mask M is X2
// placed at the patch. Pure OpenCV, so the GUI's preview and the training loop share it.
class CorruptionGenerator {
 public:
  explicit CorruptionGenerator(CorruptionOptions options = {});
  const CorruptionOptions& options() const { return options_; }

  // image: CV_32FC3 in [0,1]. other: another training image of the same type for occlusions (when
  // empty, another place of the same image is used).
  Corruption apply(const cv::Mat& image, const cv::Mat& other, std::mt19937_64& rng) const;

  // The smooth random shape X2 on a side×side patch: values in [0,1], zero on the border rows and
  // columns, nonzero somewhere.
  static cv::Mat shapeMask(int side, std::mt19937_64& rng);

 private:
  cv::Mat elastic(const cv::Mat& patch, std::mt19937_64& rng) const;
  CorruptionOptions options_;
};

// "elastic", "occlusion", "rotation" ↔ the kinds; throws ds::Error for an unknown name.
std::vector<CorruptionKind> parseCorruptionKinds(const QString& commaSeparated);

}  // namespace ds::inpaint
