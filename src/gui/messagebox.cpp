#include "messagebox.h"

#include <QCheckBox>
#include <QCoreApplication>
#include <QPushButton>

#include <QList>

#include <utility>

namespace {
QList<QMessageBox::StandardButton> g_nextAnswers;
QString g_nextTypedText;
QString g_lastText;
bool g_nextChecked = false;
} // namespace

QMessageBox::StandardButton MessageBox::confirm(QWidget *parent, const QString &title,
                                                const QString &text, const QString &informativeText,
                                                const QString &acceptText, QMessageBox::Icon icon)
{
    QMessageBox box(icon, title, text, QMessageBox::Ok | QMessageBox::Cancel, parent);
    // Server-supplied names and messages can end up in here: never render them as markup.
    box.setTextFormat(Qt::PlainText);
    box.setInformativeText(informativeText);
    QAbstractButton *accept = box.button(QMessageBox::Ok);
    accept->setText(acceptText);
    // The style's "OK" icon would contradict a button that says what it does.
    accept->setIcon(QIcon());
    box.setDefaultButton(QMessageBox::Cancel);
    box.setEscapeButton(QMessageBox::Cancel);
    const QMessageBox::StandardButton answer = show(box);
    return answer == QMessageBox::Ok ? QMessageBox::Ok : QMessageBox::Cancel;
}

QMessageBox::StandardButton MessageBox::warning(QWidget *parent, const QString &title,
                                                const QString &text, const QString &informativeText)
{
    QMessageBox box(QMessageBox::Warning, title, text, QMessageBox::Ok, parent);
    box.setTextFormat(Qt::PlainText);
    box.setInformativeText(informativeText);
    return show(box);
}

void MessageBox::information(QWidget *parent, const QString &title, const QString &text,
                             const QString &informativeText)
{
    QMessageBox box(QMessageBox::Information, title, text, QMessageBox::Ok, parent);
    box.setTextFormat(Qt::PlainText);
    box.setInformativeText(informativeText);
    show(box);
}

QMessageBox::StandardButton MessageBox::askSaveDiscardCancel(QWidget *parent, const QString &title,
                                                             const QString &text,
                                                             const QString &informativeText)
{
    QMessageBox box(QMessageBox::Warning, title, text,
                    QMessageBox::Save | QMessageBox::Discard | QMessageBox::Cancel, parent);
    box.setTextFormat(Qt::PlainText);
    box.setInformativeText(informativeText);
    box.setDefaultButton(QMessageBox::Cancel);
    box.setEscapeButton(QMessageBox::Cancel);
    const QMessageBox::StandardButton answer = show(box);
    if (answer == QMessageBox::Save || answer == QMessageBox::Discard)
        return answer;
    return QMessageBox::Cancel;
}

void MessageBox::about(QWidget *parent, const QString &title, const QString &text)
{
    QMessageBox box(QMessageBox::NoIcon, title, text, QMessageBox::Ok, parent);
    box.setTextFormat(Qt::PlainText);
    if (parent)
        box.setIconPixmap(parent->windowIcon().pixmap(64, 64));
    show(box);
}

QMessageBox::StandardButton MessageBox::askIncludeSkipCancel(QWidget *parent, const QString &title,
                                                             const QString &text,
                                                             const QString &informativeText,
                                                             const QString &acceptText,
                                                             const QString &skipText)
{
    QMessageBox box(QMessageBox::Warning, title, text,
                    QMessageBox::Yes | QMessageBox::No | QMessageBox::Cancel, parent);
    box.setTextFormat(Qt::PlainText);
    box.setInformativeText(informativeText);
    QAbstractButton *include = box.button(QMessageBox::Yes);
    include->setText(acceptText);
    include->setIcon(QIcon());
    QAbstractButton *skip = box.button(QMessageBox::No);
    skip->setText(skipText);
    skip->setIcon(QIcon());
    box.setDefaultButton(QMessageBox::Cancel);
    box.setEscapeButton(QMessageBox::Cancel);
    const QMessageBox::StandardButton answer = show(box);
    if (answer == QMessageBox::Yes || answer == QMessageBox::Ok)
        return QMessageBox::Yes;
    if (answer == QMessageBox::No)
        return QMessageBox::No;
    return QMessageBox::Cancel;
}

QMessageBox::StandardButton MessageBox::askReplaceKeepSkip(QWidget *parent, const QString &title,
                                                           const QString &text,
                                                           const QString &informativeText,
                                                           const QString &forAllText, bool *forAll)
{
    QMessageBox box(QMessageBox::Question, title, text, QMessageBox::NoButton, parent);
    box.setTextFormat(Qt::PlainText);
    box.setInformativeText(informativeText);
    QPushButton *replace = box.addButton(QCoreApplication::translate("MessageBox", "&Replace"),
                                         QMessageBox::DestructiveRole);
    QPushButton *keep = box.addButton(QCoreApplication::translate("MessageBox", "&Keep Both"),
                                      QMessageBox::AcceptRole);
    QPushButton *skip =
        box.addButton(QCoreApplication::translate("MessageBox", "&Skip"), QMessageBox::RejectRole);
    QPushButton *cancel = box.addButton(QMessageBox::Cancel);
    box.setDefaultButton(cancel);
    box.setEscapeButton(cancel);
    QCheckBox *all = nullptr;
    if (!forAllText.isEmpty()) {
        all = new QCheckBox(forAllText, &box);
        box.setCheckBox(all);
    }
    g_lastText = text + QLatin1Char('\n') + informativeText;
    QMessageBox::StandardButton answer = QMessageBox::Cancel;
    if (!g_nextAnswers.isEmpty()) {
        answer = g_nextAnswers.takeFirst();
        if (all)
            all->setChecked(std::exchange(g_nextChecked, false));
    } else {
        box.exec();
        const QAbstractButton *clicked = box.clickedButton();
        answer = clicked == replace ? QMessageBox::Yes
                 : clicked == keep  ? QMessageBox::Save
                 : clicked == skip  ? QMessageBox::No
                                    : QMessageBox::Cancel;
    }
    if (forAll)
        *forAll = all && all->isChecked() && answer != QMessageBox::Cancel;
    if (answer == QMessageBox::Yes || answer == QMessageBox::Save || answer == QMessageBox::No)
        return answer;
    return QMessageBox::Cancel;
}

void MessageBox::setNextChecked(bool checked)
{
    g_nextChecked = checked;
}

void MessageBox::setNextAnswer(QMessageBox::StandardButton answer)
{
    g_nextAnswers.clear();
    g_nextTypedText.clear();
    if (answer != QMessageBox::NoButton)
        g_nextAnswers.append(answer);
}

void MessageBox::setNextAnswers(const QList<QMessageBox::StandardButton> &answers)
{
    g_nextAnswers = answers;
    g_nextAnswers.removeAll(QMessageBox::NoButton);
}

int MessageBox::pendingAnswers()
{
    return int(g_nextAnswers.size());
}

void MessageBox::setNextTypedText(const QString &text)
{
    g_nextTypedText = text;
}

bool MessageBox::takeSeamAnswer(const QString &text, QMessageBox::StandardButton *answer,
                                QString *typedText)
{
    g_lastText = text;
    if (g_nextAnswers.isEmpty())
        return false;
    *answer = g_nextAnswers.takeFirst();
    if (typedText)
        *typedText = g_nextTypedText;
    g_nextTypedText.clear();
    return true;
}

QString MessageBox::lastText()
{
    return g_lastText;
}

QMessageBox::StandardButton MessageBox::show(QMessageBox &box)
{
    g_lastText = box.informativeText().isEmpty()
                     ? box.text()
                     : box.text() + QLatin1Char('\n') + box.informativeText();
    if (!g_nextAnswers.isEmpty())
        return g_nextAnswers.takeFirst();
    box.exec();
    return box.standardButton(box.clickedButton());
}
