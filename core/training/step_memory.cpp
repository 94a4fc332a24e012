#include "core/training/step_memory.h"

#include <algorithm>
#include <atomic>
#include <c10/core/Allocator.h>
#include <c10/util/ThreadLocalDebugInfo.h>
#include <memory>
#include <type_traits>

namespace ds::training {
namespace {

// ATen's CPU allocator reports each allocation and release to the thread's memory-reporting hook
// (the profiler's) while that hook says profiling is on; this hook keeps the running total's peak.
// LibTorch 2.x passes the totals as size_t, 1.13 as int64_t: the override follows the header.
using SizeTotals = void (c10::MemoryReportingInfoBase::*)(void*, int64_t, size_t, size_t, c10::Device);
using Total = std::conditional_t<std::is_same_v<decltype(&c10::MemoryReportingInfoBase::reportMemoryUsage), SizeTotals>, size_t, int64_t>;

class PeakTracker final : public c10::MemoryReportingInfoBase {
 public:
  void reportMemoryUsage(void*, int64_t bytes, Total, Total, c10::Device device) override {
    if (!device.is_cpu()) return;
    const int64_t now = live_.fetch_add(bytes) + bytes;
    int64_t peak = peak_.load();
    while (now > peak && !peak_.compare_exchange_weak(peak, now)) {
    }
  }
  bool memoryProfilingEnabled() const override { return true; }
  int64_t peak() const { return peak_.load(); }

 private:
  std::atomic<int64_t> live_{0}, peak_{0};
};

}  // namespace

double peakStepBytes(const std::function<void()>& step) {
  const auto tracker = std::make_shared<PeakTracker>();
  {
    const c10::DebugInfoGuard guard(c10::DebugInfoKind::PROFILER_STATE, tracker);
    step();
  }
  return static_cast<double>(tracker->peak());
}

double peakStepBytesAtBatch(const std::function<void(int64_t batch)>& step, int64_t batch) {
  return peakStepBytesExtended(step, batch, 2, 3);
}

double peakStepBytesExtended(const std::function<void(int64_t size)>& step, int64_t size, int64_t low, int64_t high) {
  if (size <= high) return peakStepBytes([&] { step(size); });
  const double atLow = peakStepBytes([&] { step(low); }), atHigh = peakStepBytes([&] { step(high); });
  return atHigh + static_cast<double>(size - high) * std::max(0.0, atHigh - atLow) / static_cast<double>(high - low);
}

}  // namespace ds::training
