#pragma once

#include <QString>
#include <vector>

#include "core/data/dataset.h"

namespace ds {

// Which of a dataset's candidate training images a model trains on, and which good ones it keeps back
// as unseen test images (docs/datasets.md, "Held-out good images").
struct HoldoutSplit {
  std::vector<Sample> train;
  std::vector<Sample> heldOut;  // sorted by path
  // Why nothing was held out, when nothing was (translated); empty when images were held out.
  QString notHeldOutReason;
};

// A dataset with test images of its own that the model does not train on (an MVTec test/good folder,
// manifest test rows) holds nothing out. Otherwise round(fraction · N) of the N candidate training
// images are held out (at least one, and at least one left to train on), chosen by a seeded shuffle
// that gives the same split for the same images, fraction and seed on every machine.
HoldoutSplit splitForTraining(const Dataset& dataset, double fraction, quint64 seed);

// Whether the dataset has labelled good test images that are not among its training candidates.
bool hasOwnTestGood(const Dataset& dataset);
// How many of `candidates` training images a fraction holds out (0 when it holds out none).
int heldOutCount(int candidates, double fraction);

// The largest fraction --holdout accepts.
constexpr double kMaxHoldoutFraction = 0.9;

}  // namespace ds
