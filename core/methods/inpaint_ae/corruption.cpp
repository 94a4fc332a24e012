#include "core/methods/inpaint_ae/corruption.h"

#include <QCoreApplication>
#include <QStringList>
#include <algorithm>
#include <cmath>
#include <opencv2/imgproc.hpp>

#include "core/error.h"

namespace ds::inpaint {
namespace {

double uniform(std::mt19937_64& rng, double lo, double hi) { return std::uniform_real_distribution<double>(lo, hi)(rng); }
int uniformInt(std::mt19937_64& rng, int lo, int hi) { return std::uniform_int_distribution<int>(lo, hi)(rng); }

cv::Mat noise(int side, std::mt19937_64& rng, double lo, double hi) {
  cv::Mat m(side, side, CV_32FC1);
  for (int y = 0; y < side; ++y) {
    auto* row = m.ptr<float>(y);
    for (int x = 0; x < side; ++x) row[x] = static_cast<float>(uniform(rng, lo, hi));
  }
  return m;
}

}  // namespace

CorruptionGenerator::CorruptionGenerator(CorruptionOptions options) : options_(std::move(options)) {
  if (options_.kinds.empty()) options_.kinds = {CorruptionKind::Elastic};
}

cv::Mat CorruptionGenerator::shapeMask(int side, std::mt19937_64& rng) {
  // Low-frequency noise plus a bump at the centre, thresholded: an irregular blob inside the patch.
  cv::Mat field = noise(side, rng, -1.0, 1.0);
  cv::GaussianBlur(field, field, cv::Size(), std::max(1.0, side / 6.0), 0, cv::BORDER_REFLECT_101);
  double lo = 0, hi = 0;
  cv::minMaxLoc(field, &lo, &hi);
  field = (field - lo) / std::max(hi - lo, 1e-6);
  const float c = 0.5f * static_cast<float>(side - 1);
  for (int y = 0; y < side; ++y) {
    auto* row = field.ptr<float>(y);
    for (int x = 0; x < side; ++x) {
      const float r = std::hypot(static_cast<float>(x) - c, static_cast<float>(y) - c) / (0.5f * side);
      row[x] = 0.5f * row[x] + (1.0f - r);
    }
  }
  cv::Mat shape;
  cv::threshold(field, shape, 0.55, 1.0, cv::THRESH_BINARY);
  // Soft edges so the patch is glued in without a seam; the border stays exactly zero afterwards.
  const double edge = std::max(0.5, side / 24.0);
  cv::GaussianBlur(shape, shape, cv::Size(), edge, 0, cv::BORDER_CONSTANT);
  cv::min(shape, 1.0, shape);  // the kernel's rounding can step just past 1
  const int border = std::max(1, static_cast<int>(std::ceil(2 * edge)));
  if (side > 2 * border) {
    cv::Mat frame = cv::Mat::zeros(side, side, CV_32FC1);
    frame(cv::Rect(border, border, side - 2 * border, side - 2 * border)).setTo(1.0f);
    shape = shape.mul(frame);
  } else {
    shape.setTo(0.0f);
  }
  if (cv::countNonZero(shape) == 0) {  // tiny patches: a centred disc
    cv::circle(shape, cv::Point(side / 2, side / 2), std::max(0, side / 2 - 1), cv::Scalar(1.0), cv::FILLED);
    shape.row(0).setTo(0.0f);
    shape.row(side - 1).setTo(0.0f);
    shape.col(0).setTo(0.0f);
    shape.col(side - 1).setTo(0.0f);
  }
  return shape;
}

cv::Mat CorruptionGenerator::elastic(const cv::Mat& patch, std::mt19937_64& rng) const {
  const int side = patch.rows;
  const double sigma = std::max(1.0, options_.elasticSigma * side);
  const double alpha = options_.elasticAlpha * side;
  cv::Mat dx = noise(side, rng, -1.0, 1.0), dy = noise(side, rng, -1.0, 1.0);
  cv::GaussianBlur(dx, dx, cv::Size(), sigma, 0, cv::BORDER_REFLECT_101);
  cv::GaussianBlur(dy, dy, cv::Size(), sigma, 0, cv::BORDER_REFLECT_101);
  // Smoothing shrinks the field; rescale so the largest displacement is alpha pixels.
  double lo = 0, hi = 0, lo2 = 0, hi2 = 0;
  cv::minMaxLoc(dx, &lo, &hi);
  cv::minMaxLoc(dy, &lo2, &hi2);
  const double scale = alpha / std::max({std::abs(lo), std::abs(hi), std::abs(lo2), std::abs(hi2), 1e-6});
  cv::Mat mapX(side, side, CV_32FC1), mapY(side, side, CV_32FC1);
  for (int y = 0; y < side; ++y)
    for (int x = 0; x < side; ++x) {
      mapX.at<float>(y, x) = static_cast<float>(x + scale * dx.at<float>(y, x));
      mapY.at<float>(y, x) = static_cast<float>(y + scale * dy.at<float>(y, x));
    }
  cv::Mat out;
  cv::remap(patch, out, mapX, mapY, cv::INTER_LINEAR, cv::BORDER_REFLECT_101);
  return out;
}

Corruption CorruptionGenerator::apply(const cv::Mat& image, const cv::Mat& other, std::mt19937_64& rng) const {
  CV_Assert(image.type() == CV_32FC3);
  const int h = image.rows, w = image.cols;
  const int shortSide = std::min(h, w);
  // The patch side bounds the corrupted area: |S| ≤ side² ≤ maxArea·N.
  const int areaBound = static_cast<int>(std::floor(std::sqrt(options_.maxArea * h * w)));
  const int hiSide = std::max(3, std::min({shortSide, areaBound, static_cast<int>(options_.maxPatch * shortSide)}));
  const int loSide = std::clamp(static_cast<int>(options_.minPatch * shortSide), 3, hiSide);
  const int side = std::min(uniformInt(rng, loSide, hiSide), shortSide);
  const cv::Rect patch(uniformInt(rng, 0, w - side), uniformInt(rng, 0, h - side), side, side);

  Corruption out;
  out.kind = options_.kinds[static_cast<std::size_t>(uniformInt(rng, 0, static_cast<int>(options_.kinds.size()) - 1))];
  out.patch = patch;
  const cv::Mat x1 = image(patch);
  cv::Mat x3;
  switch (out.kind) {
    case CorruptionKind::Elastic:
      x3 = elastic(x1, rng);
      break;
    case CorruptionKind::Occlusion: {
      const cv::Mat& source = other.empty() || other.size() != image.size() ? image : other;
      const cv::Rect from(uniformInt(rng, 0, w - side), uniformInt(rng, 0, h - side), side, side);
      x3 = source(from).clone();
      break;
    }
    case CorruptionKind::Rotation: {
      const double angle = uniform(rng, 30.0, 330.0);
      const cv::Mat r = cv::getRotationMatrix2D(cv::Point2f(0.5f * (side - 1), 0.5f * (side - 1)), angle, 1.0);
      cv::warpAffine(x1, x3, r, x1.size(), cv::INTER_LINEAR, cv::BORDER_REFLECT_101);
      break;
    }
  }
  if (options_.brightness > 0) {
    const double gain = 1.0 + uniform(rng, -options_.brightness, options_.brightness);
    x3.convertTo(x3, CV_32FC3, gain);
    cv::min(cv::max(x3, 0.0), 1.0, x3);
  }

  // X4 = X2⊙X3 + (1−X2)⊙X1 (Fig. 5); where X2 = 0 this is X1 bit for bit.
  const cv::Mat x2 = shapeMask(side, rng);
  cv::Mat x2c;
  cv::merge(std::vector<cv::Mat>{x2, x2, x2}, x2c);
  cv::Mat x4 = x2c.mul(x3) + (cv::Scalar::all(1.0) - x2c).mul(x1);
  cv::min(cv::max(x4, 0.0), 1.0, x4);  // rounding may step past 1; X1 itself is unchanged by this
  out.image = image.clone();
  x4.copyTo(out.image(patch));
  out.mask = cv::Mat::zeros(h, w, CV_32FC1);
  x2.copyTo(out.mask(patch));
  return out;
}

std::vector<CorruptionKind> parseCorruptionKinds(const QString& commaSeparated) {
  std::vector<CorruptionKind> kinds;
  for (const QString& raw : commaSeparated.split(QLatin1Char(','), Qt::SkipEmptyParts)) {
    const QString name = raw.trimmed();
    if (name == QLatin1String("elastic")) kinds.push_back(CorruptionKind::Elastic);
    else if (name == QLatin1String("occlusion")) kinds.push_back(CorruptionKind::Occlusion);
    else if (name == QLatin1String("rotation")) kinds.push_back(CorruptionKind::Rotation);
    else
      throw Error(QCoreApplication::translate("InpaintAE", "setting corruptions: unknown corruption \"%1\" (use elastic, occlusion, rotation, comma-separated)")
                      .arg(name));
  }
  if (kinds.empty()) throw Error(QCoreApplication::translate("InpaintAE", "corruptions: name at least one of elastic, occlusion, rotation"));
  return kinds;
}

}  // namespace ds::inpaint
