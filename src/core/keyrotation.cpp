#include "keyrotation.h"

#include "keybatch.h"

#include <QTimer>

#include <algorithm>

#include <cmath>

QString KeyRotation::suffix()
{
    return QStringLiteral(" (rotated)");
}

QString KeyRotation::replacementName(const QString &name)
{
    QString base = name.trimmed();
    while (base.endsWith(suffix()))
        base.chop(suffix().size());
    base = base.trimmed();
    const qsizetype room = KeyCreateRequest::MaxNameLength - suffix().size();
    if (base.size() > room)
        base = base.left(room).trimmed();
    if (base.isEmpty())
        base = QStringLiteral("Key");
    return base + suffix();
}

int KeyRotation::lifetimeDays(const ApiKey &key)
{
    if (!key.expiresAt.isValid())
        return 0;
    const QDateTime from = key.createOn.isValid() ? key.createOn : QDateTime::currentDateTimeUtc();
    const double days = double(from.secsTo(key.expiresAt)) / 86400.0;
    const int whole = int(std::ceil(days - 1e-6));
    return qBound(1, whole, KeyCreateRequest::MaxLifetimeDays);
}

KeyCreateRequest KeyRotation::replacementFor(const ApiKey &key)
{
    KeyCreateRequest request;
    request.name = replacementName(key.name);
    request.permissions = KeyPermissions::fromScopes(key.permissions);
    request.expiresInDays = lifetimeDays(key);
    return request;
}

KeyRotation::KeyRotation(QNetworkAccessManager *network, const ConnectionSettings &settings,
                         const QList<ApiKey> &keys, QObject *parent)
    : QObject(parent)
    , m_network(network)
    , m_settings(settings)
{
    for (const ApiKey &key : keys)
        m_items.append(RotationItem{key, replacementFor(key), std::nullopt, std::nullopt});
}

KeyRotation::~KeyRotation() = default;

bool KeyRotation::allCreated() const
{
    return std::all_of(m_items.begin(), m_items.end(),
                       [](const RotationItem &item) { return item.replacementCreated(); });
}

QList<ApiKey> KeyRotation::stillAlive() const
{
    QList<ApiKey> alive;
    for (const RotationItem &item : m_items) {
        if (!item.oldKeyRevoked())
            alive.append(item.old);
    }
    return alive;
}

void KeyRotation::createReplacements()
{
    m_next = 0;
    QTimer::singleShot(0, this, &KeyRotation::createNext);
}

void KeyRotation::createNext()
{
    if (m_cancelled || m_next >= m_items.size()) {
        emit creationFinished(allCreated());
        return;
    }
    const int index = m_next++;
    m_creating = new KeyCreateOperation(m_network, m_settings, m_items.at(index).request, this);
    connect(m_creating, &KeyCreateOperation::finished, this,
            [this, index](const KeyCreateResult &result) {
                m_items[index].created = result;
                emit replacementFinished(index, result);
                if (!result.ok) {
                    emit creationFinished(false);
                    return;
                }
                createNext();
            });
    m_creating->start();
}

void KeyRotation::revokeOldKeys()
{
    QStringList ids;
    for (const RotationItem &item : std::as_const(m_items))
        ids << item.old.id;
    revokeOldKeys(ids);
}

void KeyRotation::revokeOldKeys(const QStringList &oldIds)
{
    QStringList ids;
    for (const RotationItem &item : std::as_const(m_items)) {
        if (oldIds.contains(item.old.id, Qt::CaseInsensitive))
            ids << item.old.id;
    }
    if (!allCreated() || m_cancelled || ids.isEmpty()) {
        QTimer::singleShot(0, this, &KeyRotation::finished);
        return;
    }
    m_batch = new KeyBatch(m_network, m_settings, KeyOperation::Revoke, ids, this);
    connect(m_batch, &KeyBatch::keyFinished, this, [this](const RevokeOutcome &outcome) {
        for (int i = 0; i < m_items.size(); ++i) {
            RotationItem &item = m_items[i];
            if (item.old.id != outcome.keyId || item.revoked)
                continue;
            RevokeOutcome named = outcome;
            named.keyName = item.old.name;
            named.keyPostfix = item.old.keyPostfix;
            item.revoked = named;
            emit oldKeyFinished(i, named);
            break;
        }
    });
    connect(m_batch, &KeyBatch::finished, this, [this] { emit finished(); });
    m_batch->start();
}

void KeyRotation::cancel()
{
    m_cancelled = true;
    if (m_creating)
        m_creating->cancel();
    if (m_batch)
        m_batch->cancel();
}
