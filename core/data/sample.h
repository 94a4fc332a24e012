#pragma once

#include <QString>

namespace ds {

enum class Split { Train, Test };

// One image of a dataset with what is known about it.
struct Sample {
  QString imagePath;
  QString maskPath;            // empty when there is no ground-truth mask
  Split split = Split::Test;
  bool labelled = true;        // false for production images without a known label
  bool defective = false;
  QString defectType;          // "good" for defect-free images, empty when unlabelled

  static QString goodType() { return QStringLiteral("good"); }
};

}  // namespace ds
