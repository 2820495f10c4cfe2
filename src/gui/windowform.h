#pragma once

#include <QList>

class QWidget;
namespace Ui {
class MainWindow;
}

// The main window's form as laid out once: the fixed settings of its widgets, the space its
// parts get, and the order Tab follows on the Revoke tab. MainWindow only wires the parts;
// how they sit is here.
namespace WindowForm {

// The widgets' fixed settings: scheme choices, icons, shortcuts, what starts hidden, the label
// column's width. Right after setupUi().
void arrangeFields(Ui::MainWindow *ui);

// The space: the key list takes what a small screen has to spare, headings share a row with
// what they head. After the key list is set up.
void arrangeSpace(Ui::MainWindow *ui);

// The Tab order above the tabs: the warning bars' buttons, the profile row, the tab bar.
QList<QWidget *> headChain(const Ui::MainWindow *ui);

// The Revoke tab's Tab order after headChain(): the form, the keys (the table one stop), the
// buttons under them, the results.
QList<QWidget *> revokeTabChain(const Ui::MainWindow *ui);

// Moves the focus along the chain from the focused widget to the next (or previous) one that
// takes Tab focus. False when the focused widget is not on the chain or nothing else takes it.
bool moveFocus(const QList<QWidget *> &chain, QWidget *focused, bool next);

} // namespace WindowForm
