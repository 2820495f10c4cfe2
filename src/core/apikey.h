#pragma once

#include <QDateTime>
#include <QJsonArray>
#include <QJsonObject>
#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

// One key as GET /api/2.0/keys lists it (the secret itself is never there).
struct ApiKey
{
    enum class State
    {
        Active,
        Deactivated,
        Expired
    };

    QString id;   // lower-case UUID
    QString name; // verbatim from the portal: may contain HTML, show it as text
    QString keyPostfix;
    QStringList permissions; // empty = unrestricted
    QDateTime createOn;
    QDateTime lastUsed;  // invalid = never used
    QDateTime expiresAt; // invalid = never expires
    bool isActive = true;
    QString createdById;
    QString createdByName; // decoded: the portal sends it HTML-encoded

    // Expired keys stay listed (and even "active") until the portal's sweep: compare the date.
    State stateAt(const QDateTime &now) const;
    bool isExpiredAt(const QDateTime &now) const { return expiresAt.isValid() && expiresAt <= now; }
    QString maskedKey() const { return QStringLiteral("sk-***") + keyPostfix; }
    bool isUnrestricted() const;
    bool canWrite() const; // may revoke keys (*:write or unrestricted)

    static std::optional<ApiKey> fromJson(const QJsonObject &object);
    // The one JSON form of a key in the app's own output (CLI list --json, revoke-secret):
    // id, name, keyPostfix, permissions, createOn, createBy, createById, lastUsed, expiresAt
    // (null when absent), isActive and state at `now`.
    QJsonObject toJson(const QDateTime &now) const;
    static QString stateName(State state); // "active", "deactivated", "expired"
    static QList<ApiKey> listFromJson(const QJsonArray &array);
};

// DocSpace dates: ISO 8601 with up to seven fractional digits and an offset, or 'Z'.
QDateTime parseDocSpaceDate(const QString &text);

// Which keys a view or the CLI shows. All conditions must hold.
struct KeyFilter
{
    QString text;             // in name, creator, ending or id; case-insensitive
    bool expired = false;     // only expired keys
    bool deactivated = false; // only deactivated keys
    bool neverUsed = false;
    int unusedDays = -1; // only keys not used for at least this many days (never used counts)
    QString createdById; // only keys created by this user

    bool isEmpty() const;
    bool matches(const ApiKey &key, const QDateTime &now) const;
};
