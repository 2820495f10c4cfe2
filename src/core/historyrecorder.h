#pragma once

#include "historylog.h"
#include "revokeoutcome.h"

#include <QObject>

#include <memory>

struct ApiKey;
struct KeyCreateRequest;
struct KeyCreateResult;
struct KeyEditRequest;
struct KeyEditResult;

// How the window and the command line write outcomes to the history: durably, before the outcome
// is shown or printed, with group commit as databases do it. Records submitted while a sync is in
// progress go together into the next one; the write, the fsync and the history lock (shared with
// every other DocSpace Keys process) happen on a writer thread, once per group, so the event loop
// never waits on the disk. durable() says when a record, and every one before it, is on disk:
// show or print an outcome only then. Never takes a token: only what the history may hold.
class HistoryRecorder : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(HistoryRecorder)

public:
    // Empty path: HistoryLog::defaultPath(). source: "gui" or "cli", kept in every record.
    HistoryRecorder(const QString &path, const QString &source, QObject *parent = nullptr);
    // Writes what was submitted, then stops the writer.
    ~HistoryRecorder() override;

    QString path() const;
    QString source() const { return m_source; }

    // Queues the record for the next group commit and returns its ticket (increasing from 1);
    // durable() with a ticket at or past it follows once it is on disk (or could not be written).
    quint64 submit(const RevokeOutcome &outcome, const QString &portal, const QString &profile,
                   const QString &actor, const QString &keyName = {},
                   const QString &keyPostfix = {});
    quint64 submit(HistoryRecord record);
    // Several at once, into the same group; returns the last one's ticket.
    quint64 submitAll(QList<HistoryRecord> records);
    // Every ticket up to this one has been written (or failed) and reported by durable().
    quint64 durableTicket() const { return m_delivered; }
    // Blocks until everything submitted so far is on disk; false if some of it could not be
    // written (appendFailed said why). For callers that cannot wait for durable().
    bool waitForDurable();

    // Synchronous forms, on the same writer: one record now; or collect with enqueue() and write
    // the collected ones with flush() right before they are shown.
    bool record(const RevokeOutcome &outcome, const QString &portal, const QString &profile,
                const QString &actor, const QString &keyName = {}, const QString &keyPostfix = {});
    // A record made by creation() or edit(), with the portal, profile and actor filled in.
    bool record(HistoryRecord record, const QString &portal, const QString &profile,
                const QString &actor);
    void enqueue(const RevokeOutcome &outcome, const QString &portal, const QString &profile,
                 const QString &actor, const QString &keyName = {}, const QString &keyPostfix = {});
    bool flush();
    // What enqueue() collected, as one group, without waiting: returns the last one's ticket
    // (or the latest ticket when nothing was collected); durable() follows once it is on disk.
    quint64 submitCollected();

    // The records of a key's creation and of a change of its name or permissions, the same from
    // the window and the command line. A creation's record has the new key's id, name and
    // ending, never its secret (a failed one, the name asked for); `note` says why it was made
    // (a rotation's replacement). An edit's says what it asked to change against `before`, the
    // key as the list had it (its id alone when the list did not have it).
    static HistoryRecord creation(const KeyCreateRequest &request, const KeyCreateResult &result,
                                  const QString &note = {});
    static HistoryRecord edit(const ApiKey &before, const KeyEditRequest &request,
                              const KeyEditResult &result);
    // A rotation's replacement of `old`: a creation that says so.
    static HistoryRecord replacement(const ApiKey &old, const KeyCreateRequest &request,
                                     const KeyCreateResult &result);

    // The sentence of the last failure; empty after a successful write.
    QString lastError() const { return m_lastError; }
    // Groups written so far (each one lock, one write, one sync).
    int groupsWritten() const;

signals:
    // Every record up to and including `ticket` is on disk (ok) or could not be written.
    void durable(quint64 ticket, bool ok);
    void recorded(const HistoryRecord &record);
    void appendFailed(const QString &message);

private:
    struct Writer;
    HistoryRecord make(const RevokeOutcome &outcome, const QString &portal, const QString &profile,
                       const QString &actor, const QString &keyName,
                       const QString &keyPostfix) const;
    bool deliver(); // reports finished groups on this thread; false if one of them failed

    QString m_source;
    std::unique_ptr<Writer> m_writer;
    QList<HistoryRecord> m_collected;
    quint64 m_submitted = 0;
    quint64 m_delivered = 0;
    QString m_lastError;
};
