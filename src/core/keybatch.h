#pragma once

#include <QCoreApplication>

#include "apikey.h"
#include "concurrencylimit.h"
#include "connectionsettings.h"
#include "revokeoutcome.h"

#include <QElapsedTimer>
#include <QHash>
#include <QObject>
#include <QPointer>
#include <QStringList>
#include <QTimer>

class DocSpaceClient;
class KeyListOperation;
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
    int rateLimitedAnswers = 0; // 429s the portal gave (each was waited out and sent again)
    int concurrency = 0;        // the limit the batch ended with
    int peakInFlight = 0;
    bool http2 = false; // the answers came over HTTP/2
    int checked = 0;    // lost connections whose result was read back from the key list

    // "Revoked 197 of 200 keys; 2 refused by the portal, 1 not found on the portal (...)."
    QString sentence(KeyOperation operation) const;
    // "2 refused by the portal": how many keys ended so, in words.
    static QString failedPart(OutcomeKind kind, int n);
};

// Revokes (or deactivates, or reactivates) many keys, as many at once as the portal takes
// (ConcurrencyLimit: grows while answers come back clean, shrinks on 429 and on rising latency),
// up to the transport's ceiling (HTTP/1.1: the connections Qt opens to one host; HTTP/2: many
// streams) and DocSpace's 15 concurrent writes per user, or the user's own fixed cap. A 429 with
// Retry-After pauses the whole batch for that long; one without headers (the portal's concurrency
// limiter) holds back new requests for a short, growing, jittered while and sends the key again:
// no key is given up while the portal only asks to slow down. A connection lost after a request
// was sent is an unknown outcome: the batch reads the key list when the portal answers again and
// reports what it found. Cancelling lets requests in flight finish and reports the rest as
// cancelled. Serves the window and the command line alike.
class KeyBatch : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(KeyBatch)

public:
    static constexpr int DefaultConcurrency = 6; // where the adaptive limit starts
    static constexpr int MaxConcurrency = 32;
    static constexpr int WriteCeiling = 15;          // DocSpace: concurrent writes per user
    static constexpr int HttpConnectionsPerHost = 6; // Qt's HTTP/1.1 connections to one host

    KeyBatch(QNetworkAccessManager *network, const ConnectionSettings &settings,
             KeyOperation operation, QStringList ids, QObject *parent = nullptr);
    ~KeyBatch() override;

    // A fixed cap instead of DocSpace's 15 (clamped to 1..MaxConcurrency); the batch still starts
    // there and backs off below it when the portal asks. Without it the cap is WriteCeiling.
    void setConcurrency(int concurrency);
    // The current limit.
    int concurrency() const { return m_limit.limit(); }
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
    void paused(int seconds); // the portal said 429 with Retry-After: nothing new for this long
    void resumed();
    void finished(const BatchSummary &summary);

private:
    void launchMore();
    void send(const QString &id);
    void onFinished(const RevokeOutcome &outcome, int inFlightAtSend, qint64 rttMs);
    void onTransport(bool http2);
    void updateCeiling();
    void pauseFor(int seconds);
    void rateLimitedAgain(const RevokeOutcome &outcome, int inFlightAtSend);
    void startCheck();
    void onChecked(bool ok, const QList<ApiKey> &keys, const RevokeOutcome &failure);
    RevokeOutcome checkedOutcome(const RevokeOutcome &lost, const ApiKey *found, bool *resend);
    void record(const RevokeOutcome &outcome);
    void finishIfDone();

    DocSpaceClient *m_client;
    int m_maxRateLimitedMs;
    KeyOperation m_operation;
    QStringList m_ids;
    qsizetype m_next = 0;
    QStringList m_again; // sent once more before new ones: after a 429, or a lost connection
    QHash<QString, qint64> m_limitedSinceMs;
    QHash<QString, int> m_resent;
    int m_inFlight = 0;
    int m_userCap = 0;
    bool m_transportKnown = false;
    bool m_http2 = false;
    ConcurrencyLimit m_limit;
    int m_overloadsInARow = 0;
    QList<RevokeOperation *> m_running;
    QTimer m_pause;   // Retry-After
    QTimer m_backoff; // 429 without headers
    QList<RevokeOutcome> m_unverified;
    QList<RevokeOutcome> m_checking;
    QPointer<KeyListOperation> m_check;
    QTimer m_checkRetry;
    int m_checkAttempts = 0;
    QElapsedTimer m_clock;
    BatchSummary m_summary;
    bool m_started = false;
    bool m_cancelled = false;
    bool m_finished = false;
};
Q_DECLARE_METATYPE(BatchSummary)
