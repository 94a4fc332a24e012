#pragma once

#include <QStyledItemDelegate>

namespace ds::ui {

// Paints one grid tile: the thumbnail framed in its verdict's colour, the score as a badge, the file
// name and the ground-truth label, and a cross on a wrong decision.
class ThumbnailDelegate : public QStyledItemDelegate {
  Q_OBJECT

 public:
  using QStyledItemDelegate::QStyledItemDelegate;
  void paint(QPainter* painter, const QStyleOptionViewItem& option, const QModelIndex& index) const override;
  QSize sizeHint(const QStyleOptionViewItem& option, const QModelIndex& index) const override;
};

}  // namespace ds::ui
