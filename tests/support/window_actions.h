#pragma once

#include <QAction>
#include <QSignalSpy>
#include <QWidget>

#include "ui/main_window.h"

namespace dstest {

// The window's action (a menu entry) whose text is exactly text, as the user reads it; nullptr when
// there is none.
inline QAction* menuAction(QWidget* window, const QString& text) {
  for (QAction* a : window->findChildren<QAction*>())
    if (a->text() == text) return a;
  return nullptr;
}

// Shows the window at a 1366×768 laptop's size and opens folder as its dataset, as File ▸ Open does;
// false when it has not opened within a minute.
inline bool showAndOpenDataset(ds::ui::MainWindow& window, const QString& folder) {
  window.resize(1366, 768);
  window.show();
  QSignalSpy opened(&window, &ds::ui::MainWindow::datasetOpened);
  window.openDataset(folder);
  return opened.wait(60000);
}

}  // namespace dstest
