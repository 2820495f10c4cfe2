#pragma once

#include <QCoreApplication>

#include "revokeoutcome.h"

#include <QDateTime>
#include <QJsonObject>
#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

// One attempt to create, change, revoke, deactivate or reactivate a key, as the history keeps
// it. Never a token, never a secret.
struct HistoryRecord
{
    QDateTime time;     // UTC
    QString portal;     // origin
    QString profile;    // empty when none was used
    QString actor;      // the signed-in user's name, when known
    QString keyId;      // empty only for a creation that made no key
    QString keyName;    // when known
    QString keyPostfix; // when known
    KeyOperation operation = KeyOperation::Revoke;
    QString outcome; // RevokeOutcome::kindName()
    int httpStatus = 0;
    QString message;
    QString source;      // "gui" or "cli"
    QStringList changes; // an edit's: "name", "permissions" (what it asked to change)

    static HistoryRecord fromOutcome(const RevokeOutcome &outcome, const QString &portal,
                                     const QString &profile, const QString &source);
    QJsonObject toJson() const;
    static std::optional<HistoryRecord> fromJson(const QJsonObject &object);
};

// The revocation history: a JSON-lines file in the user's data folder, shared by the window and
// the command line. Each record is written whole under a lock (no interleaved lines between
// processes), flushed and synced to disk before append() returns, so a record that was reported
// survives a crash or SIGKILL. A torn last line is skipped with a warning, never fatal.
class HistoryLog
{
    Q_DECLARE_TR_FUNCTIONS(HistoryLog)

public:
    // Empty path: defaultPath().
    explicit HistoryLog(QString path = {});

    static QString defaultPath();
    QString path() const { return m_path; }

    // False with a sentence in *error when the record could not be made durable.
    bool append(const HistoryRecord &record, QString *error);
    // Several records under one lock and one sync: for batches, whose outcomes are shown in
    // bunches, so that a thousand keys do not cost a thousand trips to the disk.
    bool append(const QList<HistoryRecord> &records, QString *error);

    struct ReadResult
    {
        QList<HistoryRecord> records; // oldest first, as written
        QStringList warnings;         // lines that could not be read, and why
        qint64 end = 0;               // offset after the last complete line read
        int lines = 0;                // complete lines read
    };
    ReadResult read() const { return read(0, 1); }
    // Only what was appended since `from` (an `end` of an earlier read), so that following a
    // long history costs the new lines, not the whole file. A last line still being written is
    // left for the next read. `firstLine` numbers the lines in warnings.
    ReadResult read(qint64 from, int firstLine) const;

private:
    QString m_path;
};
