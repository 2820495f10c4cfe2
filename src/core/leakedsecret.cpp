#include "leakedsecret.h"

#include "docspaceclient.h"
#include "outcomeclassifier.h"

#include <QCoreApplication>
#include <QJsonObject>
#include <QRegularExpression>

namespace LeakedSecrets {

QStringList find(const QString &text)
{
    // Not preceded or followed by anything that would make it part of a longer token.
    static const QRegularExpression secret(
        QStringLiteral("(?<![A-Za-z0-9_-])sk-[0-9a-f]{64}(?![A-Za-z0-9_-])"));
    QStringList found;
    auto it = secret.globalMatch(text);
    while (it.hasNext()) {
        const QString match = it.next().captured(0);
        if (!found.contains(match))
            found << match;
    }
    return found;
}

QString redacted(const QString &secret)
{
    return QStringLiteral("sk-") + QChar(0x2026) + secret.right(4);
}

} // namespace LeakedSecrets

SecretIdentification::SecretIdentification(QNetworkAccessManager *network,
                                           const ConnectionSettings &admin, const QString &secret,
                                           QObject *parent)
    : QObject(parent)
    , m_network(network)
    , m_admin(admin)
    , m_secret(secret)
{
    m_identity.ending = secret.right(4);
}

void SecretIdentification::start()
{
    ConnectionSettings asLeaked = m_admin;
    asLeaked.token = m_secret;
    asLeaked.scheme = AuthScheme::ApiKey;
    m_secret.fill(QLatin1Char('0')); // not needed any more: keep it no longer than the call
    m_secret.clear();
    auto *call =
        new ApiCall(m_network, asLeaked, "GET", QStringLiteral("/api/2.0/keys/@self"), {}, this);
    asLeaked.token.fill(QLatin1Char('0'));
    connect(call, &ApiCall::finished, this, &SecretIdentification::onSelf);
    call->start();
}

void SecretIdentification::onSelf(const HttpExchange &exchange)
{
    QJsonValue response;
    RevokeOutcome failure;
    if (OutcomeClassifier::readResponse(exchange, &response, &failure)) {
        if (std::optional<ApiKey> key = ApiKey::fromJson(response.toObject())) {
            m_identity.state = SecretIdentity::State::Identified;
            m_identity.key = *key;
            emit finished(m_identity);
            deleteLater();
            return;
        }
        failure.kind = OutcomeKind::BadResponse;
        failure.sentence = QCoreApplication::translate("SecretIdentification",
                                                       "The portal answered, but not with a key.");
    }
    m_identity.failure = failure;
    if (failure.kind == OutcomeKind::Unauthorized) {
        m_identity.state = SecretIdentity::State::NoLongerWorks;
        m_identity.failure.sentence = QCoreApplication::translate(
            "SecretIdentification",
            "The portal no longer accepts this secret: the key was already revoked, has expired "
            "or is deactivated. A deactivated key still exists and can be reactivated by its "
            "owner, so check the candidates below.");
    }
    findCandidates();
}

void SecretIdentification::findCandidates()
{
    DocSpaceClient *client = new DocSpaceClient(m_network, this);
    client->setConnection(m_admin);
    connect(client->listKeys(), &KeyListOperation::finished, this,
            [this](bool ok, const QList<ApiKey> &keys, const RevokeOutcome &) {
                if (ok) {
                    for (const ApiKey &key : keys) {
                        if (!m_identity.ending.isEmpty() && key.keyPostfix == m_identity.ending)
                            m_identity.candidates.append(key);
                    }
                }
                emit finished(m_identity);
                deleteLater();
            });
}
