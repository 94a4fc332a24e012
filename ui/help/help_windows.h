#pragma once

class QMenuBar;
class QWidget;

namespace ds::ui {

// Help ▸ User guide: docs/gui.md as embedded at :/help (resources/defectscope.qrc), with its images.
void showUserGuide(QWidget* parent);
// Help ▸ Keyboard shortcuts: every menu command that has one, read from the menus themselves.
void showShortcuts(const QMenuBar* menus, QWidget* parent);

}  // namespace ds::ui
