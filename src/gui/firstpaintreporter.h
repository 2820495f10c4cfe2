#pragma once

#include <QEvent>
#include <QObject>

#include <cstdio>

// Prints "shown" on standard output when the watched widget first paints. Only installed when
// DSK_BENCH_REPORT_SHOWN is set, so bench/ can time start-up to first paint from outside; the
// bare-window baseline there uses the same class, so both are measured the same way.
class FirstPaintReporter : public QObject
{
public:
    using QObject::QObject;

    static bool requested() { return qEnvironmentVariableIsSet("DSK_BENCH_REPORT_SHOWN"); }

    bool eventFilter(QObject *watched, QEvent *event) override
    {
        if (event->type() == QEvent::Paint && !m_reported) {
            m_reported = true;
            std::fputs("shown\n", stdout);
            std::fflush(stdout);
        }
        return QObject::eventFilter(watched, event);
    }

private:
    bool m_reported = false;
};
