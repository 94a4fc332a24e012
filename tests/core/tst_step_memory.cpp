#include <QtTest>
#include <torch/torch.h>

#include "core/training/step_memory.h"
#include "tests/support/test_support.h"

using ds::training::peakStepBytes;

namespace {

constexpr double kMegaFloats = 1000.0 * 1000.0 * sizeof(float);  // one 1000×1000 float tensor

// One training iteration of a small convolutional network on a batch: what the methods' probes run.
void convolutionStep(int64_t batch) {
  torch::manual_seed(0);
  torch::nn::Sequential net(torch::nn::Conv2d(torch::nn::Conv2dOptions(3, 16, 3).padding(1)), torch::nn::ReLU(),
                            torch::nn::Conv2d(torch::nn::Conv2dOptions(16, 3, 3).padding(1)));
  torch::optim::Adam adam(net->parameters(), torch::optim::AdamOptions(1e-3));
  const torch::Tensor x = torch::rand({batch, 3, 96, 96});
  adam.zero_grad();
  (net->forward(x) - x).pow(2).mean().backward();
  adam.step();
}

}  // namespace

class TestStepMemory : public QObject {
  Q_OBJECT

 private Q_SLOTS:
  void countsTheTensorsAliveAtOnce() {
    const double peak = peakStepBytes([] {
      const torch::Tensor a = torch::ones({1000, 1000}), b = torch::ones({1000, 1000});
      const torch::Tensor sum = a + b;  // three alive
    });
    QCOMPARE(peak, 3 * kMegaFloats);
  }

  void freedTensorsDoNotAddUp() {
    const double peak = peakStepBytes([] {
      for (int i = 0; i < 5; ++i) {
        const torch::Tensor one = torch::ones({1000, 1000});  // freed before the next
      }
    });
    QCOMPARE(peak, kMegaFloats);
  }

  void tensorsFromBeforeTheStepAreNotCounted() {
    torch::Tensor before = torch::ones({1000, 1000});
    const double peak = peakStepBytes([&] {
      before = torch::Tensor();  // freeing it does not lower the count below zero
      const torch::Tensor inside = torch::ones({1000, 1000});
    });
    QCOMPARE(peak, kMegaFloats);
  }

  // The extrapolation from batches 2 and 3 against the measurement at the full batch.
  void batchExtrapolationMatchesTheFullBatch() {
    const double full = peakStepBytes([] { convolutionStep(6); });
    const double extrapolated = ds::training::peakStepBytesAtBatch(convolutionStep, 6);
    const double one = peakStepBytes([] { convolutionStep(1); });
    QVERIFY2(full > 3 * one, qPrintable(QStringLiteral("batch 6: %1 bytes, batch 1: %2").arg(full).arg(one)));
    QVERIFY2(std::abs(extrapolated - full) <= 0.02 * full, qPrintable(QStringLiteral("extrapolated %1 bytes, measured %2").arg(extrapolated).arg(full)));
  }
};

QTEST_GUILESS_MAIN(TestStepMemory)
#include "tst_step_memory.moc"
