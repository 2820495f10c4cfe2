#pragma once

#include "connectionsettings.h"
#include "httpexchange.h"

#include <QNetworkAccessManager>
#include <QObject>
#include <QPointer>
#include <QTimer>

class QNetworkReply;

// One DocSpace API request, asynchronous: the Authorization and identity headers, same-origin
// redirects only, an inactivity timeout, a 1 MiB body cap, TLS trust without "ignore all", and
// waiting out 429 answers (Retry-After, capped) before giving up. Emits finished() exactly once,
// then deletes itself later.
class ApiCall : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ApiCall)

public:
    ApiCall(QNetworkAccessManager *network, const ConnectionSettings &settings, QByteArray method,
            QString path, QByteArray body = {}, QObject *parent = nullptr);
    ~ApiCall() override;

    void start();
    // Lets nothing more happen: a request in flight is aborted, a rate-limit wait stops.
    void cancel();
    bool isFinished() const { return m_finished; }
    // Between a 429 and the retry: nothing of this call is on the wire.
    bool isWaitingToRetry() const { return m_retryWait.isActive(); }

    // How much of an answer is read before giving up (default HttpExchange::MaxBodyBytes).
    void setMaxBodyBytes(qint64 bytes) { m_maxBodyBytes = bytes; }

    static QByteArray userAgent();

    // How long to wait after a 429 that carries Retry-After or X-RateLimit-Reset, in seconds
    // (at least 1, at most maxSeconds); -1 when it carries neither. Saturating: any header value
    // gives an answer in that range.
    static int retryDelaySeconds(const QByteArray &retryAfter, const QByteArray &rateLimitReset,
                                 int maxSeconds, qint64 nowSecsSinceEpoch);
    // A 429 with no header is DocSpace's concurrency limiter: the client backs off by itself,
    // exponentially from BackoffBaseMs with jitter (random01 in [0, 1)), capped at capMs.
    static int concurrencyBackoffMs(int attempt, double random01, int capMs);
    static constexpr int BackoffBaseMs = 50;
    static constexpr int BackoffCapMs = 10000;

signals:
    // The portal asked us to slow down; the call waits this long, then tries again.
    void rateLimitWait(int seconds, int attempt);
    // A 429 without headers (too many requests in flight): the call waits delayMs, then tries
    // again, for as long as the portal keeps answering so (up to maxConcurrencyWaitSeconds).
    void concurrencyLimited(int delayMs, int attempt);
    // The answer's headers arrived; http2 tells the transport it came over.
    void answered(bool http2);
    void finished(const HttpExchange &exchange);

private:
    void send(const QUrl &url);
    void onReadyRead();
    void readBody(QNetworkReply *reply);
    void onReplyFinished();
    void onTimeout();
    void finish();
    void retryLater(int delayMs);

    QNetworkAccessManager *m_network;
    ConnectionSettings m_settings;
    QByteArray m_method;
    QString m_path;
    QByteArray m_requestBody;
    QPointer<QNetworkReply> m_reply;
    QTimer m_inactivity;
    QTimer m_retryWait;
    HttpExchange m_exchange;
    int m_redirects = 0;
    bool m_finished = false;
    bool m_timedOut = false;
    bool m_cancelled = false;
    bool m_oversized = false;
    bool m_sent = false;   // the request has gone out on the current attempt
    int m_sentTimes = 0;   // Qt sends it again by itself when a connection closes early
    qint64 m_waitedMs = 0; // in back-off for headerless 429s, in all
    qint64 m_maxBodyBytes = HttpExchange::MaxBodyBytes;
};
