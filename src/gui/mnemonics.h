#pragma once

#include <QChar>
#include <QSet>
#include <QString>

class QWidget;

// Alt+letter accelerators of a window: which letters its texts' "&" take, and a free one for
// texts made at run time (the Report's finding cards), so that no two controls showing at the
// same time answer the same Alt+letter.
namespace Mnemonics {

// The letter (lower case) that the "&" of `text` makes an accelerator of; null when it has
// none ("&&" is a literal ampersand).
QChar of(const QString &text);

// True when `widget` sits on a page of a tab widget that is not the page showing.
bool onHiddenTabPage(const QWidget *widget, const QWidget *root);

// `text` shown as it is on a button or a label with a buddy: its ampersands doubled, so that none
// makes an accelerator (key names and portal texts may hold one).
QString literal(QString text);

// The letters taken in `window`: its menu bar, and the labels with a buddy, buttons and group
// boxes of the tab page showing and outside the tabs; those inside `except` left out.
QSet<QChar> taken(QWidget *window, const QWidget *except = nullptr);

// `text` (plain, its own ampersands doubled) with "&" before its first letter that is not in
// *taken, which then takes it; when none is free (or the text is Japanese or Chinese), a free
// Latin letter in brackets after it, "(&X)"; unchanged when every letter is taken.
QString withFreeLetter(const QString &text, QSet<QChar> *taken);

} // namespace Mnemonics
