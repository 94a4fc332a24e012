#pragma once

#include <QString>
#include <vector>

namespace torch::nn {
class Module;
}
namespace torch::optim {
class Optimizer;
}

namespace ds {

class ModelArchive;

// A module's parameters and buffers (BN running statistics) as named tensors "prefix/name".
void putModuleState(ModelArchive& archive, const QString& prefix, const torch::nn::Module& module);
// Copies them back into a module of the same architecture; throws ds::Error naming the first missing
// or mis-shaped tensor (a model or checkpoint from other settings, or a damaged file).
void loadModuleState(const ModelArchive& archive, const QString& prefix, torch::nn::Module& module);

// Parameters and buffers of one module into another of the same architecture (same order and shapes).
void copyModuleState(const torch::nn::Module& from, torch::nn::Module& to);
// SHA-1 (hex) of the modules' parameters and buffers: what a continued training starts from, so that
// its checkpoint resumes only the same continuation.
QString moduleStateDigest(const std::vector<const torch::nn::Module*>& modules);

// An optimizer's state (Adam's moments and step counts) as one opaque tensor, for checkpoints.
void putOptimizerState(ModelArchive& archive, const QString& name, const torch::optim::Optimizer& optimizer);
void loadOptimizerState(const ModelArchive& archive, const QString& name, torch::optim::Optimizer& optimizer);

}  // namespace ds
