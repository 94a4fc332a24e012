#include "core/runtime/compute.h"

#include <QCoreApplication>
#include <algorithm>
#include <thread>

#include "core/error.h"

namespace ds::compute {

namespace {
int cores() { return static_cast<int>(std::max(1u, std::thread::hardware_concurrency())); }
}  // namespace

int maxThreads() { return 4 * cores(); }

void setThreads(int threads) {
  if (threads <= 0) threads = cores();
  torch::set_num_threads(std::min(threads, maxThreads()));
}

int threads() { return torch::get_num_threads(); }

bool cudaAvailable() { return torch::cuda::is_available(); }

QString resolveDevice(const QString& requested) {
  const QString r = requested.trimmed().toLower();
  if (r.isEmpty() || r == QLatin1String("auto")) return cudaAvailable() ? QStringLiteral("cuda") : QStringLiteral("cpu");
  if (r == QLatin1String("cpu")) return r;
  if (r == QLatin1String("cuda") || r.startsWith(QLatin1String("cuda:"))) {
    if (!cudaAvailable())
      throw Error(QCoreApplication::translate("Compute",
                                              "device \"%1\" asked for, but this LibTorch has no usable CUDA device")
                      .arg(requested));
    return r;
  }
  throw Error(QCoreApplication::translate("Compute", "unknown device \"%1\" (use cpu, cuda or auto)").arg(requested));
}

void seed(unsigned long long value) { torch::manual_seed(value); }

}  // namespace ds::compute
