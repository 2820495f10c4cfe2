#pragma once

#include <QDateTime>
#include <QString>

namespace Csv {
// One CSV field (RFC 4180): quoted when it holds a comma, a quote or a line break.
inline QString field(const QString &value)
{
    if (!value.contains(QLatin1Char(',')) && !value.contains(QLatin1Char('"')) &&
        !value.contains(QLatin1Char('\n')) && !value.contains(QLatin1Char('\r')))
        return value;
    return QLatin1Char('"') + QString(value).replace(QLatin1String("\""), QLatin1String("\"\"")) +
           QLatin1Char('"');
}

// A day as the files (CSV, the report's HTML) write it in every language: ISO 8601, UTC;
// `none` for an invalid date.
inline QString day(const QDateTime &date, const QString &none)
{
    return date.isValid() ? date.toUTC().toString(QStringLiteral("yyyy-MM-dd")) : none;
}
} // namespace Csv
