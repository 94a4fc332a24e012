#pragma once

#include <QTemporaryFile>
#include <torch/types.h>
#include <vector>

namespace ds::patchcore {

// Rows of a large float matrix kept in a temporary file instead of memory: PatchCore extracts
// every training patch feature (N×D, gigabytes at D = 1024) but needs only the few the coreset picks.
class RowSpill {
 public:
  explicit RowSpill(int64_t dimension);
  void append(const torch::Tensor& rows);  // [n, dimension]
  int64_t rows() const { return rows_; }
  int64_t dimension() const { return dimension_; }
  // The selected rows, in the given order, as a CPU float32 tensor [indices.size(), dimension].
  torch::Tensor gather(const std::vector<int64_t>& indices);

 private:
  int64_t dimension_;
  int64_t rows_ = 0;
  QTemporaryFile file_;
};

}  // namespace ds::patchcore
