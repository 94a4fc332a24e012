#include "tests/ui/layout_audit.h"

#include <QAbstractButton>
#include <QAbstractScrollArea>
#include <QCheckBox>
#include <QComboBox>
#include <QDockWidget>
#include <QGroupBox>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QRadioButton>
#include <QStyleOptionButton>
#include <QStyleOptionComboBox>
#include <QTabBar>
#include <QTextDocument>
#include <QToolButton>

namespace dstest {
namespace {

QString describe(const QWidget* w, const QString& text) {
  QString shown = text.simplified();
  if (shown.size() > 60) shown = shown.left(57) + QStringLiteral("...");
  return QStringLiteral("%1 \"%2\" (%3)").arg(QString::fromLatin1(w->metaObject()->className()), w->objectName(), shown);
}

QString plain(const QString& text) {
  QString t = text;
  return t.remove(QRegularExpression(QStringLiteral("&(?!&)")));  // mnemonics take no room
}

// The widest line of text, as the widget's font draws it.
int textWidth(const QFontMetrics& fm, const QString& text) {
  int widest = 0;
  for (const QString& line : plain(text).split(QLatin1Char('\n'))) widest = std::max(widest, fm.horizontalAdvance(line));
  return widest;
}

// Whether w lies inside a scroll area's viewport: there it may be wider than what is on screen.
bool scrolled(const QWidget* w) {
  for (const QWidget* p = w->parentWidget(); p; p = p->parentWidget())
    if (const auto* area = qobject_cast<const QAbstractScrollArea*>(p); area && area->viewport()->isAncestorOf(w)) return true;
  return false;
}

void checkLabel(const QLabel* label, QStringList& problems) {
  if (label->text().isEmpty() || !label->pixmap().isNull()) return;
  const QRect room = label->contentsRect().adjusted(label->margin(), label->margin(), -label->margin(), -label->margin());
  if (label->wordWrap()) {
    const int needed = label->heightForWidth(label->width());
    if (needed > label->height() + 1)
      problems << QStringLiteral("%1 needs %2 px of height, has %3").arg(describe(label, label->text())).arg(needed).arg(label->height());
    return;
  }
  int needed;
  if (Qt::mightBeRichText(label->text()) && label->textFormat() != Qt::PlainText) {
    QTextDocument doc;
    doc.setDefaultFont(label->font());
    doc.setHtml(label->text());
    doc.setDocumentMargin(0);
    needed = int(std::ceil(doc.idealWidth()));
  } else {
    needed = textWidth(label->fontMetrics(), label->text());
  }
  if (needed > room.width() + 1)
    problems << QStringLiteral("%1 needs %2 px, has %3").arg(describe(label, label->text())).arg(needed).arg(room.width());
}

void checkButton(const QAbstractButton* button, QStringList& problems) {
  if (button->text().isEmpty()) return;
  QStyleOptionButton option;
  option.initFrom(button);
  option.text = button->text();
  option.icon = button->icon();
  option.iconSize = button->iconSize();
  QStyle::SubElement contents = QStyle::SE_PushButtonContents;
  int extra = 0;
  if (qobject_cast<const QCheckBox*>(button)) {
    contents = QStyle::SE_CheckBoxContents;
  } else if (qobject_cast<const QRadioButton*>(button)) {
    contents = QStyle::SE_RadioButtonContents;
  } else if (qobject_cast<const QToolButton*>(button)) {
    return;  // tool buttons are icons or elide by design
  } else if (!button->icon().isNull()) {
    extra = button->iconSize().width() + 4;
  }
  const int room = button->style()->subElementRect(contents, &option, button).width();
  const int needed = textWidth(button->fontMetrics(), button->text()) + extra;
  if (needed > room + 1) problems << QStringLiteral("%1 needs %2 px, has %3").arg(describe(button, button->text())).arg(needed).arg(room);
}

void checkCombo(const QComboBox* combo, QStringList& problems) {
  if (combo->isEditable() || combo->currentText().isEmpty()) return;
  QStyleOptionComboBox option;
  option.initFrom(combo);
  option.currentText = combo->currentText();
  const int room = combo->style()->subControlRect(QStyle::CC_ComboBox, &option, QStyle::SC_ComboBoxEditField, combo).width();
  const int needed = textWidth(combo->fontMetrics(), combo->currentText()) + (combo->itemIcon(combo->currentIndex()).isNull() ? 0 : combo->iconSize().width() + 4);
  if (needed > room + 1) problems << QStringLiteral("%1 needs %2 px, has %3").arg(describe(combo, combo->currentText())).arg(needed).arg(room);
}

void checkTabs(const QTabBar* tabs, QStringList& problems) {
  const int padding = tabs->style()->pixelMetric(QStyle::PM_TabBarTabHSpace, nullptr, tabs);
  for (int i = 0; i < tabs->count(); ++i) {
    if (!tabs->isTabVisible(i)) continue;
    const int needed = textWidth(tabs->fontMetrics(), tabs->tabText(i)) + padding;
    if (needed > tabs->tabRect(i).width() + 1)
      problems << QStringLiteral("%1 tab needs %2 px, has %3").arg(describe(tabs, tabs->tabText(i))).arg(needed).arg(tabs->tabRect(i).width());
  }
}

void checkHeader(const QHeaderView* header, QStringList& problems) {
  if (!header->isVisible() || !header->model()) return;
  const int margin = header->style()->pixelMetric(QStyle::PM_HeaderMargin, nullptr, header);
  for (int i = 0; i < header->count(); ++i) {
    if (header->isSectionHidden(i)) continue;
    const QString text = header->model()->headerData(i, header->orientation()).toString();
    if (text.isEmpty()) continue;
    QFont font = header->font();
    const int needed = textWidth(QFontMetrics(font), text) + 2 * margin;
    const int room = header->orientation() == Qt::Horizontal ? header->sectionSize(i) : header->width();
    if (needed > room + 1) problems << QStringLiteral("%1 section needs %2 px, has %3").arg(describe(header, text)).arg(needed).arg(room);
  }
}

void checkTitle(const QWidget* w, const QString& title, int room, QStringList& problems) {
  const int needed = textWidth(w->fontMetrics(), title);
  if (!title.isEmpty() && needed > room + 1)
    problems << QStringLiteral("%1 title needs %2 px, has %3").arg(describe(w, title)).arg(needed).arg(room);
}

}  // namespace

QStringList layoutProblems(QWidget* root) {
  QStringList problems;
  QList<QWidget*> widgets = root->findChildren<QWidget*>();
  widgets.prepend(root);
  for (QWidget* w : widgets) {
    if (!w->isVisible() || w->isWindow() != (w == root)) continue;
    if (auto* label = qobject_cast<QLabel*>(w)) checkLabel(label, problems);
    else if (auto* button = qobject_cast<QAbstractButton*>(w)) checkButton(button, problems);
    else if (auto* combo = qobject_cast<QComboBox*>(w)) checkCombo(combo, problems);
    else if (auto* tabs = qobject_cast<QTabBar*>(w)) checkTabs(tabs, problems);
    else if (auto* header = qobject_cast<QHeaderView*>(w)) checkHeader(header, problems);
    else if (auto* group = qobject_cast<QGroupBox*>(w)) checkTitle(group, group->title(), group->width() - 16, problems);
    else if (auto* dock = qobject_cast<QDockWidget*>(w)) checkTitle(dock, dock->windowTitle(), dock->width() - 48, problems);
    // Squashed: a layout gives a widget at least its minimum size hint unless the window is too small.
    // (Qt's own dock title buttons are drawn at the style's size, whatever their minimum.)
    if (w != root && !scrolled(w) && w->parentWidget() && w->parentWidget()->layout() &&
        !w->inherits("QDockWidgetTitleButton")) {
      const QSize minimum = w->minimumSizeHint().expandedTo(w->minimumSize());
      const QSizePolicy policy = w->sizePolicy();
      const bool squashedX = policy.horizontalPolicy() != QSizePolicy::Ignored && minimum.width() > 0 && w->width() + 1 < minimum.width();
      const bool squashedY = policy.verticalPolicy() != QSizePolicy::Ignored && minimum.height() > 0 && w->height() + 1 < minimum.height();
      if (squashedX || squashedY)
        problems << QStringLiteral("%1 squashed to %2×%3 below its minimum %4×%5")
                        .arg(describe(w, QString()))
                        .arg(w->width())
                        .arg(w->height())
                        .arg(minimum.width())
                        .arg(minimum.height());
    }
  }
  return problems;
}

}  // namespace dstest
