#pragma once

#include <QJsonObject>
#include <QString>

#include <optional>

// The knobs of the sandbox: injected faults, rate limits, the portal's state and version.
// Each can be given on the command line and changed at runtime through the control path.

// Fault injection; see POST /__sandbox/faults.
struct FaultSettings
{
    int latencyMs = 0;
    int status = 0; // 0 = none; else nginx's page for it (DocSpace's custom_50x.html for 50x)
    bool plainNginxPage = false; // "page": "nginx": nginx's default page even for 502..504
                                 // (another proxy in front of the portal)
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
    // Accepts JSON or "key=value,key=value"
    // (latencyMs=500,status=502,page=nginx,count=3,retryAfter=2,
    // redirect=<url>,redirectStatus=307,truncate,drop,slowBodyMs=1000) for the command line.
    static std::optional<FaultSettings> fromString(const QString &text, QString *error);
};

// The portal's rate limits, per user; see GET/POST /__sandbox/limits.
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

// What the whole portal answers before any route: see docspace-api.md, DELETE cases.
enum class PortalState
{
    Normal,
    Unpaid,       // 402 empty on every call but the anonymous ones
    Suspended,    // 404 empty on every call (suspended or being removed)
    Transferring, // 403 empty on every call (transferred, restored or encrypted)
    IpRestricted  // 403 with the JSON string "The access to the portal is restricted"
};

QString portalStateName(PortalState state); // "normal", "unpaid", ...
std::optional<PortalState> portalStateFromName(const QString &name);

// The DocSpace version the sandbox plays ("Versions" in docspace-api.md).
struct DocSpaceVersion
{
    int major = 3;
    int minor = 7;
    int patch = 2;
    int build = 1720; // parse() gives 1000 + 100 * minor + 10 * patch when no build is named

    // "3.7" (3.7.2), "3.6" (3.6.1), or a full "3.6.1" / "3.7.2.1234"; 3.1.0 and later.
    static std::optional<DocSpaceVersion> parse(const QString &text);
    QString toString() const; // "3.7.2.1234"
    bool atLeast(int major, int minor, int patch) const;

    bool keyIdRouteIsUuid() const { return atLeast(3, 7, 1); } // else non-UUID id: 400
    bool putRefusesExpiredKeys() const { return atLeast(3, 7, 1); }
    bool anyScopeManagesKeys() const { return atLeast(3, 2, 1) && !atLeast(3, 7, 1); }
};

// Portal-wide settings; see GET/POST /__sandbox/portal.
struct PortalSettings
{
    PortalState state = PortalState::Normal;
    bool developerToolsAdminsOnly = false; // POST /keys by a non-administrator: 403 "Access denied"
    DocSpaceVersion version;

    QJsonObject toJson() const;
    // Merges {"state", "developerToolsAdminsOnly", "version"} as far as given.
    bool mergeJson(const QJsonObject &object, QString *error);
};

struct PortalOptions
{
    int tzOffsetSeconds = 3 * 3600; // portal time zone, used for every date it prints
    PortalLimits limits;
    PortalSettings settings;
    int seedKeys = 0;      // extra generated keys on seed()
    int baseLatencyMs = 0; // added to every API answer (--latency-ms)
};
