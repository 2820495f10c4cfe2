#pragma once

#include <QByteArray>
#include <QList>
#include <QMetaType>
#include <QString>
#include <QStringList>

// What one API call produced, before it is interpreted: either a transport failure or an HTTP
// answer (status, the headers that matter, a body capped at MaxBodyBytes).
struct HttpExchange
{
    enum class Failure
    {
        None,
        Network,             // DNS, refused, reset: nothing of the request was sent
        ConnectionLost,      // the request was sent, then the connection failed: the portal
                             // may have acted on it
        Timeout,             // no data for the configured time
        Tls,                 // certificate or handshake problem
        Insecure,            // plain HTTP to a remote host without opt-in; nothing was sent
        CrossOriginRedirect, // the portal pointed elsewhere; not followed with the token
        TooManyRedirects,
        Truncated, // the answer ended before its announced length
        Oversized, // the body was larger than MaxBodyBytes; reading stopped
        Cancelled,
    };

    // Single-object answers (revoke, @self, people) are tiny; 1 MiB is far beyond any of them.
    static constexpr qint64 MaxBodyBytes = 1024 * 1024;
    // A portal's whole key list: about 800 bytes a key, so room for some 80,000 keys.
    static constexpr qint64 MaxListBodyBytes = 64 * 1024 * 1024;

    Failure failure = Failure::None;
    int httpStatus = 0;
    QByteArray contentType;
    QByteArray body;
    QByteArray retryAfter;     // raw Retry-After header
    QByteArray rateLimitReset; // raw X-RateLimit-Reset header
    QString errorString;       // Qt's description of a transport failure
    QString redirectTarget;    // for CrossOriginRedirect
    QString certificateSha256; // colon form, for Tls
    // The fingerprints pinned (or trusted for the session) that this certificate is not: it
    // changed.
    QStringList pinnedSha256;
    QStringList tlsErrors;
    int attempts = 1;   // 1 + retries after 429
    bool http2 = false; // the answer came over HTTP/2

    bool hasAnswer() const { return httpStatus != 0; }
};
Q_DECLARE_METATYPE(HttpExchange)
