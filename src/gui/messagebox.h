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

    // Your own key is among those about to change: QMessageBox::Yes (include it, acceptText),
    // QMessageBox::No (skip it, skipText) or QMessageBox::Cancel (the default: nothing at all).
    // A test seam answer of Ok counts as Yes.
    static QMessageBox::StandardButton askIncludeSkipCancel(QWidget *parent, const QString &title,
                                                            const QString &text,
                                                            const QString &informativeText,
                                                            const QString &acceptText,
                                                            const QString &skipText);

    // A name that exists already: Yes to replace it, Save to keep both (the new one renamed),
    // No to skip it, Cancel (the default) to stop. `forAllText` non-empty: a check box that
    // sets *forAll, to give the same answer to the rest.
    static QMessageBox::StandardButton askReplaceKeepSkip(QWidget *parent, const QString &title,
                                                          const QString &text,
                                                          const QString &informativeText,
                                                          const QString &forAllText, bool *forAll);
    // Test seam: the check box of the next box that has one is ticked (taken with the answer).
    static void setNextChecked(bool checked);

    // Test seam: the next box returns this answer without being shown (NoButton: none queued).
    static void setNextAnswer(QMessageBox::StandardButton answer);
    // Test seam: the next boxes return these answers, in order, without being shown.
    static void setNextAnswers(const QList<QMessageBox::StandardButton> &answers);
    // Test seam: what the user "types" into the next confirmation that asks for the number of
    // keys (KeyChangeConfirmation above 10 keys). Taken with the next answer.
    static void setNextTypedText(const QString &text);
    // For confirmations built elsewhere (KeyChangeConfirmation): notes the text as lastText()
    // and, when the seam holds an answer, takes it (and the typed text) and returns true.
    static bool takeSeamAnswer(const QString &text, QMessageBox::StandardButton *answer,
                               QString *typedText = nullptr);
    // Test seam: how many queued answers are still to be taken.
    static int pendingAnswers();
    // Test seam: what the last box said (text and informative text), shown or not.
    static QString lastText();

private:
    static QMessageBox::StandardButton show(QMessageBox &box);
};
