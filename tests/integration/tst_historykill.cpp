// A CLI batch SIGKILLed (Windows: TerminateProcess) at random points, many times (bounded in count
// and time): every outcome it printed is in the history, with the outcome it printed, and the
// history still reads, with at most the one line that was being written when the process died left
// over.
#include "historylog.h"
#include "sandboxserver.h"

#include <QElapsedTimer>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QRandomGenerator>
#include <QSignalSpy>
#include <QTest>
#include <QTimer>

#ifdef Q_OS_UNIX
#include <csignal>
#endif

class TestHistoryKill : public QObject
{
    Q_OBJECT

private slots:
    void cliKilledAtRandomPoints_everyPrintedOutcomeIsInTheHistory()
    {
        constexpr int kMaxKills = 30;
        constexpr qint64 kBudgetMs = 60000;
        constexpr int kKeysPerRun = 40;
        PortalOptions options;
        options.limits.requestsPerMinute = 0;
        SandboxServer server(options);
        QVERIFY(server.listen(QHostAddress::LocalHost, 0, -1));
        FaultSettings faults;
        faults.latencyMs = 15;
        server.setFaults(faults);
        const QString token = server.info().keyByName(QStringLiteral("Admin console"))->secret;
        const quint32 seed = QRandomGenerator::global()->generate();
        qInfo("random seed %u", seed);
        QRandomGenerator random(seed);

        QElapsedTimer budget;
        budget.start();
        int kills = 0;
        qint64 wholeRunMs = -1;
        int printedInAll = 0;
        int killedBeforeAnyOutput = 0;
        while (kills < kMaxKills && budget.elapsed() < kBudgetMs) {
            // Fresh keys each time, so that every run revokes for real.
            // The same 40 keys again each time (the sandbox's generated keys are deterministic):
            // what the last run revoked is back, so every run revokes for real.
            server.portal().generateKeys(kKeysPerRun);
            QStringList ids;
            for (const SandboxKey &key : server.info().keys) {
                if (key.name.startsWith(QLatin1String("Generated key")))
                    ids << key.id.toString(QUuid::WithoutBraces);
            }
            QCOMPARE(ids.size(), kKeysPerRun);
            const qint64 historyBefore = HistoryLog().read().end;

            QProcess cli;
            QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
            env.insert(QStringLiteral("DOCSPACE_TOKEN"), token);
            cli.setProcessEnvironment(env);
            QSignalSpy finished(&cli, &QProcess::finished);
            cli.start(QStringLiteral(DSK_CLI_PATH),
                      {QStringLiteral("revoke"), QStringLiteral("--portal"),
                       server.httpUrl().toString(), QStringLiteral("--yes"),
                       QStringLiteral("--json"), QStringLiteral("-")});
            QVERIFY(cli.waitForStarted(10000));
            cli.write(ids.join(QLatin1Char('\n')).toUtf8() + '\n');
            cli.closeWriteChannel();
            // Anywhere from start-up to the end of the batch: the first run is not killed, and
            // tells how long a whole one takes here.
            const int killAfterMs =
                wholeRunMs < 0 ? 600000 : int(random.bounded(qint64(0), wholeRunMs + 20));
            QElapsedTimer runTime;
            runTime.start();
            QTimer::singleShot(killAfterMs, &cli, [&cli] {
                if (cli.state() == QProcess::Running) {
#ifdef Q_OS_UNIX
                    ::kill(pid_t(cli.processId()), SIGKILL);
#else
                    cli.kill(); // TerminateProcess: Windows' SIGKILL, no clean-up either
#endif
                }
            });
            QVERIFY(finished.wait(30000));
            if (wholeRunMs < 0)
                wholeRunMs = runTime.elapsed();
            if (cli.exitStatus() == QProcess::CrashExit)
                ++kills;
            else
                QCOMPARE(cli.exitCode(), 0); // it finished before the kill
            const QByteArray printed = cli.readAllStandardOutput();
            QHash<QString, QString> printedOutcome; // key id -> outcome this run printed
            int lines = 0;
            for (const QByteArray &line : printed.split('\n')) {
                const QJsonObject object = QJsonDocument::fromJson(line).object();
                if (object.isEmpty())
                    continue; // the line cut by the kill, if any
                printedOutcome.insert(object.value(QLatin1String("id")).toString(),
                                      object.value(QLatin1String("outcome")).toString());
                ++lines;
            }
            printedInAll += lines;
            killedBeforeAnyOutput += lines == 0 ? 1 : 0;

            // After every run: each outcome it printed is among the records it appended, as
            // printed, and the whole history still reads.
            const HistoryLog::ReadResult appended = HistoryLog().read(historyBefore, 1);
            QHash<QString, QString> recorded;
            for (const HistoryRecord &record : appended.records)
                recorded.insert(record.keyId, record.outcome);
            for (auto it = printedOutcome.cbegin(); it != printedOutcome.cend(); ++it) {
                QVERIFY2(recorded.contains(it.key()),
                         qPrintable(QStringLiteral("printed but not recorded: %1 (run killed "
                                                   "at %2 ms)")
                                        .arg(it.key())
                                        .arg(killAfterMs)));
                QCOMPARE(recorded.value(it.key()), it.value());
            }
            const HistoryLog::ReadResult read = HistoryLog().read();
            // A torn line is skipped and never hides the lines after it.
            QVERIFY2(read.warnings.size() <= kills, qPrintable(read.warnings.join(u'\n')));
            for (const HistoryRecord &record : read.records)
                QCOMPARE(record.source, QStringLiteral("cli"));
        }
        qInfo("%d kills at random points of a %lld ms run, %d outcomes printed in all (%d runs "
              "killed before printing any), %lld ms",
              kills, wholeRunMs, printedInAll, killedBeforeAnyOutput, budget.elapsed());
        QVERIFY2(kills >= 5, "too few runs were killed to prove anything");
        QVERIFY2(printedInAll > 0, "no run printed anything before it was killed");

        // The history is still one the window and the CLI can append to and read.
        HistoryLog log;
        RevokeOutcome outcome;
        outcome.kind = OutcomeKind::Revoked;
        outcome.keyId = QStringLiteral("after-the-kills");
        QString error;
        QVERIFY2(log.append(HistoryRecord::fromOutcome(outcome, QStringLiteral("http://x"), {},
                                                       QStringLiteral("cli")),
                            &error),
                 qPrintable(error));
        QCOMPARE(log.read().records.constLast().keyId, QStringLiteral("after-the-kills"));
    }
};

QTEST_GUILESS_MAIN(TestHistoryKill)
#include "tst_historykill.moc"
