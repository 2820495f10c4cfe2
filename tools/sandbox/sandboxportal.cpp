#include "sandboxportal.h"

#include "sandboxanswers.h"
#include "sandboxauth.h"
#include "sandboxcontrol.h"
#include "sandboxendpoints.h"

#include <QRegularExpression>

#include <algorithm>

using namespace SandboxAnswers;

namespace {

constexpr int kLogSize = 1000;

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

enum class Endpoint
{
    ListKeys,
    CreateKey,
    SelfKey,
    Permissions,
    UpdateKey,
    DeleteKey,
    DeleteKeyBadId, // before 3.7.1: the DELETE route had no UUID constraint
    PeopleSelf,
    VersionBuild,
    Authentication
};

bool isAnonymous(Endpoint endpoint)
{
    return endpoint == Endpoint::VersionBuild || endpoint == Endpoint::Authentication;
}

// Whether an API key with `granted` scopes may call `endpoint` (docspace-api.md, "Scopes").
bool scopeAllows(Endpoint endpoint, const SandboxKey &key, const DocSpaceVersion &version)
{
    const QStringList &granted = key.permissions;
    if (key.permissionsNull || granted.isEmpty() || granted.contains(QStringLiteral("*")))
        return true;
    const auto any = [&granted](std::initializer_list<const char *> scopes) {
        return std::any_of(scopes.begin(), scopes.end(), [&granted](const char *scope) {
            return granted.contains(QLatin1String(scope));
        });
    };
    switch (endpoint) {
    case Endpoint::SelfKey:
    case Endpoint::VersionBuild:
    case Endpoint::Authentication:
        return true;
    case Endpoint::PeopleSelf:
        return any({"*:read", "*:write", "accounts.self:read", "accounts.self:write"});
    case Endpoint::CreateKey:
    case Endpoint::UpdateKey:
    case Endpoint::DeleteKey:
    case Endpoint::DeleteKeyBadId:
        // 3.2.1..3.6.1: every keys endpoint needed only "any scope".
        return version.anyScopeManagesKeys() || any({"*:write"});
    case Endpoint::ListKeys:
    case Endpoint::Permissions:
        return version.anyScopeManagesKeys() || any({"*:read", "*:write"});
    }
    return false;
}

} // namespace

SandboxPortal::SandboxPortal(const PortalOptions &options)
    : m_options(options)
{
    seed();
}

void SandboxPortal::seed()
{
    m_limiter.clearWindows();
    m_faults = FaultSettings();
    m_store.seed(now(), m_options.seedKeys);
}

void SandboxPortal::generateKeys(int count)
{
    m_store.generateKeys(now(), count);
}

int SandboxPortal::sweepExpiredKeys()
{
    return m_store.sweepExpiredKeys(now());
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
    m_limiter.resetStats();
}

QList<RequestLogEntry> SandboxPortal::requestLog() const
{
    return QList<RequestLogEntry>(m_log.begin(), m_log.end());
}

bool SandboxPortal::setUserDisabled(const QUuid &id, bool disabled)
{
    SandboxUser *user = m_store.mutableUser(id);
    if (!user)
        return false;
    user->disabled = disabled;
    m_store.changed();
    return true;
}

bool SandboxPortal::removeUser(const QUuid &id)
{
    return m_store.removeUser(id);
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
    return SandboxAnswers::formatDate(date, m_options.tzOffsetSeconds);
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
    info.users = m_store.users();
    info.keys = m_store.keys();
    return info;
}

bool SandboxPortal::loadStateJson(const QJsonObject &state, QString *error)
{
    if (!m_store.loadStateJson(state, error))
        return false;
    m_limiter.clearWindows();
    return true;
}

bool SandboxPortal::saveState(const QString &path, QString *error) const
{
    return m_store.saveState(path, error);
}

bool SandboxPortal::loadState(const QString &path, QString *error)
{
    if (!m_store.loadState(path, error))
        return false;
    m_limiter.clearWindows();
    return true;
}

void SandboxPortal::setChangedCallback(std::function<void()> callback)
{
    m_store.setChangedCallback(std::move(callback));
}

// ---- request handling ---------------------------------------------------------------------------

PortalResponse SandboxPortal::handle(const PortalRequest &request)
{
    if (request.path == QLatin1String("/__sandbox") ||
        request.path.startsWith(QLatin1String("/__sandbox/"))) {
        // Only local tools may steer the sandbox; anyone else sees nothing there.
        if (!isLoopback(request.peer))
            return empty(404);
        return SandboxControl(*this).handle(request);
    }

    const quint64 ticket = m_limiter.arrive();
    m_limiter.countRequest();
    PortalResponse response = handleApi(request, ticket);
    response.ticket = ticket;
    response.delivery.delayMs += m_options.baseLatencyMs;
    log(request, response);
    return response;
}

void SandboxPortal::finish(quint64 ticket)
{
    m_limiter.finish(ticket);
}

void SandboxPortal::log(const PortalRequest &request, const PortalResponse &response)
{
    RequestLogEntry entry;
    entry.time = now();
    entry.method = request.method;
    entry.path = request.path;
    entry.authorizationScheme = SandboxAuth::schemeWord(request);
    entry.hasAuthorization = !entry.authorizationScheme.isEmpty();
    entry.host = request.header(QByteArrayLiteral("Host"));
    entry.status = response.delivery.drop ? 0 : response.status;
    m_log.push_back(entry);
    while (m_log.size() > kLogSize)
        m_log.pop_front();
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
        response = proxyErrorPage(fault.status, fault.plainNginxPage);
    } else if (fault.rateLimitRetryAfter >= 0) {
        response = rateLimited(fault.rateLimitRetryAfter, m_options.limits.requestsPerMinute,
                               now().toSecsSinceEpoch() + fault.rateLimitRetryAfter);
    } else if (!fault.redirectLocation.isEmpty()) {
        response = empty(fault.redirectStatus);
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

PortalResponse SandboxPortal::route(const PortalRequest &request, quint64 ticket)
{
    const PortalSettings &settings = m_options.settings;
    // The tenant's state is checked before anything else, on every call.
    switch (settings.state) {
    case PortalState::Suspended:
        return empty(404);
    case PortalState::Transferring:
        return empty(403);
    case PortalState::IpRestricted:
        return json(403, QByteArrayLiteral("\"The access to the portal is restricted\""));
    case PortalState::Normal:
    case PortalState::Unpaid:
        break;
    }

    QString path = request.path;
    while (path.size() > 1 && path.endsWith(QLatin1Char('/')))
        path.chop(1);
    const QString lower = path.toLower();
    const QByteArray &method = request.method;

    // Routing comes before authentication, as in ASP.NET: unknown routes are 404 for anyone.
    std::optional<Endpoint> endpoint;
    QUuid id;
    QString rawId;
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
        rawId = path.mid(keysPrefix.size());
        if (const auto parsed = parseRouteUuid(rawId)) {
            pathKnown = true;
            id = *parsed;
            if (method == "PUT")
                endpoint = Endpoint::UpdateKey;
            else if (method == "DELETE")
                endpoint = Endpoint::DeleteKey;
        } else if (method == "DELETE" && !settings.version.keyIdRouteIsUuid()) {
            pathKnown = true;
            endpoint = Endpoint::DeleteKeyBadId;
        }
    } else if (lower == QLatin1String("/api/2.0/people/@self")) {
        pathKnown = true;
        if (method == "GET")
            endpoint = Endpoint::PeopleSelf;
    } else if (lower == QLatin1String("/api/2.0/settings/version/build")) {
        pathKnown = true;
        if (method == "GET")
            endpoint = Endpoint::VersionBuild;
    } else if (lower == QLatin1String("/api/2.0/authentication")) {
        pathKnown = true;
        if (method == "POST")
            endpoint = Endpoint::Authentication;
    }
    // An unpaid portal answers only its anonymous calls.
    if (settings.state == PortalState::Unpaid && !(endpoint && isAnonymous(*endpoint)))
        return empty(402);
    if (!endpoint)
        return empty(pathKnown ? 405 : 404);

    const QByteArray host = request.header(QByteArrayLiteral("Host"));
    EndpointContext ctx{
        request, {}, request.scheme + QStringLiteral("://") + QString::fromLatin1(host), {}};
    ctx.href = ctx.origin + QString::fromUtf8(QUrl::toPercentEncoding(path, "/@:"));
    if (!request.query.isEmpty())
        ctx.href += QLatin1Char('?') + request.query;

    const QDateTime current = now();
    SandboxEndpoints endpoints(m_store, m_options, current);
    if (*endpoint == Endpoint::Authentication)
        return endpoints.authenticateUser(ctx);
    if (*endpoint == Endpoint::VersionBuild)
        return endpoints.versionBuild(ctx);

    ctx.auth = SandboxAuth::authenticate(m_store, request, current);
    if (ctx.auth.kind == SandboxAuth::Kind::None)
        return empty(401);

    if (auto limited =
            m_limiter.admit(ticket, ctx.auth.user->id, method, *endpoint == Endpoint::CreateKey,
                            m_options.limits, current.toMSecsSinceEpoch()))
        return *limited;

    if (ctx.auth.kind == SandboxAuth::Kind::ApiKey) {
        const auto key = m_store.key(ctx.auth.keyId);
        if (!key || !scopeAllows(*endpoint, *key, settings.version))
            return empty(403); // a missing scope: 403 with an empty body
    }

    switch (*endpoint) {
    case Endpoint::ListKeys:
        return endpoints.listKeys(ctx);
    case Endpoint::CreateKey:
        return endpoints.createKey(ctx);
    case Endpoint::SelfKey:
        return endpoints.selfKey(ctx);
    case Endpoint::Permissions:
        return endpoints.permissions(ctx);
    case Endpoint::UpdateKey:
        return endpoints.updateKey(ctx, id);
    case Endpoint::DeleteKey:
        return endpoints.deleteKey(ctx, id);
    case Endpoint::DeleteKeyBadId:
        return endpoints.deleteKeyBadId(ctx, rawId);
    case Endpoint::PeopleSelf:
        return endpoints.peopleSelf(ctx);
    case Endpoint::VersionBuild:
    case Endpoint::Authentication:
        break;
    }
    return empty(404);
}
