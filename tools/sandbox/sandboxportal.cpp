#include "sandboxportal.h"

#include <QCryptographicHash>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QRandomGenerator>
#include <QRegularExpression>
#include <QSaveFile>
#include <QUrlQuery>

#include <algorithm>
#include <climits>

namespace {

const QUuid kNamespace = QUuid(QStringLiteral("{6f1c2a9e-3d5b-4c8a-9e21-5a7d0c3b8f14}"));
constexpr int kLogSize = 1000;
constexpr qint64 kDayMs = 24LL * 3600LL * 1000LL;

const QByteArray kJsonType = QByteArrayLiteral("application/json; charset=utf-8");

QString lowerHexSha256(const QString &text)
{
    return QString::fromLatin1(
        QCryptographicHash::hash(text.toUtf8(), QCryptographicHash::Sha256).toHex());
}

QUuid deterministicId(const QString &name)
{
    return QUuid::createUuidV5(kNamespace, name);
}

QString uuidText(const QUuid &id)
{
    return id.toString(QUuid::WithoutBraces);
}

// Serializes any JSON value (not only objects/arrays) so the envelope keeps the portal's order.
QByteArray jsonBytes(const QJsonValue &value)
{
    const QByteArray wrapped = QJsonDocument(QJsonArray{value}).toJson(QJsonDocument::Compact);
    return wrapped.mid(1, wrapped.size() - 2);
}

// nginx's own wording for its error pages ("Service Temporarily Unavailable", "Gateway
// Time-out"), which differs from the RFC reason phrases the transports put in status lines.
QByteArray nginxReasonPhrase(int status)
{
    switch (status) {
    case 400:
        return QByteArrayLiteral("Bad Request");
    case 401:
        return QByteArrayLiteral("Unauthorized");
    case 403:
        return QByteArrayLiteral("Forbidden");
    case 404:
        return QByteArrayLiteral("Not Found");
    case 500:
        return QByteArrayLiteral("Internal Server Error");
    case 502:
        return QByteArrayLiteral("Bad Gateway");
    case 503:
        return QByteArrayLiteral("Service Temporarily Unavailable");
    case 504:
        return QByteArrayLiteral("Gateway Time-out");
    default:
        return QByteArrayLiteral("Error");
    }
}

PortalResponse emptyResponse(int status)
{
    PortalResponse response;
    response.status = status;
    return response;
}

PortalResponse jsonResponse(int status, const QByteArray &body)
{
    PortalResponse response;
    response.status = status;
    response.headers.append({QByteArrayLiteral("Content-Type"), kJsonType});
    response.body = body;
    return response;
}

PortalResponse plainJson(int status, const QJsonObject &object)
{
    return jsonResponse(status, QJsonDocument(object).toJson(QJsonDocument::Indented));
}

PortalResponse errorEnvelope(int status, const QString &message, const QString &type,
                             const QString &stack, int hresult)
{
    QByteArray body = QByteArrayLiteral("{\"status\":1,\"statusCode\":");
    body += QByteArray::number(status);
    body += QByteArrayLiteral(",\"error\":");
    body += jsonBytes(QJsonObject{{QStringLiteral("message"), message},
                                  {QStringLiteral("type"), type},
                                  {QStringLiteral("stack"), stack},
                                  {QStringLiteral("hresult"), hresult}});
    body += '}';
    return jsonResponse(status, body);
}

PortalResponse forbidden(const QString &scope)
{
    return errorEnvelope(
        403, QStringLiteral("Access denied: the API key lacks the \"%1\" scope.").arg(scope),
        QStringLiteral("System.Security.SecurityException"),
        QStringLiteral(
            "   at ASC.Api.Core.Auth.ApiKeyScopeFilter.OnAuthorization(AuthorizationFilter"
            "Context context)"),
        -2146233078);
}

PortalResponse rateLimited(int retryAfterSeconds, int limit, qint64 resetUnixSeconds)
{
    PortalResponse response = emptyResponse(429);
    response.headers.append(
        {QByteArrayLiteral("Retry-After"), QByteArray::number(std::max(0, retryAfterSeconds))});
    response.headers.append({QByteArrayLiteral("X-RateLimit-Limit"), QByteArray::number(limit)});
    response.headers.append({QByteArrayLiteral("X-RateLimit-Remaining"), QByteArrayLiteral("0")});
    response.headers.append(
        {QByteArrayLiteral("X-RateLimit-Reset"), QByteArray::number(resetUnixSeconds)});
    return response;
}

PortalResponse nginxPage(int status)
{
    const QByteArray title = QByteArray::number(status) + ' ' + nginxReasonPhrase(status);
    PortalResponse response;
    response.status = status;
    response.headers.append({QByteArrayLiteral("Content-Type"), QByteArrayLiteral("text/html")});
    response.headers.append({QByteArrayLiteral("Server"), QByteArrayLiteral("nginx")});
    response.body = QByteArrayLiteral("<html><head><title>") + title +
                    QByteArrayLiteral("</title></head><body><center><h1>") + title +
                    QByteArrayLiteral("</h1></center><hr><center>nginx</center></body></html>");
    return response;
}

bool isLoopback(const QHostAddress &peer)
{
    if (peer.isLoopback())
        return true;
    bool isV4 = false;
    const quint32 v4 = peer.toIPv4Address(&isV4); // ::ffff:127.0.0.1
    return isV4 && (v4 >> 24) == 127;
}

std::optional<QUuid> parseRouteUuid(const QString &text)
{
    // Like the ASP.NET guid route constraint: with dashes, braces, parentheses or 32 hex digits.
    static const QRegularExpression pattern(
        QStringLiteral("^(\\{[0-9a-fA-F]{8}(-[0-9a-fA-F]{4}){3}-[0-9a-fA-F]{12}\\}|"
                       "\\([0-9a-fA-F]{8}(-[0-9a-fA-F]{4}){3}-[0-9a-fA-F]{12}\\)|"
                       "[0-9a-fA-F]{8}(-[0-9a-fA-F]{4}){3}-[0-9a-fA-F]{12}|[0-9a-fA-F]{32})$"));
    if (!pattern.match(text).hasMatch())
        return std::nullopt;
    QString canonical = text;
    canonical.remove(QLatin1Char('{')).remove(QLatin1Char('}'));
    canonical.remove(QLatin1Char('(')).remove(QLatin1Char(')'));
    if (canonical.size() == 32) {
        for (int pos : {8, 13, 18, 23})
            canonical.insert(pos, QLatin1Char('-'));
    }
    return QUuid::fromString(canonical);
}

QString randomSecret()
{
    QByteArray bytes(32, Qt::Uninitialized);
    QRandomGenerator::system()->generate(bytes.begin(), bytes.end());
    return QStringLiteral("sk-") + QString::fromLatin1(bytes.toHex());
}

QJsonArray toJsonArray(const QStringList &list)
{
    return QJsonArray::fromStringList(list);
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

static SandboxRole roleFromName(const QString &name)
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

// ---- FaultSettings ---------------------------------------------------------------------------

bool FaultSettings::isEmpty() const
{
    return latencyMs <= 0 && status == 0 && !truncate && !drop && slowBodyMs <= 0 &&
           rateLimitRetryAfter < 0 && redirectLocation.isEmpty();
}

QJsonObject FaultSettings::toJson() const
{
    QJsonObject object;
    if (latencyMs > 0)
        object.insert(QStringLiteral("latencyMs"), latencyMs);
    if (status != 0)
        object.insert(QStringLiteral("status"), status);
    if (truncate)
        object.insert(QStringLiteral("truncate"), true);
    if (drop)
        object.insert(QStringLiteral("drop"), true);
    if (slowBodyMs > 0)
        object.insert(QStringLiteral("slowBodyMs"), slowBodyMs);
    if (rateLimitRetryAfter >= 0)
        object.insert(QStringLiteral("rateLimit"),
                      QJsonObject{{QStringLiteral("retryAfter"), rateLimitRetryAfter}});
    if (!redirectLocation.isEmpty())
        object.insert(QStringLiteral("redirect"),
                      QJsonObject{{QStringLiteral("location"), redirectLocation},
                                  {QStringLiteral("status"), redirectStatus}});
    object.insert(QStringLiteral("count"), count);
    return object;
}

std::optional<FaultSettings> FaultSettings::fromJson(const QJsonObject &object, QString *error)
{
    static const QStringList known = {QStringLiteral("latencyMs"),  QStringLiteral("status"),
                                      QStringLiteral("truncate"),   QStringLiteral("drop"),
                                      QStringLiteral("slowBodyMs"), QStringLiteral("rateLimit"),
                                      QStringLiteral("redirect"),   QStringLiteral("count")};
    for (auto it = object.begin(); it != object.end(); ++it) {
        if (!known.contains(it.key())) {
            if (error)
                *error = QStringLiteral("unknown fault field \"%1\"").arg(it.key());
            return std::nullopt;
        }
    }
    FaultSettings faults;
    faults.latencyMs = object.value(QStringLiteral("latencyMs")).toInt(0);
    faults.status = object.value(QStringLiteral("status")).toInt(0);
    faults.truncate = object.value(QStringLiteral("truncate")).toBool(false);
    faults.drop = object.value(QStringLiteral("drop")).toBool(false);
    faults.slowBodyMs = object.value(QStringLiteral("slowBodyMs")).toInt(0);
    faults.count = object.value(QStringLiteral("count")).toInt(-1);
    const QJsonValue rateLimit = object.value(QStringLiteral("rateLimit"));
    if (rateLimit.isObject())
        faults.rateLimitRetryAfter =
            rateLimit.toObject().value(QStringLiteral("retryAfter")).toInt(1);
    else if (rateLimit.toBool(false))
        faults.rateLimitRetryAfter = 1;
    const QJsonObject redirect = object.value(QStringLiteral("redirect")).toObject();
    faults.redirectLocation = redirect.value(QStringLiteral("location")).toString();
    faults.redirectStatus = redirect.value(QStringLiteral("status")).toInt(307);
    if (faults.status != 0 && (faults.status < 100 || faults.status > 599)) {
        if (error)
            *error = QStringLiteral("status must be an HTTP status code");
        return std::nullopt;
    }
    if (!faults.redirectLocation.isEmpty() &&
        (faults.redirectStatus < 300 || faults.redirectStatus > 399)) {
        if (error)
            *error = QStringLiteral("redirect.status must be 3xx");
        return std::nullopt;
    }
    if (faults.count < -1)
        faults.count = -1;
    return faults;
}

std::optional<FaultSettings> FaultSettings::fromString(const QString &text, QString *error)
{
    const QString trimmed = text.trimmed();
    if (trimmed.startsWith(QLatin1Char('{'))) {
        QJsonParseError parseError{};
        const QJsonDocument doc = QJsonDocument::fromJson(trimmed.toUtf8(), &parseError);
        if (!doc.isObject()) {
            if (error)
                *error = parseError.errorString();
            return std::nullopt;
        }
        return fromJson(doc.object(), error);
    }
    QJsonObject object;
    QJsonObject redirect;
    for (const QString &part : trimmed.split(QLatin1Char(','), Qt::SkipEmptyParts)) {
        const int eq = part.indexOf(QLatin1Char('='));
        const QString name = (eq < 0 ? part : part.left(eq)).trimmed();
        const QString value = eq < 0 ? QString() : part.mid(eq + 1).trimmed();
        if (name == QLatin1String("truncate") || name == QLatin1String("drop"))
            object.insert(name, value.isEmpty() || value == QLatin1String("true"));
        else if (name == QLatin1String("retryAfter") || name == QLatin1String("rateLimit"))
            object.insert(QStringLiteral("rateLimit"),
                          QJsonObject{{QStringLiteral("retryAfter"), value.toInt()}});
        else if (name == QLatin1String("redirect"))
            redirect.insert(QStringLiteral("location"), value);
        else if (name == QLatin1String("redirectStatus"))
            redirect.insert(QStringLiteral("status"), value.toInt());
        else
            object.insert(name, value.toInt());
    }
    if (!redirect.isEmpty())
        object.insert(QStringLiteral("redirect"), redirect);
    return fromJson(object, error);
}

// ---- PortalLimits ------------------------------------------------------------------------------

QJsonObject PortalLimits::toJson() const
{
    return QJsonObject{{QStringLiteral("requestsPerMinute"), requestsPerMinute},
                       {QStringLiteral("concurrentGets"), concurrentGets},
                       {QStringLiteral("concurrentWrites"), concurrentWrites},
                       {QStringLiteral("keyCreations"), keyCreations},
                       {QStringLiteral("keyCreationWindowSeconds"), keyCreationWindowSeconds},
                       {QStringLiteral("dailyWrites"), dailyWrites}};
}

bool PortalLimits::mergeJson(const QJsonObject &object, QString *error)
{
    PortalLimits merged = *this;
    const std::pair<const char *, int *> fields[] = {
        {"requestsPerMinute", &merged.requestsPerMinute},
        {"concurrentGets", &merged.concurrentGets},
        {"concurrentWrites", &merged.concurrentWrites},
        {"keyCreations", &merged.keyCreations},
        {"keyCreationWindowSeconds", &merged.keyCreationWindowSeconds},
        {"dailyWrites", &merged.dailyWrites}};
    for (auto it = object.begin(); it != object.end(); ++it) {
        int *target = nullptr;
        for (const auto &field : fields) {
            if (it.key() == QLatin1String(field.first))
                target = field.second;
        }
        if (!target) {
            if (error)
                *error = QStringLiteral("unknown limit \"%1\"").arg(it.key());
            return false;
        }
        const double value = it.value().toDouble(-1);
        if (!it.value().isDouble() || value < 0 || value > INT_MAX ||
            value != static_cast<double>(static_cast<int>(value))) {
            if (error)
                *error = QStringLiteral("%1 must be a non-negative integer").arg(it.key());
            return false;
        }
        *target = static_cast<int>(value);
    }
    *this = merged;
    return true;
}

// ---- small JSON types ---------------------------------------------------------------------------

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
        userArray.append(QJsonObject{{QStringLiteral("id"), uuidText(user.id)},
                                     {QStringLiteral("displayName"), user.displayName()},
                                     {QStringLiteral("email"), user.email},
                                     {QStringLiteral("role"), sandboxRoleName(user.role)},
                                     {QStringLiteral("password"), user.password},
                                     {QStringLiteral("sessionToken"), user.sessionToken}});
    }
    QJsonArray keyArray;
    for (const SandboxKey &key : keys) {
        const SandboxUser *owner = userById(key.ownerId);
        QJsonObject object{
            {QStringLiteral("id"), uuidText(key.id)},
            {QStringLiteral("name"), key.name},
            {QStringLiteral("owner"), owner ? owner->email : QString()},
            {QStringLiteral("ownerId"), uuidText(key.ownerId)},
            {QStringLiteral("secret"), key.secret},
            {QStringLiteral("permissions"), toJsonArray(key.permissions)},
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

// ---- SandboxPortal ------------------------------------------------------------------------------

struct SandboxPortal::Context
{
    const PortalRequest &request;
    Auth auth;
    QString origin; // scheme://host as the client addressed us
    QString href;   // the full request URL, for links
};

SandboxPortal::SandboxPortal(const PortalOptions &options)
    : m_options(options)
{
    seed();
}

QStringList SandboxPortal::knownPermissions()
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

QString SandboxPortal::secretFor(const QString &seedName)
{
    return QStringLiteral("sk-") +
           lowerHexSha256(QStringLiteral("docspace-sandbox:key:") + seedName);
}

QString SandboxPortal::maskedSecret(const QString &secret)
{
    return QStringLiteral("sk-***") + secret.right(4);
}

void SandboxPortal::setClock(std::function<QDateTime()> clock)
{
    m_clock = std::move(clock);
}

QDateTime SandboxPortal::now() const
{
    return m_clock ? m_clock() : QDateTime::currentDateTimeUtc();
}

QString SandboxPortal::formatDate(const QDateTime &date) const
{
    const QDateTime local = date.toOffsetFromUtc(m_options.tzOffsetSeconds);
    const int offset = m_options.tzOffsetSeconds;
    const int absOffset = std::abs(offset);
    const QString zone = QStringLiteral("%1%2:%3")
                             .arg(offset < 0 ? QLatin1Char('-') : QLatin1Char('+'))
                             .arg(absOffset / 3600, 2, 10, QLatin1Char('0'))
                             .arg((absOffset % 3600) / 60, 2, 10, QLatin1Char('0'));
    // .NET prints seven fractional digits; Qt knows milliseconds, so pad the rest.
    return local.toString(QStringLiteral("yyyy-MM-ddTHH:mm:ss.zzz")) + QStringLiteral("0000") +
           zone;
}

void SandboxPortal::seed()
{
    m_users.clear();
    m_keys.clear();
    m_keyIdBySecret.clear();
    m_requestTimes.clear();
    m_creationTimes.clear();
    m_writeTimes.clear();
    m_faults = FaultSettings();

    struct UserSeed
    {
        const char *first;
        const char *last;
        SandboxRole role;
    };
    const UserSeed userSeeds[] = {{"Alice", "Owner", SandboxRole::Owner},
                                  {"Bob", "Admin", SandboxRole::Admin},
                                  {"Carol", "Member", SandboxRole::Member},
                                  {"Dave", "Guest", SandboxRole::Guest}};
    for (const UserSeed &seedUser : userSeeds) {
        SandboxUser user;
        user.firstName = QString::fromLatin1(seedUser.first);
        user.lastName = QString::fromLatin1(seedUser.last);
        const QString lower = user.firstName.toLower();
        user.email = lower + QStringLiteral("@sandbox.example");
        user.password = QStringLiteral("sandbox-") + lower;
        user.id = deterministicId(QStringLiteral("user:") + user.email);
        user.sessionToken =
            lowerHexSha256(QStringLiteral("docspace-sandbox:session:") + user.email);
        user.role = seedUser.role;
        m_users.append(user);
    }

    // Whole seconds, so two starts within the same second print identical dates.
    const QDateTime base = QDateTime::fromSecsSinceEpoch(now().toSecsSinceEpoch(), Qt::UTC);
    const auto ago = [&base](double days) {
        return base.addMSecs(-static_cast<qint64>(days * static_cast<double>(kDayMs)));
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
    generateKeys(m_options.seedKeys);
    changed();
}

void SandboxPortal::generateKeys(int count)
{
    if (count <= 0 || m_users.isEmpty())
        return;
    const QDateTime base = QDateTime::fromSecsSinceEpoch(now().toSecsSinceEpoch(), Qt::UTC);
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

void SandboxPortal::addKey(const SandboxKey &key)
{
    m_keys.insert(key.id, key);
    m_keyIdBySecret.insert(key.secret, key.id);
}

void SandboxPortal::removeKey(const QUuid &id)
{
    const auto it = m_keys.find(id);
    if (it == m_keys.end())
        return;
    m_keyIdBySecret.remove(it->secret);
    m_keys.erase(it);
}

QList<SandboxKey> SandboxPortal::keys() const
{
    QList<SandboxKey> list = m_keys.values();
    std::sort(list.begin(), list.end(), [](const SandboxKey &a, const SandboxKey &b) {
        if (a.createOn != b.createOn)
            return a.createOn > b.createOn;
        return a.id.toString() < b.id.toString();
    });
    return list;
}

std::optional<SandboxKey> SandboxPortal::key(const QUuid &id) const
{
    const auto it = m_keys.constFind(id);
    if (it == m_keys.constEnd())
        return std::nullopt;
    return *it;
}

const SandboxUser *SandboxPortal::user(const QUuid &id) const
{
    for (const SandboxUser &candidate : m_users) {
        if (candidate.id == id)
            return &candidate;
    }
    return nullptr;
}

void SandboxPortal::changed()
{
    m_dirty = true;
    if (m_changed)
        m_changed();
}

bool SandboxPortal::takeDirty()
{
    const bool wasDirty = m_dirty;
    m_dirty = false;
    return wasDirty;
}

int SandboxPortal::sweepExpiredKeys()
{
    const QDateTime current = now();
    int swept = 0;
    for (SandboxKey &key : m_keys) {
        if (key.isActive && key.isExpiredAt(current)) {
            key.isActive = false;
            ++swept;
        }
    }
    if (swept > 0)
        changed();
    return swept;
}

void SandboxPortal::setFaults(const FaultSettings &faults)
{
    m_faults = faults;
}

void SandboxPortal::clearFaults()
{
    m_faults = FaultSettings();
}

void SandboxPortal::resetStats()
{
    m_stats.requests = 0;
    m_stats.maxInFlight = m_stats.inFlight;
}

QList<RequestLogEntry> SandboxPortal::requestLog() const
{
    return QList<RequestLogEntry>(m_log.begin(), m_log.end());
}

void SandboxPortal::setServerInfo(const QUrl &httpUrl, const QUrl &httpsUrl,
                                  const QByteArray &sha256, const QByteArray &certificatePem)
{
    m_httpUrl = httpUrl;
    m_httpsUrl = httpsUrl;
    m_certificateSha256 = sha256;
    m_certificatePem = certificatePem;
}

SandboxInfo SandboxPortal::info() const
{
    SandboxInfo info;
    info.httpUrl = m_httpUrl;
    info.httpsUrl = m_httpsUrl;
    info.certificateSha256 = m_certificateSha256;
    info.certificatePem = m_certificatePem;
    info.users = m_users;
    info.keys = keys();
    return info;
}

// ---- request handling ---------------------------------------------------------------------------

PortalResponse SandboxPortal::handle(const PortalRequest &request)
{
    if (request.path == QLatin1String("/__sandbox") ||
        request.path.startsWith(QLatin1String("/__sandbox/"))) {
        // Only local tools may steer the sandbox; anyone else sees nothing there.
        if (!isLoopback(request.peer))
            return emptyResponse(404);
        return handleControl(request);
    }

    const quint64 ticket = m_nextTicket++;
    m_inFlight.emplace(ticket, InFlight{});
    ++m_stats.requests;
    m_stats.inFlight = static_cast<int>(m_inFlight.size());
    m_stats.maxInFlight = std::max(m_stats.maxInFlight, m_stats.inFlight);

    PortalResponse response = handleApi(request, ticket);
    response.ticket = ticket;
    response.delivery.delayMs += m_options.baseLatencyMs;

    RequestLogEntry entry;
    entry.time = now();
    entry.method = request.method;
    entry.path = request.path;
    const QByteArray authorization = request.header(QByteArrayLiteral("Authorization")).trimmed();
    entry.hasAuthorization = !authorization.isEmpty();
    if (entry.hasAuthorization) {
        const QByteArray word = authorization.split(' ').constFirst();
        if (word.compare("Bearer", Qt::CaseInsensitive) == 0)
            entry.authorizationScheme = QStringLiteral("Bearer");
        else if (word.compare("Basic", Qt::CaseInsensitive) == 0)
            entry.authorizationScheme = QStringLiteral("Basic");
        else
            entry.authorizationScheme = QStringLiteral("raw");
    }
    entry.host = request.header(QByteArrayLiteral("Host"));
    entry.status = response.delivery.drop ? 0 : response.status;
    m_log.push_back(entry);
    while (m_log.size() > kLogSize)
        m_log.pop_front();
    return response;
}

void SandboxPortal::finish(quint64 ticket)
{
    if (m_inFlight.erase(ticket) > 0)
        m_stats.inFlight = static_cast<int>(m_inFlight.size());
}

PortalResponse SandboxPortal::handleApi(const PortalRequest &request, quint64 ticket)
{
    if (m_faults.isEmpty() || m_faults.count == 0)
        return route(request, ticket);

    const FaultSettings fault = m_faults;
    if (m_faults.count > 0 && --m_faults.count == 0)
        m_faults = FaultSettings();

    // Faults in front of the portal (proxy errors, redirects, throttling) never reach it;
    // transport faults (latency, truncate, drop, trickle) hit after the portal did its work.
    PortalResponse response;
    if (fault.status != 0) {
        response = nginxPage(fault.status);
    } else if (fault.rateLimitRetryAfter >= 0) {
        response = rateLimited(fault.rateLimitRetryAfter, m_options.limits.requestsPerMinute,
                               now().toSecsSinceEpoch() + fault.rateLimitRetryAfter);
    } else if (!fault.redirectLocation.isEmpty()) {
        response = emptyResponse(fault.redirectStatus);
        response.headers.append({QByteArrayLiteral("Location"), fault.redirectLocation.toUtf8()});
    } else {
        response = route(request, ticket);
    }
    response.delivery.delayMs = fault.latencyMs;
    response.delivery.truncate = fault.truncate;
    response.delivery.drop = fault.drop;
    response.delivery.slowBodyMs = fault.slowBodyMs;
    return response;
}

SandboxPortal::Auth SandboxPortal::authenticate(const PortalRequest &request)
{
    Auth auth;
    QByteArray credential = request.header(QByteArrayLiteral("Authorization")).trimmed();
    if (credential.isEmpty()) {
        const QList<QByteArray> cookies = request.header(QByteArrayLiteral("Cookie")).split(';');
        for (const QByteArray &cookie : cookies) {
            const QByteArray trimmed = cookie.trimmed();
            if (trimmed.startsWith("asc_auth_key="))
                credential = trimmed.mid(13);
        }
        if (credential.isEmpty())
            return auth;
    }

    const auto userBySession = [this](const QString &token) -> const SandboxUser * {
        for (const SandboxUser &candidate : m_users) {
            if (!token.isEmpty() && candidate.sessionToken == token)
                return &candidate;
        }
        return nullptr;
    };

    const int space = credential.indexOf(' ');
    const QByteArray scheme = space < 0 ? QByteArray() : credential.left(space);
    const QByteArray value = space < 0 ? QByteArray() : credential.mid(space + 1).trimmed();
    if (scheme.compare("Bearer", Qt::CaseInsensitive) == 0) {
        if (!value.startsWith("sk-"))
            return auth; // an OAuth2 token: the sandbox has no authorization server
        const auto idIt = m_keyIdBySecret.constFind(QString::fromLatin1(value));
        if (idIt == m_keyIdBySecret.constEnd())
            return auth;
        SandboxKey &key = m_keys[*idIt];
        const QDateTime current = now();
        if (!key.isActive || key.isExpiredAt(current))
            return auth;
        auth.user = user(key.ownerId);
        if (!auth.user)
            return auth;
        auth.kind = AuthKind::ApiKey;
        auth.keyId = key.id;
        key.lastUsed = current;
        m_dirty = true;
        return auth;
    }
    if (scheme.compare("Basic", Qt::CaseInsensitive) == 0) {
        const QByteArray decoded = QByteArray::fromBase64(value);
        const int colon = decoded.indexOf(':');
        if (colon < 0)
            return auth;
        const QString email = QString::fromUtf8(decoded.left(colon));
        const QString password = QString::fromUtf8(decoded.mid(colon + 1));
        for (const SandboxUser &candidate : m_users) {
            if (candidate.email.compare(email, Qt::CaseInsensitive) == 0 &&
                candidate.password == password) {
                auth.kind = AuthKind::Basic;
                auth.user = &candidate;
            }
        }
        return auth;
    }
    // Anything else is a session token, exactly as sent: a raw "sk-..." lands here and fails.
    auth.user = userBySession(QString::fromLatin1(credential));
    if (auth.user)
        auth.kind = AuthKind::Session;
    return auth;
}

std::optional<PortalResponse> SandboxPortal::checkRateLimits(const Auth &auth,
                                                             const PortalRequest &request,
                                                             bool createsKey, quint64 ticket)
{
    const PortalLimits &limits = m_options.limits;
    const qint64 nowMs = now().toMSecsSinceEpoch();
    const QUuid userId = auth.user->id;

    if (limits.requestsPerMinute > 0) {
        std::deque<qint64> &times = m_requestTimes[userId];
        while (!times.empty() && times.front() <= nowMs - 60000)
            times.pop_front();
        if (static_cast<int>(times.size()) >= limits.requestsPerMinute) {
            const qint64 resetMs = times.front() + 60000;
            return rateLimited(static_cast<int>((resetMs - nowMs + 999) / 1000),
                               limits.requestsPerMinute, (resetMs + 999) / 1000);
        }
        times.push_back(nowMs);
    }

    const bool write = request.method != "GET" && request.method != "HEAD";
    const int concurrentLimit = write ? limits.concurrentWrites : limits.concurrentGets;
    if (concurrentLimit > 0) {
        int running = 0;
        for (const auto &entry : m_inFlight) {
            if (entry.first != ticket && entry.second.user == userId && entry.second.write == write)
                ++running;
        }
        // The concurrency limiter answers 429 with an empty body and no headers at all.
        if (running >= concurrentLimit)
            return emptyResponse(429);
    }

    const bool countsAsDailyWrite = request.method == "POST" || request.method == "PUT";
    if (countsAsDailyWrite && limits.dailyWrites > 0) {
        std::deque<qint64> &times = m_writeTimes[userId];
        while (!times.empty() && times.front() <= nowMs - kDayMs)
            times.pop_front();
        if (static_cast<int>(times.size()) >= limits.dailyWrites) {
            const qint64 resetMs = times.front() + kDayMs;
            return rateLimited(static_cast<int>((resetMs - nowMs + 999) / 1000), limits.dailyWrites,
                               (resetMs + 999) / 1000);
        }
        times.push_back(nowMs);
    }

    if (createsKey && limits.keyCreations > 0) {
        const qint64 windowMs = static_cast<qint64>(limits.keyCreationWindowSeconds) * 1000;
        std::deque<qint64> &times = m_creationTimes[userId];
        while (!times.empty() && times.front() <= nowMs - windowMs)
            times.pop_front();
        if (static_cast<int>(times.size()) >= limits.keyCreations) {
            const qint64 resetMs = times.front() + windowMs;
            return rateLimited(static_cast<int>((resetMs - nowMs + 999) / 1000),
                               limits.keyCreations, (resetMs + 999) / 1000);
        }
        times.push_back(nowMs);
    }

    auto it = m_inFlight.find(ticket);
    if (it != m_inFlight.end())
        it->second = InFlight{userId, write};
    return std::nullopt;
}

PortalResponse SandboxPortal::route(const PortalRequest &request, quint64 ticket)
{
    enum class Endpoint
    {
        ListKeys,
        CreateKey,
        SelfKey,
        Permissions,
        UpdateKey,
        DeleteKey,
        PeopleSelf,
        Authentication
    };

    QString path = request.path;
    while (path.size() > 1 && path.endsWith(QLatin1Char('/')))
        path.chop(1);
    const QString lower = path.toLower();
    const QByteArray &method = request.method;

    // Routing comes before authentication, as in ASP.NET: unknown routes are 404 for anyone.
    std::optional<Endpoint> endpoint;
    QUuid id;
    bool pathKnown = false;
    const QString keysPrefix = QStringLiteral("/api/2.0/keys/");
    if (lower == QLatin1String("/api/2.0/keys")) {
        pathKnown = true;
        if (method == "GET")
            endpoint = Endpoint::ListKeys;
        else if (method == "POST")
            endpoint = Endpoint::CreateKey;
    } else if (lower == QLatin1String("/api/2.0/keys/@self")) {
        pathKnown = true;
        if (method == "GET")
            endpoint = Endpoint::SelfKey;
    } else if (lower == QLatin1String("/api/2.0/keys/permissions")) {
        pathKnown = true;
        if (method == "GET")
            endpoint = Endpoint::Permissions;
    } else if (lower.startsWith(keysPrefix) && !lower.mid(keysPrefix.size()).contains(u'/')) {
        if (const auto parsed = parseRouteUuid(path.mid(keysPrefix.size()))) {
            pathKnown = true;
            id = *parsed;
            if (method == "PUT")
                endpoint = Endpoint::UpdateKey;
            else if (method == "DELETE")
                endpoint = Endpoint::DeleteKey;
        }
    } else if (lower == QLatin1String("/api/2.0/people/@self")) {
        pathKnown = true;
        if (method == "GET")
            endpoint = Endpoint::PeopleSelf;
    } else if (lower == QLatin1String("/api/2.0/authentication")) {
        pathKnown = true;
        if (method == "POST")
            endpoint = Endpoint::Authentication;
    }
    if (!endpoint)
        return emptyResponse(pathKnown ? 405 : 404);

    const QByteArray host = request.header(QByteArrayLiteral("Host"));
    Context ctx{
        request, {}, request.scheme + QStringLiteral("://") + QString::fromLatin1(host), {}};
    ctx.href = ctx.origin + QString::fromUtf8(QUrl::toPercentEncoding(path, "/@:"));
    if (!request.query.isEmpty())
        ctx.href += QLatin1Char('?') + request.query;

    if (*endpoint == Endpoint::Authentication)
        return authenticateUser(ctx);

    ctx.auth = authenticate(request);
    if (ctx.auth.kind == AuthKind::None)
        return emptyResponse(401);

    if (auto limited = checkRateLimits(ctx.auth, request, *endpoint == Endpoint::CreateKey, ticket))
        return *limited;

    if (ctx.auth.kind == AuthKind::ApiKey) {
        const QStringList granted = m_keys.value(ctx.auth.keyId).permissions;
        const auto allows = [&granted](const QStringList &anyOf) {
            if (granted.isEmpty() || granted.contains(QStringLiteral("*")))
                return true;
            return std::any_of(anyOf.begin(), anyOf.end(), [&granted](const QString &scope) {
                return granted.contains(scope);
            });
        };
        const QString read = QStringLiteral("*:read");
        const QString write = QStringLiteral("*:write");
        switch (*endpoint) {
        case Endpoint::CreateKey:
        case Endpoint::UpdateKey:
        case Endpoint::DeleteKey:
            if (!allows({write}))
                return forbidden(write);
            break;
        case Endpoint::ListKeys:
        case Endpoint::Permissions:
            if (!allows({read, write}))
                return forbidden(read);
            break;
        case Endpoint::PeopleSelf:
            if (!allows(
                    {QStringLiteral("accounts.self:read"), QStringLiteral("accounts:read"), read}))
                return forbidden(QStringLiteral("accounts.self:read"));
            break;
        case Endpoint::SelfKey:
        case Endpoint::Authentication:
            break;
        }
    }

    switch (*endpoint) {
    case Endpoint::ListKeys:
        return listKeys(ctx);
    case Endpoint::CreateKey:
        return createKey(ctx);
    case Endpoint::SelfKey:
        return selfKey(ctx);
    case Endpoint::Permissions: {
        const QJsonArray permissions = toJsonArray(knownPermissions());
        QByteArray body = QByteArrayLiteral("{\"response\":") + jsonBytes(permissions);
        body += QByteArrayLiteral(",\"count\":") + QByteArray::number(permissions.size());
        body +=
            QByteArrayLiteral(",\"links\":") +
            jsonBytes(QJsonArray{QJsonObject{{QStringLiteral("href"), ctx.href},
                                             {QStringLiteral("action"), QStringLiteral("GET")}}});
        body += QByteArrayLiteral(",\"status\":0,\"statusCode\":200}");
        return jsonResponse(200, body);
    }
    case Endpoint::UpdateKey:
        return updateKey(ctx, id);
    case Endpoint::DeleteKey:
        return deleteKey(ctx, id);
    case Endpoint::PeopleSelf:
        return peopleSelf(ctx);
    case Endpoint::Authentication:
        break;
    }
    return emptyResponse(404);
}

namespace {

PortalResponse success(const QString &href, const QByteArray &method, const QJsonValue &value,
                       int count = 1)
{
    QByteArray body = QByteArrayLiteral("{\"response\":") + jsonBytes(value);
    body += QByteArrayLiteral(",\"count\":") + QByteArray::number(count);
    body +=
        QByteArrayLiteral(",\"links\":") +
        jsonBytes(QJsonArray{QJsonObject{{QStringLiteral("href"), href},
                                         {QStringLiteral("action"), QString::fromLatin1(method)}}});
    body += QByteArrayLiteral(",\"status\":0,\"statusCode\":200}");
    return jsonResponse(200, body);
}

PortalResponse validationProblem(const QString &href, const QByteArray &method,
                                 const QJsonObject &errors)
{
    QByteArray traceBytes(16, Qt::Uninitialized);
    QRandomGenerator::global()->generate(traceBytes.begin(), traceBytes.end());
    const QString traceId = QStringLiteral("00-%1-%2-00")
                                .arg(QString::fromLatin1(traceBytes.toHex()),
                                     QString::fromLatin1(traceBytes.left(8).toHex()));
    const QJsonObject problem{
        {QStringLiteral("type"),
         QStringLiteral("https://tools.ietf.org/html/rfc9110#section-15.5.1")},
        {QStringLiteral("title"), QStringLiteral("One or more validation errors occurred.")},
        {QStringLiteral("status"), 400},
        {QStringLiteral("errors"), errors},
        {QStringLiteral("traceId"), traceId}};
    QByteArray body = QByteArrayLiteral("{\"response\":") + jsonBytes(problem);
    body +=
        QByteArrayLiteral(",\"count\":1,\"links\":") +
        jsonBytes(QJsonArray{QJsonObject{{QStringLiteral("href"), href},
                                         {QStringLiteral("action"), QString::fromLatin1(method)}}});
    body += QByteArrayLiteral(",\"status\":1,\"statusCode\":400}");
    return jsonResponse(400, body);
}

QJsonObject fieldError(const QString &field, const QString &message)
{
    return QJsonObject{{field, QJsonArray{message}}};
}

std::optional<QJsonObject> validateName(const QJsonValue &value, bool required)
{
    if (value.isUndefined() || value.isNull()) {
        if (required)
            return fieldError(QStringLiteral("Name"),
                              QStringLiteral("The Name field is required."));
        return std::nullopt;
    }
    if (!value.isString())
        return fieldError(QStringLiteral("Name"),
                          QStringLiteral("The Name field must be a string."));
    const QString name = value.toString();
    if (required && name.trimmed().isEmpty())
        return fieldError(QStringLiteral("Name"), QStringLiteral("The Name field is required."));
    if (name.size() > 30)
        return fieldError(QStringLiteral("Name"),
                          QStringLiteral("The field Name must be a string or array type with a "
                                         "maximum length of '30'."));
    return std::nullopt;
}

std::optional<QJsonObject> validatePermissions(const QJsonValue &value, QStringList *out)
{
    if (value.isUndefined() || value.isNull())
        return std::nullopt;
    if (!value.isArray())
        return fieldError(QStringLiteral("Permissions"),
                          QStringLiteral("The Permissions field must be an array of strings."));
    const QStringList known = SandboxPortal::knownPermissions();
    QStringList permissions;
    for (const QJsonValue &item : value.toArray()) {
        if (!item.isString() || !known.contains(item.toString()))
            return fieldError(
                QStringLiteral("Permissions"),
                QStringLiteral("Unknown permission: %1")
                    .arg(item.isString() ? item.toString() : QString::fromUtf8(jsonBytes(item))));
        if (!permissions.contains(item.toString()))
            permissions << item.toString();
    }
    *out = permissions;
    return std::nullopt;
}

std::optional<QJsonObject> parseBody(const QByteArray &body, QJsonObject *object)
{
    if (body.trimmed().isEmpty()) {
        *object = {};
        return std::nullopt;
    }
    QJsonParseError error{};
    const QJsonDocument doc = QJsonDocument::fromJson(body, &error);
    if (!doc.isObject())
        return fieldError(QStringLiteral("$"), QStringLiteral("The JSON value could not be "
                                                              "converted: %1")
                                                   .arg(error.errorString()));
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

} // namespace

QJsonObject SandboxPortal::userSummaryJson(const SandboxUser &owner, const QString &origin) const
{
    return QJsonObject{{QStringLiteral("id"), uuidText(owner.id)},
                       {QStringLiteral("displayName"), owner.displayName()},
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

QJsonObject SandboxPortal::keyJson(const SandboxKey &key, const QString &origin,
                                   bool revealSecret) const
{
    QJsonObject object{
        {QStringLiteral("id"), uuidText(key.id)},
        {QStringLiteral("name"), key.name},
        {QStringLiteral("key"), revealSecret ? key.secret : maskedSecret(key.secret)},
        {QStringLiteral("keyPostfix"), key.secret.right(4)},
        {QStringLiteral("permissions"), toJsonArray(key.permissions)},
        {QStringLiteral("createOn"), formatDate(key.createOn)},
        {QStringLiteral("isActive"), key.isActive}};
    if (key.lastUsed.isValid())
        object.insert(QStringLiteral("lastUsed"), formatDate(key.lastUsed));
    if (key.expiresAt.isValid())
        object.insert(QStringLiteral("expiresAt"), formatDate(key.expiresAt));
    if (const SandboxUser *owner = user(key.ownerId))
        object.insert(QStringLiteral("createBy"), userSummaryJson(*owner, origin));
    return object;
}

PortalResponse SandboxPortal::listKeys(const Context &ctx)
{
    const bool seesAll = ctx.auth.user->isAdmin();
    QJsonArray array;
    const QList<SandboxKey> all = keys();
    for (const SandboxKey &key : all) {
        if (seesAll || key.ownerId == ctx.auth.user->id)
            array.append(keyJson(key, ctx.origin, false));
    }
    return success(ctx.href, ctx.request.method, array, static_cast<int>(array.size()));
}

PortalResponse SandboxPortal::selfKey(const Context &ctx)
{
    if (ctx.auth.kind != AuthKind::ApiKey) {
        // Without an API key there is no "current key"; the portal's lookup throws.
        return errorEnvelope(
            500, QStringLiteral("Object reference not set to an instance of an object."),
            QStringLiteral("System.NullReferenceException"),
            QStringLiteral("   at ASC.Api.Core.ApiKeysController.GetApiKeyAsync()"), -2147467261);
    }
    return success(ctx.href, ctx.request.method,
                   keyJson(m_keys.value(ctx.auth.keyId), ctx.origin, false));
}

PortalResponse SandboxPortal::createKey(const Context &ctx)
{
    QJsonObject body;
    if (auto problem = parseBody(ctx.request.body, &body))
        return validationProblem(ctx.href, ctx.request.method, *problem);
    const QJsonValue name = field(body, QStringLiteral("name"));
    if (auto problem = validateName(name, true))
        return validationProblem(ctx.href, ctx.request.method, *problem);
    QStringList permissions;
    if (auto problem =
            validatePermissions(field(body, QStringLiteral("permissions")), &permissions))
        return validationProblem(ctx.href, ctx.request.method, *problem);
    const QJsonValue expires = field(body, QStringLiteral("expiresInDays"));
    int expiresInDays = 0;
    if (!expires.isUndefined() && !expires.isNull()) {
        if (!expires.isDouble() || expires.toDouble() < 0 ||
            expires.toDouble() != static_cast<double>(expires.toInt()))
            return validationProblem(
                ctx.href, ctx.request.method,
                fieldError(QStringLiteral("ExpiresInDays"),
                           QStringLiteral("The field ExpiresInDays must be a positive integer.")));
        expiresInDays = expires.toInt();
    }

    SandboxKey key;
    key.id = QUuid::createUuid();
    key.name = name.toString();
    key.secret = randomSecret();
    key.ownerId = ctx.auth.user->id;
    key.permissions = permissions;
    key.createOn = now();
    if (expiresInDays > 0)
        key.expiresAt = key.createOn.addDays(expiresInDays);
    addKey(key);
    changed();
    return success(ctx.href, ctx.request.method, keyJson(key, ctx.origin, true));
}

PortalResponse SandboxPortal::updateKey(const Context &ctx, const QUuid &id)
{
    QJsonObject body;
    if (auto problem = parseBody(ctx.request.body, &body))
        return validationProblem(ctx.href, ctx.request.method, *problem);
    const QJsonValue name = field(body, QStringLiteral("name"));
    if (auto problem = validateName(name, false))
        return validationProblem(ctx.href, ctx.request.method, *problem);
    QStringList permissions;
    const QJsonValue permissionsValue = field(body, QStringLiteral("permissions"));
    if (auto problem = validatePermissions(permissionsValue, &permissions))
        return validationProblem(ctx.href, ctx.request.method, *problem);
    const QJsonValue isActive = field(body, QStringLiteral("isActive"));

    const auto it = m_keys.find(id);
    if (it == m_keys.end())
        return success(ctx.href, ctx.request.method, false);
    SandboxKey &key = *it;
    const bool mayEdit = key.ownerId == ctx.auth.user->id || ctx.auth.user->isAdmin();
    if (!mayEdit || key.isExpiredAt(now()))
        return success(ctx.href, ctx.request.method, false);
    if (name.isString())
        key.name = name.toString();
    if (permissionsValue.isArray())
        key.permissions = permissions;
    if (isActive.isBool())
        key.isActive = isActive.toBool();
    changed();
    return success(ctx.href, ctx.request.method, true);
}

PortalResponse SandboxPortal::deleteKey(const Context &ctx, const QUuid &id)
{
    const auto it = m_keys.constFind(id);
    if (it == m_keys.constEnd()) {
        return errorEnvelope(
            500, QStringLiteral("Object reference not set to an instance of an object."),
            QStringLiteral("System.NullReferenceException"),
            QStringLiteral("   at ASC.Core.Common.EF.ApiKeyManager.DeleteAsync(Guid "
                           "id)\n   at ASC.Api.Core.ApiKeysController."
                           "DeleteApiKey(Guid keyId)"),
            -2147467261);
    }
    const bool mayDelete = it->ownerId == ctx.auth.user->id || ctx.auth.user->isAdmin();
    if (!mayDelete)
        return success(ctx.href, ctx.request.method, false);
    removeKey(id);
    changed();
    return success(ctx.href, ctx.request.method, true);
}

PortalResponse SandboxPortal::peopleSelf(const Context &ctx)
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
    profile.insert(QStringLiteral("status"), 1);
    profile.insert(QStringLiteral("activationStatus"), 1);
    profile.insert(QStringLiteral("cultureName"), QStringLiteral("en-US"));
    profile.insert(QStringLiteral("workFrom"), formatDate(now().addDays(-365)));
    return success(ctx.href, ctx.request.method, profile);
}

PortalResponse SandboxPortal::authenticateUser(const Context &ctx)
{
    QJsonObject body;
    parseBody(ctx.request.body, &body);
    const QString userName = field(body, QStringLiteral("userName")).toString();
    const QString password = field(body, QStringLiteral("password")).toString();
    for (const SandboxUser &candidate : m_users) {
        if (candidate.email.compare(userName, Qt::CaseInsensitive) == 0 &&
            candidate.password == password && !password.isEmpty()) {
            const QJsonObject answer{{QStringLiteral("token"), candidate.sessionToken},
                                     {QStringLiteral("expires"), formatDate(now().addYears(1))},
                                     {QStringLiteral("tfa"), false},
                                     {QStringLiteral("sms"), false}};
            return success(ctx.href, ctx.request.method, answer);
        }
    }
    return errorEnvelope(401, QStringLiteral("User authentication failed"),
                         QStringLiteral("System.Security.Authentication.AuthenticationException"),
                         QStringLiteral("   at ASC.Web.Api.Controllers.AuthenticationController."
                                        "AuthenticateMeAsync(AuthRequestsDto inDto)"),
                         -2146233087);
}

// ---- control path -------------------------------------------------------------------------------

PortalResponse SandboxPortal::handleControl(const PortalRequest &request)
{
    const QString path = request.path.mid(QStringLiteral("/__sandbox").size());
    const QByteArray &method = request.method;
    const auto badRequest = [](const QString &message) {
        return plainJson(400, QJsonObject{{QStringLiteral("error"), message}});
    };

    if (path == QLatin1String("/info") && method == "GET")
        return plainJson(200, info().toJson());
    if (path == QLatin1String("/faults")) {
        if (method == "GET")
            return plainJson(200, m_faults.toJson());
        if (method == "DELETE") {
            clearFaults();
            return plainJson(200, m_faults.toJson());
        }
        if (method == "POST") {
            QJsonParseError parseError{};
            const QJsonDocument doc = QJsonDocument::fromJson(request.body, &parseError);
            if (!doc.isObject())
                return badRequest(QStringLiteral("body must be a JSON object: ") +
                                  parseError.errorString());
            QString error;
            const auto faults = FaultSettings::fromJson(doc.object(), &error);
            if (!faults)
                return badRequest(error);
            setFaults(*faults);
            return plainJson(200, m_faults.toJson());
        }
    }
    if (path == QLatin1String("/limits")) {
        const auto limitsJson = [this] {
            QJsonObject object = m_options.limits.toJson();
            object.insert(QStringLiteral("latencyMs"), m_options.baseLatencyMs);
            return object;
        };
        if (method == "GET")
            return plainJson(200, limitsJson());
        if (method == "POST") {
            QJsonParseError parseError{};
            const QJsonDocument doc = QJsonDocument::fromJson(request.body, &parseError);
            if (!doc.isObject())
                return badRequest(QStringLiteral("body must be a JSON object: ") +
                                  parseError.errorString());
            QJsonObject object = doc.object();
            int latencyMs = m_options.baseLatencyMs;
            if (object.contains(QStringLiteral("latencyMs"))) {
                const QJsonValue value = object.take(QStringLiteral("latencyMs"));
                latencyMs = value.toInt(-1);
                if (!value.isDouble() || latencyMs < 0 || latencyMs > 3600000)
                    return badRequest(QStringLiteral("latencyMs must be 0..3600000"));
            }
            PortalLimits limits = m_options.limits;
            QString error;
            if (!limits.mergeJson(object, &error))
                return badRequest(error);
            m_options.limits = limits;
            m_options.baseLatencyMs = latencyMs;
            return plainJson(200, limitsJson());
        }
    }
    if (path == QLatin1String("/reset") && method == "POST") {
        // Optional body {"seedKeys": N}: how many generated keys the new seed has.
        if (!request.body.trimmed().isEmpty()) {
            const QJsonObject object = QJsonDocument::fromJson(request.body).object();
            const QJsonValue count = object.value(QStringLiteral("seedKeys"));
            if (!count.isDouble() || count.toInt(-1) < 0 || count.toInt() > 10000000)
                return badRequest(QStringLiteral("body must be {\"seedKeys\": 0..10000000}"));
            m_options.seedKeys = count.toInt();
        }
        seed();
        return plainJson(200, QJsonObject{{QStringLiteral("reset"), true},
                                          {QStringLiteral("keys"), m_keys.size()}});
    }
    if (path == QLatin1String("/sweep") && method == "POST")
        return plainJson(200, QJsonObject{{QStringLiteral("swept"), sweepExpiredKeys()}});
    if (path == QLatin1String("/stats") && method == "GET") {
        return plainJson(
            200, QJsonObject{{QStringLiteral("requests"), static_cast<qint64>(m_stats.requests)},
                             {QStringLiteral("inFlight"), m_stats.inFlight},
                             {QStringLiteral("maxInFlight"), m_stats.maxInFlight}});
    }
    if (path == QLatin1String("/stats/reset") && method == "POST") {
        resetStats();
        return plainJson(200, QJsonObject{{QStringLiteral("reset"), true}});
    }
    if (path == QLatin1String("/requests") && method == "GET") {
        QJsonArray array;
        for (const RequestLogEntry &entry : m_log)
            array.append(entry.toJson());
        return plainJson(200, QJsonObject{{QStringLiteral("requests"), array}});
    }
    return emptyResponse(404);
}

// ---- state --------------------------------------------------------------------------------------

QJsonObject SandboxPortal::stateJson() const
{
    QJsonArray userArray;
    for (const SandboxUser &u : m_users) {
        userArray.append(QJsonObject{{QStringLiteral("id"), uuidText(u.id)},
                                     {QStringLiteral("firstName"), u.firstName},
                                     {QStringLiteral("lastName"), u.lastName},
                                     {QStringLiteral("email"), u.email},
                                     {QStringLiteral("password"), u.password},
                                     {QStringLiteral("sessionToken"), u.sessionToken},
                                     {QStringLiteral("role"), sandboxRoleName(u.role)}});
    }
    QJsonArray keyArray;
    for (const SandboxKey &k : keys()) {
        keyArray.append(QJsonObject{{QStringLiteral("id"), uuidText(k.id)},
                                    {QStringLiteral("name"), k.name},
                                    {QStringLiteral("secret"), k.secret},
                                    {QStringLiteral("ownerId"), uuidText(k.ownerId)},
                                    {QStringLiteral("permissions"), toJsonArray(k.permissions)},
                                    {QStringLiteral("createOnMs"), dateToMs(k.createOn)},
                                    {QStringLiteral("lastUsedMs"), dateToMs(k.lastUsed)},
                                    {QStringLiteral("expiresAtMs"), dateToMs(k.expiresAt)},
                                    {QStringLiteral("isActive"), k.isActive}});
    }
    return QJsonObject{{QStringLiteral("format"), QStringLiteral("docspace-sandbox-state")},
                       {QStringLiteral("version"), 1},
                       {QStringLiteral("users"), userArray},
                       {QStringLiteral("keys"), keyArray}};
}

bool SandboxPortal::loadStateJson(const QJsonObject &state, QString *error)
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
        u.role = roleFromName(o.value(QStringLiteral("role")).toString());
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
        k.isActive = o.value(QStringLiteral("isActive")).toBool(true);
        addKey(k);
    }
    m_requestTimes.clear();
    m_creationTimes.clear();
    m_writeTimes.clear();
    m_dirty = false;
    return true;
}

bool SandboxPortal::saveState(const QString &path, QString *error) const
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

bool SandboxPortal::loadState(const QString &path, QString *error)
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
