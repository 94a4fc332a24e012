#include "core/data/holdout_split.h"

#include <QCoreApplication>
#include <QSet>
#include <algorithm>
#include <cmath>
#include <random>

namespace ds {

bool hasOwnTestGood(const Dataset& dataset) {
  QSet<QString> training;
  for (const Sample& s : dataset.trainingSamples()) training.insert(s.imagePath);
  return std::any_of(dataset.samples().begin(), dataset.samples().end(), [&](const Sample& s) {
    return s.split == Split::Test && s.labelled && !s.defective && !training.contains(s.imagePath);
  });
}

int heldOutCount(int candidates, double fraction) {
  if (!(fraction > 0) || candidates < 2) return 0;
  return std::clamp(static_cast<int>(std::lround(fraction * candidates)), 1, candidates - 1);
}

HoldoutSplit splitForTraining(const Dataset& dataset, double fraction, quint64 seed) {
  HoldoutSplit split;
  split.train = dataset.trainingSamples();
  const int n = static_cast<int>(split.train.size());
  if (hasOwnTestGood(dataset)) {
    split.notHeldOutReason = QCoreApplication::translate("HoldoutSplit", "the dataset has test good images of its own");
    return split;
  }
  if (!(fraction > 0)) {
    split.notHeldOutReason = QCoreApplication::translate("HoldoutSplit", "--holdout 0");
    return split;
  }
  if (n < 2) {
    split.notHeldOutReason = QCoreApplication::translate("HoldoutSplit", "fewer than two training images");
    return split;
  }
  const int held = heldOutCount(n, fraction);
  // Fisher–Yates with an explicitly seeded engine and our own index draw: std::shuffle's result is
  // left to the standard library, and the split must be the same wherever the model is retrained.
  std::vector<int> order(n);
  for (int i = 0; i < n; ++i) order[i] = i;
  std::mt19937_64 rng(seed);
  for (int i = n - 1; i > 0; --i) std::swap(order[i], order[rng() % static_cast<quint64>(i + 1)]);
  std::vector<bool> isHeld(n, false);
  for (int i = 0; i < held; ++i) isHeld[order[i]] = true;
  std::vector<Sample> train;
  for (int i = 0; i < n; ++i) (isHeld[i] ? split.heldOut : train).push_back(split.train[i]);
  split.train = std::move(train);
  std::sort(split.heldOut.begin(), split.heldOut.end(), [](const Sample& a, const Sample& b) { return a.imagePath < b.imagePath; });
  return split;
}

}  // namespace ds
