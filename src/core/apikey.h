#pragma once

#include <QCoreApplication>
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
    // Since when the key has not been used: its last use, or its creation when it was never
    // used; invalid when neither is known.
    QDateTime idleSince() const;
    // "Unused for N days", the one meaning of the key list, the all-portals view, the CLI's
    // `list --unused-days` and the hygiene report: not used in the last `days` days (whole
    // 24-hour days), counted from the last use, or from the creation for a key never used. So a
    // key created yesterday and never used is not "unused for 90 days" (it is "never used");
    // one created 100 days ago and never used is. A key with neither date known counts.
    bool isUnusedFor(int days, const QDateTime &now) const;

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

// The words for ApiKey::isUnusedFor, the same in the window, the Report and the CLI.
struct KeyUsage
{
    Q_DECLARE_TR_FUNCTIONS(KeyUsage)

public:
    // The rule in one sentence, for tooltips and --help.
    static QString unusedRule();
    // "Not used in the last 90 days": a finding's title, a filter's name.
    static QString unusedTitle(int days);
};

// Which keys a view or the CLI shows. All conditions must hold.
struct KeyFilter
{
    QString text;             // in name, creator, ending or id; case-insensitive
    bool expired = false;     // only expired keys
    bool deactivated = false; // only deactivated keys
    bool neverUsed = false;
    int unusedDays = -1; // only keys ApiKey::isUnusedFor this many days
    QString createdById; // only keys created by this user

    bool isEmpty() const;
    bool matches(const ApiKey &key, const QDateTime &now) const;
};
