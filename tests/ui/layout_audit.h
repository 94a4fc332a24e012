#pragma once

#include <QStringList>

class QWidget;

namespace dstest {

// Every visible widget under root whose text does not fit it, measured with its own font against its
// geometry: a label, button, check box, combo box, group box, dock or tab title, or header section
// whose text is wider than the room it has; a word-wrapped label taller than its height; a widget
// squashed below its minimum size hint. One line a problem, naming the widget's class, object name
// and text.
QStringList layoutProblems(QWidget* root);

}  // namespace dstest
