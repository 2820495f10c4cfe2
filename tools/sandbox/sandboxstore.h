#pragma once

#include "sandboxtypes.h"

#include <QHash>
#include <QJsonObject>
#include <QList>
#include <QString>
#include <QUuid>

#include <functional>
#include <optional>

// The portal's data: users and keys, the deterministic seed, the state file. No HTTP here.
class SandboxStore
{
public:
    SandboxStore() = default;
    Q_DISABLE_COPY_MOVE(SandboxStore)

    // Deterministic users and keys, dates relative to `now`, plus `generated` generated keys.
    void seed(const QDateTime &now, int generated);
    void generateKeys(const QDateTime &now, int count);

    const QList<SandboxUser> &users() const { return m_users; }
    const SandboxUser *user(const QUuid &id) const;
    const SandboxUser *userBySession(const QString &token) const;
    const SandboxUser *userByLogin(const QString &email, const QString &password) const;
    SandboxUser *mutableUser(const QUuid &id);
    // The user goes; their keys stay, created by the "Profile removed" placeholder.
    bool removeUser(const QUuid &id);

    QList<SandboxKey> keys() const; // newest first
    int keyCount() const { return static_cast<int>(m_keys.size()); }
    std::optional<SandboxKey> key(const QUuid &id) const;
    SandboxKey *mutableKey(const QUuid &id); // nullptr if unknown
    SandboxKey *keyBySecret(const QString &secret);
    void addKey(const SandboxKey &key);
    void removeKey(const QUuid &id);
    // Marks expired keys inactive, like the portal's background job. Returns how many changed.
    int sweepExpiredKeys(const QDateTime &now);

    QJsonObject stateJson() const;
    bool loadStateJson(const QJsonObject &state, QString *error);
    bool saveState(const QString &path, QString *error) const;
    bool loadState(const QString &path, QString *error);

    // changed() after every change of users or keys; touched() for lastUsed only (marks dirty).
    void setChangedCallback(std::function<void()> callback) { m_changed = std::move(callback); }
    void changed();
    void touched() { m_dirty = true; }
    bool takeDirty();

    static QString secretFor(const QString &seedName);
    static QString maskedSecret(const QString &secret);
    static QString randomSecret();
    static QStringList knownPermissions();
    // The placeholder DocSpace shows for a key whose creator was removed.
    static const QUuid &removedUserId();

private:
    QList<SandboxUser> m_users;
    QHash<QUuid, SandboxKey> m_keys;
    QHash<QString, QUuid> m_keyIdBySecret;
    std::function<void()> m_changed;
    bool m_dirty = false;
};
