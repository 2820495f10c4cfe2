#include "keycreation.h"

#include "apicall.h"
#include "keyid.h"
#include "outcomeclassifier.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTimer>

namespace {

QString translate(const char *text, int n = -1)
{
    return QCoreApplication::translate("KeyLifecycle", text, nullptr, n);
}

// A failure the request may have survived: the portal may have acted on it.
bool mayHaveReachedPortal(const HttpExchange &e)
{
    using F = HttpExchange::Failure;
    switch (e.failure) {
    case F::Timeout:
    case F::Truncated:
    case F::Cancelled:
        return true;
    case F::Network:
        // Refused or unresolvable never reached the portal; a reset after sending may have.
        return !e.errorString.contains(QLatin1String("refused"), Qt::CaseInsensitive) &&
               !e.errorString.contains(QLatin1String("not found"), Qt::CaseInsensitive);
    default:
        break;
    }
    return false;
}

// The portal's 400 messages for POST and PUT, in words that say what to change.
QString badRequestSentence(const QString &serverMessage)
{
    if (serverMessage.contains(QLatin1String("number of days"), Qt::CaseInsensitive) ||
        serverMessage.contains(QLatin1String("ExpiresInDays"), Qt::CaseInsensitive))
        return translate("The portal refused the lifetime: it must be a whole number of days from "
                         "1 to 365, or no expiry at all.");
    if (serverMessage.contains(QLatin1String("name"), Qt::CaseInsensitive))
        return translate("The portal refused the name: it must not be empty and may have at most "
                         "30 characters.");
    if (serverMessage.contains(QLatin1String("ermission"), Qt::CaseInsensitive))
        return translate("The portal refused the permissions: it does not know one of the scopes "
                         "asked for. Choose them again from what this portal offers.");
    return translate("The portal refused the request as invalid. Read its message below.");
}

// POST's own 403 (guests; developer tools restricted to administrators) comes as the error
// envelope of an UnauthorizedAccessException saying "Access denied"; a missing scope does not.
bool isCreationDenied(const HttpExchange &e)
{
    const QJsonObject error =
        QJsonDocument::fromJson(e.body).object().value(QLatin1String("error")).toObject();
    return error.value(QLatin1String("type"))
               .toString()
               .endsWith(QLatin1String("UnauthorizedAccessException")) ||
           error.value(QLatin1String("message")).toString().trimmed() ==
               QLatin1String("Access denied");
}

} // namespace

QString KeyCreateRequest::defaultName()
{
    return tr("New secret key");
}

QString KeyCreateRequest::validate() const
{
    if (name.trimmed().isEmpty())
        return tr("Give the key a name.");
    if (name.size() > MaxNameLength)
        return tr("The name has %1 characters; the portal allows at most %n.", nullptr,
                  MaxNameLength)
            .arg(name.size());
    if (expiresInDays < 0 || expiresInDays > MaxLifetimeDays)
        return tr("The lifetime must be from 1 to %n day(s), or none.", nullptr, MaxLifetimeDays);
    if (permissions.isEmptyRestriction())
        return tr("Choose at least one permission: a key restricted to nothing would get every "
                  "permission.");
    return {};
}

QByteArray KeyCreateRequest::toJson() const
{
    QJsonObject body{
        {QStringLiteral("name"), name},
        {QStringLiteral("permissions"), QJsonArray::fromStringList(permissions.toScopes())}};
    if (expiresInDays > 0)
        body.insert(QStringLiteral("expiresInDays"), expiresInDays);
    return QJsonDocument(body).toJson(QJsonDocument::Compact);
}

QString KeyEditRequest::validate() const
{
    if (!KeyId::parse(keyId).isValid())
        return KeyId::parse(keyId).errorString();
    if (name.isEmpty() && !permissions)
        return tr("Nothing to change: give a new name, new permissions, or both.");
    if (!name.isEmpty() && name.trimmed().isEmpty())
        return tr("The name cannot be only spaces.");
    if (name.size() > KeyCreateRequest::MaxNameLength)
        return tr("The name has %1 characters; the portal allows at most %n.", nullptr,
                  KeyCreateRequest::MaxNameLength)
            .arg(name.size());
    if (permissions && permissions->isEmptyRestriction())
        return tr("Choose at least one permission: an empty list would leave the key unchanged.");
    return {};
}

QByteArray KeyEditRequest::toJson() const
{
    QJsonObject body;
    if (!name.isEmpty())
        body.insert(QStringLiteral("name"), name);
    if (permissions)
        body.insert(QStringLiteral("permissions"),
                    QJsonArray::fromStringList(permissions->toScopes()));
    return QJsonDocument(body).toJson(QJsonDocument::Compact);
}

namespace KeyLifecycleClassifier {

KeyCreateResult classifyCreate(const HttpExchange &e)
{
    KeyCreateResult result;
    QJsonValue response;
    if (!OutcomeClassifier::readResponse(e, &response, &result.failure)) {
        RevokeOutcome &f = result.failure;
        if (e.failure != HttpExchange::Failure::None) {
            if (mayHaveReachedPortal(e)) {
                result.outcomeUnknown = true;
                f.sentence += QLatin1Char(' ') +
                              translate("The key may have been created all the same, and its "
                                        "secret is lost: refresh the key list and revoke a key you "
                                        "did not get the secret of.");
            }
        } else if (e.httpStatus == 429) {
            const int seconds = f.retryAfterSeconds;
            f.sentence =
                seconds > 0
                    ? translate("The portal lets each user create at most 5 keys in 15 minutes, "
                                "and that limit is reached. Try again in %n minute(s).",
                                (seconds + 59) / 60)
                    : translate("The portal is limiting requests (it allows at most 5 new keys "
                                "in 15 minutes per user). Wait a few minutes, then try again.");
        } else if (e.httpStatus == 403 && isCreationDenied(e)) {
            f.sentence = translate("The portal does not let this account create keys: guests "
                                   "never may, and when the portal restricts developer tools to "
                                   "administrators only they may. Ask an administrator to create "
                                   "the key, or to open developer tools to everyone.");
        } else if (e.httpStatus == 403) {
            f.sentence = translate("The token is not allowed to create keys: it lacks the "
                                   "*:write scope. Use a token with write access.");
        } else if (e.httpStatus == 400) {
            f.kind = OutcomeKind::BadResponse;
            f.sentence = badRequestSentence(f.serverMessage);
        } else if (e.httpStatus >= 200 && e.httpStatus < 300 &&
                   QJsonDocument::fromJson(e.body).isObject()) {
            // A failure inside a 2xx envelope: validation problems come that way.
            if (!f.serverMessage.isEmpty())
                f.sentence = badRequestSentence(f.serverMessage);
        }
        return result;
    }
    const std::optional<ApiKey> key =
        response.isObject() ? ApiKey::fromJson(response.toObject()) : std::nullopt;
    const QString secret = response.toObject().value(QLatin1String("key")).toString();
    if (!key || !secret.startsWith(QLatin1String("sk-")) || secret.contains(QLatin1Char('*'))) {
        result.outcomeUnknown = key.has_value();
        result.failure.kind = OutcomeKind::BadResponse;
        result.failure.httpStatus = e.httpStatus;
        result.failure.keyId = key ? key->id : QString();
        result.failure.sentence =
            key ? translate("The portal created the key but did not send its secret, so nobody "
                            "can use it. Revoke it and create another.")
                : translate("The portal's answer held no new key. Refresh the key list to see "
                            "whether one was created.");
        return result;
    }
    result.ok = true;
    result.key = *key;
    result.secret = secret;
    result.key.keyPostfix = secret.right(4);
    result.failure = RevokeOutcome();
    result.failure.kind = OutcomeKind::Created;
    result.failure.keyId = key->id;
    result.failure.httpStatus = e.httpStatus;
    return result;
}

KeyEditResult classifyEdit(const QString &keyId, const HttpExchange &e)
{
    KeyEditResult result;
    // The PUT cases are those of (de)activation; only the words differ.
    RevokeOutcome outcome =
        OutcomeClassifier::classifyKeyChange(KeyOperation::Deactivate, keyId, e);
    if (outcome.kind == OutcomeKind::Deactivated) {
        result.ok = true;
        outcome.kind = OutcomeKind::Edited;
        outcome.sentence = translate("Changed. The key keeps its secret; the new name and "
                                     "permissions apply from now on.");
    } else if (outcome.kind == OutcomeKind::Refused) {
        outcome.sentence = translate("The portal refused to change this key. Expired keys cannot "
                                     "be changed, and only the key's creator or an administrator "
                                     "may change it.");
    } else if (e.httpStatus == 400 ||
               (e.httpStatus >= 200 && e.httpStatus < 300 &&
                QJsonDocument::fromJson(e.body).isObject() && !outcome.serverMessage.isEmpty())) {
        outcome.sentence = badRequestSentence(outcome.serverMessage);
    }
    result.outcome = outcome;
    return result;
}

QString createOutcomeName(const KeyCreateResult &result)
{
    return result.ok ? QStringLiteral("created") : result.failure.kindName();
}

} // namespace KeyLifecycleClassifier

KeyCreateOperation::KeyCreateOperation(QNetworkAccessManager *network,
                                       const ConnectionSettings &settings,
                                       const KeyCreateRequest &request, QObject *parent)
    : QObject(parent)
    , m_network(network)
    , m_settings(settings)
    , m_request(request)
{
    m_settings.maxRateLimitRetries = 0;
}

void KeyCreateOperation::start()
{
    const QString invalid = m_request.validate();
    if (!invalid.isEmpty() || !m_settings.portal.isValid()) {
        KeyCreateResult early;
        early.failure.kind = invalid.isEmpty() ? OutcomeKind::NetworkError : OutcomeKind::InvalidId;
        early.failure.sentence = invalid.isEmpty() ? m_settings.portal.errorString() : invalid;
        QTimer::singleShot(0, this, [this, early] { finishWith(early); });
        return;
    }
    m_call = new ApiCall(m_network, m_settings, "POST", QStringLiteral("/api/2.0/keys"),
                         m_request.toJson(), this);
    connect(m_call, &ApiCall::finished, this, [this](const HttpExchange &exchange) {
        finishWith(KeyLifecycleClassifier::classifyCreate(exchange));
    });
    m_call->start();
}

void KeyCreateOperation::cancel()
{
    if (m_call)
        m_call->cancel();
}

void KeyCreateOperation::finishWith(const KeyCreateResult &result)
{
    if (m_finished)
        return;
    m_finished = true;
    emit finished(result);
    deleteLater();
}

KeyEditOperation::KeyEditOperation(QNetworkAccessManager *network,
                                   const ConnectionSettings &settings,
                                   const KeyEditRequest &request, QObject *parent)
    : QObject(parent)
    , m_network(network)
    , m_settings(settings)
    , m_request(request)
{
    const KeyId id = KeyId::parse(m_request.keyId);
    if (id.isValid())
        m_request.keyId = id.toString();
}

void KeyEditOperation::start()
{
    const QString invalid = m_request.validate();
    if (!invalid.isEmpty() || !m_settings.portal.isValid()) {
        KeyEditResult early;
        early.outcome.kind = OutcomeKind::InvalidId;
        early.outcome.keyId = m_request.keyId;
        early.outcome.sentence = invalid.isEmpty() ? m_settings.portal.errorString() : invalid;
        QTimer::singleShot(0, this, [this, early] { finishWith(early); });
        return;
    }
    auto *call =
        new ApiCall(m_network, m_settings, "PUT",
                    QStringLiteral("/api/2.0/keys/") + m_request.keyId, m_request.toJson(), this);
    connect(call, &ApiCall::finished, this, [this](const HttpExchange &exchange) {
        finishWith(KeyLifecycleClassifier::classifyEdit(m_request.keyId, exchange));
    });
    call->start();
}

void KeyEditOperation::finishWith(const KeyEditResult &result)
{
    if (m_finished)
        return;
    m_finished = true;
    emit finished(result);
    deleteLater();
}

PermissionsOperation::PermissionsOperation(QNetworkAccessManager *network,
                                           const ConnectionSettings &settings, QObject *parent)
    : QObject(parent)
    , m_network(network)
    , m_settings(settings)
{}

void PermissionsOperation::start()
{
    auto *call = new ApiCall(m_network, m_settings, "GET",
                             QStringLiteral("/api/2.0/keys/permissions"), {}, this);
    connect(call, &ApiCall::finished, this, [this](const HttpExchange &exchange) {
        QJsonValue response;
        RevokeOutcome failure;
        QStringList scopes;
        bool ok = OutcomeClassifier::readResponse(exchange, &response, &failure);
        if (ok && !response.isArray()) {
            ok = false;
            failure.kind = OutcomeKind::BadResponse;
            failure.sentence = translate("The portal's answer held no list of permissions.");
        }
        for (const QJsonValue &scope : response.toArray())
            scopes << scope.toString();
        emit finished(ok, scopes, failure);
        deleteLater();
    });
    call->start();
}
