#include "ui/dataset/thumbnail_delegate.h"

#include <QPainter>
#include <cmath>

#include "ui/dataset/thumbnail_model.h"
#include "ui/dataset/verdict_style.h"
#include "ui/text/numbers.h"

namespace ds::ui {
namespace {
constexpr int kPad = 6;
}

QSize ThumbnailDelegate::sizeHint(const QStyleOptionViewItem& option, const QModelIndex&) const {
  const int text = option.fontMetrics.height();
  return {ThumbnailModel::kThumbnailSize + 2 * kPad, ThumbnailModel::kThumbnailSize + 2 * kPad + 2 * text + 2};
}

void ThumbnailDelegate::paint(QPainter* painter, const QStyleOptionViewItem& option, const QModelIndex& index) const {
  painter->save();
  painter->setRenderHint(QPainter::Antialiasing);
  const QRect cell = option.rect.adjusted(2, 2, -2, -2);
  const QPalette& pal = option.palette;
  const bool selected = option.state & QStyle::State_Selected;
  painter->fillRect(cell, selected ? pal.highlight() : pal.base());

  const auto verdict = static_cast<Verdict>(index.data(ThumbnailModel::VerdictRole).toInt());
  const QRect imageBox(cell.left() + kPad - 2, cell.top() + kPad - 2, ThumbnailModel::kThumbnailSize,
                       ThumbnailModel::kThumbnailSize);
  const QImage image = index.data(Qt::DecorationRole).value<QImage>();
  if (!image.isNull()) {
    QRect target(QPoint(), image.size().scaled(imageBox.size(), Qt::KeepAspectRatio));
    target.moveCenter(imageBox.center());
    painter->drawImage(target, image);
  } else {
    painter->fillRect(imageBox, pal.alternateBase());
  }
  if (verdict != Verdict::Unknown) {
    painter->setPen(QPen(verdictColour(verdict), 4));
    painter->drawRect(imageBox.adjusted(1, 1, -1, -1));
  }

  const double score = index.data(ThumbnailModel::ScoreRole).toDouble();
  if (!std::isnan(score)) {
    const QString text = numbers::score(score);
    QFont font = option.font;
    font.setBold(true);
    painter->setFont(font);
    const QRect badge = QFontMetrics(font).boundingRect(text).adjusted(-5, -2, 5, 2);
    QRect placed = badge;
    placed.moveTopRight(imageBox.topRight() + QPoint(-4, 4));
    painter->setPen(Qt::NoPen);
    painter->setBrush(verdict == Verdict::Unknown ? QColor(40, 40, 40, 200) : verdictColour(verdict));
    painter->drawRoundedRect(placed, 4, 4);
    painter->setPen(Qt::white);
    painter->drawText(placed, Qt::AlignCenter, text);
  }
  const bool labelled = index.data(ThumbnailModel::LabelledRole).toBool();
  if (labelled && verdict != Verdict::Unknown && !index.data(ThumbnailModel::CorrectRole).toBool()) {
    // A wrong decision: a white-on-black cross in the top-left corner, visible on any image.
    const QRect mark(imageBox.left() + 5, imageBox.top() + 5, 18, 18);
    painter->setPen(Qt::NoPen);
    painter->setBrush(QColor(0, 0, 0, 200));
    painter->drawEllipse(mark);
    painter->setPen(QPen(Qt::white, 2));
    painter->drawLine(mark.topLeft() + QPoint(5, 5), mark.bottomRight() - QPoint(5, 5));
    painter->drawLine(mark.topRight() + QPoint(-5, 5), mark.bottomLeft() + QPoint(5, -5));
  }

  painter->setFont(option.font);
  painter->setPen(selected ? pal.highlightedText().color() : pal.text().color());
  const int line = option.fontMetrics.height();
  const QRect nameRect(cell.left() + 2, imageBox.bottom() + 3, cell.width() - 4, line);
  painter->drawText(nameRect, Qt::AlignCenter, option.fontMetrics.elidedText(index.data().toString(), Qt::ElideMiddle, nameRect.width()));
  QString type = labelled ? index.data(ThumbnailModel::DefectTypeRole).toString() : tr("unlabelled");
  // A confirmed label is the reviewer's, not the folder's: marked so, in the words of the caption.
  if (index.data(ThumbnailModel::ConfirmedRole).toBool()) type = tr("%1 ✓ confirmed").arg(type);
  painter->setPen(selected ? pal.highlightedText().color() : pal.placeholderText().color());
  painter->drawText(nameRect.translated(0, line), Qt::AlignCenter, option.fontMetrics.elidedText(type, Qt::ElideRight, nameRect.width()));
  painter->restore();
}

}  // namespace ds::ui
