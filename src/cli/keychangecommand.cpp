#include "keychangecommand.h"

#include "batchlabels.h"
#include "clicommon.h"
#include "docspaceclient.h"
#include "historyrecorder.h"
#include "keybatch.h"
#include "keyid.h"

#include <QCoreApplication>
#include <QEventLoop>
#include <QFile>
#include <QHash>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>

using namespace Cli;

namespace {

void printOutcome(const RevokeOutcome &outcome, bool json)
{
    if (json) {
        QJsonObject line{
            {QStringLiteral("id"), outcome.keyId},
            {QStringLiteral("outcome"), outcome.kindName()},
            {QStringLiteral("http_status"),
             outcome.httpStatus ? QJsonValue(outcome.httpStatus) : QJsonValue()},
            {QStringLiteral("message"), outcome.sentence},
        };
        if (!outcome.serverMessage.isEmpty())
            line.insert(QStringLiteral("server_message"), outcome.serverMessage);
        if (outcome.retryAfterSeconds >= 0)
            line.insert(QStringLiteral("retry_after"), outcome.retryAfterSeconds);
        if (!outcome.certificateSha256.isEmpty())
            line.insert(QStringLiteral("certificate_sha256"), outcome.certificateSha256);
        out() << QString::fromUtf8(QJsonDocument(line).toJson(QJsonDocument::Compact)) << '\n';
    } else {
        const QString status = outcome.httpStatus
                                   ? QStringLiteral("HTTP %1").arg(outcome.httpStatus)
                                   : QStringLiteral("-");
        out() << outcome.keyId << QLatin1String("  ") << outcome.kindName() << QLatin1String("  ")
              << status << QLatin1String("  ") << outcome.sentence;
        if (!outcome.serverMessage.isEmpty())
            out() << QLatin1String(" [") << Cli::tr("portal: %1").arg(outcome.serverMessage)
                  << QLatin1Char(']');
        if (!outcome.certificateSha256.isEmpty())
            out() << QLatin1String(" [SHA-256 ") << outcome.certificateSha256 << QLatin1Char(']');
        out() << '\n';
    }
    out().flush();
}

// Ids from standard input: one per line, blank lines and # comments ignored. Anything else is
// passed on as it is, so a malformed line gets its own invalid_id line of output.
QStringList readIdLines()
{
    QFile input;
    QStringList ids;
    if (!input.open(stdin, QIODevice::ReadOnly))
        return ids;
    while (!input.atEnd()) {
        const QString line = QString::fromUtf8(input.readLine(64 * 1024)).trimmed();
        if (!line.isEmpty() && !line.startsWith(QLatin1Char('#')))
            ids << line;
    }
    return ids;
}

} // namespace

int runKeyChangeCommand(KeyOperation operation, const QStringList &arguments)
{
    const QString command = RevokeOutcome::operationName(operation);
    QCommandLineParser parser;
    const QString what =
        operation == KeyOperation::Revoke ? Cli::tr("Revoke (delete) DocSpace API keys by id.")
        : operation == KeyOperation::Deactivate
            ? Cli::tr("Deactivate DocSpace API keys by id: they stop working until reactivated.")
            : Cli::tr("Reactivate deactivated DocSpace API keys by id (expired keys cannot be).");
    parser.setApplicationDescription(
        what + QLatin1Char(' ') +
        Cli::tr("Each id gets one line of output, in the order given; every attempt is kept in the "
                "local history.\n"
                "Give - to read ids from standard input, one per line (blank lines and # comments "
                "are ignored).\n"
                "Exit status: 0 every key changed, 1 at least one not, 2 usage error."));
    addConnectionOptions(parser);
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

    if (const auto done = parseSubcommand(parser, command, arguments, true))
        return *done;
    QStringList ids = parser.positionalArguments();
    if (ids.contains(QStringLiteral("-"))) {
        if (parser.isSet(QStringLiteral("token-stdin"))) {
            err() << Cli::tr(
                         "Standard input cannot hold both the token (--token-stdin) and the ids "
                         "(-): give the token in DOCSPACE_TOKEN or a profile.")
                  << '\n';
            return UsageError;
        }
        ids.removeAll(QStringLiteral("-"));
        ids += readIdLines();
    }
    if (ids.isEmpty()) {
        err() << Cli::tr("Give at least one key id.") << '\n';
        return UsageError;
    }
    int concurrency = 0; // adaptive
    if (parser.isSet(QStringLiteral("concurrency"))) {
        bool ok = false;
        concurrency = parser.value(QStringLiteral("concurrency")).toInt(&ok);
        if (!ok || concurrency < 1 || concurrency > KeyBatch::MaxConcurrency) {
            err() << Cli::tr("Invalid --concurrency: give a number from 1 to %1.")
                         .arg(KeyBatch::MaxConcurrency)
                  << '\n';
            return UsageError;
        }
    }

    ConnectionSettings settings;
    QString error;
    QString profileName;
    if (!readConnection(parser, &settings, &error, &profileName)) {
        err() << error << '\n';
        return UsageError;
    }
    if (!settings.portal.isHttps() && !settings.portal.isLoopback() && settings.allowInsecureHttp)
        err() << Cli::tr("Warning: sending the access token to %1 over unencrypted HTTP.")
                     .arg(settings.portal.toString())
              << '\n';

    // Revoking cannot be undone, so it is confirmed; (de)activating can be, so it is not.
    if (operation == KeyOperation::Revoke && !parser.isSet(QStringLiteral("yes"))) {
        if (!stdinIsTerminal()) {
            err() << Cli::tr("Not revoking: no terminal to ask for confirmation on. Pass --yes to "
                             "confirm in a script.")
                  << '\n';
            return UsageError;
        }
        const QString question =
            Cli::tr("Revoke %n key(s) on %1? This cannot be undone.", nullptr, ids.size())
                .arg(settings.portal.toString());
        if (!askYesNo(question)) {
            err() << Cli::tr("Nothing revoked.") << '\n';
            return UsageError;
        }
    }

    const bool json = parser.isSet(QStringLiteral("json"));
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
