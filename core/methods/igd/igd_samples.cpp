#include "core/methods/igd/igd_samples.h"

#include <algorithm>
#include <torch/torch.h>

namespace ds::igd {

std::vector<int64_t> patchOrigins(int64_t extent, int64_t size, int64_t stride) {
  TORCH_CHECK(extent >= size && size > 0 && stride > 0, "patches must fit the image");
  std::vector<int64_t> origins;
  for (int64_t o = 0; o + size <= extent; o += stride) origins.push_back(o);
  if (origins.back() + size < extent) origins.push_back(extent - size);
  return origins;
}

SampleSet::SampleSet(torch::Tensor images, int64_t height, int64_t width, int64_t stride, int perImage)
    : images_(std::move(images)),
      height_(height),
      width_(width),
      ys_(patchOrigins(images_.size(2), height, stride)),
      xs_(patchOrigins(images_.size(3), width, stride)),
      perImage_(perImage) {}

int64_t SampleSet::perEpoch() const {
  const int64_t positions = static_cast<int64_t>(ys_.size() * xs_.size());
  return images_.size(0) * (perImage_ > 0 ? std::min<int64_t>(perImage_, positions) : positions);
}

std::vector<Sample> SampleSet::epoch(std::mt19937_64& rng) const {
  const int64_t positions = static_cast<int64_t>(ys_.size() * xs_.size());
  std::vector<Sample> samples;
  samples.reserve(static_cast<std::size_t>(perEpoch()));
  std::vector<int64_t> order(static_cast<std::size_t>(positions));
  for (int64_t i = 0; i < images_.size(0); ++i) {
    for (int64_t p = 0; p < positions; ++p) order[static_cast<std::size_t>(p)] = p;
    const int64_t take = perImage_ > 0 ? std::min<int64_t>(perImage_, positions) : positions;
    // Partial Fisher–Yates: `take` distinct positions.
    for (int64_t k = 0; k < take && perImage_ > 0; ++k)
      std::swap(order[static_cast<std::size_t>(k)], order[static_cast<std::size_t>(k + static_cast<int64_t>(rng() % static_cast<quint64>(positions - k)))]);
    for (int64_t k = 0; k < take; ++k) {
      const int64_t p = order[static_cast<std::size_t>(k)];
      samples.push_back({i, ys_[static_cast<std::size_t>(p / static_cast<int64_t>(xs_.size()))], xs_[static_cast<std::size_t>(p % static_cast<int64_t>(xs_.size()))], false});
    }
  }
  std::shuffle(samples.begin(), samples.end(), rng);
  for (Sample& s : samples) s.flip = rng() & 1;
  return samples;
}

std::vector<Sample> SampleSet::subset(int most, std::mt19937_64& rng) const {
  std::vector<Sample> all;
  for (int64_t i = 0; i < images_.size(0); ++i)
    for (int64_t y : ys_)
      for (int64_t x : xs_) all.push_back({i, y, x, false});
  if (static_cast<int64_t>(all.size()) <= most) return all;
  std::shuffle(all.begin(), all.end(), rng);
  all.resize(static_cast<std::size_t>(most));
  return all;
}

torch::Tensor SampleSet::gather(const std::vector<Sample>& samples, const torch::Device& device) const {
  std::vector<torch::Tensor> parts;
  parts.reserve(samples.size());
  for (const Sample& s : samples) {
    torch::Tensor t = images_[s.image].slice(1, s.y, s.y + height_).slice(2, s.x, s.x + width_);
    parts.push_back(s.flip ? t.flip({2}) : t);
  }
  return torch::stack(parts).to(device);
}

torch::Tensor extractPatches(const torch::Tensor& images, const std::vector<int64_t>& ys, const std::vector<int64_t>& xs, int64_t size) {
  std::vector<torch::Tensor> parts;
  for (int64_t i = 0; i < images.size(0); ++i)
    for (int64_t y : ys)
      for (int64_t x : xs) parts.push_back(images[i].slice(1, y, y + size).slice(2, x, x + size));
  return torch::stack(parts);
}

torch::Tensor assemblePatchMaps(const torch::Tensor& patchMaps, const std::vector<int64_t>& ys, const std::vector<int64_t>& xs, int64_t height, int64_t width) {
  const int64_t size = patchMaps.size(1), perImage = static_cast<int64_t>(ys.size() * xs.size());
  const int64_t n = patchMaps.size(0) / perImage;
  torch::Tensor sum = torch::zeros({n, height, width}, patchMaps.options());
  torch::Tensor count = torch::zeros({height, width}, patchMaps.options());
  for (int64_t y : ys)
    for (int64_t x : xs) count.slice(0, y, y + size).slice(1, x, x + size) += 1;
  int64_t p = 0;
  for (int64_t i = 0; i < n; ++i)
    for (int64_t y : ys)
      for (int64_t x : xs) sum[i].slice(0, y, y + size).slice(1, x, x + size) += patchMaps[p++];
  return sum / count;
}

}  // namespace ds::igd
