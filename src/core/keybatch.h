#pragma once

#include <QCoreApplication>

#include "connectionsettings.h"
#include "revokeoutcome.h"

#include <QElapsedTimer>
#include <QHash>
#include <QObject>
#include <QStringList>
#include <QTimer>

class DocSpaceClient;
class QNetworkAccessManager;
class RevokeOperation;

struct BatchSummary
{
    Q_DECLARE_TR_FUNCTIONS(BatchSummary)

public:
    int total = 0;
    int succeeded = 0;
    int failed = 0;    // answered or failed other than success or cancelled
    int cancelled = 0; // never sent, or cut short, because the batch was cancelled
    qint64 elapsedMs = 0;
    QHash<OutcomeKind, int> byKind;

    // "Revoked 197 of 200 keys; 2 refused, 1 not found." and the like.
    QString sentence(KeyOperation operation) const;
};

// Revokes (or deactivates, or reactivates) many keys with bounded concurrency. A 429 pauses the
// whole batch for Retry-After before anything new is sent; cancelling lets requests in flight
// finish and reports the rest as cancelled. Serves the window and the command line alike.
class KeyBatch : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(KeyBatch)

public:
    static constexpr int DefaultConcurrency = 6;
    static constexpr int MaxConcurrency = 32;

    KeyBatch(QNetworkAccessManager *network, const ConnectionSettings &settings,
             KeyOperation operation, QStringList ids, QObject *parent = nullptr);
    ~KeyBatch() override;

    void setConcurrency(int concurrency); // clamped to 1..MaxConcurrency
    int concurrency() const { return m_concurrency; }
    KeyOperation operation() const { return m_operation; }

    void start();
    void cancel();

    int total() const { return int(m_ids.size()); }
    int done() const { return m_summary.succeeded + m_summary.failed + m_summary.cancelled; }
    int failed() const { return m_summary.failed; }
    int left() const { return total() - done(); }
    bool isRunning() const { return m_started && !m_finished; }
    bool isPaused() const { return m_pause.isActive(); }
    // From the pace so far; -1 until a key has finished.
    qint64 estimatedMsLeft() const;

signals:
    void keyFinished(const RevokeOutcome &outcome);
    void progress(int done, int failed, int left);
    void paused(int seconds); // the portal said 429: nothing new is sent for this long
    void resumed();
    void finished(const BatchSummary &summary);

private:
    void launchMore();
    void onFinished(const RevokeOutcome &outcome);
    void record(const RevokeOutcome &outcome);
    void finishIfDone();

    DocSpaceClient *m_client;
    KeyOperation m_operation;
    QStringList m_ids;
    qsizetype m_next = 0;
    int m_inFlight = 0;
    int m_concurrency = DefaultConcurrency;
    QList<RevokeOperation *> m_running;
    QTimer m_pause;
    QElapsedTimer m_clock;
    BatchSummary m_summary;
    bool m_started = false;
    bool m_cancelled = false;
    bool m_finished = false;
};
Q_DECLARE_METATYPE(BatchSummary)
