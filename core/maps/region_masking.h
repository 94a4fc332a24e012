#pragma once

#include <torch/types.h>

// What the methods do with an inspection region (core/data/inspection_region.h): region is [H,W]
// float, 1 = inspected, 0 = don't care, on the maps' device; an undefined region inspects everything.
namespace ds::maps {

// maps [N,H,W] set to 0 outside the region.
torch::Tensor inRegion(const torch::Tensor& maps, const torch::Tensor& region);

// Smoothing that neither takes in nor spreads what lies outside the region: cleared, blurred
// (gaussianBlur), cleared again. Without a region, gaussianBlur.
torch::Tensor blurInRegion(const torch::Tensor& maps, double sigma, const torch::Tensor& region);

// The cells of an h×w feature grid laid over the region that are at least half inspected (bool
// [h,w]); when none is, the best-covered ones, so that a thin region still has a cell.
torch::Tensor regionCells(const torch::Tensor& region, int64_t h, int64_t w);

// Each map's largest value within the region, [N].
torch::Tensor maxInRegion(const torch::Tensor& maps, const torch::Tensor& region);

}  // namespace ds::maps
