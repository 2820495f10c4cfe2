#include "batchlabels.h"

#include "connectiontest.h"
#include "docspaceclient.h"
#include "outcomeclassifier.h"

#include <QJsonObject>

BatchLabels::BatchLabels(QNetworkAccessManager *network, const ConnectionSettings &settings,
                         QObject *parent)
    : QObject(parent)
    , m_network(network)
    , m_settings(settings)
{}

void BatchLabels::start(Read read)
{
    if (m_started)
        return;
    m_started = true;
    auto *client = new DocSpaceClient(m_network, this);
    client->setConnection(m_settings);
    m_waiting = read == Read::ActorOnly ? 1 : 2;

    ApiCall *people = client->call("GET", QStringLiteral("/api/2.0/people/@self"));
    connect(people, &ApiCall::finished, this, [this](const HttpExchange &exchange) {
        QJsonValue response;
        RevokeOutcome failure;
        if (OutcomeClassifier::readResponse(exchange, &response, &failure) && response.isObject()) {
            ConnectionReport report;
            ConnectionTest::readPeopleSelf(response.toObject(), &report);
            m_actor = report.displayName;
        }
        oneDone();
    });
    people->start();
    if (read == Read::ActorOnly)
        return;

    KeyListOperation *list = client->listKeys();
    connect(list, &KeyListOperation::finished, this,
            [this](bool ok, const QList<ApiKey> &keys, const RevokeOutcome &failure) {
                m_keysListed = ok;
                m_listFailure = failure;
                if (ok) {
                    for (const ApiKey &key : keys)
                        m_keys.insert(key.id, key);
                }
                oneDone();
            });
}

const ApiKey *BatchLabels::key(const QString &id) const
{
    const auto it = m_keys.constFind(id);
    return it == m_keys.constEnd() ? nullptr : &it.value();
}

void BatchLabels::oneDone()
{
    if (--m_waiting == 0)
        emit ready();
}
