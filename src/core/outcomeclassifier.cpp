#include "outcomeclassifier.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>

#include <algorithm>
#include <climits>

namespace {

constexpr int kMaxMessageChars = 500;

QString clip(const QString &text)
{
    const QString simplified = text.simplified();
    if (simplified.size() <= kMaxMessageChars)
        return simplified;
    return simplified.left(kMaxMessageChars) + QChar(0x2026);
}

// The <title> of an HTML error page ("502 Bad Gateway"), so the page itself is never shown.
QString htmlTitle(const QByteArray &body)
{
    static const QRegularExpression title(QStringLiteral("<title>([^<]{1,200})</title>"),
                                          QRegularExpression::CaseInsensitiveOption);
    const auto match = title.match(QString::fromUtf8(body.left(64 * 1024)));
    return match.hasMatch() ? clip(match.captured(1)) : QString();
}

bool looksLikeHtml(const HttpExchange &exchange)
{
    if (exchange.contentType.contains("html"))
        return true;
    const QByteArray start = exchange.body.left(256).trimmed().toLower();
    return start.startsWith("<!doctype html") || start.startsWith("<html");
}

QString errorType(const QJsonObject &envelope)
{
    return envelope.value(QLatin1String("error"))
        .toObject()
        .value(QLatin1String("type"))
        .toString();
}

RevokeOutcome make(const QString &keyId, const HttpExchange &exchange, OutcomeKind kind,
                   const QString &sentence)
{
    RevokeOutcome outcome;
    outcome.kind = kind;
    outcome.keyId = keyId;
    outcome.httpStatus = exchange.httpStatus;
    outcome.sentence = sentence;
    outcome.serverMessage = OutcomeClassifier::serverMessage(exchange.body);
    if (outcome.serverMessage.isEmpty() && looksLikeHtml(exchange))
        outcome.serverMessage = htmlTitle(exchange.body);
    outcome.detail = exchange.errorString;
    return outcome;
}

// How failures are worded: a revocation, another change to a key (PUT), creating a key, a read.
using Operation = OutcomeClassifier::CallPurpose;

// A body that is a bare JSON string, as the portal's IP restriction answers; empty otherwise.
QString bareJsonString(const QByteArray &body)
{
    const QByteArray trimmed = body.trimmed();
    if (!trimmed.startsWith('"'))
        return {};
    // QJsonDocument holds only objects and arrays: read the string as an array's element.
    const QJsonDocument document = QJsonDocument::fromJson('[' + trimmed + ']');
    return document.isArray() ? document.array().at(0).toString() : QString();
}

// 403: with a body, the portal's own words; an empty one is a missing scope.
RevokeOutcome classifyForbidden(Operation op, const QString &keyId, const HttpExchange &e)
{
    const QString restriction = bareJsonString(e.body);
    if (!restriction.isEmpty()) {
        return make(keyId, e, OutcomeKind::Forbidden,
                    QCoreApplication::translate(
                        "OutcomeClassifier",
                        "The portal refused access: “%1”. It accepts calls only from "
                        "certain IP addresses: connect from an allowed network or VPN, or ask the "
                        "portal's administrator to allow your address. Nothing was changed.")
                        .arg(clip(restriction)));
    }
    const QString message = OutcomeClassifier::serverMessage(e.body);
    if (!message.isEmpty()) {
        switch (op) {
        case Operation::CreateKey:
            return make(keyId, e, OutcomeKind::Forbidden,
                        QCoreApplication::translate(
                            "OutcomeClassifier",
                            "The portal refused to create the key: “%1”. Guests cannot "
                            "create API keys, and this portal may restrict developer tools to "
                            "administrators: ask an administrator to create the key, or to allow "
                            "developer tools for everyone.")
                            .arg(message));
        case Operation::Revoke:
            return make(keyId, e, OutcomeKind::Forbidden,
                        QCoreApplication::translate(
                            "OutcomeClassifier",
                            "The portal refused to revoke this key: “%1”. This user may "
                            "not manage keys (guests cannot): use an administrator's token with "
                            "the *:write scope.")
                            .arg(message));
        case Operation::ChangeKey:
            return make(keyId, e, OutcomeKind::Forbidden,
                        QCoreApplication::translate(
                            "OutcomeClassifier",
                            "The portal refused to change this key: “%1”. This user may "
                            "not manage keys (guests cannot): use an administrator's token with "
                            "the *:write scope.")
                            .arg(message));
        case Operation::Read:
            break;
        }
        return make(keyId, e, OutcomeKind::Forbidden,
                    QCoreApplication::translate("OutcomeClassifier",
                                                "The portal refused: “%1”. This user "
                                                "may not read this; use an administrator's token.")
                        .arg(message));
    }
    const QString moving = QCoreApplication::translate(
        "OutcomeClassifier",
        "If every call is refused this way, the portal may be being moved, restored or "
        "encrypted: try again later.");
    switch (op) {
    case Operation::Revoke:
        return make(keyId, e, OutcomeKind::Forbidden,
                    QCoreApplication::translate(
                        "OutcomeClassifier",
                        "The token is not allowed to revoke keys: it lacks the *:write scope. Use "
                        "a token with write access (an administrator's, to revoke others' keys). "
                        "%1")
                        .arg(moving));
    case Operation::ChangeKey:
        return make(keyId, e, OutcomeKind::Forbidden,
                    QCoreApplication::translate("OutcomeClassifier",
                                                "The token is not allowed to change keys: it "
                                                "lacks the *:write scope. %1")
                        .arg(moving));
    case Operation::CreateKey:
        return make(keyId, e, OutcomeKind::Forbidden,
                    QCoreApplication::translate("OutcomeClassifier",
                                                "The token is not allowed to create keys: it "
                                                "lacks the *:write scope. %1")
                        .arg(moving));
    case Operation::Read:
        break;
    }
    return make(keyId, e, OutcomeKind::Forbidden,
                QCoreApplication::translate(
                    "OutcomeClassifier",
                    "The token is not allowed to read this: it lacks the scope needed (*:read, or "
                    "accounts.self:read for the profile). %1")
                    .arg(moving));
}

RevokeOutcome classifyTransportFailure(Operation op, const QString &keyId, const HttpExchange &e)
{
    const bool revoking = op == Operation::Revoke;
    using F = HttpExchange::Failure;
    switch (e.failure) {
    case F::Insecure:
        return make(keyId, e, OutcomeKind::InsecureRefused,
                    QCoreApplication::translate(
                        "OutcomeClassifier",
                        "Not sent: the address uses plain HTTP to a host on the network, so the "
                        "token would travel unencrypted. Use the portal's https:// address, or "
                        "explicitly allow unencrypted HTTP for this portal if the network is "
                        "trusted."));
    case F::Cancelled:
        return make(keyId, e, OutcomeKind::Cancelled,
                    revoking ? QCoreApplication::translate(
                                   "OutcomeClassifier",
                                   "Cancelled. If the request had already reached the portal the "
                                   "key may still have been revoked; refresh the key list before "
                                   "trying again.")
                             : QCoreApplication::translate("OutcomeClassifier", "Cancelled."));
    case F::Timeout:
        return make(keyId, e, OutcomeKind::Timeout,
                    revoking ? QCoreApplication::translate(
                                   "OutcomeClassifier",
                                   "The portal did not answer in time. It may be overloaded or the "
                                   "network slow. The key may or may not have been revoked: check "
                                   "the key list, then try again or raise the timeout.")
                             : QCoreApplication::translate(
                                   "OutcomeClassifier",
                                   "The portal did not answer in time. It may be overloaded or the "
                                   "network slow: try again, or raise the timeout."));
    case F::Tls: {
        if (!e.pinnedSha256.isEmpty() && !e.certificateSha256.isEmpty()) {
            // A pinned portal answering with another certificate: it changed, and only the
            // administrator can tell a renewal from an interception.
            RevokeOutcome outcome = make(
                keyId, e, OutcomeKind::TlsError,
                QCoreApplication::translate(
                    "OutcomeClassifier",
                    "The portal's certificate has changed since it was pinned, so nothing was "
                    "sent. Pinned SHA-256: %1. The portal now shows: %2. If its certificate was "
                    "renewed or "
                    "replaced, check the new fingerprint with the server's administrator, then put "
                    "it in the profile (Profile > Edit). If nobody changed it, someone may be "
                    "intercepting the connection: do not trust it.")
                    .arg(e.pinnedSha256.join(QLatin1String(", ")), e.certificateSha256));
            outcome.certificateSha256 = e.certificateSha256;
            return outcome;
        }
        RevokeOutcome outcome =
            make(keyId, e, OutcomeKind::TlsError,
                 QCoreApplication::translate(
                     "OutcomeClassifier",
                     "The portal's certificate is not trusted (%1), so nothing was sent. If this "
                     "is your own on-premises portal, compare the fingerprint below with the one "
                     "your server shows, then trust that certificate or add your internal CA "
                     "file. Otherwise someone may be intercepting the connection.")
                     .arg(e.tlsErrors.isEmpty() ? e.errorString
                                                : e.tlsErrors.join(QLatin1String("; "))));
        outcome.certificateSha256 = e.certificateSha256;
        return outcome;
    }
    case F::CrossOriginRedirect:
        return make(keyId, e, OutcomeKind::BadResponse,
                    QCoreApplication::translate(
                        "OutcomeClassifier",
                        "The portal redirected the request to another address (%1). DocSpace Keys "
                        "never sends your token to another site, so the request went no further. "
                        "If the portal has moved, enter its new address.")
                        .arg(e.redirectTarget));
    case F::TooManyRedirects:
        return make(keyId, e, OutcomeKind::BadResponse,
                    QCoreApplication::translate(
                        "OutcomeClassifier",
                        "The portal kept redirecting the request, so it was given up. Check the "
                        "portal address."));
    case F::Truncated:
        return make(keyId, e, OutcomeKind::BadResponse,
                    revoking ? QCoreApplication::translate(
                                   "OutcomeClassifier",
                                   "The portal's answer was cut off before it was complete, so it "
                                   "is unknown whether the key was revoked. Refresh the key list "
                                   "to check, then try again.")
                             : QCoreApplication::translate(
                                   "OutcomeClassifier",
                                   "The portal's answer was cut off before it was complete. Try "
                                   "again; if it keeps happening, a proxy may be cutting answers "
                                   "short."));
    case F::Oversized:
        return make(keyId, e, OutcomeKind::BadResponse,
                    QCoreApplication::translate(
                        "OutcomeClassifier",
                        "The answer was far larger than a DocSpace answer can be, so reading "
                        "stopped. Check that the address points to a DocSpace portal."));
    case F::ConnectionLost:
        if (op != Operation::Read)
            return make(keyId, e, OutcomeKind::Unknown,
                        revoking ? QCoreApplication::translate(
                                       "OutcomeClassifier",
                                       "Unknown: the connection failed after the request was "
                                       "sent (%1), so the portal may or may not have revoked the "
                                       "key. Refresh the key list to see whether it is still "
                                       "there.")
                                       .arg(e.errorString)
                                 : QCoreApplication::translate(
                                       "OutcomeClassifier",
                                       "Unknown: the connection failed after the request was "
                                       "sent (%1), so the portal may or may not have changed the "
                                       "key. Refresh the key list to see its state.")
                                       .arg(e.errorString));
        break;
    case F::Network:
    case F::None:
        break;
    }
    return make(keyId, e, OutcomeKind::NetworkError,
                QCoreApplication::translate(
                    "OutcomeClassifier",
                    "Could not reach the portal: %1. Check the address, your network connection, "
                    "VPN or proxy, and try again.")
                    .arg(e.errorString));
}

RevokeOutcome classifyHttpFailure(Operation op, const QString &keyId, const HttpExchange &e)
{
    const bool revoking = op == Operation::Revoke;
    const bool keyCall = op == Operation::Revoke || op == Operation::ChangeKey;
    const int status = e.httpStatus;
    switch (status) {
    case 401:
        return make(keyId, e, OutcomeKind::Unauthorized,
                    QCoreApplication::translate(
                        "OutcomeClassifier",
                        "The portal did not accept the access token. It may be mistyped, expired, "
                        "revoked or deactivated, or sent the wrong way (API keys starting with "
                        "sk- must be sent as an API key: choose Auto or API key). Get a new token "
                        "and try again."));
    case 402:
        return make(keyId, e, OutcomeKind::PortalUnavailable,
                    QCoreApplication::translate(
                        "OutcomeClassifier",
                        "The portal's subscription has lapsed (HTTP 402), so it answers no API "
                        "calls and nothing was changed. The portal's owner must renew the payment "
                        "in DocSpace (Payments); then try again."));
    case 403:
        return classifyForbidden(op, keyId, e);
    case 404:
        // The client calls only paths every DocSpace with API keys has, and checks a key id's
        // form before sending it: a 404 is about the portal, not the id.
        return make(keyId, e, OutcomeKind::PortalUnavailable,
                    QCoreApplication::translate(
                        "OutcomeClassifier",
                        "The address answered that the DocSpace API is not there (HTTP 404): it "
                        "is not a DocSpace portal with API keys, the portal is older than DocSpace "
                        "3.1, or it is suspended. Nothing was changed. Check the address; if it is "
                        "right, ask the portal's owner whether the portal is suspended or needs an "
                        "update."));
    case 429: {
        RevokeOutcome outcome =
            make(keyId, e, OutcomeKind::RateLimited,
                 QCoreApplication::translate(
                     "OutcomeClassifier",
                     "The portal is limiting requests and kept refusing after %n attempt(s). "
                     "Wait a minute, then try again.",
                     nullptr, e.attempts));
        outcome.retryAfterSeconds = OutcomeClassifier::parseRetryAfter(e.retryAfter);
        return outcome;
    }
    default:
        break;
    }

    if (status == 500 && keyCall) {
        const QJsonDocument document = QJsonDocument::fromJson(e.body);
        if (errorType(document.object()).endsWith(QLatin1String("NullReferenceException"))) {
            return make(keyId, e, OutcomeKind::NotFound,
                        QCoreApplication::translate(
                            "OutcomeClassifier",
                            "The portal has no key with this id: it was already revoked, or the "
                            "id is wrong. Nothing was changed."));
        }
    }
    if (status >= 500) {
        // DocSpace's own nginx page is titled "500 Error Page" even for a 502: the title is
        // the reason only when it names this very status.
        QString reason = looksLikeHtml(e) ? htmlTitle(e.body) : QString();
        if (!reason.startsWith(QString::number(status)))
            reason.clear();
        return make(keyId, e, OutcomeKind::ServerError,
                    QCoreApplication::translate(
                        "OutcomeClassifier",
                        "The portal or the proxy in front of it failed (%1). This is usually "
                        "temporary: try again in a minute. If it persists, the portal's "
                        "administrator should check the server.")
                        .arg(reason.isEmpty() ? QStringLiteral("HTTP %1").arg(status) : reason));
    }
    return make(keyId, e, OutcomeKind::BadResponse,
                revoking ? QCoreApplication::translate(
                               "OutcomeClassifier",
                               "The portal gave an unexpected answer (HTTP %1), so the key was not "
                               "revoked. Check the address and the portal's message below.")
                               .arg(status)
                         : QCoreApplication::translate(
                               "OutcomeClassifier",
                               "The portal gave an unexpected answer (HTTP %1). Check the address "
                               "and the portal's message below.")
                               .arg(status));
}

// The success envelope of a 2xx answer, or a bad_response outcome saying what is wrong with it.
bool readEnvelope(Operation op, const QString &keyId, const HttpExchange &e, QJsonObject *envelope,
                  RevokeOutcome *failure)
{
    const bool revoking = op == Operation::Revoke;
    QJsonParseError parseError{};
    const QJsonDocument document = QJsonDocument::fromJson(e.body, &parseError);
    if (parseError.error != QJsonParseError::NoError || !document.isObject()) {
        const QString what =
            looksLikeHtml(e)
                ? QCoreApplication::translate("OutcomeClassifier", "a web page instead of JSON")
            : e.body.isEmpty()
                ? QCoreApplication::translate("OutcomeClassifier", "an empty answer")
                : QCoreApplication::translate("OutcomeClassifier", "an answer that is not JSON");
        *failure = make(keyId, e, OutcomeKind::BadResponse,
                        revoking ? QCoreApplication::translate(
                                       "OutcomeClassifier",
                                       "The portal sent %1, so it is unknown whether the key was "
                                       "revoked. The address may point to a login page or proxy "
                                       "rather than the DocSpace API; check it, then refresh the "
                                       "key list.")
                                       .arg(what)
                                 : QCoreApplication::translate(
                                       "OutcomeClassifier",
                                       "The portal sent %1. The address may point to a login page "
                                       "or proxy rather than the DocSpace API; check it.")
                                       .arg(what));
        return false;
    }
    *envelope = document.object();
    const bool failedInside = envelope->value(QLatin1String("status")).toInt() != 0 ||
                              envelope->contains(QLatin1String("error"));
    if (failedInside) {
        *failure = make(keyId, e, OutcomeKind::BadResponse,
                        revoking ? QCoreApplication::translate(
                                       "OutcomeClassifier",
                                       "The portal reported a failure inside a successful answer, "
                                       "so the key was not revoked. Read the portal's message "
                                       "below.")
                                 : QCoreApplication::translate(
                                       "OutcomeClassifier",
                                       "The portal reported a failure inside a successful answer. "
                                       "Read the portal's message below."));
        return false;
    }
    return true;
}

} // namespace

namespace OutcomeClassifier {

RevokeOutcome classifyKeyChange(KeyOperation operation, const QString &keyId, const HttpExchange &e)
{
    RevokeOutcome outcome;
    if (operation == KeyOperation::Revoke) {
        outcome = classifyRevoke(keyId, e);
    } else if (e.failure != HttpExchange::Failure::None) {
        outcome = classifyTransportFailure(Operation::ChangeKey, keyId, e);
    } else if (e.httpStatus < 200 || e.httpStatus >= 300) {
        outcome = classifyHttpFailure(Operation::ChangeKey, keyId, e);
    } else {
        QJsonObject envelope;
        if (!readEnvelope(Operation::ChangeKey, keyId, e, &envelope, &outcome)) {
            // outcome holds the failure
        } else if (const QJsonValue response = envelope.value(QLatin1String("response"));
                   !response.isBool()) {
            outcome = make(keyId, e, OutcomeKind::BadResponse,
                           QCoreApplication::translate(
                               "OutcomeClassifier",
                               "The portal's answer did not say whether the key was changed. "
                               "Refresh the key list to check."));
        } else if (response.toBool()) {
            outcome = operation == KeyOperation::Deactivate
                          ? make(keyId, e, OutcomeKind::Deactivated,
                                 QCoreApplication::translate(
                                     "OutcomeClassifier",
                                     "Deactivated. The key stops working until it is reactivated."))
                          : make(keyId, e, OutcomeKind::Activated,
                                 QCoreApplication::translate("OutcomeClassifier",
                                                             "Reactivated. The key works again."));
        } else {
            outcome = make(keyId, e, OutcomeKind::Refused,
                           operation == KeyOperation::Activate
                               ? QCoreApplication::translate(
                                     "OutcomeClassifier",
                                     "The portal refused to reactivate this key. Expired keys "
                                     "cannot be reactivated, and only the key's creator or an "
                                     "administrator may change it.")
                               : QCoreApplication::translate(
                                     "OutcomeClassifier",
                                     "The portal refused to deactivate this key. Only the key's "
                                     "creator or an administrator may change it."));
        }
    }
    outcome.operation = operation;
    return outcome;
}

RevokeOutcome classifyRevoke(const QString &keyId, const HttpExchange &e)
{
    if (e.failure != HttpExchange::Failure::None)
        return classifyTransportFailure(Operation::Revoke, keyId, e);
    if (e.httpStatus < 200 || e.httpStatus >= 300)
        return classifyHttpFailure(Operation::Revoke, keyId, e);

    QJsonObject envelope;
    RevokeOutcome failure;
    if (!readEnvelope(Operation::Revoke, keyId, e, &envelope, &failure))
        return failure;
    const QJsonValue response = envelope.value(QLatin1String("response"));
    if (response.isBool() && response.toBool()) {
        return make(keyId, e, OutcomeKind::Revoked,
                    QCoreApplication::translate(
                        "OutcomeClassifier",
                        "Revoked. The key no longer works; anything that used it must get a new "
                        "one."));
    }
    if (response.isBool()) {
        return make(keyId, e, OutcomeKind::Refused,
                    QCoreApplication::translate(
                        "OutcomeClassifier",
                        "The portal refused to revoke this key. Only its creator or a portal "
                        "administrator may revoke it: sign in with an administrator's token, or "
                        "ask the key's owner."));
    }
    return make(keyId, e, OutcomeKind::BadResponse,
                QCoreApplication::translate(
                    "OutcomeClassifier",
                    "The portal's answer did not say whether the key was revoked. Refresh the "
                    "key list to check."));
}

bool readResponse(const HttpExchange &e, QJsonValue *response, RevokeOutcome *failure)
{
    return readResponse(CallPurpose::Read, e, response, failure);
}

RevokeOutcome classifyFailure(CallPurpose purpose, const QString &keyId, const HttpExchange &e)
{
    if (e.failure != HttpExchange::Failure::None)
        return classifyTransportFailure(purpose, keyId, e);
    return classifyHttpFailure(purpose, keyId, e);
}

bool readResponse(CallPurpose purpose, const HttpExchange &e, QJsonValue *response,
                  RevokeOutcome *failure)
{
    if (e.failure != HttpExchange::Failure::None || e.httpStatus < 200 || e.httpStatus >= 300) {
        *failure = classifyFailure(purpose, {}, e);
        return false;
    }
    QJsonObject envelope;
    if (!readEnvelope(purpose, {}, e, &envelope, failure))
        return false;
    if (!envelope.contains(QLatin1String("response"))) {
        *failure = make({}, e, OutcomeKind::BadResponse,
                        QCoreApplication::translate(
                            "OutcomeClassifier",
                            "The portal's answer had no content. Check that the address is a "
                            "DocSpace portal."));
        return false;
    }
    *response = envelope.value(QLatin1String("response"));
    return true;
}

QString serverMessage(const QByteArray &body)
{
    if (const QString text = bareJsonString(body); !text.isEmpty())
        return clip(text);
    QJsonParseError parseError{};
    const QJsonDocument document = QJsonDocument::fromJson(body, &parseError);
    if (parseError.error != QJsonParseError::NoError || !document.isObject())
        return {};
    const QJsonObject envelope = document.object();
    const QString message = envelope.value(QLatin1String("error"))
                                .toObject()
                                .value(QLatin1String("message"))
                                .toString();
    if (!message.isEmpty())
        return clip(message);

    // Validation problems come as an RFC 9110 problem object inside "response".
    const QJsonObject problem = envelope.value(QLatin1String("response")).toObject();
    if (problem.contains(QLatin1String("title"))) {
        QStringList parts{problem.value(QLatin1String("title")).toString()};
        const QJsonObject errors = problem.value(QLatin1String("errors")).toObject();
        for (auto it = errors.begin(); it != errors.end(); ++it) {
            QStringList texts;
            for (const QJsonValue &text : it.value().toArray())
                texts << text.toString();
            parts << it.key() + QLatin1String(": ") + texts.join(QLatin1Char(' '));
        }
        return clip(parts.join(QLatin1Char(' ')));
    }
    return {};
}

int parseRetryAfter(const QByteArray &value)
{
    const QByteArray text = value.trimmed();
    if (text.isEmpty())
        return -1;
    // delta-seconds is any run of digits: saturate rather than overflow or reject.
    if (std::all_of(text.begin(), text.end(), [](char c) { return c >= '0' && c <= '9'; })) {
        const qint64 seconds = text.size() > 18 ? LLONG_MAX : text.toLongLong();
        return int(qMin<qint64>(seconds, INT_MAX));
    }
    if (text.startsWith('-'))
        return -1;
    // HTTP dates end in "GMT", which Qt's RFC 2822 parser wants as a numeric offset.
    QString date = QString::fromLatin1(text);
    if (date.endsWith(QLatin1String(" GMT")))
        date = date.left(date.size() - 3) + QLatin1String("+0000");
    const QDateTime when = QDateTime::fromString(date, Qt::RFC2822Date);
    if (!when.isValid())
        return -1;
    return int(qBound<qint64>(0, QDateTime::currentDateTimeUtc().secsTo(when), qint64(INT_MAX)));
}

} // namespace OutcomeClassifier
