#include "sandboxtypes.h"

#include <QJsonArray>
#include <QJsonDocument>

QString sandboxRoleName(SandboxRole role)
{
    switch (role) {
    case SandboxRole::Owner:
        return QStringLiteral("owner");
    case SandboxRole::Admin:
        return QStringLiteral("admin");
    case SandboxRole::Member:
        return QStringLiteral("member");
    case SandboxRole::Guest:
        return QStringLiteral("guest");
    }
    return QStringLiteral("member");
}

SandboxRole sandboxRoleFromName(const QString &name)
{
    if (name == QLatin1String("owner"))
        return SandboxRole::Owner;
    if (name == QLatin1String("admin"))
        return SandboxRole::Admin;
    if (name == QLatin1String("guest"))
        return SandboxRole::Guest;
    return SandboxRole::Member;
}

QByteArray PortalRequest::header(const QByteArray &name) const
{
    for (const auto &header : headers) {
        if (header.first.compare(name, Qt::CaseInsensitive) == 0)
            return header.second;
    }
    return {};
}

QByteArray PortalResponse::header(const QByteArray &name) const
{
    for (const auto &item : headers) {
        if (item.first.compare(name, Qt::CaseInsensitive) == 0)
            return item.second;
    }
    return {};
}

QJsonObject PortalResponse::json() const
{
    return QJsonDocument::fromJson(body).object();
}

QJsonObject RequestLogEntry::toJson() const
{
    QJsonObject object{{QStringLiteral("time"), time.toString(Qt::ISODateWithMs)},
                       {QStringLiteral("method"), QString::fromLatin1(method)},
                       {QStringLiteral("path"), path},
                       {QStringLiteral("authorization"), hasAuthorization},
                       {QStringLiteral("host"), QString::fromLatin1(host)},
                       {QStringLiteral("status"), status}};
    if (hasAuthorization)
        object.insert(QStringLiteral("authorizationScheme"), authorizationScheme);
    return object;
}

const SandboxUser *SandboxInfo::userByEmail(const QString &email) const
{
    for (const SandboxUser &user : users) {
        if (user.email.compare(email, Qt::CaseInsensitive) == 0)
            return &user;
    }
    return nullptr;
}

const SandboxUser *SandboxInfo::userById(const QUuid &id) const
{
    for (const SandboxUser &user : users) {
        if (user.id == id)
            return &user;
    }
    return nullptr;
}

const SandboxKey *SandboxInfo::keyByName(const QString &name) const
{
    for (const SandboxKey &key : keys) {
        if (key.name == name)
            return &key;
    }
    return nullptr;
}

QJsonObject SandboxInfo::toJson() const
{
    QJsonArray userArray;
    for (const SandboxUser &user : users) {
        QJsonObject object{{QStringLiteral("id"), user.id.toString(QUuid::WithoutBraces)},
                           {QStringLiteral("displayName"), user.displayName()},
                           {QStringLiteral("email"), user.email},
                           {QStringLiteral("role"), sandboxRoleName(user.role)},
                           {QStringLiteral("password"), user.password},
                           {QStringLiteral("sessionToken"), user.sessionToken}};
        if (user.disabled)
            object.insert(QStringLiteral("disabled"), true);
        userArray.append(object);
    }
    QJsonArray keyArray;
    for (const SandboxKey &key : keys) {
        const SandboxUser *owner = userById(key.ownerId);
        QJsonObject object{
            {QStringLiteral("id"), key.id.toString(QUuid::WithoutBraces)},
            {QStringLiteral("name"), key.name},
            {QStringLiteral("owner"), owner ? owner->email : QString()},
            {QStringLiteral("ownerId"), key.ownerId.toString(QUuid::WithoutBraces)},
            {QStringLiteral("secret"), key.secret},
            {QStringLiteral("permissions"), QJsonArray::fromStringList(key.permissions)},
            {QStringLiteral("expiresAt"), key.expiresAt.isValid()
                                              ? QJsonValue(key.expiresAt.toString(Qt::ISODate))
                                              : QJsonValue(QJsonValue::Null)},
            {QStringLiteral("isActive"), key.isActive}};
        keyArray.append(object);
    }
    return QJsonObject{
        {QStringLiteral("httpUrl"), httpUrl.toString()},
        {QStringLiteral("httpsUrl"), httpsUrl.toString()},
        {QStringLiteral("certificateSha256"), QString::fromLatin1(certificateSha256)},
        {QStringLiteral("certificatePem"), QString::fromLatin1(certificatePem)},
        {QStringLiteral("users"), userArray},
        {QStringLiteral("keys"), keyArray}};
}
