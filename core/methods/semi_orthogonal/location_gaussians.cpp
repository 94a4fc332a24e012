#include "core/methods/semi_orthogonal/location_gaussians.h"

#include <ATen/Parallel.h>
#include <QCoreApplication>
#include <algorithm>
#include <vector>

#include "core/error.h"
#include "core/runtime/vector_clones.h"

namespace ds::semi_orthogonal {
namespace {
// Locations per block of double-precision work (inversion; products on other devices): about 32 MB of
// k×k doubles per temporary, so the temporaries stay small next to the sums whatever k is.
int64_t blockOf(int64_t k) { return std::max<int64_t>(1, (4 << 20) / (k * k)); }

// Positions of the upper triangle (i ≤ j) in a flattened k×k matrix: the outer-product sums are
// symmetric, so only these k(k+1)/2 entries are kept, halving the largest buffer of the fit.
torch::Tensor upperIndex(int64_t k) {
  const torch::Tensor rc = torch::triu_indices(k, k, 0, torch::TensorOptions().dtype(torch::kLong));
  return rc[0] * k + rc[1];
}

// For each entry of a flattened k×k matrix, its position among the packed upper-triangle entries.
torch::Tensor unpackIndex(int64_t k) {
  const torch::Tensor packed = torch::full({k * k}, -1, torch::kLong);
  packed.index_put_({upperIndex(k)}, torch::arange(k * (k + 1) / 2, torch::kLong));
  const torch::Tensor square = packed.view({k, k});
  return torch::max(square, square.t()).flatten();
}

// The per-location products are k×k×N with N a batch of 8: far too small for a BLAS call each
// (measured 8 GFLOP/s through bmm, most of it call overhead), so these loops do them directly,
// locations split across threads (DS_VECTOR_CLONES: AVX2+FMA where the CPU has it).

// outer[l] += Σₙ zₙₗ zₙₗᵀ for l in [begin,end), upper triangles packed by rows, in double;
// z: [N,L,k] float. Four images per pass, so each load of a sum serves four products.
DS_VECTOR_CLONES void addOuterProducts(const float* z, int64_t n, int64_t locations, int64_t k, double* outer,
                                       int64_t begin, int64_t end) {
  const int64_t packed = k * (k + 1) / 2;
  std::vector<double> v(4 * static_cast<size_t>(k));
  for (int64_t l = begin; l < end; ++l) {
    for (int64_t first = 0; first < n; first += 4) {
      std::fill(v.begin(), v.end(), 0.0);  // images past the batch's end count as zero vectors
      for (int64_t c = 0; c < std::min<int64_t>(4, n - first); ++c)
        std::copy_n(z + ((first + c) * locations + l) * k, k, v.begin() + c * k);
      const double *v0 = v.data(), *v1 = v0 + k, *v2 = v1 + k, *v3 = v2 + k;
      double* row = outer + l * packed;
      for (int64_t i = 0; i < k; ++i) {
        const double a0 = v0[i], a1 = v1[i], a2 = v2[i], a3 = v3[i];
        for (int64_t j = i; j < k; ++j) row[j - i] += a0 * v0[j] + a1 * v1[j] + a2 * v2[j] + a3 * v3[j];
        row += k - i;
      }
    }
  }
}

// d²[n,l] = (zₙₗ − μₗ)ᵀ Pₗ (zₙₗ − μₗ) for l in [begin,end). z: [N,L,k], mean: [L,k], precision: [L,k,k],
// d2: [N,L]; float.
DS_VECTOR_CLONES void mahalanobisSquared(const float* z, const float* mean, const float* precision, int64_t n,
                                       int64_t locations, int64_t k, float* d2, int64_t begin, int64_t end) {
  std::vector<float> diff(static_cast<size_t>(n * k)), y(static_cast<size_t>(n * k));
  for (int64_t l = begin; l < end; ++l) {
    for (int64_t m = 0; m < n; ++m)
      for (int64_t i = 0; i < k; ++i) diff[m * k + i] = z[(m * locations + l) * k + i] - mean[l * k + i];
    std::fill(y.begin(), y.end(), 0.0f);
    const float* p = precision + l * k * k;
    for (int64_t j = 0; j < k; ++j)  // y = P·diff, one row of the symmetric P at a time
      for (int64_t m = 0; m < n; ++m) {
        const float dj = diff[m * k + j];
        float* __restrict ym = y.data() + m * k;
        const float* __restrict pj = p + j * k;
        for (int64_t i = 0; i < k; ++i) ym[i] += dj * pj[i];
      }
    for (int64_t m = 0; m < n; ++m) {
      float sum = 0;
      for (int64_t i = 0; i < k; ++i) sum += y[m * k + i] * diff[m * k + i];
      d2[m * locations + l] = sum;
    }
  }
}

}  // namespace

void LocationGaussians::add(const torch::Tensor& z) {
  const int64_t locations = z.size(1), k = z.size(2);
  if (!sum_.defined()) {
    const auto f64 = z.options().dtype(torch::kFloat64);
    sum_ = torch::zeros({locations, k}, f64);
    outer_ = torch::zeros({locations, k * (k + 1) / 2}, f64);
    shift_ = z.to(torch::kFloat32).mean(0, true);
  }
  // Sums of shifted data (z − the first images' mean): the covariance is shift-invariant, and without
  // a large mean Σzzᵀ − Nμμᵀ cancels away the products' precision.
  const torch::Tensor zc = (z.to(torch::kFloat32) - shift_).contiguous();
  sum_ += zc.sum(0).to(torch::kFloat64);
  if (zc.is_cpu()) {
    const float* zp = zc.data_ptr<float>();
    double* outer = outer_.data_ptr<double>();
    at::parallel_for(0, locations, 32, [&](int64_t begin, int64_t end) {
      addOuterProducts(zp, zc.size(0), locations, k, outer, begin, end);
    });
  } else {
    const torch::Tensor upper = upperIndex(k).to(zc.device());
    const torch::Tensor rows = zc.transpose(0, 1);  // [L,N,k]
    const int64_t step = blockOf(k);
    for (int64_t b = 0; b < locations; b += step) {
      const torch::Tensor block = rows.slice(0, b, b + step).to(torch::kFloat64);
      outer_.slice(0, b, b + step) += torch::bmm(block.transpose(1, 2), block).flatten(1).index_select(1, upper);
    }
  }
  count_ += z.size(0);
}

void LocationGaussians::finish(double epsilon) {
  if (count_ < 2) throw Error(QCoreApplication::translate("SemiOrthogonal", "at least two training images are needed"));
  const double n = static_cast<double>(count_);
  const int64_t locations = sum_.size(0), k = sum_.size(1);
  mean_ = (sum_ / n + shift_.squeeze(0).to(torch::kFloat64)).to(torch::kFloat32);
  precision_ = torch::empty({locations, k, k}, sum_.options().dtype(torch::kFloat32));
  const torch::Tensor ridge = epsilon * torch::eye(k, sum_.options()).unsqueeze(0);
  const torch::Tensor unpack = unpackIndex(k).to(sum_.device());
  // In blocks of locations, so the double-precision temporaries stay small next to the sums.
  const int64_t step = blockOf(k);
  for (int64_t b = 0; b < locations; b += step) {
    const torch::Tensor mean = sum_.slice(0, b, b + step) / n;
    // Unbiased covariance from the sums: (Σzzᵀ − N μμᵀ) / (N − 1), plus εI (PaDiM's regulariser).
    const torch::Tensor outer = outer_.slice(0, b, b + step).index_select(1, unpack).view({-1, k, k});
    const torch::Tensor cov = (outer - n * mean.unsqueeze(2) * mean.unsqueeze(1)) / (n - 1) + ridge;
    precision_.slice(0, b, b + step).copy_(torch::cholesky_inverse(torch::linalg_cholesky(cov)));
  }
}

torch::Tensor LocationGaussians::squaredDistances(const torch::Tensor& z) const {
  const torch::Tensor x = z.to(torch::kFloat32).contiguous();
  if (x.dim() != 3 || x.size(1) != mean_.size(0) || x.size(2) != mean_.size(1))
    throw Error(QCoreApplication::translate("SemiOrthogonal", "the model holds statistics for %1 locations of %2 features but the image "
                                                              "gives %3 of %4 (a damaged model, or one trained with another backbone)")
                    .arg(mean_.size(0))
                    .arg(mean_.size(1))
                    .arg(x.dim() == 3 ? x.size(1) : -1)
                    .arg(x.dim() == 3 ? x.size(2) : -1));
  if (x.is_cpu()) {
    torch::Tensor d2 = torch::empty({x.size(0), x.size(1)}, x.options());
    const float *zp = x.data_ptr<float>(), *mean = mean_.data_ptr<float>(), *precision = precision_.data_ptr<float>();
    float* out = d2.data_ptr<float>();
    at::parallel_for(0, x.size(1), 32, [&](int64_t begin, int64_t end) {
      mahalanobisSquared(zp, mean, precision, x.size(0), x.size(1), x.size(2), out, begin, end);
    });
    return d2;
  }
  const torch::Tensor diff = (x.transpose(0, 1) - mean_.unsqueeze(1)).contiguous();  // [L,N,k]
  // Rows times the symmetric precision: one k×k product per location serves all N images.
  return (diff * torch::bmm(diff, precision_)).sum(2).t();  // [N,L]
}

bool LocationGaussians::sumsFit(const std::vector<int64_t>& shift, const std::vector<int64_t>& sum, const std::vector<int64_t>& outer,
                                int64_t count) const {
  const int64_t locations = mean_.size(0), k = mean_.size(1);
  return shift == std::vector<int64_t>{1, locations, k} && sum == std::vector<int64_t>{locations, k} &&
         outer == std::vector<int64_t>{locations, k * (k + 1) / 2} && count >= 2;
}

void LocationGaussians::restoreSums(Sums sums) {
  if (!sumsFit(sums.shift.sizes().vec(), sums.sum.sizes().vec(), sums.outer.sizes().vec(), sums.count))
    throw std::invalid_argument("kept sums of inconsistent shapes");
  shift_ = sums.shift.to(torch::kFloat32).contiguous();
  sum_ = sums.sum.to(torch::kFloat64).contiguous();
  outer_ = sums.outer.to(torch::kFloat64).contiguous();
  count_ = sums.count;
}

void LocationGaussians::set(torch::Tensor mean, torch::Tensor precision, int64_t count) {
  // squaredDistances reads them as dense float32 arrays on the CPU: their shapes must agree.
  if (mean.dim() != 2 || precision.dim() != 3 || precision.size(0) != mean.size(0) || precision.size(1) != mean.size(1) ||
      precision.size(2) != mean.size(1))
    throw std::invalid_argument("location means and precisions of inconsistent shapes");
  mean_ = mean.to(torch::kFloat32).contiguous();
  precision_ = precision.to(torch::kFloat32).contiguous();
  count_ = count;
}

}  // namespace ds::semi_orthogonal
