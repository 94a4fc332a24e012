#pragma once

namespace ds {

// How a method wants its input images' intensities: unit ([0,1] as decoded) or ImageNet's mean and
// standard deviation (pretrained backbones). Saved in the model header as "unit" or "imagenet".
enum class Normalization { Unit, ImageNet };

}  // namespace ds
