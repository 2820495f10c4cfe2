#pragma once

#include "keyidlist.h"
#include "revokeoutcome.h"

#include <QDialog>
#include <QStringList>

class QDialogButtonBox;
class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QPushButton;

// Asks before a batch: what happens to which keys, names shown as plain text. Above
// TypeCountAbove keys the user types the number of keys before the accept button works, so a
// stray Enter cannot revoke hundreds. Opened with open(): tests answer it like a user.
class BatchConfirmDialog : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(BatchConfirmDialog)

public:
    static constexpr int TypeCountAbove = KeyChangeTypeCountAbove;

    BatchConfirmDialog(const QString &title, const QString &question, const QString &consequence,
                       const QStringList &keyLines, const QString &acceptText,
                       QWidget *parent = nullptr);

    int count() const { return int(m_count); }
    bool needsTypedCount() const { return m_count > TypeCountAbove; }
    QPushButton *acceptButton() const { return m_accept; }

private:
    void updateAccept();

    qsizetype m_count;
    QLineEdit *m_countEdit = nullptr;
    QPushButton *m_accept;
};

// "Revoke by paste": one id per line or a CSV export with an id column. Lines that hold no key
// id are listed with the reason and skipped.
class PasteIdsDialog : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(PasteIdsDialog)

public:
    explicit PasteIdsDialog(QWidget *parent = nullptr);

    void setText(const QString &text);
    const KeyIdList &ids() const { return m_list; }

private:
    void reparse();

    KeyIdList m_list;
    QPlainTextEdit *m_edit;
    QLabel *m_summary;
    QPlainTextEdit *m_rejected;
    QPushButton *m_accept;
};
