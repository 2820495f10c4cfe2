#pragma once

#include <QMessageBox>
#include <QString>

// Every modal box of the application goes through here, so GUI tests never block on one:
// after setNextAnswer() the next box is not shown and that answer is returned once.
class MessageBox
{
public:
    MessageBox() = delete;

    // Asks to go ahead with something that cannot be undone. Returns QMessageBox::Ok when the
    // user chose acceptText, QMessageBox::Cancel otherwise; Cancel is the default button.
    static QMessageBox::StandardButton confirm(QWidget *parent, const QString &title,
                                               const QString &text, const QString &informativeText,
                                               const QString &acceptText,
                                               QMessageBox::Icon icon = QMessageBox::Question);
    static QMessageBox::StandardButton warning(QWidget *parent, const QString &title,
                                               const QString &text,
                                               const QString &informativeText = {});
    static void information(QWidget *parent, const QString &title, const QString &text,
                            const QString &informativeText = {});
    static void about(QWidget *parent, const QString &title, const QString &text);

    // Unsaved changes: returns QMessageBox::Save, QMessageBox::Discard or QMessageBox::Cancel
    // (the default, and what Escape or closing the box answers).
    static QMessageBox::StandardButton askSaveDiscardCancel(QWidget *parent, const QString &title,
                                                            const QString &text,
                                                            const QString &informativeText);

    // Test seam: the next box returns this answer without being shown.
    static void setNextAnswer(QMessageBox::StandardButton answer);
    // Test seam: what the last box said (text and informative text), shown or not.
    static QString lastText();

private:
    static QMessageBox::StandardButton show(QMessageBox &box);
};
