#pragma once

#include <QString>

// Process-wide LibTorch settings, behind a header free of LibTorch.
namespace ds::compute {

// Sets LibTorch's intra-op threads; 0 (or less) means one per core (LibTorch defaults to 1 on some
// machines). More than maxThreads() are clamped to it: a million threads would only thrash the machine.
void setThreads(int threads);
int maxThreads();  // four per core
int threads();
bool cudaAvailable();
// "auto" → "cuda" when available, else "cpu"; "cpu"/"cuda" as asked. Throws ds::Error for cuda
// without a CUDA-enabled LibTorch and device, or for an unknown name.
QString resolveDevice(const QString& requested);
// Seeds LibTorch's generators (CPU and CUDA) for reproducible runs.
void seed(unsigned long long seed);

}  // namespace ds::compute
