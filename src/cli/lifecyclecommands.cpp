#include "lifecyclecommands.h"

#include "clicommon.h"
#include "csv.h"
#include "docspaceclient.h"
#include "historyrecorder.h"
#include "keybatch.h"
#include "keycreation.h"
#include "keyid.h"
#include "keyrotation.h"
#include "multiportal.h"
#include "profilestore.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QSaveFile>

using namespace Cli;

namespace {

// A key as `list --json` gives it, plus its permissions in the CLI's own words.
QJsonObject keyJson(const ApiKey &key, const QDateTime &now)
{
    QJsonObject object = key.toJson(now);
    object.insert(QStringLiteral("permissionsMode"),
                  KeyPermissions::fromScopes(key.permissions).toText());
    return object;
}

// --permissions, when given: nothing when it reads, else the exit code after saying why.
std::optional<int> readPermissions(const Invocation &run,
                                   std::optional<KeyPermissions> *permissions)
{
    if (!run.isSet(QStringLiteral("permissions")))
        return std::nullopt;
    QString error;
    *permissions = KeyPermissions::parse(run.value(QStringLiteral("permissions")), &error);
    if (*permissions)
        return std::nullopt;
    err() << error << '\n';
    return UsageError;
}

// Nothing when the portal offers every scope asked for (or would not say which it offers: the
// check is then left to it), else the exit code after naming the others.
std::optional<int> checkOffered(const ConnectionSettings &settings,
                                const KeyPermissions &permissions)
{
    QNetworkAccessManager network;
    DocSpaceClient client(&network);
    client.setConnection(settings);
    const auto [ok, scopes, failure] =
        waitForSignal(client.listPermissions(), &PermissionsOperation::finished);
    Q_UNUSED(failure)
    const QString unknown = permissions.checkOffered(ok ? scopes : QStringList());
    if (unknown.isEmpty())
        return std::nullopt;
    err() << unknown << '\n';
    return UsageError;
}

// What create and edit do before their request goes out: refuse an invalid one (saying why),
// connect, and refuse permissions the portal does not offer. Nothing when all is well, else the
// exit code. `permissions`: those asked for; nullptr when they do not change.
std::optional<int> prepareKeyRequest(Invocation &run, const QString &invalid,
                                     const KeyPermissions *permissions)
{
    if (!invalid.isEmpty()) {
        err() << invalid << '\n';
        return UsageError;
    }
    if (const auto done = run.connect())
        return *done;
    return permissions ? checkOffered(run.settings(), *permissions) : std::nullopt;
}

std::optional<int> readLifetime(const Invocation &run, int *days)
{
    *days = 0;
    if (!run.isSet(QStringLiteral("expires-in-days")))
        return std::nullopt;
    bool ok = false;
    *days = run.value(QStringLiteral("expires-in-days")).toInt(&ok);
    if (!ok || *days < 1 || *days > KeyCreateRequest::MaxLifetimeDays) {
        err() << Cli::tr("Invalid --expires-in-days: give a whole number of days from 1 to %1 "
                         "(leave it out for a key that never expires).")
                     .arg(KeyCreateRequest::MaxLifetimeDays)
              << '\n';
        return UsageError;
    }
    return std::nullopt;
}

} // namespace

int runCreateCommand(const QStringList &arguments)
{
    Invocation run(
        QStringLiteral("create"),
        Cli::tr(
            "Create an API key (POST /api/2.0/keys). The new key's secret is printed once, alone "
            "on "
            "the first line of standard output, and kept nowhere: not in the history, not in any "
            "file. With --json a second line holds the key as a JSON object (without the secret).\n"
            "Without --expires-in-days the key never expires. The portal lets each user create at "
            "most 5 keys in 15 minutes.\n"
            "Exit status: 0 created, 1 not created, 2 usage error."));
    run.parser().addOptions({
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
    if (const auto done = run.parse(arguments))
        return *done;
    KeyCreateRequest request;
    request.name = run.value(QStringLiteral("name"));
    if (!run.isSet(QStringLiteral("name"))) {
        err() << Cli::tr("Give the key's name with --name.") << '\n';
        return UsageError;
    }
    std::optional<KeyPermissions> permissions;
    if (const auto done = readPermissions(run, &permissions))
        return *done;
    if (permissions)
        request.permissions = *permissions;
    if (const auto done = readLifetime(run, &request.expiresInDays))
        return *done;
    if (const auto done = prepareKeyRequest(run, request.validate(), &request.permissions))
        return *done;
    const ConnectionSettings &settings = run.settings();

    QNetworkAccessManager network;
    BatchLabels labels(&network, settings);
    labels.start(BatchLabels::Read::ActorOnly); // beside the creation
    DocSpaceClient client(&network);
    client.setConnection(settings);
    auto [result] = waitForSignal(client.createKey(request), &KeyCreateOperation::finished);
    // In the history (never the secret) before anything about it is printed.
    readLabels(labels, BatchLabels::Read::ActorOnly);
    HistoryWriter history;
    history.setContext(run.portal(), run.profileName(), labels.actor());
    history.record(HistoryRecorder::creation(request, result));
    const bool json = run.isSet(QStringLiteral("json"));
    if (!result.ok) {
        if (json)
            printJsonLine(outcomeJson(result.failure));
        err() << failureLine(result.failure) << '\n';
        return SomeFailed;
    }
    // The secret alone on its line, first, so that `read -r secret` takes exactly it.
    out() << result.secret << '\n';
    out().flush();
    result.secret.fill(QLatin1Char('\0'));
    result.secret.clear();
    if (json) {
        QJsonObject object = keyJson(result.key, QDateTime::currentDateTimeUtc());
        object.insert(QStringLiteral("outcome"), QStringLiteral("created"));
        printJsonLine(object);
    }
    err() << Cli::tr("Created \"%1\" (%2, ending %3; permissions: %4; %5). The secret on "
                     "standard output is shown only this once: store it now.")
                 .arg(printable(result.key.name), printable(result.key.id),
                      printable(result.key.keyPostfix),
                      KeyPermissions::fromScopes(result.key.permissions).modeText(),
                      result.key.expiresAt.isValid()
                          ? Cli::tr("expires %1").arg(day(result.key.expiresAt, {}))
                          : Cli::tr("never expires"))
          << '\n';
    return Success;
}

int runEditCommand(const QStringList &arguments)
{
    Invocation run(
        QStringLiteral("edit"),
        Cli::tr(
            "Change a key's name and/or permissions (PUT /api/2.0/keys/{id}). The key keeps its "
            "secret. Expired keys cannot be changed.\n"
            "Exit status: 0 changed, 1 not changed, 2 usage error."));
    run.parser().addOptions({
        {QStringLiteral("name"),
         Cli::tr("The new name (at most %1 characters).").arg(KeyCreateRequest::MaxNameLength),
         QStringLiteral("NAME")},
        {QStringLiteral("permissions"),
         Cli::tr("The new permissions: all, read-only, or e.g. files:write,rooms:read."),
         QStringLiteral("PERMISSIONS")},
        {QStringLiteral("json"), Cli::tr("Print the outcome as a JSON object.")},
    });
    run.parser().addPositionalArgument(QStringLiteral("ID"), Cli::tr("The key's id (UUID)."));
    if (const auto done = run.parse(arguments, Invocation::Positional::Allowed))
        return *done;
    if (run.positionalArguments().size() != 1) {
        err() << Cli::tr("Give exactly one key id.") << '\n';
        return UsageError;
    }
    KeyEditRequest request;
    request.keyId = run.positionalArguments().constFirst();
    request.name = run.value(QStringLiteral("name"));
    if (const auto done = readPermissions(run, &request.permissions))
        return *done;
    if (const auto done = prepareKeyRequest(run, request.validate(),
                                            request.permissions ? &*request.permissions : nullptr))
        return *done;
    const ConnectionSettings &settings = run.settings();
    QNetworkAccessManager network;
    // Who acts, and the key as it was: the history says what the edit changed.
    BatchLabels labels(&network, settings);
    readLabels(labels);
    const QString id = KeyId::parse(request.keyId).toString();
    const ApiKey before = labels.key(id) ? *labels.key(id) : ApiKey();
    DocSpaceClient client(&network);
    client.setConnection(settings);
    const auto [result] = waitForSignal(client.editKey(request), &KeyEditOperation::finished);
    HistoryWriter history;
    history.setContext(run.portal(), run.profileName(), labels.actor());
    history.record(HistoryRecorder::edit(before, request, result));
    if (run.isSet(QStringLiteral("json"))) {
        QJsonObject object = outcomeJson(result.outcome);
        object.insert(QStringLiteral("id"), id);
        if (result.ok)
            object.insert(QStringLiteral("outcome"), QStringLiteral("edited"));
        printJsonLine(object);
    } else {
        out() << id << QLatin1String("  ") << result.outcome.kindName() << QLatin1String("  ")
              << printable(result.outcome.sentence);
        if (!result.outcome.serverMessage.isEmpty() && !result.ok)
            out() << QLatin1String(" [")
                  << Cli::tr("portal: %1").arg(printable(result.outcome.serverMessage))
                  << QLatin1Char(']');
        out() << '\n';
    }
    return result.ok ? Success : SomeFailed;
}

int runRotateCommand(const QStringList &arguments)
{
    Invocation run(
        QStringLiteral("rotate"),
        Cli::tr(
            "Rotate keys: create a replacement for each (the same name plus \" (rotated)\", the "
            "same "
            "permissions, the same whole lifetime), then revoke the old keys. If any replacement "
            "cannot be created, no old key is revoked. One line per key: old id, outcome, new id, "
            "old key's state, and the new secret (shown only this once), unless --secrets-file.\n"
            "Exit status: 0 every key rotated, 1 not all (the lines say which old keys still "
            "work), "
            "2 usage error."));
    run.parser().addOptions({
        {QStringLiteral("yes"), Cli::tr("Do not ask before revoking the old keys (for scripts).")},
        {QStringLiteral("json"), Cli::tr("Print one JSON object per key.")},
        {QStringLiteral("secrets-file"),
         Cli::tr("Write the new secrets to this file (readable by you only) instead of standard "
                 "output."),
         QStringLiteral("FILE")},
    });
    run.parser().addPositionalArgument(QStringLiteral("ID"), Cli::tr("Key ids (UUIDs)."),
                                       QStringLiteral("ID..."));
    if (const auto done = run.parse(arguments, Invocation::Positional::Allowed))
        return *done;
    KeyTargets targets;
    if (const auto done = targets.parse(run.positionalArguments()))
        return *done;
    const bool yes = run.isSet(QStringLiteral("yes"));
    if (!yes && !stdinIsTerminal()) {
        err() << Cli::tr("Not rotating: no terminal to confirm revoking the old keys on. Pass "
                         "--yes to confirm in a script.")
              << '\n';
        return UsageError;
    }
    if (const auto done = targets.connect(run))
        return *done;
    const ConnectionSettings &settings = run.settings();
    QList<ApiKey> keys;
    for (const QString &id : targets.ids()) {
        const ApiKey *found = targets.key(id);
        if (!found) {
            err() << Cli::tr("%1: the portal lists no such key (or not to this token); nothing "
                             "was created or revoked.")
                         .arg(id)
                  << '\n';
            return SomeFailed;
        }
        keys << *found;
    }

    HistoryWriter &history = targets.history();
    KeyRotation rotation(targets.network(), settings, keys);
    // Each replacement is on disk in the history before anything is printed about it.
    QObject::connect(&rotation, &KeyRotation::replacementFinished, &rotation,
                     [&](int index, const KeyCreateResult &result) {
                         const RotationItem &item = rotation.items().at(index);
                         history.record(
                             HistoryRecorder::replacement(item.old, item.request, result));
                     });
    const auto [allCreated] = waitForSignal(&rotation, &KeyRotation::creationFinished,
                                            [&rotation] { rotation.createReplacements(); });

    // The new secrets exist now, whatever happens next: hand them over before anything else.
    const QString secretsFile = run.value(QStringLiteral("secrets-file"));
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
        // The confirmation of every key change: the count typed above ten keys, the token's
        // own key asked about apart (skipped, it keeps working beside its replacement).
        QStringList oldIds;
        for (const ApiKey &key : std::as_const(keys))
            oldIds << key.id;
        if (!yes)
            err() << Cli::tr("Every replacement was created. Now the old keys:") << '\n';
        const bool confirmed = !confirmKeyChange(run, KeyOperation::Revoke, &oldIds);
        if (confirmed) {
            QObject::connect(
                &rotation, &KeyRotation::oldKeyFinished, &rotation,
                [&history](int, const RevokeOutcome &named) { history.record(named); });
            waitForSignal(&rotation, &KeyRotation::finished,
                          [&rotation, &oldIds] { rotation.revokeOldKeys(oldIds); });
        } else {
            err() << Cli::tr("Old keys not revoked; they and their replacements all work.") << '\n';
        }
    } else {
        err() << Cli::tr("A replacement could not be created, so no old key was revoked.") << '\n';
    }

    const bool json = run.isSet(QStringLiteral("json"));
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
            err() << printable(item.old.name) << QLatin1String(": ") << printable(message) << '\n';
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
                return printable(names.join(QLatin1String(", ")));
            }()
              << '\n';
    return allRotated ? Success : SomeFailed;
}

bool wantsAllProfiles(const QStringList &arguments)
{
    return arguments.contains(QStringLiteral("--all-profiles"));
}

int runListAllProfilesCommand(const QStringList &arguments)
{
    Invocation run(
        QStringLiteral("list"),
        Cli::tr(
            "List the keys of every saved profile together, with the portal as a column, using "
            "each "
            "profile's keychain token. A portal that cannot be listed is reported and the others "
            "are "
            "still shown.\nExit status: 0 every portal listed, 1 at least one not, 2 usage error."),
        Invocation::Connection::None);
    run.parser().addOption({QStringLiteral("all-profiles"), Cli::tr("Every saved profile.")});
    addListOptions(run);
    if (const auto done = run.parse(arguments))
        return *done;
    KeyFilter filter;
    QString createdBy;
    if (const auto done = readListOptions(run, &filter, &createdBy))
        return *done;

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
            err() << Cli::tr("Profile \"%1\" skipped: %2")
                         .arg(printable(profile.name), printable(error))
                  << '\n';
            allListed = false;
            continue;
        }
        sources << source;
    }
    QNetworkAccessManager network;
    MultiPortalLister lister(&network, sources);
    waitForSignal(&lister, &MultiPortalLister::finished, [&lister] { lister.start(); });
    for (const PortalListing &listing : lister.listings()) {
        if (!listing.ok) {
            allListed = false;
            err() << Cli::tr("Profile \"%1\" (%2): %3")
                         .arg(printable(listing.profile), printable(listing.portal),
                              failureLine(listing.failure))
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
        return ApiKey::stateName(key.stateAt(now));
    };
    if (run.isSet(QStringLiteral("json"))) {
        QJsonArray array;
        for (const PortalKey &row : std::as_const(shown)) {
            QJsonObject object = keyJson(row.key, now);
            object.insert(QStringLiteral("profile"), row.profile);
            object.insert(QStringLiteral("portal"), row.portal);
            array.append(object);
        }
        printJson(QJsonDocument(array));
        return allListed ? Success : SomeFailed;
    }
    if (run.isSet(QStringLiteral("csv"))) {
        // Standard output may be a terminal: the same rule as the table and as `list --csv`.
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
                quoted << Csv::field(printable(field));
            out() << quoted.join(QLatin1Char(',')) << '\n';
        }
        return allListed ? Success : SomeFailed;
    }
    QList<QStringList> rows{{Cli::tr("PORTAL"), Cli::tr("PROFILE"), Cli::tr("ID"), Cli::tr("NAME"),
                             Cli::tr("ENDING"), Cli::tr("CREATED BY"), Cli::tr("LAST USED"),
                             Cli::tr("EXPIRES"), Cli::tr("STATE"), Cli::tr("PERMISSIONS")}};
    for (const PortalKey &row : std::as_const(shown)) {
        const ApiKey &key = row.key;
        rows.append({row.portal, row.profile, key.id, key.name, key.maskedKey(), key.createdByName,
                     day(key.lastUsed, Cli::tr("never")), day(key.expiresAt, Cli::tr("never")),
                     state(key), KeyPermissions::fromScopes(key.permissions).modeText()});
    }
    printTable(rows);
    out() << Cli::tr("%1 of %n key(s) shown", nullptr, int(lister.keys().size())).arg(shown.size())
          << Cli::tr(", from %n portal(s).", nullptr, int(sources.size())) << '\n';
    return allListed ? Success : SomeFailed;
}
