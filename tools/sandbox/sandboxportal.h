#pragma once

#include <QByteArray>
#include <QDateTime>
#include <QHash>
#include <QHostAddress>
#include <QJsonObject>
#include <QList>
#include <QPair>
#include <QString>
#include <QStringList>
#include <QUrl>
#include <QUuid>

#include <deque>
#include <functional>
#include <map>
#include <optional>

using SandboxHeaders = QList<QPair<QByteArray, QByteArray>>;

enum class SandboxRole
{
    Owner,
    Admin,
    Member,
    Guest
};

QString sandboxRoleName(SandboxRole role); // "owner", "admin", "member", "guest"

struct SandboxUser
{
    QUuid id;
    QString firstName;
    QString lastName;
    QString email;
    QString password;
    QString sessionToken; // sent raw in Authorization or in cookie asc_auth_key
    SandboxRole role = SandboxRole::Member;

    QString displayName() const { return firstName + QLatin1Char(' ') + lastName; }
    bool isAdmin() const { return role == SandboxRole::Owner || role == SandboxRole::Admin; }
};

struct SandboxKey
{
    QUuid id;
    QString name;
    QString secret; // "sk-" + 64 lowercase hex; the sandbox keeps it so demos can show it
    QUuid ownerId;
    QStringList permissions; // empty = unrestricted
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

// Fault injection knobs; see POST /__sandbox/faults.
struct FaultSettings
{
    int latencyMs = 0;
    int status = 0; // 0 = none; else an nginx-style HTML page with this status
    bool truncate = false;
    bool drop = false;
    int slowBodyMs = 0;
    int rateLimitRetryAfter = -1; // >= 0: answer 429 with this Retry-After
    QString redirectLocation;     // non-empty: answer redirectStatus with this Location
    int redirectStatus = 307;
    int count = -1; // how many following API requests; -1 = until cleared

    bool isEmpty() const;
    QJsonObject toJson() const;
    // Accepts the JSON of POST /__sandbox/faults.
    static std::optional<FaultSettings> fromJson(const QJsonObject &object, QString *error);
    // Accepts JSON or "key=value,key=value" (latencyMs=500,status=502,count=3,retryAfter=2,
    // redirect=<url>,redirectStatus=307,truncate,drop,slowBodyMs=1000) for the command line.
    static std::optional<FaultSettings> fromString(const QString &text, QString *error);
};

struct PortalLimits
{
    int requestsPerMinute = 1500; // per user; 0 = unlimited
    int concurrentGets = 50;      // per user
    int concurrentWrites = 15;    // POST/PUT/DELETE per user
    int keyCreations = 5;         // POST /keys per user per window
    int keyCreationWindowSeconds = 15 * 60;
    int dailyWrites = 10000; // POST/PUT per user per day (sliding 24 h); 0 = unlimited

    QJsonObject toJson() const;
    // Merges the fields present in `object` (GET/POST /__sandbox/limits) into this.
    bool mergeJson(const QJsonObject &object, QString *error);
};

struct PortalOptions
{
    int tzOffsetSeconds = 3 * 3600; // portal time zone, used for every date it prints
    PortalLimits limits;
    int seedKeys = 0;      // extra generated keys on seed()
    int baseLatencyMs = 0; // added to every API answer (--latency-ms)
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

// The fake DocSpace portal: data, authentication, routing, rate limits and fault selection.
// Transport independent: feed it requests, write out what it returns.
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

    PortalStats stats() const { return m_stats; }
    void resetStats();
    QList<RequestLogEntry> requestLog() const;

    const PortalOptions &options() const { return m_options; }
    void setLimits(const PortalLimits &limits) { m_options.limits = limits; }
    void setBaseLatency(int ms) { m_options.baseLatencyMs = ms; }

    QList<SandboxUser> users() const { return m_users; }
    QList<SandboxKey> keys() const; // newest first
    std::optional<SandboxKey> key(const QUuid &id) const;

    // Tests move time; default is the system clock.
    void setClock(std::function<QDateTime()> clock);
    QDateTime now() const;
    QString formatDate(const QDateTime &date) const; // 2026-07-01T15:34:56.0000000+03:00

    void setServerInfo(const QUrl &httpUrl, const QUrl &httpsUrl, const QByteArray &sha256,
                       const QByteArray &certificatePem);
    SandboxInfo info() const;

    QJsonObject stateJson() const;
    bool loadStateJson(const QJsonObject &state, QString *error);
    bool saveState(const QString &path, QString *error) const;
    bool loadState(const QString &path, QString *error);
    // Called after every change of users or keys (lastUsed only marks dirty, see takeDirty()).
    void setChangedCallback(std::function<void()> callback) { m_changed = std::move(callback); }
    bool takeDirty();

    static QString secretFor(const QString &seedName);
    static QString maskedSecret(const QString &secret);
    static QStringList knownPermissions();

private:
    enum class AuthKind
    {
        None,
        ApiKey,
        Session,
        Basic
    };
    struct Auth
    {
        AuthKind kind = AuthKind::None;
        const SandboxUser *user = nullptr;
        QUuid keyId;
    };
    struct InFlight
    {
        QUuid user;
        bool write = false;
    };
    struct Context;

    PortalResponse handleControl(const PortalRequest &request);
    PortalResponse handleApi(const PortalRequest &request, quint64 ticket);
    PortalResponse route(const PortalRequest &request, quint64 ticket);
    Auth authenticate(const PortalRequest &request);
    std::optional<PortalResponse> checkRateLimits(const Auth &auth, const PortalRequest &request,
                                                  bool createsKey, quint64 ticket);

    PortalResponse listKeys(const Context &ctx);
    PortalResponse selfKey(const Context &ctx);
    PortalResponse createKey(const Context &ctx);
    PortalResponse updateKey(const Context &ctx, const QUuid &id);
    PortalResponse deleteKey(const Context &ctx, const QUuid &id);
    PortalResponse peopleSelf(const Context &ctx);
    PortalResponse authenticateUser(const Context &ctx);

    QJsonObject keyJson(const SandboxKey &key, const QString &origin, bool revealSecret) const;
    QJsonObject userSummaryJson(const SandboxUser &user, const QString &origin) const;
    const SandboxUser *user(const QUuid &id) const;
    void addKey(const SandboxKey &key);
    void removeKey(const QUuid &id);
    void changed();

    PortalOptions m_options;
    QList<SandboxUser> m_users;
    QHash<QUuid, SandboxKey> m_keys;
    QHash<QString, QUuid> m_keyIdBySecret;
    FaultSettings m_faults;
    PortalStats m_stats;
    std::deque<RequestLogEntry> m_log;
    quint64 m_nextTicket = 1;
    std::map<quint64, InFlight> m_inFlight;           // admitted API requests, per ticket
    QHash<QUuid, std::deque<qint64>> m_requestTimes;  // per user, ms since epoch
    QHash<QUuid, std::deque<qint64>> m_creationTimes; // POST /keys per user
    QHash<QUuid, std::deque<qint64>> m_writeTimes;    // POST/PUT per user, for dailyWrites
    std::function<QDateTime()> m_clock;
    std::function<void()> m_changed;
    bool m_dirty = false;
    QUrl m_httpUrl;
    QUrl m_httpsUrl;
    QByteArray m_certificateSha256;
    QByteArray m_certificatePem;
};
