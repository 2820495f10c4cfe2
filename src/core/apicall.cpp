#include "apicall.h"

#include "outcomeclassifier.h"

#include <QDateTime>
#include <QNetworkReply>
#include <QSslConfiguration>

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

    QNetworkReply *reply = m_network->sendCustomRequest(request, m_method, m_requestBody);
    m_reply = reply;
    connect(reply, &QNetworkReply::readyRead, this, &ApiCall::onReadyRead);
    connect(reply, &QNetworkReply::finished, this, &ApiCall::onReplyFinished);
    connect(reply, &QNetworkReply::uploadProgress, this, [this] { m_inactivity.start(); });
    connect(reply, &QNetworkReply::metaDataChanged, this, [this] { m_inactivity.start(); });
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
    } else if (status == 0 && error != QNetworkReply::NoError) {
        m_exchange.failure = F::Network;
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
    } else if (status == 429 && m_exchange.attempts <= m_settings.maxRateLimitRetries) {
        const int wait = retryDelaySeconds();
        emit rateLimitWait(wait, m_exchange.attempts);
        m_retryWait.start(wait * 1000);
        return;
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

int ApiCall::retryDelaySeconds() const
{
    int seconds = OutcomeClassifier::parseRetryAfter(m_exchange.retryAfter);
    if (seconds < 0) {
        bool ok = false;
        const qint64 reset = m_exchange.rateLimitReset.toLongLong(&ok);
        if (ok)
            seconds = int(qMax<qint64>(1, reset - QDateTime::currentSecsSinceEpoch()));
    }
    if (seconds < 0)
        seconds = 1 << qMin(m_exchange.attempts - 1, 5);
    return qMin(seconds, m_settings.maxRetryAfterSeconds);
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
