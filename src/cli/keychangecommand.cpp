#include "keychangecommand.h"

#include "batchlabels.h"
#include "clicommon.h"
#include "docspaceclient.h"
#include "historyrecorder.h"
#include "keybatch.h"
#include "keyid.h"
#include "keyidlist.h"

#include <QHash>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QPair>

#include <algorithm>
#include <utility>

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

// The lines of a batch, in the order the ids went in, each printed as soon as all before it are
// known and on disk in the history (in groups, off this thread), with who acted and the key's
// name, the same path to the history as the window's. allPrinted() follows the last line.
class OrderedOutcomes : public QObject
{
    Q_OBJECT

public:
    OrderedOutcomes(const QStringList &ids, KeyBatch &batch, BatchLabels &labels,
                    const QString &portal, const QString &profile, bool json)
        : m_labels(labels)
        , m_history({}, QStringLiteral("cli"))
        , m_portal(portal)
        , m_profile(profile)
        , m_json(json)
        , m_results(ids.size())
        , m_tickets(ids.size(), 0)
    {
        for (int i = 0; i < ids.size(); ++i) {
            const KeyId parsed = KeyId::parse(ids.at(i));
            m_positions[parsed.isValid() ? parsed.toString() : ids.at(i).trimmed()].append(i);
        }
        connect(&batch, &KeyBatch::keyFinished, this, &OrderedOutcomes::keyFinished);
        connect(&batch, &KeyBatch::finished, this, [this](const BatchSummary &summary) {
            m_allSucceeded = summary.succeeded == summary.total;
            m_batchDone = true;
            printReady();
        });
        connect(&labels, &BatchLabels::ready, this, &OrderedOutcomes::recordWaiting);
        connect(&m_history, &HistoryRecorder::durable, this, [this](quint64, bool ok) {
            if (!ok && !m_historyFailed) {
                m_historyFailed = true;
                err() << m_history.lastError() << '\n';
            }
            printReady();
        });
    }

signals:
    void allPrinted(bool allSucceeded);

private:
    void keyFinished(const RevokeOutcome &outcome)
    {
        QList<int> &waiting = m_positions[outcome.keyId];
        if (waiting.isEmpty())
            return;
        const int index = waiting.takeFirst();
        m_results[index] = outcome;
        m_unrecorded.append(index);
        if (m_labels.isReady())
            recordWaiting();
    }
    // Outcomes wait for the names before they go to the history.
    void recordWaiting()
    {
        for (const int index : std::exchange(m_unrecorded, {})) {
            const RevokeOutcome &outcome = *m_results.at(index);
            const ApiKey *key = m_labels.key(outcome.keyId);
            m_tickets[index] =
                m_history.submit(outcome, m_portal, m_profile, m_labels.actor(),
                                 key ? key->name : QString(), key ? key->keyPostfix : QString());
        }
    }
    void printReady()
    {
        while (m_printed < m_results.size() && m_tickets.at(m_printed) > 0 &&
               m_tickets.at(m_printed) <= m_history.durableTicket())
            printOutcome(*m_results.at(m_printed++), m_json);
        if (m_batchDone && m_printed == m_results.size() && !m_over) {
            m_over = true;
            emit allPrinted(m_allSucceeded);
        }
    }

    BatchLabels &m_labels;
    HistoryRecorder m_history;
    QString m_portal;
    QString m_profile;
    bool m_json;
    QHash<QString, QList<int>> m_positions;
    QList<std::optional<RevokeOutcome>> m_results;
    QList<quint64> m_tickets; // 0: not yet given to the history
    QList<int> m_unrecorded;  // outcomes waiting for the names
    int m_printed = 0;
    bool m_batchDone = false;
    bool m_allSucceeded = false;
    bool m_historyFailed = false;
    bool m_over = false;
};

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
    QNetworkAccessManager network;
    KeyBatch batch(&network, settings, operation, ids);
    BatchLabels labels(&network, settings);
    if (concurrency > 0)
        batch.setConcurrency(concurrency);
    OrderedOutcomes outcomes(ids, batch, labels, run.portal(), run.profileName(),
                             run.isSet(QStringLiteral("json")));
    QObject::connect(&batch, &KeyBatch::paused, &batch, [](int seconds) {
        err() << Cli::tr("Rate limited by the portal: pausing for %n second(s).", nullptr, seconds)
              << '\n'
              << Qt::flush;
    });
    // The names come from two reads (who acts, and the key list as it is before the batch): they
    // run first. Side by side with the batch, a change could reach the portal before the list
    // was read, and its record would name no key (it did under Wine); and a fixed
    // --concurrency N means N requests at most.
    QObject::connect(&labels, &BatchLabels::ready, &batch, [&] { batch.start(); });
    const auto [allSucceeded] =
        waitForSignal(&outcomes, &OrderedOutcomes::allPrinted, [&] { labels.start(); });
    return allSucceeded ? Success : SomeFailed;
}

#include "keychangecommand.moc"
