#include "keychangecommand.h"

#include "clicommon.h"
#include "docspaceclient.h"
#include "historylog.h"
#include "keybatch.h"
#include "keyid.h"
#include "keyidlist.h"

#include <QHash>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QPair>

#include <algorithm>

using namespace Cli;

namespace {

void printOutcome(const RevokeOutcome &outcome, bool json)
{
    if (json) {
        QJsonObject line = outcomeJson(outcome);
        line.insert(QStringLiteral("id"), outcome.keyId);
        printJsonLine(line);
    } else {
        const QString status = outcome.httpStatus
                                   ? QStringLiteral("HTTP %1").arg(outcome.httpStatus)
                                   : QStringLiteral("-");
        out() << printable(outcome.keyId) << QLatin1String("  ") << outcome.kindName()
              << QLatin1String("  ") << status << QLatin1String("  ")
              << printable(outcome.sentence);
        if (!outcome.serverMessage.isEmpty())
            out() << QLatin1String(" [")
                  << Cli::tr("portal: %1").arg(printable(outcome.serverMessage))
                  << QLatin1Char(']');
        if (!outcome.certificateSha256.isEmpty())
            out() << QLatin1String(" [SHA-256 ") << outcome.certificateSha256 << QLatin1Char(']');
        out() << '\n';
    }
    out().flush();
}

// Ids from standard input as the window's paste reads them: one per line or a CSV export with
// an "id" column; blank lines and # comments ignored, repeats dropped. A line that holds no id is
// passed on as it is, in its place, so that it gets its own invalid_id line of output.
QStringList readIdsFromStdin()
{
    const KeyIdList list = KeyIdList::parse(readStdin());
    QList<QPair<int, QString>> entries;
    for (int i = 0; i < list.ids.size(); ++i)
        entries.append({list.lines.value(i), list.ids.at(i)});
    for (const KeyIdList::Rejected &rejected : list.rejected)
        entries.append({rejected.line, rejected.text});
    std::stable_sort(entries.begin(), entries.end(),
                     [](const auto &a, const auto &b) { return a.first < b.first; });
    if (list.duplicates > 0)
        err() << Cli::tr("%n repeated id(s) on standard input skipped.", nullptr, list.duplicates)
              << '\n';
    QStringList ids;
    for (const auto &entry : std::as_const(entries))
        ids << entry.second;
    return ids;
}

} // namespace

int runKeyChangeCommand(KeyOperation operation, const QStringList &arguments)
{
    const QString what =
        operation == KeyOperation::Revoke ? Cli::tr("Revoke (delete) DocSpace API keys by id.")
        : operation == KeyOperation::Deactivate
            ? Cli::tr("Deactivate DocSpace API keys by id: they stop working until reactivated.")
            : Cli::tr("Reactivate deactivated DocSpace API keys by id (expired keys cannot be).");
    Invocation run(
        RevokeOutcome::operationName(operation),
        what + QLatin1Char(' ') +
            Cli::tr("Each id gets one line of output, in the order given; every attempt is kept "
                    "in the local history.\n"
                    "Without --yes, asks on the terminal, naming the portal and the keys.\n"
                    "Give - to read ids from standard input, one per line or a CSV export with an "
                    "id column (blank lines and # comments are ignored).\n"
                    "Exit status: 0 every key changed, 1 at least one not, 2 usage error."));
    QCommandLineParser &parser = run.parser();
    parser.addOptions({
        {QStringLiteral("yes"), Cli::tr("Do not ask for confirmation (for scripts).")},
        {QStringLiteral("json"), Cli::tr("Print one JSON object per id.")},
        {QStringLiteral("concurrency"),
         Cli::tr("How many requests may run at once (1-%1, default %2). A rate limit from the "
                 "portal pauses them all.")
             .arg(KeyBatch::MaxConcurrency)
             .arg(KeyBatch::DefaultConcurrency),
         QStringLiteral("N")},
    });
    parser.addPositionalArgument(QStringLiteral("ID"),
                                 Cli::tr("Key ids (UUIDs), or - for standard input."),
                                 QStringLiteral("ID...|-"));

    if (const auto done = run.parse(arguments, Invocation::Positional::Allowed))
        return *done;
    QStringList ids = run.positionalArguments();
    if (ids.contains(QStringLiteral("-"))) {
        if (run.isSet(QStringLiteral("token-stdin"))) {
            err() << Cli::tr(
                         "Standard input cannot hold both the token (--token-stdin) and the ids "
                         "(-): give the token in DOCSPACE_TOKEN or a profile.")
                  << '\n';
            return UsageError;
        }
        ids.removeAll(QStringLiteral("-"));
        ids += readIdsFromStdin();
    }
    if (ids.isEmpty()) {
        err() << Cli::tr("Give at least one key id.") << '\n';
        return UsageError;
    }
    int concurrency = KeyBatch::DefaultConcurrency;
    if (run.isSet(QStringLiteral("concurrency"))) {
        bool ok = false;
        concurrency = run.value(QStringLiteral("concurrency")).toInt(&ok);
        if (!ok || concurrency < 1 || concurrency > KeyBatch::MaxConcurrency) {
            err() << Cli::tr("Invalid --concurrency: give a number from 1 to %1.")
                         .arg(KeyBatch::MaxConcurrency)
                  << '\n';
            return UsageError;
        }
    }
    if (const auto done = run.connect())
        return *done;
    // Every change is confirmed the same way, whether it can be undone or not.
    if (const auto done = confirmKeyChange(run, operation, ids))
        return *done;

    const ConnectionSettings &settings = run.settings();
    const QString profileName = run.profileName();
    const bool json = run.isSet(QStringLiteral("json"));
    QNetworkAccessManager network;
    KeyBatch batch(&network, settings, operation, ids);
    HistoryLog history;
    bool historyFailed = false;
    batch.setConcurrency(concurrency);
    // Lines come out in the order the ids went in, each as soon as all before it are known.
    QHash<QString, QList<int>> positions;
    for (int i = 0; i < ids.size(); ++i) {
        const KeyId parsed = KeyId::parse(ids.at(i));
        positions[parsed.isValid() ? parsed.toString() : ids.at(i).trimmed()].append(i);
    }
    QList<std::optional<RevokeOutcome>> results(ids.size());
    int printed = 0;
    QObject::connect(&batch, &KeyBatch::keyFinished, &batch, [&](const RevokeOutcome &outcome) {
        QList<int> &waiting = positions[outcome.keyId];
        if (waiting.isEmpty())
            return;
        // Durable before it is shown: what the user sees is already in the history.
        QString historyError;
        if (!history.append(HistoryRecord::fromOutcome(outcome, settings.portal.toString(),
                                                       profileName, QStringLiteral("cli")),
                            &historyError) &&
            !historyFailed) {
            historyFailed = true;
            err() << historyError << '\n';
        }
        results[waiting.takeFirst()] = outcome;
        while (printed < results.size() && results.at(printed).has_value())
            printOutcome(*results.at(printed++), json);
    });
    QObject::connect(&batch, &KeyBatch::paused, &batch, [](int seconds) {
        err() << Cli::tr("Rate limited by the portal: pausing for %n second(s).", nullptr, seconds)
              << '\n'
              << Qt::flush;
    });
    const auto [summary] = waitForSignal(&batch, &KeyBatch::finished, [&batch] { batch.start(); });
    return summary.succeeded == summary.total ? Success : SomeFailed;
}
