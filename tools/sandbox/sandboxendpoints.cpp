#include "sandboxendpoints.h"

#include "sandboxanswers.h"
#include "sandboxstore.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QUrl>

using namespace SandboxAnswers;

namespace {

const QString kCreateDto = QStringLiteral("ASC.People.ApiModels.RequestDto.CreateApiKeyRequestDto");

std::optional<QJsonObject> parseBody(const QByteArray &body, QJsonObject *object)
{
    if (body.trimmed().isEmpty()) {
        *object = {};
        return std::nullopt;
    }
    QJsonParseError error{};
    const QJsonDocument doc = QJsonDocument::fromJson(body, &error);
    if (!doc.isObject())
        return fieldError(
            QStringLiteral("$"),
            QStringLiteral("The JSON value could not be converted: %1").arg(error.errorString()));
    *object = doc.object();
    return std::nullopt;
}

// JSON field names are case-insensitive for ASP.NET model binding.
QJsonValue field(const QJsonObject &object, const QString &name)
{
    for (auto it = object.begin(); it != object.end(); ++it) {
        if (it.key().compare(name, Qt::CaseInsensitive) == 0)
            return it.value();
    }
    return QJsonValue(QJsonValue::Undefined);
}

bool present(const QJsonValue &value)
{
    return !value.isUndefined() && !value.isNull();
}

QJsonObject conversionError(const QString &path, const QString &type)
{
    return fieldError(
        QStringLiteral("$.") + path,
        QStringLiteral("The JSON value could not be converted to %1. Path: $.%2").arg(type, path));
}

// [StringLength(30)] on the request DTOs; `required` only for POST.
std::optional<QJsonObject> validateName(const QJsonValue &value, bool required)
{
    if (!present(value)) {
        if (required)
            return fieldError(QStringLiteral("Name"),
                              QStringLiteral("The Name field is required."));
        return std::nullopt;
    }
    if (!value.isString())
        return conversionError(QStringLiteral("name"), QStringLiteral("System.String"));
    const QString name = value.toString();
    if (required && name.isEmpty())
        return fieldError(QStringLiteral("Name"), QStringLiteral("The Name field is required."));
    if (name.size() > 30)
        return fieldError(QStringLiteral("Name"),
                          QStringLiteral("Incorrect name. Length must be less than 30"));
    return std::nullopt;
}

// List<string>: JSON that is not an array of strings fails model binding; values are checked later.
std::optional<QJsonObject> bindPermissions(const QJsonValue &value, QStringList *out, bool *given)
{
    *given = present(value);
    if (!*given)
        return std::nullopt;
    const QString type = QStringLiteral("System.Collections.Generic.List`1[System.String]");
    if (!value.isArray())
        return conversionError(QStringLiteral("permissions"), type);
    QStringList permissions;
    for (const QJsonValue &item : value.toArray()) {
        if (!item.isString())
            return conversionError(QStringLiteral("permissions"), type);
        permissions << item.toString();
    }
    *out = permissions;
    return std::nullopt;
}

bool validPermissions(const QStringList &permissions)
{
    const QStringList known = SandboxStore::knownPermissions();
    return std::all_of(permissions.begin(), permissions.end(),
                       [&known](const QString &permission) { return known.contains(permission); });
}

QStringList withoutDuplicates(const QStringList &permissions)
{
    QStringList unique;
    for (const QString &permission : permissions) {
        if (!unique.contains(permission))
            unique << permission;
    }
    return unique;
}

const QString kPermissionsInvalid = QStringLiteral("Permissions are not valid.");

} // namespace

QString SandboxEndpoints::date(const QDateTime &value) const
{
    return formatDate(value, m_options.tzOffsetSeconds);
}

QJsonObject SandboxEndpoints::userSummaryJson(const SandboxUser &owner, const QString &origin) const
{
    return QJsonObject{{QStringLiteral("id"), sandboxUuidText(owner.id)},
                       {QStringLiteral("displayName"), htmlEncode(owner.displayName())},
                       {QStringLiteral("avatar"),
                        QStringLiteral("/static/images/default_user_photo_size_82-82.png")},
                       {QStringLiteral("avatarOriginal"),
                        QStringLiteral("/static/images/default_user_photo_size_200-200.png")},
                       {QStringLiteral("avatarMax"),
                        QStringLiteral("/static/images/default_user_photo_size_200-200.png")},
                       {QStringLiteral("avatarMedium"),
                        QStringLiteral("/static/images/default_user_photo_size_48-48.png")},
                       {QStringLiteral("avatarSmall"),
                        QStringLiteral("/static/images/default_user_photo_size_32-32.png")},
                       {QStringLiteral("profileUrl"),
                        origin + QStringLiteral("/accounts/people/filter?search=") +
                            QString::fromLatin1(QUrl::toPercentEncoding(owner.email))},
                       {QStringLiteral("hasAvatar"), false},
                       {QStringLiteral("isAnonim"), false}};
}

QJsonObject SandboxEndpoints::keyJson(const SandboxKey &key, const QString &origin,
                                      bool revealSecret) const
{
    QJsonObject object{
        {QStringLiteral("id"), sandboxUuidText(key.id)},
        {QStringLiteral("name"), key.name},
        {QStringLiteral("key"), revealSecret ? key.secret : SandboxStore::maskedSecret(key.secret)},
        {QStringLiteral("keyPostfix"), key.secret.right(4)},
        {QStringLiteral("createOn"), date(key.createOn)},
        {QStringLiteral("isActive"), key.isActive}};
    if (!key.permissionsNull)
        object.insert(QStringLiteral("permissions"), QJsonArray::fromStringList(key.permissions));
    if (key.lastUsed.isValid())
        object.insert(QStringLiteral("lastUsed"), date(key.lastUsed));
    if (key.expiresAt.isValid())
        object.insert(QStringLiteral("expiresAt"), date(key.expiresAt));
    if (const SandboxUser *owner = m_store.user(key.ownerId)) {
        object.insert(QStringLiteral("createBy"), userSummaryJson(*owner, origin));
    } else {
        // A removed user: DocSpace shows its fixed placeholder profile.
        SandboxUser removed;
        removed.id = SandboxStore::removedUserId();
        removed.firstName = QStringLiteral("Profile");
        removed.lastName = QStringLiteral("removed");
        QJsonObject placeholder = userSummaryJson(removed, origin);
        placeholder.insert(QStringLiteral("profileUrl"), QString());
        object.insert(QStringLiteral("createBy"), placeholder);
    }
    return object;
}

PortalResponse SandboxEndpoints::listKeys(const EndpointContext &ctx)
{
    const bool seesAll = ctx.auth.user->isAdmin();
    QJsonArray array;
    const QList<SandboxKey> all = m_store.keys();
    for (const SandboxKey &key : all) {
        if (seesAll || key.ownerId == ctx.auth.user->id)
            array.append(keyJson(key, ctx.origin, false));
    }
    // GET /keys streams its answer (IAsyncEnumerable): the envelope's count is 1 whatever the
    // number of keys.
    return success(ctx.href, ctx.request.method, array, 1);
}

PortalResponse SandboxEndpoints::selfKey(const EndpointContext &ctx)
{
    const auto key =
        ctx.auth.kind == SandboxAuth::Kind::ApiKey ? m_store.key(ctx.auth.keyId) : std::nullopt;
    if (!key) // without an API key there is no "current key"; the portal's lookup throws
        return nullReference(
            QStringLiteral("   at ASC.People.Api.ApiKeysController.GetApiKeyAsync()"));
    return success(ctx.href, ctx.request.method, keyJson(*key, ctx.origin, false));
}

PortalResponse SandboxEndpoints::permissions(const EndpointContext &ctx)
{
    const QJsonArray list = QJsonArray::fromStringList(SandboxStore::knownPermissions());
    return success(ctx.href, ctx.request.method, list, static_cast<int>(list.size()));
}

PortalResponse SandboxEndpoints::createKey(const EndpointContext &ctx)
{
    // Model binding and the DTO's attributes first, then the controller's checks in its order.
    QJsonObject body;
    if (auto problem = parseBody(ctx.request.body, &body))
        return validationProblem(ctx.href, ctx.request.method, *problem);
    const QJsonValue name = field(body, QStringLiteral("name"));
    if (name.isUndefined())
        return validationProblem(
            ctx.href, ctx.request.method,
            fieldError(QStringLiteral("$"),
                       QStringLiteral("JSON deserialization for type '%1' was missing required "
                                      "properties including: 'name'.")
                           .arg(kCreateDto)));
    QStringList permissions;
    bool permissionsGiven = false;
    if (auto problem = bindPermissions(field(body, QStringLiteral("permissions")), &permissions,
                                       &permissionsGiven))
        return validationProblem(ctx.href, ctx.request.method, *problem);
    const QJsonValue expires = field(body, QStringLiteral("expiresInDays"));
    if (present(expires) &&
        (!expires.isDouble() || expires.toDouble() != static_cast<double>(expires.toInt())))
        return validationProblem(
            ctx.href, ctx.request.method,
            conversionError(QStringLiteral("expiresInDays"),
                            QStringLiteral("System.Nullable`1[System.Int32]")));
    QJsonObject errors;
    if (auto problem = validateName(name, true))
        errors = *problem;
    if (present(expires) && (expires.toInt() < 1 || expires.toInt() > 365))
        errors.insert(QStringLiteral("ExpiresInDays"),
                      QJsonArray{QStringLiteral(
                          "Incorrect number of days. Value must be between 1 and 365")});
    if (!errors.isEmpty())
        return validationProblem(ctx.href, ctx.request.method, errors);

    const QString stack =
        QStringLiteral("   at ASC.People.Api.ApiKeysController.CreateApiKey(CreateApiKeyRequestDto "
                       "apiKey)");
    const SandboxUser &me = *ctx.auth.user;
    if (!me.isAdmin() && m_options.settings.developerToolsAdminsOnly)
        return accessDenied(stack);
    if (me.role == SandboxRole::Guest)
        return accessDenied(stack);
    if (permissionsGiven && !validPermissions(permissions))
        return argumentError(kPermissionsInvalid, stack);

    SandboxKey key;
    key.id = QUuid::createUuid();
    key.name = name.toString();
    key.secret = SandboxStore::randomSecret();
    key.ownerId = me.id;
    // "*" means every scope: POST stores that as [] (unrestricted).
    key.permissions =
        permissions.contains(QStringLiteral("*")) ? QStringList() : withoutDuplicates(permissions);
    key.createOn = m_now;
    if (present(expires))
        key.expiresAt = key.createOn.addDays(expires.toInt());
    m_store.addKey(key);
    m_store.changed();
    return success(ctx.href, ctx.request.method, keyJson(key, ctx.origin, true));
}

PortalResponse SandboxEndpoints::updateKey(const EndpointContext &ctx, const QUuid &id)
{
    QJsonObject body;
    if (auto problem = parseBody(ctx.request.body, &body))
        return validationProblem(ctx.href, ctx.request.method, *problem);
    const QJsonValue name = field(body, QStringLiteral("name"));
    if (auto problem = validateName(name, false))
        return validationProblem(ctx.href, ctx.request.method, *problem);
    QStringList permissions;
    bool permissionsGiven = false;
    if (auto problem = bindPermissions(field(body, QStringLiteral("permissions")), &permissions,
                                       &permissionsGiven))
        return validationProblem(ctx.href, ctx.request.method, *problem);
    const QJsonValue isActive = field(body, QStringLiteral("isActive"));
    if (present(isActive) && !isActive.isBool())
        return validationProblem(
            ctx.href, ctx.request.method,
            conversionError(QStringLiteral("isActive"),
                            QStringLiteral("System.Nullable`1[System.Boolean]")));

    SandboxKey *key = m_store.mutableKey(id);
    if (!key)
        return nullReference(QStringLiteral(
            "   at ASC.Web.Core.Users.ApiKeyManager.UpdateApiKeyAsync(Guid keyId, List`1 "
            "permissions, String name, Nullable`1 isActive)\n   at ASC.People.Api."
            "ApiKeysController.UpdateApiKey(UpdateApiKeyRequestDto inDto)"));
    const bool mayEdit = key->ownerId == ctx.auth.user->id || ctx.auth.user->isAdmin();
    if (!mayEdit)
        return success(ctx.href, ctx.request.method, false);
    if (m_options.settings.version.putRefusesExpiredKeys() && key->isExpiredAt(m_now))
        return success(ctx.href, ctx.request.method, false);
    if (permissionsGiven && !validPermissions(permissions))
        return argumentError(kPermissionsInvalid,
                             QStringLiteral("   at ASC.People.Api.ApiKeysController.UpdateApiKey("
                                            "UpdateApiKeyRequestDto inDto)"));

    // An empty name and an empty permission list leave the key as it is; "*" stores null.
    if (name.isString() && !name.toString().isEmpty())
        key->name = name.toString();
    if (permissionsGiven && !permissions.isEmpty()) {
        if (permissions.contains(QStringLiteral("*"))) {
            key->permissions.clear();
            key->permissionsNull = true;
        } else {
            key->permissions = withoutDuplicates(permissions);
            key->permissionsNull = false;
        }
    }
    if (isActive.isBool())
        key->isActive = isActive.toBool();
    m_store.changed();
    return success(ctx.href, ctx.request.method, true);
}

PortalResponse SandboxEndpoints::deleteKey(const EndpointContext &ctx, const QUuid &id)
{
    const auto key = m_store.key(id);
    if (!key)
        return nullReference(
            QStringLiteral("   at ASC.Web.Core.Users.ApiKeyManager.DeleteApiKeyAsync(Guid "
                           "id)\n   at ASC.People.Api.ApiKeysController."
                           "DeleteApiKey(Guid keyId)"));
    const bool mayDelete = key->ownerId == ctx.auth.user->id || ctx.auth.user->isAdmin();
    if (!mayDelete)
        return success(ctx.href, ctx.request.method, false);
    m_store.removeKey(id);
    m_store.changed();
    return success(ctx.href, ctx.request.method, true);
}

PortalResponse SandboxEndpoints::deleteKeyBadId(const EndpointContext &ctx, const QString &id)
{
    return validationProblem(ctx.href, ctx.request.method,
                             fieldError(QStringLiteral("keyId"),
                                        QStringLiteral("The value '%1' is not valid.").arg(id)));
}

PortalResponse SandboxEndpoints::peopleSelf(const EndpointContext &ctx)
{
    const SandboxUser &me = *ctx.auth.user;
    QJsonObject profile = userSummaryJson(me, ctx.origin);
    profile.insert(QStringLiteral("userName"), me.email.section(QLatin1Char('@'), 0, 0));
    profile.insert(QStringLiteral("firstName"), me.firstName);
    profile.insert(QStringLiteral("lastName"), me.lastName);
    profile.insert(QStringLiteral("email"), me.email);
    profile.insert(QStringLiteral("isAdmin"), me.isAdmin());
    profile.insert(QStringLiteral("isOwner"), me.role == SandboxRole::Owner);
    profile.insert(QStringLiteral("isVisitor"), me.role == SandboxRole::Guest);
    profile.insert(QStringLiteral("isCollaborator"), false);
    profile.insert(QStringLiteral("isLDAP"), false);
    profile.insert(QStringLiteral("isSSO"), false);
    profile.insert(QStringLiteral("status"), me.disabled ? 2 : 1);
    profile.insert(QStringLiteral("activationStatus"), 1);
    profile.insert(QStringLiteral("cultureName"), QStringLiteral("en-US"));
    profile.insert(QStringLiteral("workFrom"), date(m_now.addDays(-365)));
    return success(ctx.href, ctx.request.method, profile);
}

PortalResponse SandboxEndpoints::versionBuild(const EndpointContext &ctx)
{
    const QJsonObject build{{QStringLiteral("docSpace"), m_options.settings.version.toString()},
                            {QStringLiteral("communityServer"), QStringLiteral("12.7.1.2046")},
                            {QStringLiteral("documentServer"), QStringLiteral("8.3.3.21")},
                            {QStringLiteral("mailServer"), QStringLiteral("1.6.83")}};
    return success(ctx.href, ctx.request.method, build);
}

PortalResponse SandboxEndpoints::authenticateUser(const EndpointContext &ctx)
{
    QJsonObject body;
    parseBody(ctx.request.body, &body);
    const SandboxUser *user =
        m_store.userByLogin(field(body, QStringLiteral("userName")).toString(),
                            field(body, QStringLiteral("password")).toString());
    if (user && !user->disabled) {
        const QJsonObject answer{{QStringLiteral("token"), user->sessionToken},
                                 {QStringLiteral("expires"), date(m_now.addYears(1))},
                                 {QStringLiteral("tfa"), false},
                                 {QStringLiteral("sms"), false}};
        return success(ctx.href, ctx.request.method, answer);
    }
    return errorEnvelope(401, QStringLiteral("User authentication failed"),
                         QStringLiteral("System.Security.Authentication.AuthenticationException"),
                         QStringLiteral("   at ASC.Web.Api.Controllers.AuthenticationController."
                                        "AuthenticateMeAsync(AuthRequestsDto inDto)"),
                         -2146233087);
}
