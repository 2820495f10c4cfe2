#include "lifecyclecommands.h"

#include "clicommon.h"
#include "csv.h"
#include "docspaceclient.h"
#include "historylog.h"
#include "keybatch.h"
#include "keycreation.h"
#include "keyid.h"
#include "keyrotation.h"
#include "multiportal.h"
#include "profilestore.h"
#include "retirementplan.h"
#include "secretstore.h"

#include <QEventLoop>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QSaveFile>

using namespace Cli;

namespace {

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

QJsonValue dateValue(const QDateTime &date)
{
    return date.isValid() ? QJsonValue(date.toString(Qt::ISODate)) : QJsonValue();
}

QString day(const QDateTime &date, const QString &none)
{
    return date.isValid() ? date.toLocalTime().toString(QStringLiteral("yyyy-MM-dd")) : none;
}

QJsonObject failureJson(const RevokeOutcome &failure)
{
    QJsonObject object{{QStringLiteral("outcome"), failure.kindName()},
                       {QStringLiteral("http_status"),
                        failure.httpStatus ? QJsonValue(failure.httpStatus) : QJsonValue()},
                       {QStringLiteral("message"), failure.sentence}};
    if (!failure.serverMessage.isEmpty())
        object.insert(QStringLiteral("server_message"), failure.serverMessage);
    if (failure.retryAfterSeconds >= 0)
        object.insert(QStringLiteral("retry_after"), failure.retryAfterSeconds);
    return object;
}

QString failureLine(const RevokeOutcome &failure)
{
    QString line = failure.kindName() + QLatin1String(": ") + failure.sentence;
    if (!failure.serverMessage.isEmpty())
        line += QLatin1String(" [") + Cli::tr("portal: %1").arg(failure.serverMessage) +
                QLatin1Char(']');
    return line;
}

QJsonObject keyJson(const ApiKey &key)
{
    const KeyPermissions permissions = KeyPermissions::fromScopes(key.permissions);
    return QJsonObject{{QStringLiteral("id"), key.id},
                       {QStringLiteral("name"), key.name},
                       {QStringLiteral("keyPostfix"), key.keyPostfix},
                       {QStringLiteral("permissions"), QJsonArray::fromStringList(key.permissions)},
                       {QStringLiteral("permissionsMode"), permissions.toText()},
                       {QStringLiteral("expiresAt"), dateValue(key.expiresAt)}};
}

void appendHistory(HistoryLog &history, const RevokeOutcome &outcome, const QString &portal,
                   const QString &profile, bool *reported)
{
    QString error;
    HistoryRecord record = HistoryRecord::fromOutcome(outcome, portal, profile, QStringLiteral("cli"));
    record.keyName = outcome.keyName;
    record.keyPostfix = outcome.keyPostfix;
    if (!history.append(record, &error) &&
        !*reported) {
        *reported = true;
        err() << error << '\n';
    }
}

void warnInsecure(const ConnectionSettings &settings)
{
    if (!settings.portal.isHttps() && !settings.portal.isLoopback() && settings.allowInsecureHttp)
        err() << Cli::tr("Warning: sending the access token to %1 over unencrypted HTTP.")
                     .arg(settings.portal.toString())
              << '\n';
}

// The scopes the portal offers; empty when it would not say (the check is then left to it).
QStringList offeredScopes(const ConnectionSettings &settings)
{
    QNetworkAccessManager network;
    DocSpaceClient client(&network);
    client.setConnection(settings);
    QEventLoop loop;
    QStringList offered;
    QObject::connect(client.listPermissions(), &PermissionsOperation::finished, &loop,
                     [&](bool ok, const QStringList &scopes, const RevokeOutcome &) {
                         if (ok)
                             offered = scopes;
                         loop.quit();
                     });
    loop.exec();
    return offered;
}

std::optional<int> readLifetime(const QCommandLineParser &parser, int *days)
{
    *days = 0;
    if (!parser.isSet(QStringLiteral("expires-in-days")))
        return std::nullopt;
    bool ok = false;
    *days = parser.value(QStringLiteral("expires-in-days")).toInt(&ok);
    if (!ok || *days < 1 || *days > KeyCreateRequest::MaxLifetimeDays) {
        err() << Cli::tr("Invalid --expires-in-days: give a whole number of days from 1 to %1 "
                         "(leave it out for a key that never expires).")
                     .arg(KeyCreateRequest::MaxLifetimeDays)
              << '\n';
        return UsageError;
    }
    return std::nullopt;
}

// A saved profile's connection with its keychain token.
bool profileConnection(const PortalProfile &profile, ConnectionSettings *settings, QString *error)
{
    if (!profile.toConnectionSettings({}, settings, error))
        return false;
    KeychainSecretStore keychain;
    const SecretStore::Result saved = waitFor([&](QObject *context, SecretStore::Callback done) {
        keychain.read(profile.secretKey(), context, std::move(done));
    });
    if (saved.status != SecretStore::Status::Ok) {
        *error = saved.status == SecretStore::Status::Failed
                     ? saved.error
                     : Cli::tr("no token is saved for it (%1)").arg(keychain.description());
        return false;
    }
    settings->token = saved.secret;
    return true;
}

} // namespace

int runCreateCommand(const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(Cli::tr(
        "Create an API key (POST /api/2.0/keys). The new key's secret is printed once, alone on "
        "the first line of standard output, and kept nowhere: not in the history, not in any "
        "file. With --json a second line holds the key as a JSON object (without the secret).\n"
        "Without --expires-in-days the key never expires. The portal lets each user create at "
        "most 5 keys in 15 minutes.\n"
        "Exit status: 0 created, 1 not created, 2 usage error."));
    addConnectionOptions(parser);
    parser.addOptions({
        {QStringLiteral("name"),
         Cli::tr("The key's name (at most %1 characters).").arg(KeyCreateRequest::MaxNameLength),
         QStringLiteral("NAME")},
        {QStringLiteral("permissions"),
         Cli::tr("all (default), read-only, or a comma-separated list of files, rooms, profile, "
                 "accounts each with :read or :write (write includes read), e.g. "
                 "files:write,rooms:read."),
         QStringLiteral("PERMISSIONS")},
        {QStringLiteral("expires-in-days"),
         Cli::tr("The key stops working after this many days (1-%1).")
             .arg(KeyCreateRequest::MaxLifetimeDays),
         QStringLiteral("DAYS")},
        {QStringLiteral("json"), Cli::tr("Also print the new key as a JSON object.")},
    });
    if (const auto done = parseSubcommand(parser, QStringLiteral("create"), arguments))
        return *done;
    KeyCreateRequest request;
    request.name = parser.value(QStringLiteral("name"));
    if (!parser.isSet(QStringLiteral("name"))) {
        err() << Cli::tr("Give the key's name with --name.") << '\n';
        return UsageError;
    }
    if (parser.isSet(QStringLiteral("permissions"))) {
        QString error;
        const auto permissions =
            KeyPermissions::parse(parser.value(QStringLiteral("permissions")), &error);
        if (!permissions) {
            err() << error << '\n';
            return UsageError;
        }
        request.permissions = *permissions;
    }
    if (const auto done = readLifetime(parser, &request.expiresInDays))
        return *done;
    if (const QString invalid = request.validate(); !invalid.isEmpty()) {
        err() << invalid << '\n';
        return UsageError;
    }
    ConnectionSettings settings;
    QString error;
    if (!readConnection(parser, &settings, &error)) {
        err() << error << '\n';
        return UsageError;
    }
    warnInsecure(settings);
    if (const QString unknown = request.permissions.checkOffered(offeredScopes(settings));
        !unknown.isEmpty()) {
        err() << unknown << '\n';
        return UsageError;
    }

    QNetworkAccessManager network;
    DocSpaceClient client(&network);
    client.setConnection(settings);
    QEventLoop loop;
    KeyCreateResult result;
    QObject::connect(client.createKey(request), &KeyCreateOperation::finished, &loop,
                     [&](const KeyCreateResult &r) {
                         result = r;
                         loop.quit();
                     });
    loop.exec();
    const bool json = parser.isSet(QStringLiteral("json"));
    if (!result.ok) {
        if (json)
            printJsonLine(failureJson(result.failure));
        err() << failureLine(result.failure) << '\n';
        return SomeFailed;
    }
    // The secret alone on its line, first, so that `read -r secret` takes exactly it.
    out() << result.secret << '\n';
    out().flush();
    result.secret.fill(QLatin1Char('\0'));
    result.secret.clear();
    if (json) {
        QJsonObject object = keyJson(result.key);
        object.insert(QStringLiteral("outcome"), QStringLiteral("created"));
        printJsonLine(object);
    }
    err() << Cli::tr("Created \"%1\" (%2, ending %3; permissions: %4; %5). The secret on "
                     "standard output is shown only this once: store it now.")
                 .arg(printable(result.key.name), result.key.id, result.key.keyPostfix,
                      KeyPermissions::fromScopes(result.key.permissions).modeText(),
                      result.key.expiresAt.isValid()
                          ? Cli::tr("expires %1").arg(day(result.key.expiresAt, {}))
                          : Cli::tr("never expires"))
          << '\n';
    return Success;
}

int runEditCommand(const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(Cli::tr(
        "Change a key's name and/or permissions (PUT /api/2.0/keys/{id}). The key keeps its "
        "secret. Expired keys cannot be changed.\n"
        "Exit status: 0 changed, 1 not changed, 2 usage error."));
    addConnectionOptions(parser);
    parser.addOptions({
        {QStringLiteral("name"),
         Cli::tr("The new name (at most %1 characters).").arg(KeyCreateRequest::MaxNameLength),
         QStringLiteral("NAME")},
        {QStringLiteral("permissions"),
         Cli::tr("The new permissions: all, read-only, or e.g. files:write,rooms:read."),
         QStringLiteral("PERMISSIONS")},
        {QStringLiteral("json"), Cli::tr("Print the outcome as a JSON object.")},
    });
    parser.addPositionalArgument(QStringLiteral("ID"), Cli::tr("The key's id (UUID)."));
    if (const auto done = parseSubcommand(parser, QStringLiteral("edit"), arguments, true))
        return *done;
    if (parser.positionalArguments().size() != 1) {
        err() << Cli::tr("Give exactly one key id.") << '\n';
        return UsageError;
    }
    KeyEditRequest request;
    request.keyId = parser.positionalArguments().constFirst();
    request.name = parser.value(QStringLiteral("name"));
    if (parser.isSet(QStringLiteral("permissions"))) {
        QString error;
        request.permissions =
            KeyPermissions::parse(parser.value(QStringLiteral("permissions")), &error);
        if (!request.permissions) {
            err() << error << '\n';
            return UsageError;
        }
    }
    if (const QString invalid = request.validate(); !invalid.isEmpty()) {
        err() << invalid << '\n';
        return UsageError;
    }
    ConnectionSettings settings;
    QString error;
    if (!readConnection(parser, &settings, &error)) {
        err() << error << '\n';
        return UsageError;
    }
    warnInsecure(settings);
    if (request.permissions) {
        if (const QString unknown = request.permissions->checkOffered(offeredScopes(settings));
            !unknown.isEmpty()) {
            err() << unknown << '\n';
            return UsageError;
        }
    }
    QNetworkAccessManager network;
    DocSpaceClient client(&network);
    client.setConnection(settings);
    QEventLoop loop;
    KeyEditResult result;
    QObject::connect(client.editKey(request), &KeyEditOperation::finished, &loop,
                     [&](const KeyEditResult &r) {
                         result = r;
                         loop.quit();
                     });
    loop.exec();
    const QString id = KeyId::parse(request.keyId).toString();
    if (parser.isSet(QStringLiteral("json"))) {
        QJsonObject object = failureJson(result.outcome);
        object.insert(QStringLiteral("id"), id);
        if (result.ok)
            object.insert(QStringLiteral("outcome"), QStringLiteral("edited"));
        printJsonLine(object);
    } else {
        out() << id << QLatin1String("  ")
              << (result.ok ? QStringLiteral("edited") : result.outcome.kindName())
              << QLatin1String("  ") << result.outcome.sentence;
        if (!result.outcome.serverMessage.isEmpty() && !result.ok)
            out() << QLatin1String(" [") << Cli::tr("portal: %1").arg(result.outcome.serverMessage)
                  << QLatin1Char(']');
        out() << '\n';
    }
    return result.ok ? Success : SomeFailed;
}

int runRotateCommand(const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(Cli::tr(
        "Rotate keys: create a replacement for each (the same name plus \" (rotated)\", the same "
        "permissions, the same whole lifetime), then revoke the old keys. If any replacement "
        "cannot be created, no old key is revoked. One line per key: old id, outcome, new id, "
        "old key's state, and the new secret (shown only this once), unless --secrets-file.\n"
        "Exit status: 0 every key rotated, 1 not all (the lines say which old keys still work), "
        "2 usage error."));
    addConnectionOptions(parser);
    parser.addOptions({
        {QStringLiteral("yes"), Cli::tr("Do not ask before revoking the old keys (for scripts).")},
        {QStringLiteral("json"), Cli::tr("Print one JSON object per key.")},
        {QStringLiteral("secrets-file"),
         Cli::tr("Write the new secrets to this file (readable by you only) instead of standard "
                 "output."),
         QStringLiteral("FILE")},
    });
    parser.addPositionalArgument(QStringLiteral("ID"), Cli::tr("Key ids (UUIDs)."),
                                 QStringLiteral("ID..."));
    if (const auto done = parseSubcommand(parser, QStringLiteral("rotate"), arguments, true))
        return *done;
    QStringList ids;
    for (const QString &input : parser.positionalArguments()) {
        const KeyId id = KeyId::parse(input);
        if (!id.isValid()) {
            err() << input << QLatin1String(": ") << id.errorString() << '\n';
            return UsageError;
        }
        if (!ids.contains(id.toString()))
            ids << id.toString();
    }
    if (ids.isEmpty()) {
        err() << Cli::tr("Give at least one key id.") << '\n';
        return UsageError;
    }
    const bool yes = parser.isSet(QStringLiteral("yes"));
    if (!yes && !stdinIsTerminal()) {
        err() << Cli::tr("Not rotating: no terminal to confirm revoking the old keys on. Pass "
                         "--yes to confirm in a script.")
              << '\n';
        return UsageError;
    }
    ConnectionSettings settings;
    QString error;
    QString profileName;
    if (!readConnection(parser, &settings, &error, &profileName)) {
        err() << error << '\n';
        return UsageError;
    }
    warnInsecure(settings);

    QList<ApiKey> listed;
    RevokeOutcome failure;
    if (!fetchKeys(settings, &listed, &failure)) {
        err() << failureLine(failure) << '\n';
        return SomeFailed;
    }
    QList<ApiKey> keys;
    for (const QString &id : std::as_const(ids)) {
        const auto found = std::find_if(listed.begin(), listed.end(),
                                        [&id](const ApiKey &key) { return key.id == id; });
        if (found == listed.end()) {
            err() << Cli::tr("%1: the portal lists no such key (or not to this token); nothing "
                             "was created or revoked.")
                         .arg(id)
                  << '\n';
            return SomeFailed;
        }
        keys << *found;
    }

    QNetworkAccessManager network;
    KeyRotation rotation(&network, settings, keys);
    QEventLoop loop;
    bool allCreated = false;
    QObject::connect(&rotation, &KeyRotation::creationFinished, &loop, [&](bool all) {
        allCreated = all;
        loop.quit();
    });
    rotation.createReplacements();
    loop.exec();

    // The new secrets exist now, whatever happens next: hand them over before anything else.
    const QString secretsFile = parser.value(QStringLiteral("secrets-file"));
    bool secretsWritten = false;
    if (!secretsFile.isEmpty()) {
        QSaveFile file(secretsFile);
        QByteArray text;
        for (const RotationItem &item : rotation.items()) {
            if (item.replacementCreated())
                text += item.created->key.id.toUtf8() + ' ' + item.created->secret.toUtf8() + '\n';
        }
        secretsWritten = file.open(QIODevice::WriteOnly) &&
                         file.setPermissions(QFileDevice::ReadOwner | QFileDevice::WriteOwner) &&
                         file.write(text) == text.size() && file.commit();
        text.fill('\0');
        if (!secretsWritten) {
            err() << Cli::tr("Cannot write the secrets file %1: %2. The new secrets are printed "
                             "instead.")
                         .arg(secretsFile, file.errorString())
                  << '\n';
        }
    }
    const bool secretsOnStdout = !secretsWritten;

    if (allCreated) {
        bool confirmed = yes;
        if (!confirmed)
            confirmed = askYesNo(Cli::tr("Every replacement was created. Revoke the %n old "
                                         "key(s) on %1 now? This cannot be undone.",
                                         nullptr, int(keys.size()))
                                     .arg(settings.portal.toString()));
        if (confirmed) {
            HistoryLog history;
            bool historyReported = false;
            QObject::connect(&rotation, &KeyRotation::oldKeyFinished, &loop,
                             [&](int, const RevokeOutcome &outcome) {
                                 appendHistory(history, outcome, settings.portal.toString(),
                                               profileName, &historyReported);
                             });
            QObject::connect(&rotation, &KeyRotation::finished, &loop, &QEventLoop::quit);
            rotation.revokeOldKeys();
            loop.exec();
        } else {
            err() << Cli::tr("Old keys not revoked; they and their replacements all work.") << '\n';
        }
    } else {
        err() << Cli::tr("A replacement could not be created, so no old key was revoked.") << '\n';
    }

    const bool json = parser.isSet(QStringLiteral("json"));
    bool allRotated = true;
    QList<QStringList> rows;
    for (const RotationItem &item : rotation.items()) {
        const bool created = item.replacementCreated();
        const QString outcome = !item.created          ? QStringLiteral("not_tried")
                                : !created             ? item.created->failure.kindName()
                                : item.oldKeyRevoked() ? QStringLiteral("rotated")
                                                       : QStringLiteral("replaced_old_alive");
        allRotated = allRotated && item.oldKeyRevoked();
        const QString oldState =
            item.oldKeyRevoked() ? QStringLiteral("revoked") : QStringLiteral("alive");
        const QString secret = created && secretsOnStdout ? item.created->secret : QString();
        QString message = !item.created ? Cli::tr("Not tried: an earlier replacement failed.")
                          : !created    ? item.created->failure.sentence
                          : item.revoked && !item.revoked->succeeded()
                              ? Cli::tr("Replacement created; revoking the old key failed: %1")
                                    .arg(item.revoked->sentence)
                          : item.oldKeyRevoked()
                              ? Cli::tr("Replacement created, old key revoked.")
                              : Cli::tr("Replacement created; the old key still works.");
        if (json) {
            QJsonObject object{{QStringLiteral("id"), item.old.id},
                               {QStringLiteral("outcome"), outcome},
                               {QStringLiteral("old_key"), oldState},
                               {QStringLiteral("message"), message}};
            if (created) {
                object.insert(QStringLiteral("new_id"), item.created->key.id);
                object.insert(QStringLiteral("new_name"), item.created->key.name);
                object.insert(QStringLiteral("new_expiresAt"),
                              dateValue(item.created->key.expiresAt));
                if (!secret.isEmpty())
                    object.insert(QStringLiteral("secret"), secret);
            }
            if (item.created && !created && item.created->failure.httpStatus)
                object.insert(QStringLiteral("http_status"), item.created->failure.httpStatus);
            printJsonLine(object);
        } else {
            rows.append({item.old.id, outcome, created ? item.created->key.id : QStringLiteral("-"),
                         oldState, secret.isEmpty() ? QStringLiteral("-") : secret});
            err() << printable(item.old.name) << QLatin1String(": ") << message << '\n';
        }
    }
    if (!json) {
        rows.prepend({Cli::tr("OLD ID"), Cli::tr("OUTCOME"), Cli::tr("NEW ID"), Cli::tr("OLD KEY"),
                      Cli::tr("NEW SECRET (shown once)")});
        printTable(rows);
    }
    const QList<ApiKey> alive = rotation.stillAlive();
    if (!alive.isEmpty() && allCreated)
        err() << Cli::tr("%n old key(s) still work:", nullptr, int(alive.size())) << ' ' <<
            [&alive] {
                QStringList names;
                for (const ApiKey &key : alive)
                    names << key.id;
                return names.join(QLatin1String(", "));
            }()
              << '\n';
    return allRotated ? Success : SomeFailed;
}

namespace {

QJsonObject entryJson(const RetirementEntry &entry)
{
    return entry.toJson();
}

void printEntries(const QList<RetirementEntry> &entries, bool json)
{
    if (json) {
        QJsonArray array;
        for (const RetirementEntry &entry : entries)
            array.append(entryJson(entry));
        out() << QString::fromUtf8(QJsonDocument(array).toJson(QJsonDocument::Indented));
        return;
    }
    QList<QStringList> rows{{Cli::tr("KEY"), Cli::tr("NAME"), Cli::tr("PORTAL"),
                             Cli::tr("REVOKE AFTER (UTC)"), Cli::tr("STATE"), Cli::tr("NOTE")}};
    for (const RetirementEntry &entry : entries) {
        rows.append({entry.keyId, printable(entry.keyName), entry.portal,
                     entry.revokeAfter.toUTC().toString(QStringLiteral("yyyy-MM-dd HH:mm")),
                     RetirementEntry::stateName(entry.state), printable(entry.note)});
    }
    printTable(rows);
}

// `retire ID... --after-days N`: deactivate now, plan the revocation.
int startRetirement(const QCommandLineParser &parser, const QStringList &inputs)
{
    bool ok = false;
    const int days = parser.value(QStringLiteral("after-days")).toInt(&ok);
    if (!ok || days < 0 || days > Retirement::MaxDays) {
        err() << Cli::tr("Invalid --after-days: give a whole number of days from 0 to %1.")
                     .arg(Retirement::MaxDays)
              << '\n';
        return UsageError;
    }
    QStringList ids;
    for (const QString &input : inputs) {
        const KeyId id = KeyId::parse(input);
        if (!id.isValid()) {
            err() << input << QLatin1String(": ") << id.errorString() << '\n';
            return UsageError;
        }
        if (!ids.contains(id.toString()))
            ids << id.toString();
    }
    ConnectionSettings settings;
    QString error;
    QString profileName;
    if (!readConnection(parser, &settings, &error, &profileName)) {
        err() << error << '\n';
        return UsageError;
    }
    warnInsecure(settings);
    QList<ApiKey> listed;
    RevokeOutcome failure;
    if (!fetchKeys(settings, &listed, &failure)) {
        err() << failureLine(failure) << '\n';
        return SomeFailed;
    }
    QHash<QString, ApiKey> byId;
    for (const ApiKey &key : std::as_const(listed))
        byId.insert(key.id, key);

    const QString portal = settings.portal.toString();
    QNetworkAccessManager network;
    KeyBatch batch(&network, settings, KeyOperation::Deactivate, ids);
    HistoryLog history;
    bool historyReported = false;
    QList<RetirementEntry> planned;
    QList<RevokeOutcome> outcomes;
    const QDateTime now = QDateTime::currentDateTimeUtc();
    QObject::connect(&batch, &KeyBatch::keyFinished, &batch, [&](const RevokeOutcome &outcome) {
        RevokeOutcome named = outcome;
        const ApiKey key = byId.value(outcome.keyId);
        named.keyName = key.name;
        named.keyPostfix = key.keyPostfix;
        appendHistory(history, named, portal, profileName, &historyReported);
        outcomes << named;
        if (outcome.succeeded())
            planned << Retirement::plannedEntry(portal, profileName, outcome.keyId, key.name,
                                                key.keyPostfix, now, days);
    });
    QEventLoop loop;
    QObject::connect(&batch, &KeyBatch::finished, &loop, &QEventLoop::quit);
    batch.start();
    loop.exec();

    RetirementPlan plan;
    QString planError;
    const bool saved = planned.isEmpty() || plan.add(planned, &planError);
    const bool json = parser.isSet(QStringLiteral("json"));
    for (const RevokeOutcome &outcome : std::as_const(outcomes)) {
        const bool inPlan = saved && outcome.succeeded();
        const QString result = inPlan                ? QStringLiteral("planned")
                               : outcome.succeeded() ? QStringLiteral("deactivated_not_planned")
                                                     : outcome.kindName();
        const QString message =
            inPlan ? Cli::tr("Deactivated; revoked on or after %1 (UTC) unless reactivated, when "
                             "'docspace-keys-cli retire --due' or the app runs.")
                         .arg(now.addDays(days).toString(QStringLiteral("yyyy-MM-dd HH:mm")))
            : outcome.succeeded()
                ? Cli::tr("Deactivated, but the plan could not be saved: %1").arg(planError)
                : outcome.sentence;
        if (json) {
            QJsonObject object = failureJson(outcome);
            object.insert(QStringLiteral("id"), outcome.keyId);
            object.insert(QStringLiteral("outcome"), result);
            object.insert(QStringLiteral("message"), message);
            if (inPlan)
                object.insert(QStringLiteral("revokeAfter"),
                              now.addDays(days).toString(Qt::ISODateWithMs));
            printJsonLine(object);
        } else {
            out() << outcome.keyId << QLatin1String("  ") << result << QLatin1String("  ")
                  << message << '\n';
        }
    }
    if (!saved)
        err() << planError << '\n';
    return saved && int(planned.size()) == int(ids.size()) ? Success : SomeFailed;
}

// `retire --due`: carry out what is due, portal by portal.
int runDue(const QCommandLineParser &parser)
{
    RetirementPlan plan;
    const RetirementPlan::ReadResult read = plan.read();
    if (!read.error.isEmpty()) {
        err() << read.error << '\n';
        return SomeFailed;
    }
    const QDateTime now = QDateTime::currentDateTimeUtc();
    // Which connections: the one given (--portal/--profile), else every saved profile the plan
    // names, with its keychain token.
    struct Target
    {
        QString profile;
        ConnectionSettings settings;
    };
    QList<Target> targets;
    QStringList skipped;
    const bool explicitConnection =
        parser.isSet(QStringLiteral("portal")) || parser.isSet(QStringLiteral("profile"));
    if (explicitConnection) {
        Target target;
        QString error;
        if (!readConnection(parser, &target.settings, &error, &target.profile)) {
            err() << error << '\n';
            return UsageError;
        }
        targets << target;
    } else {
        ProfileStore store;
        store.load();
        QSet<QString> seen;
        for (const RetirementEntry &entry : read.entries) {
            if (!entry.isDueAt(now))
                continue;
            const QString key = entry.portal + QLatin1Char('\n') + entry.profile.toLower();
            if (seen.contains(key))
                continue;
            seen.insert(key);
            const PortalProfile *profile =
                entry.profile.isEmpty() ? nullptr : store.find(entry.profile);
            Target target;
            QString error;
            if (!profile) {
                skipped << Cli::tr("%1: planned without a saved profile; run 'retire --due "
                                   "--portal %1' with its token.")
                               .arg(entry.portal);
                continue;
            }
            if (!profileConnection(*profile, &target.settings, &error) ||
                target.settings.portal.toString() != entry.portal) {
                skipped << Cli::tr("%1 (profile \"%2\"): %3")
                               .arg(entry.portal, entry.profile,
                                    error.isEmpty() ? Cli::tr("the profile now points elsewhere")
                                                    : error);
                continue;
            }
            target.profile = profile->name;
            targets << target;
        }
    }

    const bool json = parser.isSet(QStringLiteral("json"));
    bool allDone = skipped.isEmpty();
    int carried = 0;
    QNetworkAccessManager network;
    HistoryLog history;
    bool historyReported = false;
    for (const Target &target : std::as_const(targets)) {
        RetirementRunner runner(&network, target.settings, &plan);
        QEventLoop loop;
        QObject::connect(&runner, &RetirementRunner::keyRevoked, &loop,
                         [&](const RevokeOutcome &outcome) {
                             appendHistory(history, outcome, target.settings.portal.toString(),
                                           target.profile, &historyReported);
                         });
        QObject::connect(
            &runner, &RetirementRunner::finished, &loop,
            [&](bool ok, const QList<RetirementAction> &actions, const RevokeOutcome &failure,
                const QString &planError) {
                if (!ok) {
                    allDone = false;
                    err() << target.settings.portal.toString() << QLatin1String(": ")
                          << (planError.isEmpty() ? failureLine(failure) : planError) << '\n';
                }
                if (!planError.isEmpty() && ok) {
                    allDone = false;
                    err() << planError << '\n';
                }
                for (const RetirementAction &action : actions) {
                    ++carried;
                    if (action.entry.state == RetirementEntry::State::Pending)
                        allDone = false;
                    if (json) {
                        QJsonObject object = action.entry.toJson();
                        if (action.revoked)
                            object.insert(QStringLiteral("outcome"), action.revoked->kindName());
                        printJsonLine(object);
                    } else {
                        out() << action.entry.keyId << QLatin1String("  ")
                              << RetirementEntry::stateName(action.entry.state)
                              << QLatin1String("  ") << printable(action.entry.note) << '\n';
                    }
                }
                loop.quit();
            });
        runner.runDue(now, explicitConnection ? QString() : target.profile);
        loop.exec();
    }
    for (const QString &line : std::as_const(skipped))
        err() << Cli::tr("skipped: %1").arg(line) << '\n';
    if (!json && carried == 0 && skipped.isEmpty())
        err() << Cli::tr("Nothing is due.") << '\n';
    return allDone ? Success : SomeFailed;
}

} // namespace

int runRetireCommand(const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        Cli::tr(
            "Retire keys in stages.\n"
            "  retire ID... --after-days N   deactivate now; revoke after N days unless "
            "reactivated\n"
            "  retire --due                  revoke what is due (run it daily from a timer); a key "
            "reactivated meanwhile is left alone and the plan says so\n"
            "  retire --list                 show the plan\n"
            "  retire --cancel ID...         take keys out of the plan (they stay deactivated)\n"
            "The plan is kept beside the history (%1) and never holds a token. --due uses each "
            "planned profile's keychain token, or the connection given with --portal/--profile.\n"
            "Exit status: 0 all done, 1 something failed or is left for the next run, 2 usage "
            "error.")
            .arg(RetirementPlan::defaultPath()));
    addConnectionOptions(parser);
    parser.addOptions({
        {QStringLiteral("after-days"), Cli::tr("Revoke after this many days."),
         QStringLiteral("N")},
        {QStringLiteral("due"), Cli::tr("Carry out what is due.")},
        {QStringLiteral("list"), Cli::tr("Show the plan.")},
        {QStringLiteral("cancel"), Cli::tr("Take the given keys out of the plan.")},
        {QStringLiteral("json"), Cli::tr("JSON output.")},
    });
    parser.addPositionalArgument(QStringLiteral("ID"), Cli::tr("Key ids (UUIDs)."),
                                 QStringLiteral("[ID...]"));
    if (const auto done = parseSubcommand(parser, QStringLiteral("retire"), arguments, true))
        return *done;
    const int modes =
        int(parser.isSet(QStringLiteral("after-days"))) + int(parser.isSet(QStringLiteral("due"))) +
        int(parser.isSet(QStringLiteral("list"))) + int(parser.isSet(QStringLiteral("cancel")));
    if (modes != 1) {
        err() << Cli::tr("Give exactly one of --after-days N (with ids), --due, --list or "
                         "--cancel (with ids).")
              << '\n';
        return UsageError;
    }
    const QStringList ids = parser.positionalArguments();
    const bool needsIds =
        parser.isSet(QStringLiteral("after-days")) || parser.isSet(QStringLiteral("cancel"));
    if (needsIds == ids.isEmpty()) {
        err() << (needsIds ? Cli::tr("Give at least one key id.")
                           : Cli::tr("--due and --list take no key ids."))
              << '\n';
        return UsageError;
    }
    if (parser.isSet(QStringLiteral("after-days")))
        return startRetirement(parser, ids);
    if (parser.isSet(QStringLiteral("due")))
        return runDue(parser);
    RetirementPlan plan;
    if (parser.isSet(QStringLiteral("cancel"))) {
        QStringList wanted;
        for (const QString &input : ids)
            wanted << KeyId::parse(input).toString();
        int cancelled = 0;
        QString error;
        const QDateTime now = QDateTime::currentDateTimeUtc();
        if (!plan.update(
                [&](QList<RetirementEntry> &entries) {
                    for (RetirementEntry &entry : entries) {
                        if (entry.state == RetirementEntry::State::Pending &&
                            wanted.contains(entry.keyId)) {
                            entry.state = RetirementEntry::State::Cancelled;
                            entry.note = RetirementEntry::tr(
                                "Taken out of the plan; the key stays deactivated.");
                            entry.updatedAt = now;
                            ++cancelled;
                        }
                    }
                },
                &error)) {
            err() << error << '\n';
            return SomeFailed;
        }
        err() << Cli::tr("%n key(s) taken out of the plan.", nullptr, cancelled) << '\n';
        return cancelled == int(wanted.size()) ? Success : SomeFailed;
    }
    const RetirementPlan::ReadResult read = plan.read();
    if (!read.error.isEmpty()) {
        err() << read.error << '\n';
        return SomeFailed;
    }
    if (read.entries.isEmpty() && !parser.isSet(QStringLiteral("json"))) {
        out() << Cli::tr("The retirement plan is empty (%1).").arg(plan.path()) << '\n';
        return Success;
    }
    printEntries(read.entries, parser.isSet(QStringLiteral("json")));
    return Success;
}

bool wantsAllProfiles(const QStringList &arguments)
{
    return arguments.contains(QStringLiteral("--all-profiles"));
}

int runListAllProfilesCommand(const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(Cli::tr(
        "List the keys of every saved profile together, with the portal as a column, using each "
        "profile's keychain token. A portal that cannot be listed is reported and the others are "
        "still shown.\nExit status: 0 every portal listed, 1 at least one not, 2 usage error."));
    parser.addOptions({
        {QStringLiteral("all-profiles"), Cli::tr("Every saved profile.")},
        {QStringLiteral("json"), Cli::tr("Print a JSON array.")},
        {QStringLiteral("csv"), Cli::tr("Print CSV with a header row.")},
        {QStringLiteral("expired"), Cli::tr("Only expired keys.")},
        {QStringLiteral("inactive"), Cli::tr("Only deactivated keys.")},
        {QStringLiteral("unused-days"),
         Cli::tr("Only keys not used for N days (never used counts)."), QStringLiteral("N")},
        {QStringLiteral("created-by"), Cli::tr("Only keys created by this user (name or id)."),
         QStringLiteral("NAME")},
    });
    if (const auto done = parseSubcommand(parser, QStringLiteral("list"), arguments))
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

    ProfileStore store;
    store.load();
    if (!store.warning().isEmpty())
        err() << store.warning() << '\n';
    if (store.profiles().isEmpty()) {
        err() << Cli::tr("No saved profiles: add some with 'docspace-keys-cli profiles add'.")
              << '\n';
        return SomeFailed;
    }
    QList<MultiPortalLister::Source> sources;
    bool allListed = true;
    for (const PortalProfile &profile : store.profiles()) {
        MultiPortalLister::Source source;
        source.profile = profile.name;
        QString error;
        if (!profileConnection(profile, &source.settings, &error)) {
            err() << Cli::tr("Profile \"%1\" skipped: %2").arg(profile.name, error) << '\n';
            allListed = false;
            continue;
        }
        sources << source;
    }
    QNetworkAccessManager network;
    MultiPortalLister lister(&network, sources);
    QEventLoop loop;
    QObject::connect(&lister, &MultiPortalLister::finished, &loop, &QEventLoop::quit);
    lister.start();
    loop.exec();
    for (const PortalListing &listing : lister.listings()) {
        if (!listing.ok) {
            allListed = false;
            err() << Cli::tr("Profile \"%1\" (%2): %3")
                         .arg(listing.profile, listing.portal, failureLine(listing.failure))
                  << '\n';
        }
    }

    const QDateTime now = QDateTime::currentDateTimeUtc();
    QList<PortalKey> shown;
    for (const PortalKey &row : lister.keys()) {
        if (!filter.matches(row.key, now))
            continue;
        if (!createdBy.isEmpty() &&
            row.key.createdByName.compare(createdBy, Qt::CaseInsensitive) != 0 &&
            row.key.createdById.compare(createdBy, Qt::CaseInsensitive) != 0)
            continue;
        shown << row;
    }
    const auto state = [&now](const ApiKey &key) {
        switch (key.stateAt(now)) {
        case ApiKey::State::Expired:
            return QStringLiteral("expired");
        case ApiKey::State::Deactivated:
            return QStringLiteral("deactivated");
        case ApiKey::State::Active:
            break;
        }
        return QStringLiteral("active");
    };
    if (parser.isSet(QStringLiteral("json"))) {
        QJsonArray array;
        for (const PortalKey &row : std::as_const(shown)) {
            QJsonObject object = keyJson(row.key);
            object.insert(QStringLiteral("profile"), row.profile);
            object.insert(QStringLiteral("portal"), row.portal);
            object.insert(QStringLiteral("createBy"), row.key.createdByName);
            object.insert(QStringLiteral("createOn"), dateValue(row.key.createOn));
            object.insert(QStringLiteral("lastUsed"), dateValue(row.key.lastUsed));
            object.insert(QStringLiteral("isActive"), row.key.isActive);
            object.insert(QStringLiteral("state"), state(row.key));
            array.append(object);
        }
        out() << QString::fromUtf8(QJsonDocument(array).toJson(QJsonDocument::Indented));
        return allListed ? Success : SomeFailed;
    }
    if (parser.isSet(QStringLiteral("csv"))) {
        out() << QStringLiteral("profile,portal,id,name,keyPostfix,createBy,createOn,lastUsed,"
                                "expiresAt,state,permissions\n");
        for (const PortalKey &row : std::as_const(shown)) {
            const ApiKey &key = row.key;
            const QStringList fields{row.profile,
                                     row.portal,
                                     key.id,
                                     key.name,
                                     key.keyPostfix,
                                     key.createdByName,
                                     key.createOn.toString(Qt::ISODate),
                                     key.lastUsed.toString(Qt::ISODate),
                                     key.expiresAt.toString(Qt::ISODate),
                                     state(key),
                                     KeyPermissions::fromScopes(key.permissions).toText()};
            QStringList quoted;
            for (const QString &field : fields)
                quoted << Csv::field(field);
            out() << quoted.join(QLatin1Char(',')) << '\n';
        }
        return allListed ? Success : SomeFailed;
    }
    QList<QStringList> rows{{Cli::tr("PORTAL"), Cli::tr("PROFILE"), Cli::tr("ID"), Cli::tr("NAME"),
                             Cli::tr("ENDING"), Cli::tr("CREATED BY"), Cli::tr("LAST USED"),
                             Cli::tr("EXPIRES"), Cli::tr("STATE"), Cli::tr("PERMISSIONS")}};
    for (const PortalKey &row : std::as_const(shown)) {
        const ApiKey &key = row.key;
        rows.append({row.portal, printable(row.profile), key.id, printable(key.name),
                     key.maskedKey(), printable(key.createdByName),
                     day(key.lastUsed, Cli::tr("never")), day(key.expiresAt, Cli::tr("never")),
                     state(key), KeyPermissions::fromScopes(key.permissions).modeText()});
    }
    printTable(rows);
    out() << Cli::tr("%1 of %n key(s) shown, from %2 portal(s).", nullptr,
                     int(lister.keys().size()))
                 .arg(shown.size())
                 .arg(sources.size())
          << '\n';
    return allListed ? Success : SomeFailed;
}
