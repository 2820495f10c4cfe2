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

signals:
    // The portal asked us to slow down; the call waits this long, then tries again.
    void rateLimitWait(int seconds, int attempt);
    void finished(const HttpExchange &exchange);

private:
    void send(const QUrl &url);
    void onReadyRead();
    void readBody(QNetworkReply *reply);
    void onReplyFinished();
    void onTimeout();
    void finish();
    int retryDelaySeconds() const;

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
    qint64 m_maxBodyBytes = HttpExchange::MaxBodyBytes;
};
