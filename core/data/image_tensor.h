#pragma once

#include <torch/types.h>
#include <vector>

#include "core/data/image_loader.h"
#include "core/methods/anomaly_method.h"

namespace ds {

// Decoded images of one size (RGB float [0,1]) → [N,3,H,W] float tensor on the device, normalised.
torch::Tensor imagesToTensor(const std::vector<LoadedImage>& images, Normalization normalization,
                             const torch::Device& device);

}  // namespace ds
