#pragma once

#include <QWidget>

#include "core/data/dataset.h"
#include "core/data/load_report.h"

class QListWidget;
class QTreeWidget;

namespace ds::ui {

class ImagePreview;

// The open dataset: a tree of splits and defect types with image counts, the images of the
// selected group, a preview of the selected image, and the files that could not be used.
class DatasetPanel : public QWidget {
  Q_OBJECT

 public:
  explicit DatasetPanel(QWidget* parent = nullptr);
  void showDataset(const Dataset& dataset, const LoadReport& report);
  // For tests and the status bar.
  int groupCount() const;
  int problemCount() const;

 private:
  void showGroup();
  void showImage();

  Dataset dataset_;
  QTreeWidget* groups_;
  QListWidget* images_;
  ImagePreview* preview_;
  QTreeWidget* problems_;
};

}  // namespace ds::ui
