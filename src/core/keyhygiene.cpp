#include "keyhygiene.h"

#include "csv.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonObject>
#include <QLocale>

HygieneReport HygieneReport::build(const QList<ApiKey> &keys, const QDateTime &now, int unusedDays,
                                   const QString &portal)
{
    HygieneReport report;
    report.portal = portal;
    report.generatedAt = now.toUTC();
    report.unusedDays = unusedDays;
    report.totalKeys = int(keys.size());

    HygieneFinding expired{QStringLiteral("expired"),
                           tr("Expired keys still present"),
                           tr("They no longer work but still clutter the list and hide real "
                              "problems; revoke them."),
                           KeyOperation::Revoke,
                           {}};
    HygieneFinding deactivated{QStringLiteral("deactivated"),
                               tr("Deactivated keys"),
                               tr("Anyone who may change them can switch them back on; revoke "
                                  "those that are no longer needed."),
                               KeyOperation::Revoke,
                               {}};
    HygieneFinding neverUsed{QStringLiteral("never-used"),
                             tr("Keys never used"),
                             tr("Nothing depends on them yet; deactivate them until someone "
                                "asks."),
                             KeyOperation::Deactivate,
                             {}};
    HygieneFinding unused{QStringLiteral("unused"),
                          KeyUsage::unusedTitle(unusedDays),
                          tr("Forgotten keys are the ones that leak unnoticed; deactivate them.") +
                              QLatin1Char(' ') + KeyUsage::unusedRule(),
                          KeyOperation::Deactivate,
                          {}};
    HygieneFinding noExpiry{QStringLiteral("no-expiry"),
                            tr("Keys that never expire"),
                            tr("A leaked key without an expiry date works until someone notices; "
                               "replace them with keys that expire."),
                            KeyOperation::Deactivate,
                            {}};
    HygieneFinding unrestricted{QStringLiteral("unrestricted"),
                                tr("Keys with every permission"),
                                tr("They can do anything the owner can; give integrations only "
                                   "the scopes they need."),
                                KeyOperation::Deactivate,
                                {}};

    for (const ApiKey &key : keys) {
        const bool isExpired = key.isExpiredAt(now);
        if (isExpired)
            expired.keys << key;
        else if (!key.isActive)
            deactivated.keys << key;
        if (isExpired || !key.isActive)
            continue; // the rest are about keys that still work
        // A key never used for long is both: never used, and not used in the last N days.
        if (!key.lastUsed.isValid())
            neverUsed.keys << key;
        if (key.isUnusedFor(unusedDays, now))
            unused.keys << key;
        if (!key.expiresAt.isValid())
            noExpiry.keys << key;
        if (key.isUnrestricted())
            unrestricted.keys << key;
    }
    report.findings = {expired, deactivated, neverUsed, unused, noExpiry, unrestricted};
    return report;
}

const HygieneFinding *HygieneReport::finding(const QString &id) const
{
    for (const HygieneFinding &f : findings) {
        if (f.id == id)
            return &f;
    }
    return nullptr;
}

QByteArray HygieneReport::toCsv() const
{
    QStringList lines{QStringLiteral("finding,key_id,name,ending,created_by,created,last_used,"
                                     "expires,active,permissions,suggested_action")};
    for (const HygieneFinding &f : findings) {
        for (const ApiKey &key : f.keys) {
            lines << QStringList{f.id,
                                 key.id,
                                 Csv::field(key.name),
                                 key.keyPostfix,
                                 Csv::field(key.createdByName),
                                 Csv::day(key.createOn, QString()),
                                 Csv::day(key.lastUsed, QStringLiteral("never")),
                                 Csv::day(key.expiresAt, QStringLiteral("never")),
                                 key.isActive ? QStringLiteral("yes") : QStringLiteral("no"),
                                 Csv::field(key.isUnrestricted()
                                                ? QStringLiteral("all")
                                                : key.permissions.join(QLatin1Char(' '))),
                                 RevokeOutcome::operationName(f.action)}
                         .join(QLatin1Char(','));
        }
    }
    // Then a summary a spreadsheet reader understands without the app: where and when, and the
    // figure of every finding.
    lines << QString() << QStringLiteral("report,portal,generated_utc,keys_examined,unused_days")
          << QStringList{Csv::field(tr("API key hygiene report")), Csv::field(portal),
                         generatedAt.toUTC().toString(Qt::ISODate), QString::number(totalKeys),
                         QString::number(unusedDays)}
                 .join(QLatin1Char(','))
          << QString() << QStringLiteral("finding,title,count,suggested_action");
    for (const HygieneFinding &f : findings) {
        lines << QStringList{f.id, Csv::field(f.title), QString::number(f.keys.size()),
                             RevokeOutcome::operationName(f.action)}
                     .join(QLatin1Char(','));
    }
    return lines.join(QLatin1Char('\n')).toUtf8() + '\n';
}

QString HygieneReport::toHtml() const
{
    const auto esc = [](const QString &text) {
        return text.toHtmlEscaped();
    };
    QString html;
    html += QStringLiteral("<!DOCTYPE html>\n<html><head><meta charset=\"utf-8\"><title>%1</title>"
                           "<style>body{font-family:sans-serif;margin:2em;color:#222}"
                           "h1{font-size:1.4em}h2{font-size:1.1em;margin-top:1.6em}"
                           "table{border-collapse:collapse;width:100%;font-size:.9em}"
                           "th,td{border:1px solid #bbb;padding:.3em .5em;text-align:left}"
                           "th{background:#eee}.count{font-weight:bold}"
                           "@media print{h2{page-break-after:avoid}}</style></head><body>\n")
                .arg(esc(tr("API key hygiene report")));
    html += QStringLiteral("<h1>%1</h1>\n<p>%2<br>%3<br>%4</p>\n")
                .arg(esc(tr("API key hygiene report")), esc(tr("Portal: %1").arg(portal)),
                     esc(tr("Generated: %1 UTC")
                             .arg(generatedAt.toString(QStringLiteral("yyyy-MM-dd HH:mm")))),
                     esc(tr("Keys examined: %1; unused threshold: %n day(s)", nullptr, unusedDays)
                             .arg(totalKeys)));
    html += QStringLiteral("<table><tr><th>%1</th><th>%2</th><th>%3</th></tr>\n")
                .arg(esc(tr("Finding")), esc(tr("Keys")), esc(tr("Suggested action")));
    for (const HygieneFinding &f : findings) {
        html += QStringLiteral("<tr><td>%1</td><td class=\"count\">%2</td><td>%3</td></tr>\n")
                    .arg(esc(f.title))
                    .arg(f.keys.size())
                    .arg(esc(f.action == KeyOperation::Revoke ? tr("Revoke") : tr("Deactivate")));
    }
    html += QStringLiteral("</table>\n");
    for (const HygieneFinding &f : findings) {
        if (f.keys.isEmpty())
            continue;
        html += QStringLiteral("<h2>%1 (%2)</h2>\n<p>%3</p>\n")
                    .arg(esc(f.title))
                    .arg(f.keys.size())
                    .arg(esc(f.explanation));
        html += QStringLiteral("<table><tr><th>%1</th><th>%2</th><th>%3</th><th>%4</th><th>%5</th>"
                               "<th>%6</th><th>%7</th><th>%8</th></tr>\n")
                    .arg(esc(tr("Name")), esc(tr("Ending")), esc(tr("Created by")),
                         esc(tr("Created")), esc(tr("Last used")), esc(tr("Expires")),
                         esc(tr("Permissions")), esc(tr("Id")));
        for (const ApiKey &key : f.keys) {
            // The PDF is made from this page: it carries the permissions as the window shows
            // them ("all" for a key without restrictions).
            const QString permissions =
                key.isUnrestricted() ? tr("all") : key.permissions.join(QLatin1String(", "));
            html +=
                QStringLiteral("<tr><td>%1</td><td>%2</td><td>%3</td><td>%4</td><td>%5</td>"
                               "<td>%6</td><td>%7</td><td>%8</td></tr>\n")
                    .arg(esc(key.name), esc(key.maskedKey()), esc(key.createdByName),
                         Csv::day(key.createOn, QString()),
                         esc(Csv::day(key.lastUsed, tr("never"))),
                         esc(Csv::day(key.expiresAt, tr("never"))), esc(permissions), esc(key.id));
        }
        html += QStringLiteral("</table>\n");
    }
    html += QStringLiteral("</body></html>\n");
    return html;
}

QJsonObject HygieneReport::toJson() const
{
    QJsonArray list;
    for (const HygieneFinding &f : findings) {
        QJsonArray keys;
        for (const ApiKey &key : f.keys) {
            keys.append(QJsonObject{{QStringLiteral("id"), key.id},
                                    {QStringLiteral("name"), key.name},
                                    {QStringLiteral("keyPostfix"), key.keyPostfix},
                                    {QStringLiteral("createBy"), key.createdByName}});
        }
        list.append(QJsonObject{{QStringLiteral("id"), f.id},
                                {QStringLiteral("title"), f.title},
                                {QStringLiteral("count"), int(f.keys.size())},
                                {QStringLiteral("action"), RevokeOutcome::operationName(f.action)},
                                {QStringLiteral("keys"), keys}});
    }
    return QJsonObject{{QStringLiteral("portal"), portal},
                       {QStringLiteral("generatedAt"), generatedAt.toString(Qt::ISODate)},
                       {QStringLiteral("unusedDays"), unusedDays},
                       {QStringLiteral("totalKeys"), totalKeys},
                       {QStringLiteral("findings"), list}};
}
