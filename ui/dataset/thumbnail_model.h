#pragma once

#include <QAbstractListModel>
#include <QCache>
#include <QImage>
#include <QSet>
#include <QThreadPool>

namespace ds::ui {

class ResultSet;

// The images of the open dataset as a list model for the thumbnail grid. Thumbnails are decoded on a
// small thread pool when first shown and kept in a bounded cache, so a folder of thousands of images
// scrolls smoothly and memory stays bounded.
class ThumbnailModel : public QAbstractListModel {
  Q_OBJECT

 public:
  enum Role {
    SampleRole = Qt::UserRole,
    ScoreRole,         // double, NaN before scoring
    VerdictRole,       // ds::Verdict as int
    DefectiveRole,     // bool
    LabelledRole,      // bool
    DefectTypeRole,    // QString ("good", a defect type, or empty when unlabelled)
    SplitRole,         // ds::Split as int
    CorrectRole,       // bool: labelled, scored and decided as its label says
    PathRole,
    ConfirmedRole,     // bool: the label was confirmed in a review
  };
  static constexpr int kThumbnailSize = 112;

  explicit ThumbnailModel(ResultSet* results, QObject* parent = nullptr);
  ~ThumbnailModel() override;

  int rowCount(const QModelIndex& parent = QModelIndex()) const override;
  // Thumbnails decoded or being decoded since the dataset was set: only the rows a view has shown.
  int requestedCount() const { return requested_; }
  QVariant data(const QModelIndex& index, int role) const override;

 private:
  void requestThumbnail(int row) const;
  void thumbnailReady(int row, const QImage& image);

  ResultSet* results_;
  mutable QCache<int, QImage> cache_;
  mutable QSet<int> pending_;
  mutable QThreadPool pool_;
  quint64 generation_ = 0;  // bumps on dataset change, so late thumbnails of an old dataset are dropped
  mutable int requested_ = 0;
};

}  // namespace ds::ui
