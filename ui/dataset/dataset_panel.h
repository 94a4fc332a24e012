#pragma once

#include <QWidget>

class QComboBox;
class QEvent;
class QLabel;
class QListView;
class QTreeWidget;

namespace ds::ui {

class ResultSet;
class ThumbnailFilter;
class ThumbnailModel;

// The open dataset: a tree of splits and defect types with image counts, a virtualised thumbnail grid
// of the selected group with verdicts and scores (filtered and sorted), and the files that could not
// be used with their reasons.
class DatasetPanel : public QWidget {
  Q_OBJECT

 public:
  explicit DatasetPanel(ResultSet* results, QWidget* parent = nullptr);

  int groupCount() const;    // leaves of the tree (split × type)
  int problemCount() const;
  int visibleCount() const;  // images the grid shows under the current filter
  int currentSample() const; // -1 when none
  void selectSample(int sample);
  // Moves the selection by delta images in the grid's order (keyboard next/previous).
  void step(int delta);
  ThumbnailFilter* filter() const { return filter_; }
  ThumbnailModel* thumbnails() const { return model_; }
  QListView* grid() const { return grid_; }

 Q_SIGNALS:
  void sampleSelected(int sample);

 protected:
  void changeEvent(QEvent* event) override;

 private:
  void retranslate();
  void rebuild();
  void updateGroupTexts();  // split and type names, image counts
  void updateProblemsTitle();
  void applyGroup();
  void setCurrentRow(int row);  // of the filtered grid, scrolled into view
  void updateFilterNote();

  ResultSet* results_;
  ThumbnailModel* model_;
  ThumbnailFilter* filter_;
  QTreeWidget* groups_;
  QComboBox* verdicts_;
  QComboBox* decisions_;
  QComboBox* order_;
  QListView* grid_;
  QLabel* groupsTitle_;
  QLabel* gridTitle_;
  QLabel* problemsTitle_;
  QTreeWidget* problems_;
  QLabel* filterNote_;  // says so when the filters hide every image of the group
  bool rebuilt_ = false;  // for a dataset; before the first, the problem list's heading has no count
};

}  // namespace ds::ui
