#include "querycommands.h"

#include "apikey.h"
#include "clicommon.h"
#include "csv.h"
#include "docspaceclient.h"
#include "historylog.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>

using namespace Cli;

namespace {

QString permissionsText(const ApiKey &key)
{
    return key.isUnrestricted() ? QStringLiteral("all") : key.permissions.join(QLatin1Char(' '));
}

} // namespace

int runListCommand(const QStringList &arguments)
{
    Invocation run(QStringLiteral("list"),
                   Cli::tr("List the API keys the token can see: all of the portal's for an "
                           "administrator, otherwise the caller's own."));
    addListOptions(run);
    if (const auto done = run.parse(arguments))
        return *done;
    KeyFilter filter;
    QString createdBy;
    if (const auto done = readListOptions(run, &filter, &createdBy))
        return *done;
    if (const auto done = run.connect())
        return *done;
    QList<ApiKey> keys;
    if (const auto done = listKeysOrFail(run.settings(), &keys))
        return *done;

    const QDateTime now = QDateTime::currentDateTimeUtc();
    QList<ApiKey> shown;
    for (const ApiKey &key : std::as_const(keys)) {
        if (!filter.matches(key, now))
            continue;
        if (!createdBy.isEmpty() &&
            key.createdByName.compare(createdBy, Qt::CaseInsensitive) != 0 &&
            key.createdById.compare(createdBy, Qt::CaseInsensitive) != 0)
            continue;
        shown.append(key);
    }

    if (run.isSet(QStringLiteral("json"))) {
        QJsonArray array;
        for (const ApiKey &key : std::as_const(shown))
            array.append(key.toJson(now));
        printJson(QJsonDocument(array));
        return Success;
    }
    const QStringList header{Cli::tr("ID"),         Cli::tr("NAME"),    Cli::tr("ENDING"),
                             Cli::tr("CREATED BY"), Cli::tr("CREATED"), Cli::tr("LAST USED"),
                             Cli::tr("EXPIRES"),    Cli::tr("STATE"),   Cli::tr("PERMISSIONS")};
    const auto day = [](const QDateTime &d, const QString &none) {
        return d.isValid() ? d.toLocalTime().toString(QStringLiteral("yyyy-MM-dd")) : none;
    };
    QList<QStringList> rows;
    for (const ApiKey &key : std::as_const(shown)) {
        rows.append({key.id, key.name, key.maskedKey(), key.createdByName,
                     day(key.createOn, QStringLiteral("-")), day(key.lastUsed, Cli::tr("never")),
                     day(key.expiresAt, Cli::tr("never")), ApiKey::stateName(key.stateAt(now)),
                     permissionsText(key)});
    }
    if (run.isSet(QStringLiteral("csv"))) {
        // Standard output may be a terminal: the same rule as the table (a file written by
        // the report keeps the portal's text as it is).
        out() << QStringLiteral("id,name,keyPostfix,createBy,createOn,lastUsed,expiresAt,state,"
                                "permissions\n");
        for (const ApiKey &key : std::as_const(shown)) {
            const QStringList fields{key.id,
                                     key.name,
                                     key.keyPostfix,
                                     key.createdByName,
                                     key.createOn.toString(Qt::ISODate),
                                     key.lastUsed.toString(Qt::ISODate),
                                     key.expiresAt.toString(Qt::ISODate),
                                     ApiKey::stateName(key.stateAt(now)),
                                     permissionsText(key)};
            QStringList quoted;
            for (const QString &field : fields)
                quoted << Csv::field(printable(field));
            out() << quoted.join(QLatin1Char(',')) << '\n';
        }
        return Success;
    }
    rows.prepend(header);
    printTable(rows);
    out() << Cli::tr("%1 of %n key(s) shown.", nullptr, int(keys.size())).arg(shown.size()) << '\n';
    return Success;
}

int runWhoamiCommand(const QStringList &arguments)
{
    Invocation run(QStringLiteral("whoami"),
                   Cli::tr("Who the token signs in as, and for an API key, which key it is."));
    run.parser().addOption({QStringLiteral("json"), Cli::tr("Print a JSON object.")});
    if (const auto done = run.parse(arguments))
        return *done;
    if (const auto done = run.connect())
        return *done;
    QNetworkAccessManager network;
    DocSpaceClient client(&network);
    client.setConnection(run.settings());
    const auto [report] = waitForSignal(client.testConnection(), &ConnectionTest::finished);
    if (!report.ok) {
        printFailure(report.failure);
        return SomeFailed;
    }
    if (run.isSet(QStringLiteral("json"))) {
        QJsonObject object{
            {QStringLiteral("id"), report.userId},
            {QStringLiteral("displayName"), report.displayName},
            {QStringLiteral("email"), report.email},
            {QStringLiteral("role"), report.role},
            {QStringLiteral("isAdmin"), report.isAdmin},
            {QStringLiteral("canRevoke"), report.canRevoke},
            {QStringLiteral("docSpaceVersion"), report.docSpaceVersion},
            {QStringLiteral("warnings"), QJsonArray::fromStringList(report.warnings)}};
        if (report.hasKey) {
            object.insert(
                QStringLiteral("key"),
                QJsonObject{{QStringLiteral("id"), report.keyId},
                            {QStringLiteral("name"), report.keyName},
                            {QStringLiteral("permissions"),
                             QJsonArray::fromStringList(report.keyPermissions)},
                            {QStringLiteral("expiresAt"), dateValue(report.keyExpiresAt)}});
        }
        printJson(QJsonDocument(object));
        return Success;
    }
    out() << printable(report.displayName) << QLatin1String(" (")
          << ConnectionReport::roleText(report.role) << QLatin1Char(')');
    if (!report.email.isEmpty())
        out() << QLatin1String(" <") << printable(report.email) << QLatin1Char('>');
    out() << '\n';
    if (!report.docSpaceVersion.isEmpty())
        out() << printable(report.versionText()) << '\n';
    if (report.hasKey)
        out() << printable(report.keySummary()) << '\n';
    for (const QString &warning : std::as_const(report.warnings))
        out() << Cli::tr("warning: %1").arg(printable(warning)) << '\n';
    return Success;
}

namespace {

QString sourceText(const QString &source)
{
    if (source == QLatin1String("gui"))
        return Cli::tr("window");
    if (source == QLatin1String("cli"))
        return Cli::tr("command line");
    return source;
}

// "Alice Owner (window)", or where the record came from when it names no one.
QString actedBy(const HistoryRecord &record)
{
    const QString from = sourceText(record.source);
    if (record.actor.isEmpty())
        return from.isEmpty() ? QStringLiteral("-") : from;
    return from.isEmpty()
               ? record.actor
               : Cli::tr("%1 (%2)", "who acted (window or command line)").arg(record.actor, from);
}

// "CI pipeline (sk-***e3c2)" when the record knows the key's name or ending.
QString keyText(const HistoryRecord &record)
{
    if (record.keyName.isEmpty() && record.keyPostfix.isEmpty())
        return QStringLiteral("-");
    if (record.keyPostfix.isEmpty())
        return record.keyName;
    const QString ending = QStringLiteral("sk-***") + record.keyPostfix;
    return record.keyName.isEmpty()
               ? ending
               : record.keyName + QLatin1String(" (") + ending + QLatin1Char(')');
}

} // namespace

int runHistoryCommand(const QStringList &arguments)
{
    Invocation run(QStringLiteral("history"),
                   Cli::tr("Every creation, change, revocation, deactivation and reactivation "
                           "attempted from this computer, oldest first: which key, who acted, and "
                           "what the portal answered (an edit's outcome says what it changed). "
                           "The history is local: it never holds tokens or secrets."),
                   Invocation::Connection::None);
    run.parser().addOptions({
        {QStringLiteral("json"), Cli::tr("Print a JSON array.")},
        {QStringLiteral("since"), Cli::tr("Only records from this date or time on (ISO 8601)."),
         QStringLiteral("DATE")},
        {QStringLiteral("portal"), Cli::tr("Only records for this portal."), QStringLiteral("URL")},
        {QStringLiteral("profile"), Cli::tr("Only records made with this profile."),
         QStringLiteral("NAME")},
    });
    if (const auto done = run.parse(arguments))
        return *done;
    QDateTime since;
    if (run.isSet(QStringLiteral("since"))) {
        const QString text = run.value(QStringLiteral("since"));
        since = QDateTime::fromString(text, Qt::ISODate);
        if (!since.isValid())
            since = QDateTime(QDate::fromString(text, Qt::ISODate), QTime(0, 0));
        if (!since.isValid()) {
            err() << Cli::tr("Invalid --since: give a date such as 2026-07-01 or 2026-07-01T14:00.")
                  << '\n';
            return UsageError;
        }
    }
    QString portal;
    if (run.isSet(QStringLiteral("portal"))) {
        const PortalAddress address = PortalAddress::parse(run.value(QStringLiteral("portal")));
        if (!address.isValid()) {
            err() << Cli::tr("Invalid --portal: %1").arg(address.errorString()) << '\n';
            return UsageError;
        }
        portal = address.toString();
    }

    const HistoryLog log;
    const HistoryLog::ReadResult read = log.read();
    for (const QString &warning : read.warnings)
        err() << Cli::tr("warning: %1").arg(printable(warning)) << '\n';
    QList<HistoryRecord> records;
    for (const HistoryRecord &record : read.records) {
        if (since.isValid() && record.time < since)
            continue;
        if (!portal.isEmpty() && record.portal != portal)
            continue;
        if (run.isSet(QStringLiteral("profile")) &&
            record.profile.compare(run.value(QStringLiteral("profile")), Qt::CaseInsensitive) != 0)
            continue;
        records.append(record);
    }
    if (run.isSet(QStringLiteral("json"))) {
        QJsonArray array;
        for (const HistoryRecord &record : std::as_const(records))
            array.append(record.toJson());
        printJson(QJsonDocument(array));
        return Success;
    }
    if (records.isEmpty()) {
        out() << Cli::tr("No history yet (%1).").arg(log.path()) << '\n';
        return Success;
    }
    QList<QStringList> rows{{Cli::tr("TIME (UTC)"), Cli::tr("PORTAL"), Cli::tr("OPERATION"),
                             Cli::tr("KEY"), Cli::tr("ID"), Cli::tr("OUTCOME"), Cli::tr("HTTP"),
                             Cli::tr("BY")}};
    for (const HistoryRecord &record : std::as_const(records)) {
        rows.append({record.time.toUTC().toString(QStringLiteral("yyyy-MM-dd HH:mm:ss")),
                     record.portal, RevokeOutcome::operationName(record.operation), keyText(record),
                     record.keyId.isEmpty() ? QStringLiteral("-") : record.keyId,
                     record.changes.isEmpty() ? record.outcome
                                              : record.outcome + QLatin1String(": ") +
                                                    record.changes.join(QLatin1String(", ")),
                     record.httpStatus ? QString::number(record.httpStatus) : QStringLiteral("-"),
                     actedBy(record)});
    }
    printTable(rows);
    return Success;
}
