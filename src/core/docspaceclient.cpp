#include "docspaceclient.h"

#include "keycreation.h"
#include "outcomeclassifier.h"

#include <QCoreApplication>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTimer>

RevokeOperation::RevokeOperation(QString keyId, KeyOperation operation, QObject *parent)
    : QObject(parent)
    , m_keyId(std::move(keyId))
    , m_operation(operation)
{}

void RevokeOperation::cancel()
{
    if (m_finished)
        return;
    if (m_call) {
        m_call->cancel();
        return;
    }
    HttpExchange cancelled;
    cancelled.failure = HttpExchange::Failure::Cancelled;
    finishWith(OutcomeClassifier::classifyKeyChange(m_operation, m_keyId, cancelled));
}

void RevokeOperation::attach(ApiCall *call)
{
    m_call = call;
    connect(call, &ApiCall::rateLimitWait, this, &RevokeOperation::rateLimitWait);
    connect(call, &ApiCall::concurrencyLimited, this, &RevokeOperation::concurrencyLimited);
    connect(call, &ApiCall::answered, this, &RevokeOperation::answered);
    connect(call, &ApiCall::finished, this, [this](const HttpExchange &exchange) {
        finishWith(OutcomeClassifier::classifyKeyChange(m_operation, m_keyId, exchange));
    });
}

void RevokeOperation::finishWith(const RevokeOutcome &outcome)
{
    if (m_finished)
        return;
    m_finished = true;
    RevokeOutcome stamped = outcome;
    stamped.operation = m_operation;
    stamped.finishedAt = QDateTime::currentDateTime();
    emit finished(stamped);
    deleteLater();
}

DocSpaceClient::DocSpaceClient(QNetworkAccessManager *network, QObject *parent)
    : QObject(parent)
    , m_network(network)
{}

RevokeOperation *DocSpaceClient::revoke(const QString &keyIdInput)
{
    return change(KeyOperation::Revoke, keyIdInput);
}

RevokeOperation *DocSpaceClient::setKeyActive(const QString &keyIdInput, bool active)
{
    return change(active ? KeyOperation::Activate : KeyOperation::Deactivate, keyIdInput);
}

RevokeOperation *DocSpaceClient::change(KeyOperation keyOperation, const QString &keyIdInput)
{
    const KeyId id = KeyId::parse(keyIdInput);
    auto *operation = new RevokeOperation(id.isValid() ? id.toString() : keyIdInput.trimmed(),
                                          keyOperation, this);

    // Bad input never reaches the network; the outcome still arrives like any other, later, so
    // callers have one code path.
    auto failEarly = [operation](OutcomeKind kind, const QString &sentence) {
        RevokeOutcome outcome;
        outcome.kind = kind;
        outcome.keyId = operation->keyId();
        outcome.sentence = sentence;
        QTimer::singleShot(0, operation, [operation, outcome] { operation->finishWith(outcome); });
        return operation;
    };
    if (!id.isValid())
        return failEarly(OutcomeKind::InvalidId, id.errorString());
    if (!m_settings.portal.isValid())
        return failEarly(OutcomeKind::NetworkError, m_settings.portal.errorString());
    if (Auth::cleanToken(m_settings.token).isEmpty())
        return failEarly(OutcomeKind::Unauthorized,
                         QCoreApplication::translate("DocSpaceClient",
                                                     "No access token was given, so nothing was "
                                                     "sent. Enter an API key or session token."));

    const QString path = QStringLiteral("/api/2.0/keys/") + id.toString();
    ApiCall *apiCall =
        keyOperation == KeyOperation::Revoke
            ? call("DELETE", path)
            : call("PUT", path,
                   QJsonDocument(QJsonObject{{QStringLiteral("isActive"),
                                              keyOperation == KeyOperation::Activate}})
                       .toJson(QJsonDocument::Compact));
    operation->attach(apiCall);
    apiCall->start();
    return operation;
}

KeyListOperation::KeyListOperation(ApiCall *call, QObject *parent)
    : QObject(parent)
    , m_call(call)
{
    connect(call, &ApiCall::finished, this, [this](const HttpExchange &exchange) {
        QJsonValue response;
        RevokeOutcome failure;
        QList<ApiKey> keys;
        bool ok = OutcomeClassifier::readResponse(exchange, &response, &failure);
        if (ok && !response.isArray()) {
            ok = false;
            failure.kind = OutcomeKind::BadResponse;
            failure.httpStatus = exchange.httpStatus;
            failure.sentence = QCoreApplication::translate(
                "DocSpaceClient", "The portal's answer held no key list. Check that the address "
                                  "is a DocSpace portal.");
        }
        if (ok)
            keys = ApiKey::listFromJson(response.toArray());
        emit finished(ok, keys, failure);
        deleteLater();
    });
}

void KeyListOperation::cancel()
{
    if (m_call)
        m_call->cancel();
}

KeyListOperation *DocSpaceClient::listKeys()
{
    ApiCall *apiCall = call("GET", QStringLiteral("/api/2.0/keys"));
    apiCall->setMaxBodyBytes(HttpExchange::MaxListBodyBytes);
    auto *operation = new KeyListOperation(apiCall, this);
    apiCall->start();
    return operation;
}

KeyCreateOperation *DocSpaceClient::createKey(const KeyCreateRequest &request)
{
    auto *operation = new KeyCreateOperation(m_network, m_settings, request, this);
    operation->start();
    return operation;
}

KeyEditOperation *DocSpaceClient::editKey(const KeyEditRequest &request)
{
    auto *operation = new KeyEditOperation(m_network, m_settings, request, this);
    operation->start();
    return operation;
}

PermissionsOperation *DocSpaceClient::listPermissions()
{
    auto *operation = new PermissionsOperation(m_network, m_settings, this);
    operation->start();
    return operation;
}

ConnectionTest *DocSpaceClient::testConnection()
{
    auto *test = new ConnectionTest(m_network, m_settings, this);
    test->start();
    return test;
}

ApiCall *DocSpaceClient::call(const QByteArray &method, const QString &path, const QByteArray &body)
{
    return new ApiCall(m_network, m_settings, method, path, body, this);
}
