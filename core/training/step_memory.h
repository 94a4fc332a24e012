#pragma once

#include <cstdint>
#include <functional>

// LibTorch only, like step_timing.h: the training estimates' measure of a network's working memory.
namespace ds::training {

// The most CPU tensor memory alive at once while `step` runs, counting only what it allocates itself
// (on this thread, through ATen's CPU allocator: parameters, optimiser state, activations, gradients;
// not library scratch buffers), in bytes. Everything step allocates should be freed by its end.
double peakStepBytes(const std::function<void()>& step);

// The peak of step(batch), measured at batches of 2 and 3 and extended linearly beyond: what does not
// depend on the batch (a fresh network, its optimiser's state) plus the activations, which grow with
// it (measuring the full batch would cost a full training step). Batch 1 is not a point of the line
// (IGD's interpolation pairs samples within a batch); batches up to 3 are measured as they are.
double peakStepBytesAtBatch(const std::function<void(int64_t batch)>& step, int64_t batch);

// The peak of step(size) for a size that grows the step's memory linearly (a batch, a bank's rows):
// measured at `low` and `high` and extended beyond high along that line, never falling; sizes up to
// high are measured as they are.
double peakStepBytesExtended(const std::function<void(int64_t size)>& step, int64_t size, int64_t low, int64_t high);

}  // namespace ds::training
