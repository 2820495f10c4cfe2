#pragma once

#include <QDateTime>
#include <QString>

// Dates and times as the window shows them: in the format of QLocale() (the language chosen in
// Settings, or the system's), in local time. The C locale has no convention of its own, so it
// gets ISO 8601, which is also what the files (CSV, JSON, history) always carry.
namespace LocalDates {
// "31.12.26", "12/31/26", "2026/12/31"; `none` for an invalid date.
QString day(const QDateTime &date, const QString &none = {});
// The day and the time of day, to the minute.
QString dayAndTime(const QDateTime &date);
// The time of day to the second, as the locale writes times ("15:04:05", "3:04:05 PM").
QString timeWithSeconds(const QDateTime &date);
// The language chosen in Settings gives the formats too (German months for German); empty:
// the system's.
void useLanguage(const QString &language);
} // namespace LocalDates
