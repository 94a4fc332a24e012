#pragma once

#include <cstdint>
#include <torch/types.h>
#include <vector>

namespace ds::semi_orthogonal {

// One Gaussian per feature-map location, fitted by streaming: sums and sums of outer products in
// double precision, so memory is O(L·k²) whatever the number of training images.
class LocationGaussians {
 public:
  // z: [N,L,k] embedded features of N images at L locations.
  void add(const torch::Tensor& z);
  // Mean and precision (C + εI)⁻¹ per location, C the unbiased covariance (as numpy.cov); via Cholesky.
  void finish(double epsilon);
  int64_t count() const { return count_; }

  // Squared Mahalanobis distances d² = (z − μ)ᵀ C⁻¹ (z − μ) (Kim et al. eq. 2), [N,L].
  torch::Tensor squaredDistances(const torch::Tensor& z) const;

  const torch::Tensor& mean() const { return mean_; }           // [L,k] float32
  const torch::Tensor& precision() const { return precision_; } // [L,k,k] float32
  // A fitted model's (count: the images it rests on).
  void set(torch::Tensor mean, torch::Tensor precision, int64_t count);

  // The streaming sums, kept after finish so that further images can be added and finish called
  // again: the result equals a fit on all the images (ModelUpdate::Exact). Saved with the model.
  struct Sums {
    torch::Tensor shift, sum, outer;  // as below; undefined when not kept
    int64_t count = 0;
  };
  Sums sums() const { return {shift_, sum_, outer_, count_}; }
  // Throws std::invalid_argument when the shapes disagree with each other or with the mean.
  void restoreSums(Sums sums);
  // Whether kept sums of these shapes (shift, sum, outer) fit the fitted mean: restoreSums' check,
  // made before their data is read.
  bool sumsFit(const std::vector<int64_t>& shift, const std::vector<int64_t>& sum, const std::vector<int64_t>& outer, int64_t count) const;

 private:
  torch::Tensor shift_;        // [1,L,k] float32: the first images' mean
  torch::Tensor sum_, outer_;  // [L,k], [L,k(k+1)/2] float64 (upper triangles), of z − shift
  int64_t count_ = 0;
  torch::Tensor mean_, precision_;
};

}  // namespace ds::semi_orthogonal
