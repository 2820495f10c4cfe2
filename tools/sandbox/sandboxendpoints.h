#pragma once

#include "sandboxauth.h"
#include "sandboxsettings.h"
#include "sandboxtypes.h"

#include <QDateTime>
#include <QJsonObject>
#include <QString>
#include <QUuid>

class SandboxStore;

// One API request after routing and authentication.
struct EndpointContext
{
    const PortalRequest &request;
    SandboxAuth auth;
    QString origin; // scheme://host as the client addressed us
    QString href;   // the full request URL, for links
};

// The answers of the API-key endpoints, the profile, the version and the sign-in, as
// ApiKeysController and its neighbours give them (docspace-api.md). Routing, authentication,
// scopes and rate limits happened before (SandboxPortal).
class SandboxEndpoints
{
public:
    SandboxEndpoints(SandboxStore &store, const PortalOptions &options, const QDateTime &now)
        : m_store(store)
        , m_options(options)
        , m_now(now)
    {}

    PortalResponse listKeys(const EndpointContext &ctx);
    PortalResponse selfKey(const EndpointContext &ctx);
    PortalResponse permissions(const EndpointContext &ctx);
    PortalResponse createKey(const EndpointContext &ctx);
    PortalResponse updateKey(const EndpointContext &ctx, const QUuid &id);
    PortalResponse deleteKey(const EndpointContext &ctx, const QUuid &id);
    // Before 3.7.1 the DELETE route took any id and model binding refused a non-UUID.
    PortalResponse deleteKeyBadId(const EndpointContext &ctx, const QString &id);
    PortalResponse peopleSelf(const EndpointContext &ctx);
    PortalResponse versionBuild(const EndpointContext &ctx);
    PortalResponse authenticateUser(const EndpointContext &ctx);

    QJsonObject keyJson(const SandboxKey &key, const QString &origin, bool revealSecret) const;
    QJsonObject userSummaryJson(const SandboxUser &user, const QString &origin) const;

private:
    QString date(const QDateTime &value) const;

    SandboxStore &m_store;
    const PortalOptions &m_options;
    QDateTime m_now;
};
