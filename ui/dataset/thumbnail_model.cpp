#include "ui/dataset/thumbnail_model.h"

#include <QFileInfo>
#include <QImageReader>

#include "ui/results/result_set.h"

namespace ds::ui {
namespace {

QImage readThumbnail(const QString& path, int size) {
  QImageReader reader(path);
  reader.setAutoTransform(true);
  const QSize full = reader.size();
  // Decoding at reduced size (JPEG does it natively) keeps large photographs cheap.
  if (full.isValid()) reader.setScaledSize(full.scaled(size, size, Qt::KeepAspectRatio));
  QImage image = reader.read();
  if (!image.isNull() && (image.width() > size || image.height() > size))
    image = image.scaled(size, size, Qt::KeepAspectRatio, Qt::SmoothTransformation);
  return image;
}

}  // namespace

ThumbnailModel::ThumbnailModel(ResultSet* results, QObject* parent) : QAbstractListModel(parent), results_(results) {
  cache_.setMaxCost(4000);  // thumbnails of ~50 KB: at most ~200 MB
  pool_.setMaxThreadCount(2);
  connect(results_, &ResultSet::datasetChanged, this, [this] {
    beginResetModel();
    ++generation_;
    pool_.clear();
    cache_.clear();
    pending_.clear();
    requested_ = 0;
    endResetModel();
  });
  auto refreshAll = [this] {
    if (rowCount() > 0) Q_EMIT dataChanged(index(0), index(rowCount() - 1), {ScoreRole, VerdictRole, CorrectRole});
  };
  connect(results_, &ResultSet::scoresCleared, this, refreshAll);
  connect(results_, &ResultSet::thresholdsChanged, this, refreshAll);
  connect(results_, &ResultSet::scoringFinished, this, refreshAll);
  connect(results_, &ResultSet::resultAdded, this, [this](int sample) {
    Q_EMIT dataChanged(index(sample), index(sample), {ScoreRole, VerdictRole, CorrectRole});
  });
  connect(results_, &ResultSet::labelChanged, this, [this](int sample) {
    Q_EMIT dataChanged(index(sample), index(sample), {DefectiveRole, LabelledRole, DefectTypeRole, CorrectRole, ConfirmedRole});
  });
}

ThumbnailModel::~ThumbnailModel() {
  pool_.clear();
  pool_.waitForDone();
}

int ThumbnailModel::rowCount(const QModelIndex& parent) const { return parent.isValid() ? 0 : results_->size(); }

QVariant ThumbnailModel::data(const QModelIndex& index, int role) const {
  if (!index.isValid() || index.row() >= results_->size()) return {};
  const int row = index.row();
  const Sample& s = results_->samples()[row];
  switch (role) {
    case Qt::DisplayRole: return QFileInfo(s.imagePath).fileName();
    case Qt::ToolTipRole: return s.imagePath;
    case Qt::DecorationRole:
      if (const QImage* image = cache_.object(row)) return *image;
      requestThumbnail(row);
      return {};
    case SampleRole: return row;
    case ScoreRole: return results_->score(row);
    case VerdictRole: return static_cast<int>(results_->verdict(row));
    case DefectiveRole: return s.defective;
    case LabelledRole: return s.labelled;
    case DefectTypeRole: return s.defectType;
    case SplitRole: return static_cast<int>(s.split);
    case CorrectRole: return results_->isCorrect(row);
    case PathRole: return s.imagePath;
    case ConfirmedRole: return results_->isConfirmed(row);
    default: return {};
  }
}

void ThumbnailModel::requestThumbnail(int row) const {
  if (pending_.contains(row)) return;
  pending_.insert(row);
  ++requested_;
  const QString path = results_->samples()[row].imagePath;
  const quint64 generation = generation_;
  // The destructor waits for the pool, so the model outlives every task.
  auto* self = const_cast<ThumbnailModel*>(this);
  pool_.start([self, row, path, generation] {
    const QImage image = readThumbnail(path, kThumbnailSize);
    QMetaObject::invokeMethod(
        self,
        [self, row, image, generation] {
          if (self->generation_ == generation) self->thumbnailReady(row, image);
        },
        Qt::QueuedConnection);
  });
}

void ThumbnailModel::thumbnailReady(int row, const QImage& image) {
  pending_.remove(row);
  // An unreadable file gets a blank tile (cached too, so it is not decoded again and again).
  QImage tile = image.isNull() ? QImage(kThumbnailSize, kThumbnailSize / 2, QImage::Format_RGB32) : image;
  if (image.isNull()) tile.fill(Qt::lightGray);
  cache_.insert(row, new QImage(tile), 1);
  Q_EMIT dataChanged(index(row), index(row), {Qt::DecorationRole});
}

}  // namespace ds::ui
