#pragma once

#include <QFile>
#include <QList>
#include <QProcess>
#include <QTextStream>

#include <algorithm>

namespace Bench {

inline double median(QList<double> values)
{
    if (values.isEmpty())
        return 0;
    std::sort(values.begin(), values.end());
    const auto n = values.size();
    return n % 2 ? values[n / 2] : (values[n / 2 - 1] + values[n / 2]) / 2;
}

// Resident memory of a running process in KiB, from /proc (Linux); -1 elsewhere.
inline qint64 rssKib(qint64 pid)
{
    QFile status(QStringLiteral("/proc/%1/status").arg(pid));
    if (!status.open(QIODevice::ReadOnly))
        return -1;
    const QList<QByteArray> lines = status.readAll().split('\n');
    for (const QByteArray &line : lines) {
        if (line.startsWith("VmRSS:"))
            return line.mid(6).trimmed().split(' ').value(0).toLongLong();
    }
    return -1;
}

inline QTextStream &out()
{
    static QTextStream stream(stdout);
    return stream;
}

} // namespace Bench
