#include "apicall.h"

#include "outcomeclassifier.h"

#include <QDateTime>
#include <QNetworkReply>
#include <QRandomGenerator>
#include <QSslConfiguration>

#include <climits>
#include <cmath>

namespace {
constexpr int kMaxRedirects = 5;

bool isRedirect(int status)
{
    return status == 301 || status == 302 || status == 303 || status == 307 || status == 308;
}
} // namespace

ApiCall::ApiCall(QNetworkAccessManager *network, const ConnectionSettings &settings,
                 QByteArray method, QString path, QByteArray body, QObject *parent)
    : QObject(parent)
    , m_network(network)
    , m_settings(settings)
    , m_method(std::move(method))
    , m_path(std::move(path))
    , m_requestBody(std::move(body))
{
    m_inactivity.setSingleShot(true);
    m_inactivity.setInterval(m_settings.timeoutMs);
    m_retryWait.setSingleShot(true);
    connect(&m_inactivity, &QTimer::timeout, this, &ApiCall::onTimeout);
    connect(&m_retryWait, &QTimer::timeout, this, [this] {
        ++m_exchange.attempts;
        m_redirects = 0;
        send(m_settings.portal.apiUrl(m_path));
    });
}

ApiCall::~ApiCall()
{
    if (m_reply) {
        m_reply->disconnect(this);
        m_reply->abort();
        m_reply->deleteLater();
    }
}

QByteArray ApiCall::userAgent()
{
    return QByteArrayLiteral("docspace-keys/" DSK_VERSION);
}

void ApiCall::start()
{
    const PortalAddress &portal = m_settings.portal;
    if (!portal.isValid()) {
        m_exchange.failure = HttpExchange::Failure::Network;
        m_exchange.errorString = portal.errorString();
        QMetaObject::invokeMethod(this, &ApiCall::finish, Qt::QueuedConnection);
        return;
    }
    // Refused before anything is sent: the token must not cross a network in clear text
    // unless the user explicitly accepted that for this portal.
    if (!portal.isHttps() && !portal.isLoopback() && !m_settings.allowInsecureHttp) {
        m_exchange.failure = HttpExchange::Failure::Insecure;
        QMetaObject::invokeMethod(this, &ApiCall::finish, Qt::QueuedConnection);
        return;
    }
    send(portal.apiUrl(m_path));
}

void ApiCall::cancel()
{
    if (m_finished)
        return;
    m_cancelled = true;
    if (m_reply && m_reply->isRunning()) {
        m_reply->abort(); // finishes through onReplyFinished
        return;
    }
    m_retryWait.stop();
    m_exchange.failure = HttpExchange::Failure::Cancelled;
    finish();
}

void ApiCall::send(const QUrl &url)
{
    m_exchange.body.clear();
    m_exchange.httpStatus = 0;
    m_oversized = false;
    m_sent = false;
    m_sentTimes = 0;

    QNetworkRequest request(url);
    // Qt's own policies would carry the Authorization header along to another host; every
    // redirect is looked at here instead.
    request.setAttribute(QNetworkRequest::RedirectPolicyAttribute,
                         QNetworkRequest::ManualRedirectPolicy);
    request.setAttribute(QNetworkRequest::CacheLoadControlAttribute,
                         QNetworkRequest::AlwaysNetwork);
    // The portal prefers a cookie asc_auth_key over the Authorization header: none is ever sent
    // or kept, so the token and scheme chosen here are what the portal reads.
    request.setAttribute(QNetworkRequest::CookieLoadControlAttribute, QNetworkRequest::Manual);
    request.setAttribute(QNetworkRequest::CookieSaveControlAttribute, QNetworkRequest::Manual);
    request.setRawHeader("Authorization",
                         Auth::authorizationHeader(m_settings.token, m_settings.scheme));
    request.setRawHeader("Accept", "application/json");
    request.setHeader(QNetworkRequest::UserAgentHeader, userAgent());
    if (!m_requestBody.isEmpty())
        request.setHeader(QNetworkRequest::ContentTypeHeader,
                          QByteArrayLiteral("application/json"));
    if (url.scheme() == QLatin1String("https") && !m_settings.trust.extraCaCertificates.isEmpty()) {
        QSslConfiguration tls = QSslConfiguration::defaultConfiguration();
        tls.addCaCertificates(m_settings.trust.extraCaCertificates);
        request.setSslConfiguration(tls);
    }

    // No upload device when there is no body (DELETE, GET): with an empty one Qt never emits
    // requestSent, and that signal, once per time Qt sends the request, is the only way to see
    // that Qt sent it again by itself after a connection closed before the answer.
    QNetworkReply *reply = m_requestBody.isEmpty()
                               ? m_network->sendCustomRequest(request, m_method)
                               : m_network->sendCustomRequest(request, m_method, m_requestBody);
    m_reply = reply;
    connect(reply, &QNetworkReply::readyRead, this, &ApiCall::onReadyRead);
    connect(reply, &QNetworkReply::finished, this, &ApiCall::onReplyFinished);
    connect(reply, &QNetworkReply::uploadProgress, this, [this] { m_inactivity.start(); });
    connect(reply, &QNetworkReply::requestSent, this, [this] {
        m_sent = true;
        ++m_sentTimes;
    });
    connect(reply, &QNetworkReply::metaDataChanged, this, [this, reply] {
        m_inactivity.start();
        m_sent = true;
        emit answered(reply->attribute(QNetworkRequest::Http2WasUsedAttribute).toBool());
    });
    connect(reply, &QNetworkReply::sslErrors, this, [this, reply](const QList<QSslError> &errors) {
        const QSslCertificate peer = reply->sslConfiguration().peerCertificate();
        if (m_settings.trust.isPinned(peer)) {
            reply->ignoreSslErrors(errors); // exactly this certificate, nothing else
            return;
        }
        m_exchange.certificateSha256 = TlsTrust::formatFingerprint(TlsTrust::sha256(peer));
        m_exchange.tlsErrors.clear();
        for (const QSslError &error : errors)
            m_exchange.tlsErrors << error.errorString();
    });
    m_inactivity.start();
}

void ApiCall::onReadyRead()
{
    if (!m_reply || m_oversized)
        return;
    m_inactivity.start();
    readBody(m_reply);
    if (m_oversized)
        m_reply->abort();
}

void ApiCall::onTimeout()
{
    m_timedOut = true;
    if (m_reply)
        m_reply->abort();
}

void ApiCall::onReplyFinished()
{
    QNetworkReply *reply = m_reply;
    if (!reply || m_finished)
        return;
    m_inactivity.stop();
    reply->deleteLater();
    m_reply = nullptr;
    if (!m_oversized)
        readBody(reply);

    using F = HttpExchange::Failure;
    const int status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    m_exchange.httpStatus = status;
    m_exchange.contentType = reply->rawHeader("Content-Type");
    m_exchange.retryAfter = reply->rawHeader("Retry-After");
    m_exchange.rateLimitReset = reply->rawHeader("X-RateLimit-Reset");
    m_exchange.http2 = reply->attribute(QNetworkRequest::Http2WasUsedAttribute).toBool();
    const QNetworkReply::NetworkError error = reply->error();
    const bool declaredLength = reply->hasRawHeader("Content-Length");
    const qint64 length = reply->header(QNetworkRequest::ContentLengthHeader).toLongLong();

    if (m_cancelled) {
        m_exchange.failure = F::Cancelled;
    } else if (m_timedOut) {
        m_exchange.failure = F::Timeout;
        m_exchange.errorString =
            tr("No data for %n second(s)", nullptr, m_settings.timeoutMs / 1000);
    } else if (m_oversized) {
        m_exchange.failure = F::Oversized;
    } else if (!m_exchange.tlsErrors.isEmpty() || error == QNetworkReply::SslHandshakeFailedError) {
        m_exchange.failure = F::Tls;
        m_exchange.errorString = reply->errorString();
        m_exchange.httpStatus = 0;
    } else if (status != 0 && declaredLength && m_exchange.body.size() < length) {
        m_exchange.failure = F::Truncated;
        m_exchange.errorString = reply->errorString();
    } else if (m_sentTimes > 1 && m_method != "GET" && m_method != "HEAD" &&
               (status < 200 || status >= 300) && status != 429) {
        // The connection closed before an answer and Qt sent the request once more: this answer
        // is to the second one, and the first may have done what was asked ("not found" to a
        // DELETE that had already worked).
        m_exchange.failure = F::ConnectionLost;
        m_exchange.errorString = tr("the connection closed before the answer, and the request "
                                    "was sent again");
    } else if (status == 0 && error != QNetworkReply::NoError) {
        // A read that failed can simply be read again; a change that was sent may have happened.
        // A closed connection is after the request went out: Qt reconnects and sends again by
        // itself when a connection closes before it could send (and, on HTTP/1.1, also once or
        // twice after), and gives up with this only when the portal or a proxy kept closing it.
        const bool sent = m_sent || error == QNetworkReply::RemoteHostClosedError;
        m_exchange.failure =
            sent && m_method != "GET" && m_method != "HEAD" ? F::ConnectionLost : F::Network;
        m_exchange.errorString = reply->errorString();
    } else if (isRedirect(status)) {
        const QUrl target = reply->url().resolved(
            QUrl::fromEncoded(reply->rawHeader("Location"), QUrl::StrictMode));
        if (!PortalAddress::sameOrigin(target, m_settings.portal.origin())) {
            m_exchange.failure = F::CrossOriginRedirect;
            m_exchange.redirectTarget =
                target.toDisplayString(QUrl::RemoveUserInfo | QUrl::RemoveQuery);
        } else if (++m_redirects > kMaxRedirects) {
            m_exchange.failure = F::TooManyRedirects;
        } else {
            send(target);
            return;
        }
    } else if (status == 429) {
        const int seconds =
            retryDelaySeconds(m_exchange.retryAfter, m_exchange.rateLimitReset,
                              m_settings.maxRetryAfterSeconds, QDateTime::currentSecsSinceEpoch());
        if (seconds >= 0 && m_exchange.attempts <= m_settings.maxRateLimitRetries) {
            emit rateLimitWait(seconds, m_exchange.attempts);
            retryLater(seconds * 1000);
            return;
        }
        if (seconds < 0 && m_waitedMs < qint64(m_settings.maxConcurrencyWaitSeconds) * 1000) {
            const int delayMs = concurrencyBackoffMs(
                m_exchange.attempts, QRandomGenerator::global()->generateDouble(), BackoffCapMs);
            m_waitedMs += delayMs;
            emit concurrencyLimited(delayMs, m_exchange.attempts);
            retryLater(delayMs);
            return;
        }
    }
    finish();
}

// Reads what arrived, never more than MaxBodyBytes in all.
void ApiCall::readBody(QNetworkReply *reply)
{
    if (!reply->isOpen()) // aborted
        return;
    const qint64 room = m_maxBodyBytes - m_exchange.body.size();
    m_exchange.body += reply->read(room);
    if (reply->bytesAvailable() > 0)
        m_oversized = true;
}

void ApiCall::retryLater(int delayMs)
{
    m_retryWait.start(delayMs);
}

int ApiCall::retryDelaySeconds(const QByteArray &retryAfter, const QByteArray &rateLimitReset,
                               int maxSeconds, qint64 nowSecsSinceEpoch)
{
    maxSeconds = qMax(1, maxSeconds);
    int seconds = OutcomeClassifier::parseRetryAfter(retryAfter);
    if (seconds < 0) {
        bool ok = false;
        const qint64 reset = rateLimitReset.trimmed().toLongLong(&ok);
        if (ok) {
            // Compared before subtracting (any qint64 may arrive, INT64_MIN included); the
            // difference of reset > now always fits in 64 unsigned bits.
            if (reset <= nowSecsSinceEpoch)
                seconds = 1;
            else
                seconds = int(qMin<quint64>(quint64(reset) - quint64(nowSecsSinceEpoch),
                                            quint64(maxSeconds)));
        }
    }
    if (seconds < 0)
        return -1;
    return qBound(1, seconds, maxSeconds);
}

int ApiCall::concurrencyBackoffMs(int attempt, double random01, int capMs)
{
    const int exponent = qBound(0, attempt - 1, 20);
    const qint64 ceiling = qMin<qint64>(qint64(BackoffBaseMs) << exponent, qMax(1, capMs));
    // "Equal jitter": half fixed, half random, so that many clients do not retry in step.
    const double jitter = qBound(0.0, random01, 1.0);
    return int(ceiling / 2 + std::llround(double(ceiling - ceiling / 2) * jitter));
}

void ApiCall::finish()
{
    if (m_finished)
        return;
    m_finished = true;
    m_inactivity.stop();
    m_retryWait.stop();
    emit finished(m_exchange);
    deleteLater();
}
