#pragma once

#include <QtGlobal>

// How many requests a batch keeps in flight, found from the portal's answers rather than fixed,
// in the spirit of TCP's AIMD and Netflix's concurrency-limits (gradient): slow start doubles the
// limit every round of clean answers; a 429 from the concurrency limiter cuts it to just under
// what the portal took; a 429 with Retry-After halves it; answers slower than the round trip seen
// at the start mean a queue somewhere, and shrink it by the ratio. The ceiling is the transport's
// (HTTP/1.1: the connections Qt opens to one host) or the user's.
class ConcurrencyLimit
{
public:
    ConcurrencyLimit(int initial, int ceiling);

    int limit() const;
    double exact() const { return m_limit; }
    int ceiling() const { return m_ceiling; }
    void setCeiling(int ceiling);
    bool inSlowStart() const { return m_slowStart; }

    // A clean answer, rttMs after it was sent, with inFlightAtSend requests of the batch on their
    // way when it was sent (itself included).
    void onAnswer(qint64 rttMs, int inFlightAtSend);
    // 429 without headers: more in flight than the portal takes at once (for this user, with
    // whatever else the user runs).
    void onOverload(int inFlightAtSend, qint64 nowMs);
    // 429 with Retry-After: the request window is used up.
    void onRateLimited(qint64 nowMs);

    // Answers slower than this many times the long-run round trip (and 50 ms more) are queued.
    static constexpr double LatencyTolerance = 2.0;
    static constexpr double LongRttWeight = 0.2; // per window, for the long-run round trip
    static constexpr qint64 LatencySlackMs = 50;
    static constexpr double OverloadBackoff = 0.9;

private:
    bool mayDecrease(qint64 nowMs);
    void resetWindow();

    double m_limit;
    int m_ceiling;
    bool m_slowStart = true;
    qint64 m_minRttMs = -1;
    double m_longRttMs = -1;
    int m_windowAnswers = 0;
    qint64 m_windowRttSum = 0;
    int m_windowMaxInFlight = 0;
    qint64 m_lastDecreaseMs = 0;
    bool m_decreased = false;
};
