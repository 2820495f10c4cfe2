#pragma once

#include <QCoreApplication>

#include "apikey.h"
#include "revokeoutcome.h"

#include <QDateTime>
#include <QList>
#include <QString>

// Which of a portal's keys are a risk before they leak: one finding per kind of risk, each with
// the keys behind it and the action that fits them.
struct HygieneFinding
{
    QString id;          // stable: "expired", "deactivated", "never-used", "unused", ...
    QString title;       // "Expired keys still present"
    QString explanation; // why it matters, one sentence
    KeyOperation action = KeyOperation::Revoke; // what to do about these keys
    QList<ApiKey> keys;
};

struct HygieneReport
{
    Q_DECLARE_TR_FUNCTIONS(HygieneReport)

public:
    QString portal;
    QDateTime generatedAt; // UTC
    int unusedDays = 90;
    int totalKeys = 0;
    QList<HygieneFinding> findings; // always every kind, possibly with no keys

    static HygieneReport build(const QList<ApiKey> &keys, const QDateTime &now, int unusedDays,
                               const QString &portal);
    const HygieneFinding *finding(const QString &id) const;

    // The report's CSV file, the same from the window and the CLI: one row per finding and key
    // (header first, so the file opens as a table), then the portal, date and figures.
    QByteArray toCsv() const;
    QString toHtml() const; // a self-contained printable page: portal, date, figures, keys
    QJsonObject toJson() const;
};
