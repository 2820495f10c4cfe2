#include "docspaceclient.h"

#include "outcomeclassifier.h"

#include <QCoreApplication>
#include <QTimer>

RevokeOperation::RevokeOperation(QString keyId, QObject *parent)
    : QObject(parent)
    , m_keyId(std::move(keyId))
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
    finishWith(OutcomeClassifier::classifyRevoke(m_keyId, cancelled));
}

void RevokeOperation::attach(ApiCall *call)
{
    m_call = call;
    connect(call, &ApiCall::rateLimitWait, this, &RevokeOperation::rateLimitWait);
    connect(call, &ApiCall::finished, this, [this](const HttpExchange &exchange) {
        finishWith(OutcomeClassifier::classifyRevoke(m_keyId, exchange));
    });
}

void RevokeOperation::finishWith(const RevokeOutcome &outcome)
{
    if (m_finished)
        return;
    m_finished = true;
    RevokeOutcome stamped = outcome;
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
    const KeyId id = KeyId::parse(keyIdInput);
    auto *operation =
        new RevokeOperation(id.isValid() ? id.toString() : keyIdInput.trimmed(), this);

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

    ApiCall *apiCall = call("DELETE", QStringLiteral("/api/2.0/keys/") + id.toString());
    operation->attach(apiCall);
    apiCall->start();
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
