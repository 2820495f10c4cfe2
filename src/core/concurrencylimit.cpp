#include "concurrencylimit.h"

#include <cmath>

ConcurrencyLimit::ConcurrencyLimit(int initial, int ceiling)
    : m_limit(qMax(1, initial))
    , m_ceiling(qMax(1, ceiling))
{
    m_limit = qMin(m_limit, double(m_ceiling));
}

int ConcurrencyLimit::limit() const
{
    return qBound(1, int(std::lround(m_limit)), m_ceiling);
}

void ConcurrencyLimit::setCeiling(int ceiling)
{
    m_ceiling = qMax(1, ceiling);
    m_limit = qMin(m_limit, double(m_ceiling));
}

void ConcurrencyLimit::resetWindow()
{
    m_windowAnswers = 0;
    m_windowRttSum = 0;
    m_windowMaxInFlight = 0;
}

void ConcurrencyLimit::onAnswer(qint64 rttMs, int inFlightAtSend)
{
    rttMs = qMax<qint64>(0, rttMs);
    if (m_minRttMs < 0 || rttMs < m_minRttMs)
        m_minRttMs = rttMs;
    ++m_windowAnswers;
    m_windowRttSum += rttMs;
    m_windowMaxInFlight = qMax(m_windowMaxInFlight, inFlightAtSend);
    // One window is about one round trip: as many answers as the limit lets fly at once.
    if (m_windowAnswers < limit())
        return;
    const double averageRtt = double(m_windowRttSum) / m_windowAnswers;
    const bool used = m_windowMaxInFlight >= limit();
    resetWindow();

    // Compared with the long-run round trip, not the smallest one: a busy client machine or a
    // slower network raises every round trip alike, and that is no queue at the portal.
    if (m_longRttMs < 0)
        m_longRttMs = averageRtt;
    const double threshold =
        qMax(LatencyTolerance * m_longRttMs, m_longRttMs + double(LatencySlackMs));
    m_longRttMs += LongRttWeight * (qMin(averageRtt, threshold) - m_longRttMs);
    if (averageRtt > threshold) {
        // The gradient: shrink by how much slower the answers are than they can be.
        const double gradient = qBound(0.5, threshold / averageRtt, 1.0);
        m_limit = qMax(1.0, m_limit * gradient);
        m_slowStart = false;
        return;
    }
    if (!used)
        return; // the batch did not use what it had: no evidence that more would work
    m_limit = qMin(double(m_ceiling), m_slowStart ? m_limit * 2 : m_limit + 1);
}

bool ConcurrencyLimit::mayDecrease(qint64 nowMs)
{
    // One cut per round trip: the 429s of one burst are one signal, not many.
    const qint64 guard = qMax<qint64>(10, m_minRttMs);
    if (m_decreased && nowMs - m_lastDecreaseMs < guard)
        return false;
    m_decreased = true;
    m_lastDecreaseMs = nowMs;
    return true;
}

void ConcurrencyLimit::onOverload(int inFlightAtSend, qint64 nowMs)
{
    m_slowStart = false;
    if (!mayDecrease(nowMs))
        return;
    // The portal took fewer than inFlightAtSend: aim just under that.
    const double took = qMax(1, inFlightAtSend - 1);
    m_limit = qMax(1.0, qMin(m_limit, took) * OverloadBackoff);
    resetWindow();
}

void ConcurrencyLimit::onRateLimited(qint64 nowMs)
{
    m_slowStart = false;
    if (!mayDecrease(nowMs))
        return;
    m_limit = qMax(1.0, m_limit / 2);
    resetWindow();
}
