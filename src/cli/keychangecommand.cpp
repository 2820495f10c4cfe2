#include "keychangecommand.h"

#include "batchlabels.h"
#include "clicommon.h"
#include "docspaceclient.h"
#include "historyrecorder.h"
#include "keybatch.h"
#include "keyid.h"
#include "keyidlist.h"

#include <QEventLoop>
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
         Cli::tr("At most this many requests at once (1-%1). Without it the batch finds how many "
                 "the portal takes, up to %2. A rate limit from the portal slows them all.")
             .arg(KeyBatch::MaxConcurrency)
             .arg(KeyBatch::WriteCeiling),
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
    int concurrency = 0; // adaptive
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
    if (const auto done = confirmKeyChange(run, operation, &ids))
        return *done;

    const ConnectionSettings &settings = run.settings();
    const QString profileName = run.profileName();
    const bool json = run.isSet(QStringLiteral("json"));
    QNetworkAccessManager network;
    KeyBatch batch(&network, settings, operation, ids);
    // The same path to the history as the window's: who acted and the key's name, each record on
    // disk (in groups, off this thread) before its line is printed.
    HistoryRecorder history({}, QStringLiteral("cli"));
    BatchLabels labels(&network, settings);
    bool historyFailed = false;
    if (concurrency > 0)
        batch.setConcurrency(concurrency);
    // Lines come out in the order the ids went in, each as soon as all before it are known and
    // recorded.
    QHash<QString, QList<int>> positions;
    for (int i = 0; i < ids.size(); ++i) {
        const KeyId parsed = KeyId::parse(ids.at(i));
        positions[parsed.isValid() ? parsed.toString() : ids.at(i).trimmed()].append(i);
    }
    QList<std::optional<RevokeOutcome>> results(ids.size());
    QList<quint64> tickets(ids.size(), 0); // 0: not yet given to the history
    QList<int> unrecorded;                 // outcomes waiting for the names
    const auto recordWaiting = [&] {
        for (const int index : std::exchange(unrecorded, {})) {
            const RevokeOutcome &outcome = *results.at(index);
            const ApiKey *key = labels.key(outcome.keyId);
            tickets[index] =
                history.submit(outcome, settings.portal.toString(), profileName, labels.actor(),
                               key ? key->name : QString(), key ? key->keyPostfix : QString());
        }
    };
    int printed = 0;
    QEventLoop loop;
    bool batchDone = false;
    const auto printReady = [&] {
        while (printed < results.size() && tickets.at(printed) > 0 &&
               tickets.at(printed) <= history.durableTicket())
            printOutcome(*results.at(printed++), json);
        if (batchDone && printed == results.size())
            loop.quit();
    };
    QObject::connect(&batch, &KeyBatch::keyFinished, &batch, [&](const RevokeOutcome &outcome) {
        QList<int> &waiting = positions[outcome.keyId];
        if (waiting.isEmpty())
            return;
        const int index = waiting.takeFirst();
        results[index] = outcome;
        unrecorded.append(index);
        if (labels.isReady())
            recordWaiting();
    });
    QObject::connect(&history, &HistoryRecorder::durable, &batch, [&](quint64, bool ok) {
        if (!ok && !historyFailed) {
            historyFailed = true;
            err() << history.lastError() << '\n';
        }
        printReady();
    });
    QObject::connect(&batch, &KeyBatch::paused, &batch, [](int seconds) {
        err() << Cli::tr("Rate limited by the portal: pausing for %n second(s).", nullptr, seconds)
              << '\n'
              << Qt::flush;
    });
    bool allRevoked = false;
    QObject::connect(&batch, &KeyBatch::finished, &loop, [&](const BatchSummary &summary) {
        allRevoked = summary.succeeded == summary.total;
        batchDone = true;
        printReady();
    });
    // The names come from two reads. Beside an adaptive batch they run at once; a fixed
    // --concurrency N means N requests at most, so then they run first.
    QObject::connect(&labels, &BatchLabels::ready, &batch, [&] {
        recordWaiting();
        if (concurrency > 0)
            batch.start();
    });
    labels.start();
    if (concurrency == 0)
        batch.start();
    loop.exec();
    return allRevoked ? Success : SomeFailed;
}
