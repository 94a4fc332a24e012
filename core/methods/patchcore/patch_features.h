#pragma once

#include <torch/types.h>
#include <vector>

namespace ds::patchcore {

enum class Aggregation {
  Pool,    // authors' code: each stage's p×p patch pooled to stageDim, stacked, pooled to embedDim
  Concat,  // anomalib: p×p average pooling, deeper maps upsampled, channels concatenated
};

struct PatchFeatureOptions {
  int patchSize = 3;
  int stageDim = 1024;  // authors' pretrain_embed_dimension
  int embedDim = 1024;  // authors' target_embed_dimension
  Aggregation aggregation = Aggregation::Pool;
};

// Locally aware patch features (PatchCore §3.1) from backbone maps [N,C_i,h_i,w_i], shallowest first.
// Returns [N, h_0, w_0, D] on the first map's grid: D = embedDim (Pool) or ΣC_i (Concat).
torch::Tensor locallyAwareFeatures(const std::vector<torch::Tensor>& maps, const PatchFeatureOptions& options);

// Feature dimension D for stage channel counts.
int featureDimension(const std::vector<int>& channels, const PatchFeatureOptions& options);

}  // namespace ds::patchcore
