#include "localdates.h"

#include <QLocale>

namespace {
bool isC(const QLocale &locale)
{
    return locale.language() == QLocale::C;
}
} // namespace

namespace LocalDates {

QString day(const QDateTime &date, const QString &none)
{
    if (!date.isValid())
        return none;
    const QLocale locale;
    const QDate local = date.toLocalTime().date();
    return isC(locale) ? local.toString(Qt::ISODate) : locale.toString(local, QLocale::ShortFormat);
}

QString dayAndTime(const QDateTime &date)
{
    const QLocale locale;
    const QDateTime local = date.toLocalTime();
    if (isC(locale))
        return local.date().toString(Qt::ISODate) + QLatin1Char(' ') +
               local.time().toString(QStringLiteral("HH:mm"));
    return locale.toString(local, QLocale::ShortFormat);
}

QString timeWithSeconds(const QDateTime &date)
{
    const QLocale locale;
    QString format = locale.timeFormat(QLocale::ShortFormat);
    // Short formats stop at the minute; outcomes a second apart should not look simultaneous.
    if (!format.contains(QLatin1Char('s')))
        format.replace(QLatin1String("mm"), QLatin1String("mm:ss"));
    return locale.toString(date.toLocalTime().time(), format);
}

void useLanguage(const QString &language)
{
    QLocale::setDefault(language.isEmpty() ? QLocale::system() : QLocale(language));
}

} // namespace LocalDates
