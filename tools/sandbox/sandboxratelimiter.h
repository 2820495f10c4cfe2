#pragma once

#include "sandboxsettings.h"
#include "sandboxtypes.h"

#include <QHash>
#include <QUuid>

#include <deque>
#include <map>
#include <optional>

// The portal's rate limits, per user, as DocSpace's limiter applies them: a sliding window of
// requests per minute, concurrency limits for GETs and for writes (answered 429 with no headers
// at all), POST /keys per window and POST/PUT per day (429 with Retry-After and X-RateLimit-*).
// Every API request gets a ticket when it arrives; it is in flight until finish(ticket).
class SandboxRateLimiter
{
public:
    SandboxRateLimiter() = default;
    Q_DISABLE_COPY_MOVE(SandboxRateLimiter)

    quint64 arrive(); // a new in-flight request, not yet admitted
    // The 429 for this request, or nullopt if admitted (then it counts against the user).
    std::optional<PortalResponse> admit(quint64 ticket, const QUuid &user, const QByteArray &method,
                                        bool createsKey, const PortalLimits &limits, qint64 nowMs);
    void finish(quint64 ticket);
    void clearWindows(); // forget the counted requests (not the ones in flight)

    const PortalStats &stats() const { return m_stats; }
    void countRequest() { ++m_stats.requests; }
    void resetStats();

private:
    struct InFlight
    {
        QUuid user;
        bool write = false;
    };

    quint64 m_nextTicket = 1;
    std::map<quint64, InFlight> m_inFlight;           // per ticket; user null until admitted
    QHash<QUuid, std::deque<qint64>> m_requestTimes;  // per user, ms since epoch
    QHash<QUuid, std::deque<qint64>> m_creationTimes; // POST /keys per user
    QHash<QUuid, std::deque<qint64>> m_writeTimes;    // POST/PUT per user, for dailyWrites
    PortalStats m_stats;
};
