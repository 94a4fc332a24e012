#include "ui/dataset/thumbnail_filter.h"

#include <cmath>

#include "core/metrics/thresholds.h"
#include "ui/dataset/thumbnail_model.h"

namespace ds::ui {

ThumbnailFilter::ThumbnailFilter(QObject* parent) : QSortFilterProxyModel(parent) {
  setDynamicSortFilter(true);
  sort(0);
}

void ThumbnailFilter::setGroup(int split, const QString& type) {
  split_ = split;
  type_ = type;
  invalidateFilter();
}

void ThumbnailFilter::setVerdicts(Verdicts verdicts) {
  verdicts_ = verdicts;
  invalidateFilter();
}

void ThumbnailFilter::setDecisions(Decisions decisions) {
  decisions_ = decisions;
  invalidateFilter();
}

void ThumbnailFilter::setOrder(Order order) {
  order_ = order;
  invalidate();
}

bool ThumbnailFilter::filterAcceptsRow(int row, const QModelIndex& parent) const {
  const QModelIndex i = sourceModel()->index(row, 0, parent);
  if (split_ >= 0 && i.data(ThumbnailModel::SplitRole).toInt() != split_) return false;
  if (!type_.isEmpty()) {
    const bool labelled = i.data(ThumbnailModel::LabelledRole).toBool();
    if (type_ == unlabelledType() ? labelled : (!labelled || i.data(ThumbnailModel::DefectTypeRole).toString() != type_))
      return false;
  }
  const auto verdict = static_cast<Verdict>(i.data(ThumbnailModel::VerdictRole).toInt());
  switch (verdicts_) {
    case Verdicts::All: break;
    case Verdicts::OK: if (verdict != Verdict::OK) return false; break;
    case Verdicts::Review: if (verdict != Verdict::Review) return false; break;
    case Verdicts::NOK: if (verdict != Verdict::NOK) return false; break;
    case Verdicts::Unscored: if (!std::isnan(i.data(ThumbnailModel::ScoreRole).toDouble())) return false; break;
  }
  if (decisions_ == Decisions::All) return true;
  const bool decided = verdict != Verdict::Unknown && i.data(ThumbnailModel::LabelledRole).toBool();
  return decided && i.data(ThumbnailModel::CorrectRole).toBool() == (decisions_ == Decisions::Correct);
}

bool ThumbnailFilter::lessThan(const QModelIndex& left, const QModelIndex& right) const {
  // The dataset's order is by split and path. Unscored images go last in score orders; ties keep the dataset order.
  const double a = left.data(ThumbnailModel::ScoreRole).toDouble(), b = right.data(ThumbnailModel::ScoreRole).toDouble();
  switch (order_) {
    case Order::ScoreHighFirst:
    case Order::ScoreLowFirst:
      if (std::isnan(a) != std::isnan(b)) return std::isnan(b);
      if (!std::isnan(a) && a != b) return order_ == Order::ScoreHighFirst ? a > b : a < b;
      break;
    case Order::Label: {
      const QString ta = left.data(ThumbnailModel::DefectTypeRole).toString();
      const QString tb = right.data(ThumbnailModel::DefectTypeRole).toString();
      if (ta != tb) return ta < tb;
      break;
    }
    case Order::Dataset: break;
  }
  return left.row() < right.row();
}

}  // namespace ds::ui
