#pragma once

#include "sandboxratelimiter.h"
#include "sandboxsettings.h"
#include "sandboxstore.h"
#include "sandboxtypes.h"

#include <QByteArray>
#include <QDateTime>
#include <QList>
#include <QString>
#include <QUrl>
#include <QUuid>

#include <deque>
#include <functional>
#include <optional>

// The fake DocSpace portal, transport independent: feed it requests (handle()), write out what it
// returns, call finish() when the answer left. It routes, checks the portal state, authenticates,
// applies scopes and rate limits, picks faults, and hands the request to SandboxEndpoints; the
// control path (/__sandbox/...) goes to SandboxControl. The parts:
//   SandboxStore        users, keys, seed, state file          sandboxstore.h
//   SandboxAuth         who the request is                     sandboxauth.h
//   SandboxRateLimiter  windows, concurrency, in-flight        sandboxratelimiter.h
//   SandboxEndpoints    the answers of the API                 sandboxendpoints.h
//   SandboxControl      /__sandbox/...                         sandboxcontrol.h
//   settings            faults, limits, portal state, version  sandboxsettings.h
class SandboxPortal
{
public:
    explicit SandboxPortal(const PortalOptions &options = {});
    Q_DISABLE_COPY_MOVE(SandboxPortal)

    // Deterministic users and keys (plus options.seedKeys generated ones); clears rate counters
    // and faults. Dates are relative to now().
    void seed();
    void generateKeys(int count);

    PortalResponse handle(const PortalRequest &request);
    void finish(quint64 ticket); // the answer of an API request left (or was abandoned)

    // Marks expired keys inactive, like the portal's background job. Returns how many changed.
    int sweepExpiredKeys();

    void setFaults(const FaultSettings &faults);
    void clearFaults();
    FaultSettings faults() const { return m_faults; }

    PortalStats stats() const { return m_limiter.stats(); }
    void resetStats();
    QList<RequestLogEntry> requestLog() const;

    const PortalOptions &options() const { return m_options; }
    void setOptions(const PortalOptions &options) { m_options = options; }
    void setLimits(const PortalLimits &limits) { m_options.limits = limits; }
    void setBaseLatency(int ms) { m_options.baseLatencyMs = ms; }
    void setSeedKeys(int count) { m_options.seedKeys = count; }
    // Portal state (unpaid, suspended, ...), developer-tools restriction, DocSpace version.
    const PortalSettings &settings() const { return m_options.settings; }
    void setSettings(const PortalSettings &settings) { m_options.settings = settings; }

    QList<SandboxUser> users() const { return m_store.users(); }
    QList<SandboxKey> keys() const { return m_store.keys(); } // newest first
    std::optional<SandboxKey> key(const QUuid &id) const { return m_store.key(id); }
    // A disabled user's keys and sessions get 401; a removed user's keys stay, created by the
    // "Profile removed" placeholder. False if there is no such user.
    bool setUserDisabled(const QUuid &id, bool disabled);
    bool removeUser(const QUuid &id);

    // Tests move time; default is the system clock.
    void setClock(std::function<QDateTime()> clock);
    QDateTime now() const;
    QString formatDate(const QDateTime &date) const; // 2026-07-01T15:34:56.0000000+03:00

    void setServerInfo(const QUrl &httpUrl, const QUrl &httpsUrl, const QByteArray &sha256,
                       const QByteArray &certificatePem);
    SandboxInfo info() const;

    QJsonObject stateJson() const { return m_store.stateJson(); }
    bool loadStateJson(const QJsonObject &state, QString *error);
    bool saveState(const QString &path, QString *error) const;
    bool loadState(const QString &path, QString *error);
    // Called after every change of users or keys (lastUsed only marks dirty, see takeDirty()).
    void setChangedCallback(std::function<void()> callback);
    bool takeDirty() { return m_store.takeDirty(); }

    static QString secretFor(const QString &seedName) { return SandboxStore::secretFor(seedName); }
    static QString maskedSecret(const QString &secret)
    {
        return SandboxStore::maskedSecret(secret);
    }
    static QStringList knownPermissions() { return SandboxStore::knownPermissions(); }

private:
    PortalResponse handleApi(const PortalRequest &request, quint64 ticket);
    PortalResponse route(const PortalRequest &request, quint64 ticket);
    void log(const PortalRequest &request, const PortalResponse &response);

    PortalOptions m_options;
    SandboxStore m_store;
    SandboxRateLimiter m_limiter;
    FaultSettings m_faults;
    std::deque<RequestLogEntry> m_log;
    std::function<QDateTime()> m_clock;
    QUrl m_httpUrl;
    QUrl m_httpsUrl;
    QByteArray m_certificateSha256;
    QByteArray m_certificatePem;
};
