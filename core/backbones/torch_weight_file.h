#pragma once

#include <QString>
#include <string>
#include <torch/types.h>
#include <utility>
#include <vector>

namespace ds {

// Tensors by name, in the order the file lists them.
using NamedTensors = std::vector<std::pair<std::string, torch::Tensor>>;

// Reads a state dict written by Python's torch.save (zip format, PyTorch >= 1.6): a dict or OrderedDict
// of tensors, or one nested under "state_dict" or "model". LibTorch's own pickle loader rejects the
// OrderedDict `_metadata` attribute that torchvision's published weights carry, hence this reader.
// Tensors come back contiguous on the CPU; half and bfloat16 are converted to float32.
// Throws ds::Error naming the file when it is missing, not such a file, damaged, or holds other objects.
NamedTensors readTorchWeightFile(const QString& path);

}  // namespace ds
