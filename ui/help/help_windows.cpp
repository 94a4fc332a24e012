#include "ui/help/help_windows.h"

#include <QAction>
#include <QCoreApplication>
#include <QGuiApplication>
#include <QRegularExpression>
#include <QDialog>
#include <QDialogButtonBox>
#include <QHeaderView>
#include <QMenu>
#include <QMenuBar>
#include <QScreen>
#include <QTableWidget>
#include <QTextBrowser>
#include <QVBoxLayout>

namespace ds::ui {
namespace {

QString withoutMnemonic(QString text) { return text.remove(QRegularExpression(QStringLiteral("&(?!&)"))); }

QDialog* helpDialog(QWidget* parent, const QString& title, QWidget* content, const QString& objectName) {
  auto* dialog = new QDialog(parent);
  dialog->setObjectName(objectName);
  dialog->setAttribute(Qt::WA_DeleteOnClose);
  dialog->setWindowTitle(title);
  auto* buttons = new QDialogButtonBox(QDialogButtonBox::Close);
  QObject::connect(buttons, &QDialogButtonBox::rejected, dialog, &QDialog::close);
  auto* layout = new QVBoxLayout(dialog);
  layout->addWidget(content, 1);
  layout->addWidget(buttons);
  return dialog;
}

// Adds the menu's commands with shortcuts (submenus first-level deep, as the menus show them).
void collect(const QMenu* menu, const QString& path, QList<std::pair<QString, QString>>& rows) {
  for (QAction* a : menu->actions()) {
    if (a->menu()) collect(a->menu(), path + withoutMnemonic(a->text()) + QStringLiteral(" ▸ "), rows);
    else if (!a->shortcut().isEmpty() && !a->isSeparator())
      rows.append({path + withoutMnemonic(a->text()), a->shortcut().toString(QKeySequence::NativeText)});
  }
}

}  // namespace

void showUserGuide(QWidget* parent) {
  auto* browser = new QTextBrowser;
  browser->setObjectName(QStringLiteral("userGuide"));
  browser->setOpenExternalLinks(true);
  browser->setSearchPaths({QStringLiteral(":/help")});
  browser->setSource(QUrl(QStringLiteral("qrc:/help/gui.md")), QTextDocument::MarkdownResource);
  QDialog* dialog = helpDialog(parent, QCoreApplication::translate("HelpWindows", "DefectScope user guide"), browser, QStringLiteral("userGuideDialog"));
  const QSize screen = (parent ? parent->screen() : QGuiApplication::primaryScreen())->availableGeometry().size();
  dialog->resize(QSize(900, 1000).boundedTo(screen * 0.9));
  dialog->show();
}

void showShortcuts(const QMenuBar* menus, QWidget* parent) {
  QList<std::pair<QString, QString>> rows;
  for (QAction* a : menus->actions())
    if (a->menu()) collect(a->menu(), withoutMnemonic(a->text()) + QStringLiteral(" ▸ "), rows);
  // Keys of the image view itself, which no menu lists.
  rows.append({QCoreApplication::translate("HelpWindows", "Image view: next image"), QCoreApplication::translate("HelpWindows", "Right, Down, Space, Page Down")});
  rows.append({QCoreApplication::translate("HelpWindows", "Image view: previous image"), QCoreApplication::translate("HelpWindows", "Left, Up, Page Up")});
  rows.append({QCoreApplication::translate("HelpWindows", "Image view: zoom, fit"), QCoreApplication::translate("HelpWindows", "Mouse wheel; double-click")});
  auto* table = new QTableWidget(int(rows.size()), 2);
  table->setObjectName(QStringLiteral("shortcuts"));
  table->setHorizontalHeaderLabels({QCoreApplication::translate("HelpWindows", "Command"), QCoreApplication::translate("HelpWindows", "Keys")});
  table->verticalHeader()->hide();
  table->setEditTriggers(QAbstractItemView::NoEditTriggers);
  for (int i = 0; i < rows.size(); ++i) {
    table->setItem(i, 0, new QTableWidgetItem(rows[i].first));
    table->setItem(i, 1, new QTableWidgetItem(rows[i].second));
  }
  table->resizeColumnsToContents();
  table->horizontalHeader()->setStretchLastSection(true);
  QDialog* dialog = helpDialog(parent, QCoreApplication::translate("HelpWindows", "Keyboard shortcuts"), table, QStringLiteral("shortcutsDialog"));
  dialog->resize(table->horizontalHeader()->length() + 60, std::min(table->verticalHeader()->length() + 120, 700));
  dialog->show();
}

}  // namespace ds::ui
