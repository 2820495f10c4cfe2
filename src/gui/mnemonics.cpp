#include "mnemonics.h"

#include <QAbstractButton>
#include <QGroupBox>
#include <QLabel>
#include <QMainWindow>
#include <QMenuBar>
#include <QTabWidget>

namespace Mnemonics {

QChar of(const QString &text)
{
    for (qsizetype i = 0; i + 1 < text.size(); ++i) {
        if (text.at(i) != QLatin1Char('&'))
            continue;
        if (text.at(i + 1) == QLatin1Char('&')) {
            ++i;
            continue;
        }
        return text.at(i + 1).toLower();
    }
    return {};
}

QString literal(QString text)
{
    return text.replace(QLatin1Char('&'), QLatin1String("&&"));
}

bool onHiddenTabPage(const QWidget *widget, const QWidget *root)
{
    for (const QWidget *w = widget; w && w != root; w = w->parentWidget()) {
        // A page's parent is the tab widget's stack, whose parent is the tab widget.
        const QWidget *stack = w->parentWidget();
        auto *tabs = qobject_cast<const QTabWidget *>(stack ? stack->parentWidget() : nullptr);
        if (tabs && tabs->indexOf(const_cast<QWidget *>(w)) >= 0 && tabs->currentWidget() != w)
            return true;
    }
    return false;
}

QSet<QChar> taken(QWidget *window, const QWidget *except)
{
    QSet<QChar> letters;
    if (!window)
        return letters;
    for (QWidget *widget : window->findChildren<QWidget *>()) {
        if (widget->window() != window || onHiddenTabPage(widget, window) ||
            (except && (widget == except || except->isAncestorOf(widget))))
            continue;
        QString text;
        if (auto *label = qobject_cast<QLabel *>(widget))
            text = label->buddy() ? label->text() : QString();
        else if (auto *button = qobject_cast<QAbstractButton *>(widget))
            text = button->text();
        else if (auto *box = qobject_cast<QGroupBox *>(widget))
            text = box->title();
        const QChar letter = of(text);
        if (!letter.isNull())
            letters.insert(letter);
    }
    if (auto *main = qobject_cast<QMainWindow *>(window)) {
        for (QAction *action : main->menuBar()->actions()) {
            const QChar letter = of(action->text());
            if (!letter.isNull())
                letters.insert(letter);
        }
    }
    return letters;
}

QString withFreeLetter(const QString &text, QSet<QChar> *taken)
{
    const QString escaped = literal(text);
    for (qsizetype i = 0; i < escaped.size(); ++i) {
        const QChar c = escaped.at(i);
        if (c == QLatin1Char('&')) {
            ++i; // the doubled ampersand
            continue;
        }
        // Letters of scripts typed one key per letter; CJK ideographs and kana are not.
        if (!c.isLetter() || c.unicode() >= 0x2E80 || taken->contains(c.toLower()))
            continue;
        taken->insert(c.toLower());
        return escaped.left(i) + QLatin1Char('&') + escaped.mid(i);
    }
    // As Japanese and Chinese write it: a Latin letter in brackets after the text.
    for (char16_t letter = u'a'; letter <= u'z'; ++letter) {
        if (taken->contains(QChar(letter)))
            continue;
        taken->insert(QChar(letter));
        const bool cjk = !escaped.isEmpty() && escaped.back().unicode() >= 0x2E80;
        return escaped + (cjk ? QString() : QStringLiteral(" ")) + QStringLiteral("(&") +
               QChar(letter).toUpper() + QLatin1Char(')');
    }
    return escaped;
}

} // namespace Mnemonics
