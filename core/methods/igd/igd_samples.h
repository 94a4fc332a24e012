#pragma once

#include <random>
#include <torch/types.h>
#include <vector>

// What one IGD model trains on: whole images (global model) or patches of them (local model).
namespace ds::igd {

// The origins of patches of `size` every `stride` pixels along an extent, the last flush with its end:
// every pixel is covered. extent ≥ size.
std::vector<int64_t> patchOrigins(int64_t extent, int64_t size, int64_t stride);

struct Sample {
  int64_t image = 0, y = 0, x = 0;
  bool flip = false;  // mirrored left–right (the authors' only augmentation)
};

class SampleSet {
 public:
  // images [N,3,H,W] (normalised, on the CPU); a sample is height×width, cut at grid positions every
  // stride pixels (whole images: height = H, width = W). perImage: random grid positions per image and
  // epoch, 0 = all of them.
  SampleSet(torch::Tensor images, int64_t height, int64_t width, int64_t stride, int perImage);

  // One epoch's samples in random order, with random flips.
  std::vector<Sample> epoch(std::mt19937_64& rng) const;
  // Up to `most` unflipped samples spread over all images and positions, the same for a seed.
  std::vector<Sample> subset(int most, std::mt19937_64& rng) const;
  // The samples as a batch [B,3,height,width] on device.
  torch::Tensor gather(const std::vector<Sample>& samples, const torch::Device& device) const;

  int64_t perEpoch() const;
  int64_t height() const { return height_; }
  int64_t width() const { return width_; }

 private:
  torch::Tensor images_;
  int64_t height_, width_;
  std::vector<int64_t> ys_, xs_;
  int perImage_;
};

// Every patch of every image as a batch [N·P,3,size,size], image-major then row-major over the origins.
torch::Tensor extractPatches(const torch::Tensor& images, const std::vector<int64_t>& ys, const std::vector<int64_t>& xs, int64_t size);
// Per-patch maps [N·P,size,size] in that order back onto the images, [N,H,W], overlaps averaged.
torch::Tensor assemblePatchMaps(const torch::Tensor& patchMaps, const std::vector<int64_t>& ys, const std::vector<int64_t>& xs, int64_t height, int64_t width);

}  // namespace ds::igd
