#pragma once

#include "historylog.h"
#include "revokeoutcome.h"

#include <QObject>

// How the window (and its dialogs) write an outcome to the history: durably, before the outcome
// is shown, and with a failure the window can put in front of the user.
class HistoryRecorder : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(HistoryRecorder)

public:
    // Empty path: HistoryLog::defaultPath().
    explicit HistoryRecorder(const QString &path = {}, QObject *parent = nullptr);

    QString path() const { return m_log.path(); }

    // Appends one record with source "gui"; returns false (and emits appendFailed) when the record
    // could not be made durable. Never takes a token: only what the history may hold.
    bool record(const RevokeOutcome &outcome, const QString &portal, const QString &profile,
                const QString &actor, const QString &keyName = {}, const QString &keyPostfix = {});
    // For batches: collect now, write with flush() right before the bunch is shown (one sync
    // for the bunch instead of one per key).
    void enqueue(const RevokeOutcome &outcome, const QString &portal, const QString &profile,
                 const QString &actor, const QString &keyName = {}, const QString &keyPostfix = {});
    bool flush();

    // The sentence of the last failure; empty after a successful append.
    QString lastError() const { return m_lastError; }

signals:
    void recorded(const HistoryRecord &record);
    void appendFailed(const QString &message);

private:
    bool write(const QList<HistoryRecord> &records);
    static HistoryRecord make(const RevokeOutcome &outcome, const QString &portal,
                              const QString &profile, const QString &actor, const QString &keyName,
                              const QString &keyPostfix);

    HistoryLog m_log;
    QList<HistoryRecord> m_queue;
    QString m_lastError;
};
