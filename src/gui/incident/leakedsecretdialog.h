#pragma once

#include "adminconnection.h"
#include "apikey.h"
#include "keybatch.h"
#include "leakedsecret.h"
#include "revokeoutcome.h"

#include <QDialog>
#include <QHash>
#include <QPointer>

class BatchRunner;
class HistoryRecorder;
class QCheckBox;
class QLabel;
class QPlainTextEdit;
class QProgressBar;
class QPushButton;
class QVBoxLayout;
class WarningBar;

// "Revoke leaked secret": the administrator pastes one secret or any text holding some; each
// sk- secret is identified through the portal (keys/@self with the secret), shown redacted with
// the key it belongs to, and revoked with the administrator's own token only after an explicit
// choice and a confirmation naming each key. A secret that no longer works lists the
// administrator's keys with the same ending, never chosen for them.
//
// The pasted text and the secrets live only in this dialog's memory: the text box is emptied as
// soon as the secrets are taken out of it, and everything is forgotten when the dialog closes.
class LeakedSecretDialog : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(LeakedSecretDialog)

public:
    // `recorder` may be null (nothing recorded); it must outlive the dialog.
    LeakedSecretDialog(const AdminConnection &admin, HistoryRecorder *recorder,
                       QWidget *parent = nullptr);
    ~LeakedSecretDialog() override;

    // Another profile was chosen in the window. Forgets every result.
    void setConnection(const AdminConnection &admin);

    bool isIdentifying() const { return m_pending > 0; }
    bool isRevoking() const;
    BatchRunner *runner() const { return m_runner; }
    int secretCount() const { return int(m_entries.size()); }
    // The keys currently ticked for revocation (each once).
    QList<ApiKey> selectedKeys() const;

public slots:
    // Takes every secret out of the text box (which is then emptied) and asks the portal about
    // each one.
    void findKeys();
    // Confirms (MessageBox), then revokes the ticked keys with the administrator's token.
    void revokeSelected();
    // Stops sending further revocations; those already sent finish and are reported.
    void cancelRevocation();

signals:
    // One per key acted on, already written to the history: for the window's status panel.
    void outcome(const RevokeOutcome &outcome, const ApiKey &key);
    void revocationFinished(const BatchSummary &summary);
    // At least one key was revoked: the window's key list is out of date.
    void keysChanged();

protected:
    void done(int result) override;
    void changeEvent(QEvent *event) override;

private:
    // Every text set in code: from the constructor and on QEvent::LanguageChange.
    void retranslate();
    struct Entry
    {
        QString redacted; // "sk-…abcd": all of the secret this dialog keeps once identified
        QLabel *state = nullptr;
        QWidget *details = nullptr;
        bool finished = false;
    };
    struct Choice
    {
        QCheckBox *check = nullptr;
        QLabel *result = nullptr;
        ApiKey key;
        int entry = 0;        // the secret it answers, by its place in the pasted text
        bool settled = false; // revoked: nothing more to choose
    };

    void forgetEverything();
    void onIdentified(int index, const SecretIdentity &identity, quint64 generation);
    QWidget *keyDetails(const ApiKey &key, QWidget *parent) const;
    void addChoice(int entry, QVBoxLayout *layout, QWidget *parent, const ApiKey &key,
                   bool identified);
    void onKeyFinished(const RevokeOutcome &outcome, const ApiKey &key);
    void onBatchFinished(const BatchSummary &summary);
    void updateButtons();
    QString describeKey(const ApiKey &key) const;

    AdminConnection m_admin;
    HistoryRecorder *m_recorder;
    QLabel *m_intro;
    QPlainTextEdit *m_textEdit;
    QPushButton *m_findButton;
    QLabel *m_findResult;
    QWidget *m_resultsWidget;
    QVBoxLayout *m_resultsLayout;
    WarningBar *m_warning;
    BatchRunner *m_runner;
    QPushButton *m_revokeButton;
    QPushButton *m_closeButton;

    QList<Entry> m_entries;
    QList<Choice> m_choices;
    QStringList m_revoked; // names of the keys revoked by the batch running
    int m_pending = 0;
    quint64 m_generation = 0; // answers for an earlier search are dropped
};
