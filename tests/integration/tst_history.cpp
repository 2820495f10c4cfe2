// The revocation history: durable records, concurrent writers, torn lines, SIGKILL mid-batch,
// and never a token.
#include "clirunner.h"
#include "historylog.h"
#include "historyrecorder.h"
#include "keycreation.h"
#include "sandboxserver.h"

#include <QDir>
#include <QFileInfo>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>
#include <QThread>

#include <algorithm>

#ifdef Q_OS_UNIX
#include <csignal>
#endif

class TestHistory : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    QString path() const { return m_dir.filePath(QStringLiteral("history.jsonl")); }

    static HistoryRecord record(const QString &id)
    {
        RevokeOutcome outcome;
        outcome.kind = OutcomeKind::Refused;
        outcome.keyId = id;
        outcome.httpStatus = 200;
        outcome.sentence = QStringLiteral("The portal refused.");
        outcome.finishedAt = QDateTime::currentDateTime();
        HistoryRecord r =
            HistoryRecord::fromOutcome(outcome, QStringLiteral("https://p.example.com"),
                                       QStringLiteral("Prod"), QStringLiteral("gui"));
        r.keyName = QStringLiteral("CI pipeline");
        r.keyPostfix = QStringLiteral("ab12");
        r.actor = QStringLiteral("Alice Owner");
        return r;
    }

private slots:
    void init() { QFile::remove(path()); }

    void recorder_groupCommit_fewerSyncsThanRecordsAllDurableInOrder()
    {
        HistoryRecorder recorder(path(), QStringLiteral("cli"));
        QList<quint64> durable;
        QList<Qt::HANDLE> threads;
        connect(&recorder, &HistoryRecorder::durable, this, [&](quint64 ticket, bool ok) {
            QVERIFY(ok);
            durable << ticket;
            threads << QThread::currentThreadId();
        });
        constexpr int kRecords = 300;
        quint64 last = 0;
        for (int i = 0; i < kRecords; ++i) {
            RevokeOutcome outcome;
            outcome.kind = OutcomeKind::Revoked;
            outcome.keyId = QStringLiteral("k%1").arg(i);
            last = recorder.submit(outcome, QStringLiteral("https://p.example.com"), {},
                                   QStringLiteral("Alice Owner"), QStringLiteral("CI pipeline"));
        }
        QCOMPARE(last, quint64(kRecords));
        QTRY_COMPARE_WITH_TIMEOUT(recorder.durableTicket(), last, 30000);
        // Records that came while a sync was in progress went together into the next one.
        QVERIFY2(recorder.groupsWritten() < kRecords,
                 qPrintable(QString::number(recorder.groupsWritten())));
        QCOMPARE(durable.size(), recorder.groupsWritten());
        QVERIFY(std::is_sorted(durable.begin(), durable.end()));
        for (const Qt::HANDLE thread : std::as_const(threads))
            QCOMPARE(thread, QThread::currentThreadId()); // reported on the caller's thread
        const HistoryLog::ReadResult read = HistoryLog(path()).read();
        QCOMPARE(read.records.size(), kRecords);
        for (int i = 0; i < kRecords; ++i) {
            QCOMPARE(read.records.at(i).keyId, QStringLiteral("k%1").arg(i));
            QCOMPARE(read.records.at(i).source, QStringLiteral("cli"));
            QCOMPARE(read.records.at(i).actor, QStringLiteral("Alice Owner"));
        }
    }

    void recorder_destroyedWithRecordsQueued_writesThemFirst()
    {
        {
            HistoryRecorder recorder(path(), QStringLiteral("gui"));
            for (int i = 0; i < 50; ++i) {
                RevokeOutcome outcome;
                outcome.kind = OutcomeKind::Refused;
                outcome.keyId = QStringLiteral("q%1").arg(i);
                recorder.submit(outcome, QStringLiteral("https://p.example.com"), {}, {});
            }
        }
        QCOMPARE(HistoryLog(path()).read().records.size(), 50);
    }

    void recorder_unwritableFile_reportsFailureOnDurable()
    {
        const QString blocked = m_dir.filePath(QStringLiteral("a-folder"));
        QDir().mkpath(blocked); // a folder where the file should be
        HistoryRecorder recorder(blocked, QStringLiteral("cli"));
        QSignalSpy durable(&recorder, &HistoryRecorder::durable);
        QSignalSpy failed(&recorder, &HistoryRecorder::appendFailed);
        RevokeOutcome outcome;
        outcome.keyId = QStringLiteral("x");
        recorder.submit(outcome, QStringLiteral("https://p.example.com"), {}, {});
        QVERIFY(durable.wait(10000));
        QCOMPARE(durable.first().at(1).toBool(), false);
        QCOMPARE(failed.size(), 1);
        QVERIFY(recorder.lastError().contains(QLatin1String("not recorded")));
    }

    void cliRevoke_recordsActorAndKeyNameLikeTheWindow()
    {
        SandboxServer server;
        QVERIFY(server.listen(QHostAddress::LocalHost, 0, -1));
        const SandboxInfo info = server.info();
        const SandboxKey *key = info.keyByName(QStringLiteral("Backup script"));
        QVERIFY(key);
        const QString id = key->id.toString(QUuid::WithoutBraces);
        QFile::remove(HistoryLog::defaultPath());
        const CliRun run = runCli({QStringLiteral("revoke"), QStringLiteral("--portal"),
                                   server.httpUrl().toString(), QStringLiteral("--yes"), id},
                                  {{QStringLiteral("DOCSPACE_TOKEN"),
                                    info.keyByName(QStringLiteral("Admin console"))->secret}});
        QCOMPARE(run.exitCode, 0);
        const HistoryLog::ReadResult read = HistoryLog().read();
        QCOMPARE(read.records.size(), 1);
        const HistoryRecord &record = read.records.first();
        QCOMPARE(record.keyId, id);
        QCOMPARE(record.outcome, QStringLiteral("revoked"));
        QCOMPARE(record.source, QStringLiteral("cli"));
        QCOMPARE(record.keyName, QStringLiteral("Backup script"));
        QCOMPARE(record.keyPostfix, key->secret.right(4));
        QVERIFY2(!record.actor.isEmpty(), "no actor in the CLI's record");
    }

    void creationAndEdit_recordedInTheirOwnWordsAndNeverTheSecret()
    {
        const QString secret =
            QStringLiteral("sk-") + QString(60, QLatin1Char('a')) + QStringLiteral("e3c2");
        KeyCreateRequest asked;
        asked.name = QStringLiteral("Deploy bot");
        asked.permissions = KeyPermissions::readOnly();
        KeyCreateResult made;
        made.ok = true;
        made.secret = secret;
        made.key.id = QStringLiteral("11111111-2222-3333-4444-555555555555");
        made.key.name = asked.name;
        made.key.keyPostfix = secret.right(4);
        made.key.permissions = {QStringLiteral("*:read")};
        KeyCreateResult refused;
        refused.failure.kind = OutcomeKind::RateLimited;
        refused.failure.httpStatus = 429;
        refused.failure.sentence = QStringLiteral("Limit reached.");
        ApiKey before;
        before.id = made.key.id;
        before.name = QStringLiteral("Old name");
        before.keyPostfix = QStringLiteral("e3c2");
        KeyEditRequest change;
        change.keyId = made.key.id.toUpper();
        change.name = QStringLiteral("New name");
        change.permissions = KeyPermissions::all();
        KeyEditResult changed;
        changed.ok = true;
        changed.outcome.sentence = QStringLiteral("Changed.");

        HistoryRecorder recorder(path(), QStringLiteral("gui"));
        const QString portal = QStringLiteral("https://p.example.com");
        QVERIFY(recorder.record(HistoryRecorder::creation(asked, made), portal, {},
                                QStringLiteral("Alice Owner")));
        QVERIFY(recorder.record(HistoryRecorder::creation(asked, refused), portal, {}, {}));
        QVERIFY(recorder.record(HistoryRecorder::edit(before, change, changed), portal, {}, {}));

        const HistoryLog::ReadResult read = HistoryLog(path()).read();
        QVERIFY2(read.warnings.isEmpty(), qPrintable(read.warnings.join(QLatin1Char('\n'))));
        QCOMPARE(read.records.size(), 3);
        const HistoryRecord &created = read.records.at(0);
        QCOMPARE(created.operation, KeyOperation::Create);
        QCOMPARE(created.outcome, QStringLiteral("created"));
        QCOMPARE(created.keyId, made.key.id);
        QCOMPARE(created.keyName, QStringLiteral("Deploy bot"));
        QCOMPARE(created.keyPostfix, QStringLiteral("e3c2"));
        QCOMPARE(created.actor, QStringLiteral("Alice Owner"));
        QCOMPARE(created.source, QStringLiteral("gui"));
        QVERIFY2(created.message.contains(QLatin1String("read-only")), qPrintable(created.message));
        // A creation that made no key: no id, the name asked for, and still a readable line.
        const HistoryRecord &failed = read.records.at(1);
        QCOMPARE(failed.operation, KeyOperation::Create);
        QCOMPARE(failed.outcome, QStringLiteral("rate_limited"));
        QCOMPARE(failed.keyId, QString());
        QCOMPARE(failed.keyName, QStringLiteral("Deploy bot"));
        const HistoryRecord &edited = read.records.at(2);
        QCOMPARE(edited.operation, KeyOperation::Edit);
        QCOMPARE(edited.outcome, QStringLiteral("edited"));
        QCOMPARE(edited.keyId, made.key.id); // normalised
        QCOMPARE(edited.keyName, QStringLiteral("New name"));
        QCOMPARE(edited.changes,
                 (QStringList{QStringLiteral("name"), QStringLiteral("permissions")}));
        QVERIFY2(edited.message.contains(QStringLiteral("was “Old name”")),
                 qPrintable(edited.message));

        QFile file(path());
        QVERIFY(file.open(QIODevice::ReadOnly));
        QVERIFY(!file.readAll().contains(secret.toUtf8().mid(3, 20)));
        // Any other record without a key id is still damaged, not silently accepted.
        HistoryRecord noId = read.records.at(2);
        noId.keyId.clear();
        QVERIFY(!HistoryRecord::fromJson(noId.toJson()).has_value());
    }

    void appendRead_roundTripsEveryField()
    {
        HistoryLog log(path());
        QString error;
        QVERIFY2(log.append(record(QStringLiteral("k1")), &error), qPrintable(error));
        QVERIFY(log.append(record(QStringLiteral("k2")), &error));
        const HistoryLog::ReadResult read = log.read();
        QVERIFY(read.warnings.isEmpty());
        QCOMPARE(read.records.size(), 2);
        const HistoryRecord &r = read.records.first();
        QCOMPARE(r.keyId, QStringLiteral("k1"));
        QCOMPARE(r.outcome, QStringLiteral("refused"));
        QCOMPARE(r.httpStatus, 200);
        QCOMPARE(r.profile, QStringLiteral("Prod"));
        QCOMPARE(r.actor, QStringLiteral("Alice Owner"));
        QCOMPARE(r.keyName, QStringLiteral("CI pipeline"));
        QCOMPARE(r.keyPostfix, QStringLiteral("ab12"));
        QCOMPARE(r.operation, KeyOperation::Revoke);
        QCOMPARE(r.time.timeSpec(), Qt::UTC);
        QVERIFY(r.time.secsTo(QDateTime::currentDateTimeUtc()) < 60);
        QFile file(path());
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QByteArray text = file.readAll();
        QCOMPARE(text.count('\n'), 2); // JSON lines
        QVERIFY(text.contains("\"time\":\"20"));
        QVERIFY(text.contains("Z\"")); // UTC, ISO 8601
    }

    void readFrom_returnsOnlyWhatWasAppended()
    {
        HistoryLog log(path());
        QString error;
        QVERIFY(log.append({record(QStringLiteral("a")), record(QStringLiteral("b"))}, &error));
        const HistoryLog::ReadResult first = log.read();
        QCOMPARE(first.records.size(), 2);
        QCOMPARE(first.lines, 2);
        QCOMPARE(first.end, QFileInfo(path()).size());
        QVERIFY(log.append(record(QStringLiteral("c")), &error));
        const HistoryLog::ReadResult next = log.read(first.end, first.lines + 1);
        QCOMPARE(next.records.size(), 1);
        QCOMPARE(next.records.first().keyId, QStringLiteral("c"));
        QCOMPARE(next.end, QFileInfo(path()).size());
        QCOMPARE(log.read(next.end, 4).records.size(), 0);
    }

    void tornLastLine_skippedWithWarningAndNextRecordIntact()
    {
        HistoryLog log(path());
        QString error;
        QVERIFY(log.append(record(QStringLiteral("before")), &error));
        {
            QFile file(path());
            QVERIFY(file.open(QIODevice::Append));
            file.write("{\"time\":\"2026-07-01T10:00:00Z\",\"portal\":\"https://p.exa"); // torn
        }
        HistoryLog::ReadResult read = log.read();
        QCOMPARE(read.records.size(), 1);
        QCOMPARE(read.warnings.size(), 1);
        QVERIFY2(read.warnings.first().contains(QLatin1String("Line 2")),
                 qPrintable(read.warnings.first()));

        QVERIFY(log.append(record(QStringLiteral("after")), &error));
        read = log.read();
        QCOMPARE(read.records.size(), 2);
        QCOMPARE(read.records.last().keyId, QStringLiteral("after"));
        QCOMPARE(read.warnings.size(), 1);
    }

    void twoWritersAtOnce_neverInterleaveLines()
    {
        QProcess first;
        QProcess second;
        const int count = 150;
        first.start(QStringLiteral(DSK_HISTORY_WRITER),
                    {path(), QStringLiteral("a"), QString::number(count)});
        second.start(QStringLiteral(DSK_HISTORY_WRITER),
                     {path(), QStringLiteral("b"), QString::number(count)});
        QVERIFY(first.waitForFinished(60000));
        QVERIFY(second.waitForFinished(60000));
        QCOMPARE(first.exitCode(), 0);
        QCOMPARE(second.exitCode(), 0);
        const HistoryLog::ReadResult read = HistoryLog(path()).read();
        QVERIFY2(read.warnings.isEmpty(), qPrintable(read.warnings.join(QLatin1Char('\n'))));
        QCOMPARE(read.records.size(), 2 * count);
        int a = 0;
        int b = 0;
        for (const HistoryRecord &r : read.records) {
            // Each writer's records are complete and in its own order.
            if (r.keyId.startsWith(QLatin1String("a-")))
                QCOMPARE(r.keyId, QStringLiteral("a-%1").arg(a++));
            else
                QCOMPARE(r.keyId, QStringLiteral("b-%1").arg(b++));
        }
        QCOMPARE(a, count);
        QCOMPARE(b, count);
    }

#ifdef Q_OS_UNIX
    void cliKilledMidBatch_everyReportedRecordIsOnDisk()
    {
        PortalOptions options;
        options.seedKeys = 200;
        SandboxServer server(options);
        QVERIFY(server.listen(QHostAddress::LocalHost, 0, -1));
        const SandboxInfo info = server.info();
        QStringList ids;
        for (const SandboxKey &key : info.keys) {
            if (key.name.startsWith(QLatin1String("Generated key")))
                ids << key.id.toString(QUuid::WithoutBraces);
        }
        FaultSettings faults;
        faults.latencyMs = 40;
        server.setFaults(faults);
        const QString token = info.keyByName(QStringLiteral("Admin console"))->secret;

        QProcess cli;
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(QStringLiteral("DOCSPACE_TOKEN"), token);
        cli.setProcessEnvironment(env);
        cli.start(QStringLiteral(DSK_CLI_PATH),
                  {QStringLiteral("revoke"), QStringLiteral("--portal"),
                   server.httpUrl().toString(), QStringLiteral("--yes"), QStringLiteral("--json"),
                   QStringLiteral("-")});
        QVERIFY(cli.waitForStarted());
        cli.write(ids.join(QLatin1Char('\n')).toUtf8() + '\n');
        cli.closeWriteChannel();

        // Let it report some outcomes, then kill it without warning.
        QByteArray printed;
        QTRY_VERIFY_WITH_TIMEOUT((printed += cli.readAllStandardOutput()).count('\n') >= 25, 30000);
        ::kill(pid_t(cli.processId()), SIGKILL);
        QVERIFY(cli.waitForFinished(10000));
        printed += cli.readAllStandardOutput();
        QCOMPARE(cli.exitStatus(), QProcess::CrashExit);

        QStringList reported;
        for (const QByteArray &line : printed.split('\n')) {
            const QJsonObject object = QJsonDocument::fromJson(line).object();
            if (!object.isEmpty())
                reported << object.value(QLatin1String("id")).toString();
        }
        QVERIFY(reported.size() >= 25);
        QVERIFY2(reported.size() < ids.size(), "the batch finished before the kill");

        const HistoryLog::ReadResult read = HistoryLog().read(); // the CLI's default file
        QStringList recorded;
        for (const HistoryRecord &r : read.records)
            recorded << r.keyId;
        for (const QString &id : reported)
            QVERIFY2(recorded.contains(id), qPrintable(id));
        QVERIFY(read.warnings.size() <= 1); // at most the line being written when it died

        QFile file(HistoryLog::defaultPath());
        QVERIFY(file.open(QIODevice::ReadOnly));
        QVERIFY2(!file.readAll().contains(token.toUtf8()), "the token is in the history");
    }
#endif
};

QTEST_GUILESS_MAIN(TestHistory)
#include "tst_history.moc"
