#include "core/methods/patchcore/row_spill.h"

#include <QCoreApplication>
#include <QDir>
#include <algorithm>
#include <numeric>

#include "core/error.h"

namespace ds::patchcore {
RowSpill::RowSpill(int64_t dimension)
    : dimension_(dimension), file_(QDir(QDir::tempPath()).filePath(QStringLiteral("defectscope-features-XXXXXX"))) {
  if (!file_.open()) throw Error(QCoreApplication::translate("PatchCore", "cannot create a temporary file in %1 (%2)").arg(QDir::tempPath(), file_.errorString()));
}

void RowSpill::append(const torch::Tensor& rowsIn) {
  const torch::Tensor rows = rowsIn.to(torch::kCPU, torch::kFloat32).contiguous();
  const auto bytes = static_cast<qint64>(rows.nbytes());
  if (file_.write(static_cast<const char*>(rows.data_ptr()), bytes) != bytes)
    throw Error(QCoreApplication::translate("PatchCore", "cannot write training features to %1 (%2): is the disk full?").arg(file_.fileName(), file_.errorString()));
  rows_ += rows.size(0);
}

torch::Tensor RowSpill::gather(const std::vector<int64_t>& indices) {
  if (!file_.flush()) throw Error(QCoreApplication::translate("PatchCore", "cannot write training features to %1").arg(file_.fileName()));
  torch::Tensor out = torch::empty({static_cast<int64_t>(indices.size()), dimension_}, torch::kFloat32);
  // Read in file order, so the disk sees one forward sweep.
  std::vector<std::size_t> order(indices.size());
  std::iota(order.begin(), order.end(), 0);
  std::sort(order.begin(), order.end(), [&](std::size_t a, std::size_t b) { return indices[a] < indices[b]; });
  const qint64 rowBytes = dimension_ * static_cast<qint64>(sizeof(float));
  float* dst = out.data_ptr<float>();
  for (std::size_t o : order) {
    if (!file_.seek(indices[o] * rowBytes) ||
        file_.read(reinterpret_cast<char*>(dst + static_cast<int64_t>(o) * dimension_), rowBytes) != rowBytes)
      throw Error(QCoreApplication::translate("PatchCore", "cannot read training features back from %1").arg(file_.fileName()));
  }
  return out;
}

}  // namespace ds::patchcore
