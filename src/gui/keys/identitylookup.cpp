#include "identitylookup.h"

#include "apicall.h"
#include "apikey.h"
#include "connectiontest.h"
#include "docspaceclient.h"
#include "outcomeclassifier.h"

#include <QJsonObject>

IdentityLookup::IdentityLookup(DocSpaceClient *client, QObject *parent)
    : QObject(parent)
    , m_client(client)
{}

IdentityLookup::~IdentityLookup()
{
    cancel();
}

void IdentityLookup::start()
{
    m_test = m_client->testConnection();
    connect(m_test, &ConnectionTest::finished, this, &IdentityLookup::onReport);
}

void IdentityLookup::cancel()
{
    for (QObject *call :
         {static_cast<QObject *>(m_test.data()), static_cast<QObject *>(m_selfKeyCall.data())}) {
        if (call)
            call->disconnect(this);
    }
    if (m_test)
        m_test->cancel();
    if (m_selfKeyCall)
        m_selfKeyCall->cancel();
}

void IdentityLookup::onReport(const ConnectionReport &report)
{
    m_test.clear();
    if (report.ok) {
        emit found(report.userId, report.hasKey ? report.keyId.toLower() : QString(),
                   report.displayName);
        emit finished();
        return;
    }
    if (report.failure.kind == OutcomeKind::Cancelled) {
        emit finished();
        return;
    }
    lookUpOwnKey();
}

void IdentityLookup::lookUpOwnKey()
{
    if (!m_client->connection().token.trimmed().startsWith(QLatin1String("sk-"))) {
        emit finished();
        return;
    }
    m_selfKeyCall = m_client->call("GET", QStringLiteral("/api/2.0/keys/@self"));
    connect(m_selfKeyCall, &ApiCall::finished, this, [this](const HttpExchange &exchange) {
        m_selfKeyCall.clear();
        QJsonValue response;
        RevokeOutcome failure;
        if (OutcomeClassifier::readResponse(exchange, &response, &failure)) {
            if (const std::optional<ApiKey> key = ApiKey::fromJson(response.toObject()))
                emit found(key->createdById, key->id.toLower(), key->createdByName);
        }
        emit finished();
    });
    m_selfKeyCall->start();
}
