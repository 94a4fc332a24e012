#pragma once

#include <QSortFilterProxyModel>

namespace ds::ui {

// Which images the grid shows and in what order: a dataset group (split and defect type), a verdict,
// right or wrong decisions, in dataset order or sorted by score or label.
class ThumbnailFilter : public QSortFilterProxyModel {
  Q_OBJECT

 public:
  enum class Verdicts { All, OK, Review, NOK, Unscored };
  enum class Decisions { All, Correct, Incorrect };
  enum class Order { Dataset, ScoreHighFirst, ScoreLowFirst, Label };

  explicit ThumbnailFilter(QObject* parent = nullptr);

  // split: -1 = all; type: empty = all, "good", a defect type, or unlabelledType().
  void setGroup(int split, const QString& type);
  void setVerdicts(Verdicts verdicts);
  void setDecisions(Decisions decisions);
  void setOrder(Order order);
  static QString unlabelledType() { return QStringLiteral("\x01unlabelled"); }

 protected:
  bool filterAcceptsRow(int row, const QModelIndex& parent) const override;
  bool lessThan(const QModelIndex& left, const QModelIndex& right) const override;

 private:
  int split_ = -1;
  QString type_;
  Verdicts verdicts_ = Verdicts::All;
  Decisions decisions_ = Decisions::All;
  Order order_ = Order::Dataset;
};

}  // namespace ds::ui
