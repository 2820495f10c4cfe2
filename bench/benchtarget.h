#pragma once

#include "benchutil.h"

#include <QString>

namespace Bench {

enum class Goal
{
    AtMost,
    AtLeast,
};

// One line per target, in the same form in every benchmark, so that `cmake --build build
// --target bench_all` can gather them at the end:
//   TARGET bench_batch_revoke: against the 6-way ideal: 1.09x (target <= 1.15x) met
// True when the target is met.
inline bool target(const char *bench, const QString &what, double measured, Goal goal, double limit,
                   const QString &unit = QStringLiteral("x"), int decimals = 2)
{
    const bool met = goal == Goal::AtMost ? measured <= limit : measured >= limit;
    out() << "TARGET " << bench << ": " << what << ": " << QString::number(measured, 'f', decimals)
          << unit << " (target " << (goal == Goal::AtMost ? "<= " : ">= ")
          << QString::number(limit, 'g', 6) << unit << ") " << (met ? "met" : "MISSED") << '\n';
    return met;
}

} // namespace Bench
