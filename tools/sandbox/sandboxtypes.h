#pragma once

#include <QByteArray>
#include <QDateTime>
#include <QHostAddress>
#include <QJsonObject>
#include <QList>
#include <QPair>
#include <QString>
#include <QStringList>
#include <QUrl>
#include <QUuid>

// The plain data of the sandbox portal: users, keys, one request and its answer, the info a demo
// or a test reads. No behaviour beyond small accessors.

using SandboxHeaders = QList<QPair<QByteArray, QByteArray>>;

constexpr qint64 kSandboxDayMs = 24LL * 3600LL * 1000LL;

// A key or user id as the portal writes it in JSON: lower case, no braces.
inline QString sandboxUuidText(const QUuid &id)
{
    return id.toString(QUuid::WithoutBraces);
}

enum class SandboxRole
{
    Owner,
    Admin,
    Member,
    Guest
};

QString sandboxRoleName(SandboxRole role); // "owner", "admin", "member", "guest"
SandboxRole sandboxRoleFromName(const QString &name);

struct SandboxUser
{
    QUuid id;
    QString firstName;
    QString lastName;
    QString email;
    QString password;
    QString sessionToken; // sent raw in Authorization or in cookie asc_auth_key
    SandboxRole role = SandboxRole::Member;
    bool disabled = false; // a disabled user's keys and sessions get 401

    QString displayName() const { return firstName + QLatin1Char(' ') + lastName; }
    bool isAdmin() const { return role == SandboxRole::Owner || role == SandboxRole::Admin; }
};

struct SandboxKey
{
    QUuid id;
    QString name;
    QString secret; // "sk-" + 64 lowercase hex; the sandbox keeps it so demos can show it
    QUuid ownerId;
    QStringList permissions;      // empty = unrestricted
    bool permissionsNull = false; // stored as null (PUT with ["*"]): the field is omitted
    QDateTime createOn;
    QDateTime lastUsed;  // invalid = never used
    QDateTime expiresAt; // invalid = never expires
    bool isActive = true;

    bool isExpiredAt(const QDateTime &now) const { return expiresAt.isValid() && expiresAt <= now; }
};

// One HTTP request as the transport received it.
struct PortalRequest
{
    QByteArray method; // "GET", "POST", ...
    QString path;      // decoded path, e.g. "/api/2.0/keys"
    QString query;     // encoded query without '?', may be empty
    SandboxHeaders headers;
    QByteArray body;
    QHostAddress peer = QHostAddress(QHostAddress::LocalHost);
    QString scheme = QStringLiteral("http");

    QByteArray header(const QByteArray &name) const; // case-insensitive, first match
};

// What the transport must do with the bytes, beyond writing them.
struct DeliveryDirectives
{
    int delayMs = 0;       // delay the whole answer
    bool truncate = false; // full Content-Length, about half the body, then close
    bool drop = false;     // close without answering
    int slowBodyMs = 0;    // headers at once, body trickled over this time
};

struct PortalResponse
{
    int status = 200;
    SandboxHeaders headers;
    QByteArray body;
    DeliveryDirectives delivery;
    quint64 ticket = 0; // non-zero for API requests: pass to SandboxPortal::finish() when sent

    QByteArray header(const QByteArray &name) const;
    QJsonObject json() const; // body parsed as an object (empty if not JSON)
};

struct PortalStats
{
    quint64 requests = 0;
    int inFlight = 0;
    int maxInFlight = 0;
};

struct RequestLogEntry
{
    QDateTime time;
    QByteArray method;
    QString path;
    bool hasAuthorization = false;
    QString authorizationScheme; // "Bearer", "Basic", "raw" or empty; never the value
    QByteArray host;
    int status = 0;

    QJsonObject toJson() const;
};

// Everything a demo or a test needs to talk to the sandbox, secrets included.
struct SandboxInfo
{
    QUrl httpUrl;
    QUrl httpsUrl;
    QByteArray certificateSha256; // lowercase hex, no colons
    QByteArray certificatePem;
    QList<SandboxUser> users;
    QList<SandboxKey> keys; // newest first

    const SandboxUser *userByEmail(const QString &email) const;
    const SandboxUser *userById(const QUuid &id) const;
    const SandboxKey *keyByName(const QString &name) const;
    QJsonObject toJson() const;
};
