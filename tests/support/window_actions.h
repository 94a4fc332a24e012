#pragma once

#include <QAction>
#include <QWidget>

namespace dstest {

// The window's action (a menu entry) whose text is exactly text, as the user reads it; nullptr when
// there is none.
inline QAction* menuAction(QWidget* window, const QString& text) {
  for (QAction* a : window->findChildren<QAction*>())
    if (a->text() == text) return a;
  return nullptr;
}

}  // namespace dstest
