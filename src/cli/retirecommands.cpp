#include "retirecommands.h"

#include "clicommon.h"
#include "keybatch.h"
#include "keyid.h"
#include "profilestore.h"
#include "retirementplan.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QSet>

using namespace Cli;

namespace {

void printEntries(const QList<RetirementEntry> &entries, bool json)
{
    if (json) {
        QJsonArray array;
        for (const RetirementEntry &entry : entries)
            array.append(entry.toJson());
        printJson(QJsonDocument(array));
        return;
    }
    QList<QStringList> rows{{Cli::tr("KEY"), Cli::tr("NAME"), Cli::tr("PORTAL"),
                             Cli::tr("REVOKE AFTER (UTC)"), Cli::tr("STATE"), Cli::tr("NOTE")}};
    for (const RetirementEntry &entry : entries) {
        rows.append({entry.keyId, entry.keyName, entry.portal,
                     entry.revokeAfter.toUTC().toString(QStringLiteral("yyyy-MM-dd HH:mm")),
                     RetirementEntry::stateName(entry.state), entry.note});
    }
    printTable(rows);
}

// `retire ID... --after-days N`: deactivate now, plan the revocation.
int startRetirement(Invocation &run, const QStringList &inputs)
{
    bool ok = false;
    const int days = run.value(QStringLiteral("after-days")).toInt(&ok);
    if (!ok || days < 0 || days > Retirement::MaxDays) {
        err() << Cli::tr("Invalid --after-days: give a whole number of days from 0 to %1.")
                     .arg(Retirement::MaxDays)
              << '\n';
        return UsageError;
    }
    KeyTargets targets;
    if (const auto done = targets.parse(inputs))
        return *done;
    if (const auto done = targets.connect(run))
        return *done;
    const QStringList &ids = targets.ids();
    const QString profileName = run.profileName();
    const QString portal = run.portal();
    KeyBatch batch(targets.network(), run.settings(), KeyOperation::Deactivate, ids);
    QList<RetirementEntry> planned;
    QList<RevokeOutcome> outcomes;
    const QDateTime now = QDateTime::currentDateTimeUtc();
    QObject::connect(&batch, &KeyBatch::keyFinished, &batch, [&](const RevokeOutcome &outcome) {
        RevokeOutcome named = outcome;
        const ApiKey *listed = targets.key(outcome.keyId);
        const ApiKey key = listed ? *listed : ApiKey();
        named.keyName = key.name;
        named.keyPostfix = key.keyPostfix;
        targets.history().record(named);
        outcomes << named;
        if (outcome.succeeded())
            planned << Retirement::plannedEntry(portal, profileName, outcome.keyId, key.name,
                                                key.keyPostfix, now, days);
    });
    waitForSignal(&batch, &KeyBatch::finished, [&batch] { batch.start(); });

    RetirementPlan plan;
    QString planError;
    const bool saved = planned.isEmpty() || plan.add(planned, &planError);
    const bool json = run.isSet(QStringLiteral("json"));
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
            QJsonObject object = outcomeJson(outcome);
            object.insert(QStringLiteral("id"), outcome.keyId);
            object.insert(QStringLiteral("outcome"), result);
            object.insert(QStringLiteral("message"), message);
            if (inPlan)
                object.insert(QStringLiteral("revokeAfter"),
                              now.addDays(days).toString(Qt::ISODateWithMs));
            printJsonLine(object);
        } else {
            out() << printable(outcome.keyId) << QLatin1String("  ") << result
                  << QLatin1String("  ") << printable(message) << '\n';
        }
    }
    if (!saved)
        err() << planError << '\n';
    return saved && int(planned.size()) == int(ids.size()) ? Success : SomeFailed;
}

// `retire --due`: carry out what is due, portal by portal.
int runDue(Invocation &run)
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
        run.isSet(QStringLiteral("portal")) || run.isSet(QStringLiteral("profile"));
    if (explicitConnection) {
        if (const auto done = run.connect())
            return *done;
        targets << Target{run.profileName(), run.settings()};
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

    const bool json = run.isSet(QStringLiteral("json"));
    bool allDone = skipped.isEmpty();
    int carried = 0;
    QNetworkAccessManager network;
    HistoryWriter history;
    for (const Target &target : std::as_const(targets)) {
        BatchLabels labels(&network, target.settings);
        readLabels(labels, BatchLabels::Read::ActorOnly);
        history.setContext(target.settings.portal.toString(), target.profile, labels.actor());
        RetirementRunner runner(&network, target.settings, &plan);
        QObject::connect(&runner, &RetirementRunner::keyRevoked, &runner,
                         [&history](const RevokeOutcome &outcome) { history.record(outcome); });
        const auto [ok, actions, failure, planError] =
            waitForSignal(&runner, &RetirementRunner::finished, [&] {
                runner.runDue(now, explicitConnection ? QString() : target.profile);
            });
        if (!ok) {
            allDone = false;
            err() << printable(target.settings.portal.toString()) << QLatin1String(": ")
                  << (planError.isEmpty() ? failureLine(failure) : printable(planError)) << '\n';
        }
        if (!planError.isEmpty() && ok) {
            allDone = false;
            err() << printable(planError) << '\n';
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
                out() << printable(action.entry.keyId) << QLatin1String("  ")
                      << RetirementEntry::stateName(action.entry.state) << QLatin1String("  ")
                      << printable(action.entry.note) << '\n';
            }
        }
    }
    for (const QString &line : std::as_const(skipped))
        err() << Cli::tr("skipped: %1").arg(printable(line)) << '\n';
    if (!json && carried == 0 && skipped.isEmpty())
        err() << Cli::tr("Nothing is due.") << '\n';
    return allDone ? Success : SomeFailed;
}

} // namespace

int runRetireCommand(const QStringList &arguments)
{
    Invocation run(
        QStringLiteral("retire"),
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
    run.parser().addOptions({
        {QStringLiteral("after-days"), Cli::tr("Revoke after this many days."),
         QStringLiteral("N")},
        {QStringLiteral("due"), Cli::tr("Carry out what is due.")},
        {QStringLiteral("list"), Cli::tr("Show the plan.")},
        {QStringLiteral("cancel"), Cli::tr("Take the given keys out of the plan.")},
        {QStringLiteral("json"), Cli::tr("JSON output.")},
    });
    run.parser().addPositionalArgument(QStringLiteral("ID"), Cli::tr("Key ids (UUIDs)."),
                                       QStringLiteral("[ID...]"));
    if (const auto done = run.parse(arguments, Invocation::Positional::Allowed))
        return *done;
    const int modes =
        int(run.isSet(QStringLiteral("after-days"))) + int(run.isSet(QStringLiteral("due"))) +
        int(run.isSet(QStringLiteral("list"))) + int(run.isSet(QStringLiteral("cancel")));
    if (modes != 1) {
        err() << Cli::tr("Give exactly one of --after-days N (with ids), --due, --list or "
                         "--cancel (with ids).")
              << '\n';
        return UsageError;
    }
    const QStringList ids = run.positionalArguments();
    const bool needsIds =
        run.isSet(QStringLiteral("after-days")) || run.isSet(QStringLiteral("cancel"));
    if (needsIds == ids.isEmpty()) {
        err() << (needsIds ? Cli::tr("Give at least one key id.")
                           : Cli::tr("--due and --list take no key ids."))
              << '\n';
        return UsageError;
    }
    if (run.isSet(QStringLiteral("after-days")))
        return startRetirement(run, ids);
    if (run.isSet(QStringLiteral("due")))
        return runDue(run);
    RetirementPlan plan;
    if (run.isSet(QStringLiteral("cancel"))) {
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
    if (read.entries.isEmpty() && !run.isSet(QStringLiteral("json"))) {
        out() << Cli::tr("The retirement plan is empty (%1).").arg(plan.path()) << '\n';
        return Success;
    }
    printEntries(read.entries, run.isSet(QStringLiteral("json")));
    return Success;
}
