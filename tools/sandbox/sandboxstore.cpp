#include "sandboxstore.h"

#include <QCryptographicHash>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QRandomGenerator>
#include <QSaveFile>

#include <algorithm>

namespace {

const QUuid kNamespace = QUuid(QStringLiteral("{6f1c2a9e-3d5b-4c8a-9e21-5a7d0c3b8f14}"));

QString lowerHexSha256(const QString &text)
{
    return QString::fromLatin1(
        QCryptographicHash::hash(text.toUtf8(), QCryptographicHash::Sha256).toHex());
}

QUuid deterministicId(const QString &name)
{
    return QUuid::createUuidV5(kNamespace, name);
}

qint64 dateToMs(const QDateTime &date)
{
    return date.isValid() ? date.toMSecsSinceEpoch() : 0;
}

QDateTime msToDate(const QJsonValue &value)
{
    const qint64 ms = value.toVariant().toLongLong();
    return ms == 0 ? QDateTime() : QDateTime::fromMSecsSinceEpoch(ms, Qt::UTC);
}

} // namespace

QStringList SandboxStore::knownPermissions()
{
    return {QStringLiteral("*"),
            QStringLiteral("*:read"),
            QStringLiteral("*:write"),
            QStringLiteral("accounts:read"),
            QStringLiteral("accounts:write"),
            QStringLiteral("accounts.self:read"),
            QStringLiteral("accounts.self:write"),
            QStringLiteral("files:read"),
            QStringLiteral("files:write"),
            QStringLiteral("rooms:read"),
            QStringLiteral("rooms:write")};
}

const QUuid &SandboxStore::removedUserId()
{
    static const QUuid id(QStringLiteral("4a515a15-d4d6-4b8e-828e-e0586f18f3a3"));
    return id;
}

QString SandboxStore::secretFor(const QString &seedName)
{
    return QStringLiteral("sk-") +
           lowerHexSha256(QStringLiteral("docspace-sandbox:key:") + seedName);
}

QString SandboxStore::maskedSecret(const QString &secret)
{
    return QStringLiteral("sk-***") + secret.right(4);
}

QString SandboxStore::randomSecret()
{
    QByteArray bytes(32, Qt::Uninitialized);
    QRandomGenerator::system()->generate(bytes.begin(), bytes.end());
    return QStringLiteral("sk-") + QString::fromLatin1(bytes.toHex());
}

void SandboxStore::seed(const QDateTime &now, int generated)
{
    m_users.clear();
    m_keys.clear();
    m_keyIdBySecret.clear();

    struct UserSeed
    {
        QString login; // e-mail is login@sandbox.example, password sandbox-<login>
        QString first;
        QString last;
        SandboxRole role;
    };
    // The administrator's name needs HTML encoding ("Zo&#235; O&#39;Brien &amp; Co" on the
    // wire), as real names do; the login stays "bob".
    const UserSeed userSeeds[] = {{QStringLiteral("alice"), QStringLiteral("Alice"),
                                   QStringLiteral("Owner"), SandboxRole::Owner},
                                  {QStringLiteral("bob"), QStringLiteral("Zo\u00eb"),
                                   QStringLiteral("O'Brien & Co"), SandboxRole::Admin},
                                  {QStringLiteral("carol"), QStringLiteral("Carol"),
                                   QStringLiteral("Member"), SandboxRole::Member},
                                  {QStringLiteral("dave"), QStringLiteral("Dave"),
                                   QStringLiteral("Guest"), SandboxRole::Guest}};
    for (const UserSeed &seedUser : userSeeds) {
        SandboxUser user;
        user.firstName = seedUser.first;
        user.lastName = seedUser.last;
        user.email = seedUser.login + QStringLiteral("@sandbox.example");
        user.password = QStringLiteral("sandbox-") + seedUser.login;
        user.id = deterministicId(QStringLiteral("user:") + user.email);
        user.sessionToken =
            lowerHexSha256(QStringLiteral("docspace-sandbox:session:") + user.email);
        user.role = seedUser.role;
        m_users.append(user);
    }

    // Whole seconds, so two starts within the same second print identical dates.
    const QDateTime base = QDateTime::fromSecsSinceEpoch(now.toSecsSinceEpoch(), Qt::UTC);
    const auto ago = [&base](double days) {
        return base.addMSecs(-static_cast<qint64>(days * static_cast<double>(kSandboxDayMs)));
    };
    struct KeySeed
    {
        int owner;
        QString name;
        QStringList permissions;
        double createdDaysAgo;
        double lastUsedDaysAgo; // < 0: never used
        double expiresInDays;   // 0: never; negative: already expired
        bool active;
    };
    const QString read = QStringLiteral("*:read");
    const QString write = QStringLiteral("*:write");
    const QList<KeySeed> keySeeds = {
        {0, QStringLiteral("Admin console"), {}, 90, 1.0 / 24, 0, true},
        {0, QStringLiteral("Read-only reporting"), {read}, 60, 2, 0, true},
        {0, QStringLiteral("CI pipeline"), {write}, 45, 0.125, 180, true},
        {0,
         QStringLiteral("Zapier integration"),
         {QStringLiteral("files:read"), QStringLiteral("files:write"),
          QStringLiteral("rooms:read")},
         30,
         -1,
         0,
         true},
        {0,
         QStringLiteral("Backup script"),
         {QStringLiteral("files:read"), QStringLiteral("rooms:read")},
         20,
         5,
         30,
         true},
        {0, QStringLiteral("Old migration"), {}, 400, 40, -35, true},
        {0, QStringLiteral("Disabled webhook"), {read}, 120, 100, 0, false},
        {0, QStringLiteral("<b>Legacy</b> & \"quotes\""), {}, 200, 150, 0, true},
        {1, QStringLiteral("Bob's admin tools"), {}, 15, 1, 0, true},
        {1, QStringLiteral("Monitoring"), {read}, 10, -1, 7, true},
        {2, QStringLiteral("Carol's notebook"), {}, 7, 1.0 / 48, 0, true},
        {2, QStringLiteral("Carol read-only"), {read}, 3, -1, 0, true},
        {3,
         QStringLiteral("Dave's profile reader"),
         {QStringLiteral("accounts.self:read")},
         2,
         1,
         0,
         true},
    };
    for (const KeySeed &seedKey : keySeeds) {
        SandboxKey key;
        key.id = deterministicId(QStringLiteral("key:") + seedKey.name);
        key.name = seedKey.name;
        key.secret = secretFor(seedKey.name);
        key.ownerId = m_users.at(seedKey.owner).id;
        key.permissions = seedKey.permissions;
        key.createOn = ago(seedKey.createdDaysAgo);
        if (seedKey.lastUsedDaysAgo >= 0)
            key.lastUsed = ago(seedKey.lastUsedDaysAgo);
        if (seedKey.expiresInDays != 0.0)
            key.expiresAt = ago(-seedKey.expiresInDays);
        key.isActive = seedKey.active;
        addKey(key);
    }
    generateKeys(now, generated);
    changed();
}

void SandboxStore::generateKeys(const QDateTime &now, int count)
{
    if (count <= 0 || m_users.isEmpty())
        return;
    const QDateTime base = QDateTime::fromSecsSinceEpoch(now.toSecsSinceEpoch(), Qt::UTC);
    const QList<QStringList> permissionSets = {
        {},
        {QStringLiteral("*:read")},
        {QStringLiteral("*:write")},
        {QStringLiteral("files:read")},
        {QStringLiteral("rooms:read"), QStringLiteral("rooms:write")}};
    m_keys.reserve(m_keys.size() + count);
    m_keyIdBySecret.reserve(m_keyIdBySecret.size() + count);
    for (int i = 0; i < count; ++i) {
        const QString seedName = QStringLiteral("generated:%1").arg(i);
        SandboxKey key;
        key.id = deterministicId(QStringLiteral("key:") + seedName);
        key.name = QStringLiteral("Generated key %1").arg(i + 1);
        key.secret = secretFor(seedName);
        key.ownerId = m_users.at(i % m_users.size()).id;
        key.permissions = permissionSets.at(i % permissionSets.size());
        const qint64 ageSeconds = (static_cast<qint64>(i) * 37 % 720) * 86400 +
                                  (static_cast<qint64>(i) * 7919 % 86400) + 60;
        key.createOn = base.addSecs(-ageSeconds);
        if (i % 4 != 1)
            key.lastUsed = base.addSecs(-ageSeconds / 3);
        if (i % 10 == 3)
            key.expiresAt = base.addSecs(-ageSeconds / 2); // expired, still flagged active
        else if (i % 10 == 5)
            key.expiresAt = base.addSecs(86400LL * (30 + i % 300));
        key.isActive = i % 13 != 0;
        addKey(key);
    }
}

void SandboxStore::addKey(const SandboxKey &key)
{
    m_keys.insert(key.id, key);
    m_keyIdBySecret.insert(key.secret, key.id);
}

void SandboxStore::removeKey(const QUuid &id)
{
    const auto it = m_keys.find(id);
    if (it == m_keys.end())
        return;
    m_keyIdBySecret.remove(it->secret);
    m_keys.erase(it);
}

QList<SandboxKey> SandboxStore::keys() const
{
    QList<SandboxKey> list = m_keys.values();
    std::sort(list.begin(), list.end(), [](const SandboxKey &a, const SandboxKey &b) {
        if (a.createOn != b.createOn)
            return a.createOn > b.createOn;
        return a.id.toString() < b.id.toString();
    });
    return list;
}

std::optional<SandboxKey> SandboxStore::key(const QUuid &id) const
{
    const auto it = m_keys.constFind(id);
    if (it == m_keys.constEnd())
        return std::nullopt;
    return *it;
}

SandboxKey *SandboxStore::mutableKey(const QUuid &id)
{
    const auto it = m_keys.find(id);
    return it == m_keys.end() ? nullptr : &*it;
}

SandboxKey *SandboxStore::keyBySecret(const QString &secret)
{
    const auto it = m_keyIdBySecret.constFind(secret);
    return it == m_keyIdBySecret.constEnd() ? nullptr : mutableKey(*it);
}

const SandboxUser *SandboxStore::user(const QUuid &id) const
{
    for (const SandboxUser &candidate : m_users) {
        if (candidate.id == id)
            return &candidate;
    }
    return nullptr;
}

SandboxUser *SandboxStore::mutableUser(const QUuid &id)
{
    for (SandboxUser &candidate : m_users) {
        if (candidate.id == id)
            return &candidate;
    }
    return nullptr;
}

const SandboxUser *SandboxStore::userBySession(const QString &token) const
{
    for (const SandboxUser &candidate : m_users) {
        if (!token.isEmpty() && candidate.sessionToken == token)
            return &candidate;
    }
    return nullptr;
}

const SandboxUser *SandboxStore::userByLogin(const QString &email, const QString &password) const
{
    for (const SandboxUser &candidate : m_users) {
        if (candidate.email.compare(email, Qt::CaseInsensitive) == 0 &&
            candidate.password == password && !password.isEmpty())
            return &candidate;
    }
    return nullptr;
}

bool SandboxStore::removeUser(const QUuid &id)
{
    for (qsizetype i = 0; i < m_users.size(); ++i) {
        if (m_users.at(i).id == id) {
            m_users.removeAt(i);
            changed();
            return true;
        }
    }
    return false;
}

void SandboxStore::changed()
{
    m_dirty = true;
    if (m_changed)
        m_changed();
}

bool SandboxStore::takeDirty()
{
    const bool wasDirty = m_dirty;
    m_dirty = false;
    return wasDirty;
}

int SandboxStore::sweepExpiredKeys(const QDateTime &now)
{
    int swept = 0;
    for (SandboxKey &key : m_keys) {
        if (key.isActive && key.isExpiredAt(now)) {
            key.isActive = false;
            ++swept;
        }
    }
    if (swept > 0)
        changed();
    return swept;
}

// ---- state --------------------------------------------------------------------------------------

QJsonObject SandboxStore::stateJson() const
{
    QJsonArray userArray;
    for (const SandboxUser &u : m_users) {
        userArray.append(QJsonObject{{QStringLiteral("id"), sandboxUuidText(u.id)},
                                     {QStringLiteral("firstName"), u.firstName},
                                     {QStringLiteral("lastName"), u.lastName},
                                     {QStringLiteral("email"), u.email},
                                     {QStringLiteral("password"), u.password},
                                     {QStringLiteral("sessionToken"), u.sessionToken},
                                     {QStringLiteral("role"), sandboxRoleName(u.role)},
                                     {QStringLiteral("disabled"), u.disabled}});
    }
    QJsonArray keyArray;
    for (const SandboxKey &k : keys()) {
        keyArray.append(
            QJsonObject{{QStringLiteral("id"), sandboxUuidText(k.id)},
                        {QStringLiteral("name"), k.name},
                        {QStringLiteral("secret"), k.secret},
                        {QStringLiteral("ownerId"), sandboxUuidText(k.ownerId)},
                        {QStringLiteral("permissions"), QJsonArray::fromStringList(k.permissions)},
                        {QStringLiteral("createOnMs"), dateToMs(k.createOn)},
                        {QStringLiteral("lastUsedMs"), dateToMs(k.lastUsed)},
                        {QStringLiteral("expiresAtMs"), dateToMs(k.expiresAt)},
                        {QStringLiteral("permissionsNull"), k.permissionsNull},
                        {QStringLiteral("isActive"), k.isActive}});
    }
    return QJsonObject{{QStringLiteral("format"), QStringLiteral("docspace-sandbox-state")},
                       {QStringLiteral("version"), 1},
                       {QStringLiteral("users"), userArray},
                       {QStringLiteral("keys"), keyArray}};
}

bool SandboxStore::loadStateJson(const QJsonObject &state, QString *error)
{
    if (state.value(QStringLiteral("format")).toString() !=
        QLatin1String("docspace-sandbox-state")) {
        if (error)
            *error = QStringLiteral("not a docspace-sandbox state file");
        return false;
    }
    QList<SandboxUser> users;
    for (const QJsonValue &value : state.value(QStringLiteral("users")).toArray()) {
        const QJsonObject o = value.toObject();
        SandboxUser u;
        u.id = QUuid::fromString(o.value(QStringLiteral("id")).toString());
        u.firstName = o.value(QStringLiteral("firstName")).toString();
        u.lastName = o.value(QStringLiteral("lastName")).toString();
        u.email = o.value(QStringLiteral("email")).toString();
        u.password = o.value(QStringLiteral("password")).toString();
        u.sessionToken = o.value(QStringLiteral("sessionToken")).toString();
        u.role = sandboxRoleFromName(o.value(QStringLiteral("role")).toString());
        u.disabled = o.value(QStringLiteral("disabled")).toBool(false);
        users.append(u);
    }
    if (users.isEmpty()) {
        if (error)
            *error = QStringLiteral("the state file has no users");
        return false;
    }
    m_users = users;
    m_keys.clear();
    m_keyIdBySecret.clear();
    for (const QJsonValue &value : state.value(QStringLiteral("keys")).toArray()) {
        const QJsonObject o = value.toObject();
        SandboxKey k;
        k.id = QUuid::fromString(o.value(QStringLiteral("id")).toString());
        k.name = o.value(QStringLiteral("name")).toString();
        k.secret = o.value(QStringLiteral("secret")).toString();
        k.ownerId = QUuid::fromString(o.value(QStringLiteral("ownerId")).toString());
        const QJsonArray permissions = o.value(QStringLiteral("permissions")).toArray();
        for (const QJsonValue &permission : permissions)
            k.permissions << permission.toString();
        k.createOn = msToDate(o.value(QStringLiteral("createOnMs")));
        k.lastUsed = msToDate(o.value(QStringLiteral("lastUsedMs")));
        k.expiresAt = msToDate(o.value(QStringLiteral("expiresAtMs")));
        k.permissionsNull = o.value(QStringLiteral("permissionsNull")).toBool(false);
        k.isActive = o.value(QStringLiteral("isActive")).toBool(true);
        addKey(k);
    }
    m_dirty = false;
    return true;
}

bool SandboxStore::saveState(const QString &path, QString *error) const
{
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly)) {
        if (error)
            *error = file.errorString();
        return false;
    }
    file.write(QJsonDocument(stateJson()).toJson(QJsonDocument::Indented));
    if (!file.commit()) {
        if (error)
            *error = file.errorString();
        return false;
    }
    return true;
}

bool SandboxStore::loadState(const QString &path, QString *error)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        if (error)
            *error = file.errorString();
        return false;
    }
    QJsonParseError parseError{};
    const QJsonDocument doc = QJsonDocument::fromJson(file.readAll(), &parseError);
    if (!doc.isObject()) {
        if (error)
            *error = parseError.errorString();
        return false;
    }
    return loadStateJson(doc.object(), error);
}
