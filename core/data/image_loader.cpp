#include "core/data/image_loader.h"

#include <QCoreApplication>
#include <QtConcurrent/QtConcurrentMap>
#include <cmath>
#include <numeric>
#include <opencv2/imgproc.hpp>
#include <optional>

#include "core/data/antialiased_resize.h"
#include "core/data/image_io.h"
#include "core/error.h"

namespace ds {

namespace {

// The centre crop of an image of the given size.
cv::Rect centreCrop(cv::Size size, cv::Size crop) {
  return {(size.width - crop.width) / 2, (size.height - crop.height) / 2, crop.width, crop.height};
}

}  // namespace

cv::Size resizedSize(cv::Size original, const LoadOptions& frame) {
  if (!frame.size.empty()) return frame.size;
  if (frame.scale == 1) return original;
  return {std::max(1, static_cast<int>(std::lround(original.width * frame.scale))),
          std::max(1, static_cast<int>(std::lround(original.height * frame.scale)))};
}

cv::Mat toModelFrame(const cv::Mat& mask, const LoadOptions& frame) {
  cv::Mat out = mask;
  const cv::Size size = resizedSize(mask.size(), frame);
  if (mask.size() != size) cv::resize(mask, out, size, 0, 0, cv::INTER_NEAREST);
  if (!frame.crop.empty()) out = out(centreCrop(out.size(), frame.crop)).clone();
  return out;
}

LoadedImage loadSample(const Sample& sample, const LoadOptions& options) {
  LoadedImage out;
  // Resized at the depth stored and converted to float after, so that 8-bit images are Pillow's pixels.
  const cv::Mat original = readImageRgbStored(sample.imagePath);
  out.originalSize = original.size();
  const cv::Size size = resizedSize(original.size(), options);
  if (size.width < options.tile.width || size.height < options.tile.height)
    throw Error(QCoreApplication::translate("ImageLoader", "%1: %2×%3 pixels (%4×%5 as tiled) is smaller than the model's %6×%7 tile")
                    .arg(sample.imagePath)
                    .arg(original.cols)
                    .arg(original.rows)
                    .arg(size.width)
                    .arg(size.height)
                    .arg(options.tile.width)
                    .arg(options.tile.height));
  out.image = toUnitRgb(size == original.size() ? original : resizeAntialiased(original, size));
  if (options.masks && !sample.maskPath.isEmpty()) {
    const cv::Mat mask = readMask(sample.maskPath, original.size());
    out.mask = toModelFrame(mask, options);
    if (options.originalMasks) out.originalMask = mask;
  }
  if (!options.crop.empty()) out.image = out.image(centreCrop(size, options.crop)).clone();
  return out;
}

ImageLoader::ImageLoader(std::vector<Sample> samples, LoadOptions options, LoadReport& report)
    : samples_(std::move(samples)), options_(options), report_(report) {
  options_.batchSize = std::max(1, options_.batchSize);
  prefetch();
}

ImageLoader::~ImageLoader() {
  if (pending_.valid()) pending_.wait();
}

std::vector<LoadedImage> ImageLoader::decodeBatch(int first) const {
  const int count = std::min(options_.batchSize, sampleCount() - first);
  std::vector<int> indices(count);
  std::iota(indices.begin(), indices.end(), first);
  const auto decoded = QtConcurrent::blockingMapped<std::vector<std::optional<LoadedImage>>>(
      indices, [this](int i) -> std::optional<LoadedImage> {
        try {
          LoadedImage image = loadSample(samples_[i], options_);
          image.index = i;
          return image;
        } catch (const Error& e) {
          report_.add(samples_[i].imagePath, e.message());
        } catch (const cv::Exception& e) {
          report_.add(samples_[i].imagePath, QString::fromStdString(e.msg));
        }
        return std::nullopt;
      });
  std::vector<LoadedImage> batch;
  for (const auto& d : decoded)
    if (d) batch.push_back(*d);
  return batch;
}

void ImageLoader::prefetch() {
  if (nextFirst_ >= sampleCount()) return;
  const int first = nextFirst_;
  nextFirst_ += options_.batchSize;
  pending_ = std::async(std::launch::async, [this, first] { return decodeBatch(first); });
}

bool ImageLoader::next(std::vector<LoadedImage>& batch) {
  // A batch whose files all failed is skipped rather than ending the iteration early.
  while (pending_.valid()) {
    batch = pending_.get();
    prefetch();
    if (!batch.empty()) return true;
  }
  batch.clear();
  return false;
}

void ImageLoader::reset() {
  if (pending_.valid()) pending_.wait();
  pending_ = {};
  nextFirst_ = 0;
  prefetch();
}

}  // namespace ds
