#include "querycommands.h"

#include "apikey.h"
#include "clicommon.h"
#include "csv.h"
#include "docspaceclient.h"
#include "historylog.h"

#include <QEventLoop>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>

using namespace Cli;

namespace {

std::optional<int> parseDescribed(QCommandLineParser &parser, const QString &command,
                                  const QString &description, const QStringList &arguments)
{
    parser.setApplicationDescription(description);
    return parseSubcommand(parser, command, arguments);
}

QJsonValue dateValue(const QDateTime &date)
{
    return date.isValid() ? QJsonValue(date.toString(Qt::ISODate)) : QJsonValue();
}

QString stateName(const ApiKey &key, const QDateTime &now)
{
    switch (key.stateAt(now)) {
    case ApiKey::State::Expired:
        return QStringLiteral("expired");
    case ApiKey::State::Deactivated:
        return QStringLiteral("deactivated");
    case ApiKey::State::Active:
        break;
    }
    return QStringLiteral("active");
}

QString permissionsText(const ApiKey &key)
{
    return key.isUnrestricted() ? QStringLiteral("all") : key.permissions.join(QLatin1Char(' '));
}

// Control characters in names from the portal must not reach the terminal.
QString printable(QString text)
{
    for (QChar &c : text) {
        if (c.category() == QChar::Other_Control)
            c = QChar(0xFFFD);
    }
    return text;
}

void printTable(const QList<QStringList> &rows)
{
    QList<int> widths;
    for (const QStringList &row : rows) {
        for (int i = 0; i < row.size(); ++i) {
            if (widths.size() <= i)
                widths.append(0);
            widths[i] = qMax(widths[i], int(row.at(i).size()));
        }
    }
    for (const QStringList &row : rows) {
        QString line;
        for (int i = 0; i < row.size(); ++i)
            line += (i + 1 < row.size() ? row.at(i).leftJustified(widths.at(i) + 2) : row.at(i));
        out() << line << '\n';
    }
}

} // namespace

int runListCommand(const QStringList &arguments)
{
    QCommandLineParser parser;
    addConnectionOptions(parser);
    parser.addOptions({
        {QStringLiteral("json"), Cli::tr("Print a JSON array.")},
        {QStringLiteral("csv"), Cli::tr("Print CSV with a header row.")},
        {QStringLiteral("expired"), Cli::tr("Only expired keys.")},
        {QStringLiteral("inactive"), Cli::tr("Only deactivated keys.")},
        {QStringLiteral("unused-days"),
         Cli::tr("Only keys not used for N days (never used counts)."), QStringLiteral("N")},
        {QStringLiteral("created-by"), Cli::tr("Only keys created by this user (name or id)."),
         QStringLiteral("NAME")},
    });
    if (const auto done =
            parseDescribed(parser, QStringLiteral("list"),
                           Cli::tr("List the API keys the token can see: all of the portal's for "
                                   "an administrator, otherwise the caller's own."),
                           arguments))
        return *done;
    if (parser.isSet(QStringLiteral("json")) && parser.isSet(QStringLiteral("csv"))) {
        err() << Cli::tr("Choose --json or --csv, not both.") << '\n';
        return UsageError;
    }
    KeyFilter filter;
    filter.expired = parser.isSet(QStringLiteral("expired"));
    filter.deactivated = parser.isSet(QStringLiteral("inactive"));
    if (parser.isSet(QStringLiteral("unused-days"))) {
        bool ok = false;
        filter.unusedDays = parser.value(QStringLiteral("unused-days")).toInt(&ok);
        if (!ok || filter.unusedDays < 0) {
            err() << Cli::tr("Invalid --unused-days: give a whole number of days.") << '\n';
            return UsageError;
        }
    }
    const QString createdBy = parser.value(QStringLiteral("created-by")).trimmed();

    ConnectionSettings settings;
    QString error;
    if (!readConnection(parser, &settings, &error)) {
        err() << error << '\n';
        return UsageError;
    }
    QList<ApiKey> keys;
    RevokeOutcome failure;
    if (!fetchKeys(settings, &keys, &failure)) {
        err() << failure.kindName() << QLatin1String(": ") << failure.sentence << '\n';
        return SomeFailed;
    }

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

    if (parser.isSet(QStringLiteral("json"))) {
        QJsonArray array;
        for (const ApiKey &key : std::as_const(shown)) {
            array.append(QJsonObject{
                {QStringLiteral("id"), key.id},
                {QStringLiteral("name"), key.name},
                {QStringLiteral("keyPostfix"), key.keyPostfix},
                {QStringLiteral("permissions"), QJsonArray::fromStringList(key.permissions)},
                {QStringLiteral("createOn"), dateValue(key.createOn)},
                {QStringLiteral("createBy"), key.createdByName},
                {QStringLiteral("createById"), key.createdById},
                {QStringLiteral("lastUsed"), dateValue(key.lastUsed)},
                {QStringLiteral("expiresAt"), dateValue(key.expiresAt)},
                {QStringLiteral("isActive"), key.isActive},
                {QStringLiteral("state"), stateName(key, now)},
            });
        }
        out() << QString::fromUtf8(QJsonDocument(array).toJson(QJsonDocument::Indented));
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
        rows.append({key.id, printable(key.name), key.maskedKey(), printable(key.createdByName),
                     day(key.createOn, QStringLiteral("-")), day(key.lastUsed, Cli::tr("never")),
                     day(key.expiresAt, Cli::tr("never")), stateName(key, now),
                     permissionsText(key)});
    }
    if (parser.isSet(QStringLiteral("csv"))) {
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
                                     stateName(key, now),
                                     permissionsText(key)};
            QStringList quoted;
            for (const QString &field : fields)
                quoted << Csv::field(field);
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
    QCommandLineParser parser;
    addConnectionOptions(parser);
    parser.addOption({QStringLiteral("json"), Cli::tr("Print a JSON object.")});
    if (const auto done = parseDescribed(
            parser, QStringLiteral("whoami"),
            Cli::tr("Who the token signs in as, and for an API key, which key it is."), arguments))
        return *done;
    ConnectionSettings settings;
    QString error;
    if (!readConnection(parser, &settings, &error)) {
        err() << error << '\n';
        return UsageError;
    }
    QNetworkAccessManager network;
    DocSpaceClient client(&network);
    client.setConnection(settings);
    QEventLoop loop;
    ConnectionReport report;
    QObject::connect(client.testConnection(), &ConnectionTest::finished, &loop,
                     [&](const ConnectionReport &r) {
                         report = r;
                         loop.quit();
                     });
    loop.exec();
    if (!report.ok) {
        err() << report.failure.kindName() << QLatin1String(": ") << report.failure.sentence
              << '\n';
        return SomeFailed;
    }
    if (parser.isSet(QStringLiteral("json"))) {
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
        out() << QString::fromUtf8(QJsonDocument(object).toJson(QJsonDocument::Indented));
        return Success;
    }
    out() << printable(report.displayName) << QLatin1String(" (")
          << ConnectionReport::roleText(report.role) << QLatin1Char(')');
    if (!report.email.isEmpty())
        out() << QLatin1String(" <") << report.email << QLatin1Char('>');
    out() << '\n';
    if (!report.docSpaceVersion.isEmpty())
        out() << printable(report.versionText()) << '\n';
    if (report.hasKey)
        out() << printable(report.keySummary()) << '\n';
    for (const QString &warning : std::as_const(report.warnings))
        out() << Cli::tr("warning: %1").arg(warning) << '\n';
    return Success;
}

int runHistoryCommand(const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.addOptions({
        {QStringLiteral("json"), Cli::tr("Print a JSON array.")},
        {QStringLiteral("since"), Cli::tr("Only records from this date or time on (ISO 8601)."),
         QStringLiteral("DATE")},
        {QStringLiteral("portal"), Cli::tr("Only records for this portal."), QStringLiteral("URL")},
        {QStringLiteral("profile"), Cli::tr("Only records made with this profile."),
         QStringLiteral("NAME")},
    });
    if (const auto done =
            parseDescribed(parser, QStringLiteral("history"),
                           Cli::tr("Every revocation, deactivation and reactivation attempted "
                                   "from this computer, oldest first. The history is local: it "
                                   "never holds tokens."),
                           arguments))
        return *done;
    QDateTime since;
    if (parser.isSet(QStringLiteral("since"))) {
        const QString text = parser.value(QStringLiteral("since"));
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
    if (parser.isSet(QStringLiteral("portal"))) {
        const PortalAddress address = PortalAddress::parse(parser.value(QStringLiteral("portal")));
        if (!address.isValid()) {
            err() << Cli::tr("Invalid --portal: %1").arg(address.errorString()) << '\n';
            return UsageError;
        }
        portal = address.toString();
    }

    const HistoryLog log;
    const HistoryLog::ReadResult read = log.read();
    for (const QString &warning : read.warnings)
        err() << Cli::tr("warning: %1").arg(warning) << '\n';
    QList<HistoryRecord> records;
    for (const HistoryRecord &record : read.records) {
        if (since.isValid() && record.time < since)
            continue;
        if (!portal.isEmpty() && record.portal != portal)
            continue;
        if (parser.isSet(QStringLiteral("profile")) &&
            record.profile.compare(parser.value(QStringLiteral("profile")), Qt::CaseInsensitive) !=
                0)
            continue;
        records.append(record);
    }
    if (parser.isSet(QStringLiteral("json"))) {
        QJsonArray array;
        for (const HistoryRecord &record : std::as_const(records))
            array.append(record.toJson());
        out() << QString::fromUtf8(QJsonDocument(array).toJson(QJsonDocument::Indented));
        return Success;
    }
    if (records.isEmpty()) {
        out() << Cli::tr("No history yet (%1).").arg(log.path()) << '\n';
        return Success;
    }
    QList<QStringList> rows{{Cli::tr("TIME (UTC)"), Cli::tr("PORTAL"), Cli::tr("OPERATION"),
                             Cli::tr("KEY"), Cli::tr("OUTCOME"), Cli::tr("HTTP"), Cli::tr("BY")}};
    for (const HistoryRecord &record : std::as_const(records)) {
        QString key = record.keyId;
        if (!record.keyName.isEmpty())
            key += QLatin1String(" (") + printable(record.keyName) + QLatin1Char(')');
        rows.append({record.time.toUTC().toString(QStringLiteral("yyyy-MM-dd HH:mm:ss")),
                     record.portal, RevokeOutcome::operationName(record.operation), key,
                     record.outcome,
                     record.httpStatus ? QString::number(record.httpStatus) : QStringLiteral("-"),
                     record.actor.isEmpty() ? record.source : printable(record.actor)});
    }
    printTable(rows);
    return Success;
}
