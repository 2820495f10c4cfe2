#include "leakedsecret.h"

#include "docspaceclient.h"
#include "outcomeclassifier.h"

#include <QCoreApplication>
#include <QJsonObject>
#include <QSet>
#include <QStringView>

namespace LeakedSecrets {

namespace {
bool isTokenCharacter(char16_t c)
{
    return (c >= u'a' && c <= u'z') || (c >= u'A' && c <= u'Z') || (c >= u'0' && c <= u'9') ||
           c == u'_' || c == u'-';
}
bool isLowerHex(char16_t c)
{
    return (c >= u'0' && c <= u'9') || (c >= u'a' && c <= u'f');
}
} // namespace

QStringList find(const QString &text)
{
    // One pass over the text, and a hash of what was found: linear in the text, however many
    // secrets it holds (the earlier list lookup made 50,000 secrets take 10 s). The same match
    // as (?<![A-Za-z0-9_-])sk-[0-9a-f]{64}(?![A-Za-z0-9_-]), which tests/fuzz checks.
    constexpr qsizetype kLength = 3 + 64;
    const QStringView view(text);
    QStringList found;
    QSet<QStringView> seen;
    qsizetype from = 0;
    while (true) {
        const qsizetype at = view.indexOf(u"sk-", from);
        if (at < 0 || at + kLength > view.size())
            break;
        from = at + 1;
        if (at > 0 && isTokenCharacter(view[at - 1].unicode()))
            continue;
        qsizetype i = at + 3;
        while (i < at + kLength && isLowerHex(view[i].unicode()))
            ++i;
        if (i < at + kLength) {
            from = i; // the hex run holds no "s": the next "sk-" starts after it
            continue;
        }
        if (at + kLength < view.size() && isTokenCharacter(view[at + kLength].unicode()))
            continue;
        const QStringView secret = view.mid(at, kLength);
        if (!seen.contains(secret)) {
            seen.insert(secret);
            found << secret.toString();
        }
        from = at + kLength;
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
