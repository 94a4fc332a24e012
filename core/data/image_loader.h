#pragma once

#include <future>
#include <opencv2/core.hpp>
#include <vector>

#include "core/data/load_report.h"
#include "core/data/sample.h"

namespace ds {

struct LoadedImage {
  int index = -1;          // position in the loader's sample list
  cv::Mat image;           // RGB float in [0,1] (CV_32FC3) at the requested size (the crop when cropping)
  cv::Size originalSize;
  cv::Mat mask;            // CV_8UC1 0/1 at the requested size (nearest neighbour); empty without a mask
  cv::Mat originalMask;    // the mask at the original resolution, when LoadOptions::originalMasks
};

struct LoadOptions {
  cv::Size size;           // empty: keep the original size, times scale
  double scale = 1;        // a tiled model's frame (core/tiling): the original size times this
  cv::Size tile;           // a tiled model's tile: an image whose frame is smaller is refused
  cv::Size crop;           // centre region of the resized image (and mask); empty: all of it
  bool masks = false;
  bool originalMasks = false;
  int batchSize = 8;
};

// The size an image of `original` pixels is resized to: frame.size, or the original times frame.scale.
cv::Size resizedSize(cv::Size original, const LoadOptions& frame);

// A 0/1 mask at an image's original resolution brought to the model's frame, as loadSample brings a
// ground-truth mask: resized to resizedSize (nearest neighbour), centre-cropped to frame.crop.
cv::Mat toModelFrame(const cv::Mat& mask, const LoadOptions& frame);

// Decodes, checks and resizes one sample. Throws ds::Error naming the file and the problem.
LoadedImage loadSample(const Sample& sample, const LoadOptions& options);

// Delivers samples in order, batch by batch. The next batch is decoded on worker threads while the
// caller computes on the current one, so decoding and model work overlap. Files that fail to load
// are added to the report and left out of the batches.
class ImageLoader {
 public:
  ImageLoader(std::vector<Sample> samples, LoadOptions options, LoadReport& report);
  ~ImageLoader();
  ImageLoader(const ImageLoader&) = delete;
  ImageLoader& operator=(const ImageLoader&) = delete;

  // Fills batch with the next images; false once every sample was delivered or reported.
  bool next(std::vector<LoadedImage>& batch);
  // Starts again from the first sample (for methods that iterate over epochs).
  void reset();
  int sampleCount() const { return static_cast<int>(samples_.size()); }
  const std::vector<Sample>& samples() const { return samples_; }

 private:
  std::vector<LoadedImage> decodeBatch(int first) const;
  void prefetch();

  std::vector<Sample> samples_;
  LoadOptions options_;
  LoadReport& report_;
  int nextFirst_ = 0;
  std::future<std::vector<LoadedImage>> pending_;
};

}  // namespace ds
