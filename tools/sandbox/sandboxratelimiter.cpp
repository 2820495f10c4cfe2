#include "sandboxratelimiter.h"

#include "sandboxanswers.h"

#include <algorithm>

namespace {

constexpr qint64 kMinuteMs = 60LL * 1000LL;

// Sliding window: nullopt and the request counted, or the 429 once `limit` are in the window.
std::optional<PortalResponse> window(std::deque<qint64> &times, int limit, qint64 windowMs,
                                     qint64 nowMs)
{
    while (!times.empty() && times.front() <= nowMs - windowMs)
        times.pop_front();
    if (static_cast<int>(times.size()) >= limit) {
        const qint64 resetMs = times.front() + windowMs;
        return SandboxAnswers::rateLimited(static_cast<int>((resetMs - nowMs + 999) / 1000), limit,
                                           (resetMs + 999) / 1000);
    }
    times.push_back(nowMs);
    return std::nullopt;
}

} // namespace

quint64 SandboxRateLimiter::arrive()
{
    const quint64 ticket = m_nextTicket++;
    m_inFlight.emplace(ticket, InFlight{});
    m_stats.inFlight = static_cast<int>(m_inFlight.size());
    m_stats.maxInFlight = std::max(m_stats.maxInFlight, m_stats.inFlight);
    return ticket;
}

std::optional<PortalResponse> SandboxRateLimiter::admit(quint64 ticket, const QUuid &user,
                                                        const QByteArray &method, bool createsKey,
                                                        const PortalLimits &limits, qint64 nowMs)
{
    if (limits.requestsPerMinute > 0) {
        if (auto limited = window(m_requestTimes[user], limits.requestsPerMinute, kMinuteMs, nowMs))
            return limited;
    }

    const bool write = method != "GET" && method != "HEAD";
    const int concurrentLimit = write ? limits.concurrentWrites : limits.concurrentGets;
    if (concurrentLimit > 0) {
        int running = 0;
        for (const auto &entry : m_inFlight) {
            if (entry.first != ticket && entry.second.user == user && entry.second.write == write)
                ++running;
        }
        // The concurrency limiter answers 429 with an empty body and no headers at all.
        if (running >= concurrentLimit)
            return SandboxAnswers::empty(429);
    }

    if (createsKey && limits.keyCreations > 0) {
        const qint64 windowMs = static_cast<qint64>(limits.keyCreationWindowSeconds) * 1000;
        if (auto limited = window(m_creationTimes[user], limits.keyCreations, windowMs, nowMs))
            return limited;
    }

    if ((method == "POST" || method == "PUT") && limits.dailyWrites > 0) {
        if (auto limited = window(m_writeTimes[user], limits.dailyWrites, kSandboxDayMs, nowMs))
            return limited;
    }

    const auto it = m_inFlight.find(ticket);
    if (it != m_inFlight.end())
        it->second = InFlight{user, write};
    return std::nullopt;
}

void SandboxRateLimiter::finish(quint64 ticket)
{
    if (m_inFlight.erase(ticket) > 0)
        m_stats.inFlight = static_cast<int>(m_inFlight.size());
}

void SandboxRateLimiter::clearWindows()
{
    m_requestTimes.clear();
    m_creationTimes.clear();
    m_writeTimes.clear();
}

void SandboxRateLimiter::resetStats()
{
    m_stats.requests = 0;
    m_stats.maxInFlight = m_stats.inFlight;
}
