#pragma once

#include <QString>
#include <QStringList>
#include <vector>

#include "core/data/load_report.h"
#include "core/data/sample.h"

namespace ds {

enum class DatasetLayout { Auto, MVTec, Folder, Manifest };

struct DatasetCounts {
  int train = 0;
  int testGood = 0;
  int testDefect = 0;
  int unlabelled = 0;
  int withMask = 0;
};

// The images of one inspection dataset with their labels and masks: train split first, then test,
// each sorted by path (a manifest keeps its row order).
class Dataset {
 public:
  // path: a dataset folder, or a manifest CSV. Auto picks MVTec AD when the folder has train/ or test/,
  // a manifest for a .csv file, and a plain folder otherwise. Throws ds::Error when the path is
  // unusable as a whole (missing, empty, unreadable manifest); individual bad files go to report.
  static Dataset open(const QString& path, LoadReport& report, DatasetLayout layout = DatasetLayout::Auto);

  const QString& root() const { return root_; }
  DatasetLayout layout() const { return layout_; }
  const std::vector<Sample>& samples() const { return samples_; }

  // Images to fit a model on: the train split; for a dataset without one (a plain folder), its
  // defect-free images, or all images when none is labelled.
  std::vector<Sample> trainingSamples() const;
  std::vector<Sample> testSamples() const;
  QStringList defectTypes() const;  // sorted, without "good"
  DatasetCounts counts() const;

  static QString layoutName(DatasetLayout layout);

 private:
  QString root_;
  DatasetLayout layout_ = DatasetLayout::Auto;
  std::vector<Sample> samples_;
};

}  // namespace ds
