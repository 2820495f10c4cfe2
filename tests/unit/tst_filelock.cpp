// The lock behind the history and the retirement plan: it excludes other holders, in this
// process and in others, and it is free the moment its holder dies, however the holder left its
// lock file behind.
#include "filelock.h"
#include "helperprogram.h"
#include "historylog.h"
#include "retirementplan.h"

#include <QCoreApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

class TestFileLock : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    QString path(const QString &name) const { return m_dir.filePath(name); }
    static QString holderProgram() { return helperProgram(QStringLiteral("filelockholder")); }

    // What a process killed between creating a QLockFile and writing its PID left behind.
    static bool leaveEmptyLockFile(const QString &lockPath)
    {
        QFile leftOver(lockPath);
        return leftOver.open(QIODevice::WriteOnly | QIODevice::Truncate);
    }

    static HistoryRecord record(const QString &keyId)
    {
        HistoryRecord record;
        record.time = QDateTime::currentDateTimeUtc();
        record.portal = QStringLiteral("https://portal.example.com");
        record.keyId = keyId;
        record.outcome = QStringLiteral("revoked");
        record.source = QStringLiteral("cli");
        return record;
    }

private slots:
    void initTestCase() { QVERIFY(m_dir.isValid()); }

    void twoLocksInOneProcess_excludeEachOther()
    {
        FileLock first(path(QStringLiteral("one.lock")));
        FileLock second(path(QStringLiteral("one.lock")));
        QVERIFY2(first.tryLock(0), qPrintable(first.errorString()));
        QVERIFY(first.isLocked());
        QVERIFY(!second.tryLock(0));
        QVERIFY(second.wasHeldElsewhere());
        QVERIFY(!second.isLocked());
        first.unlock();
        QVERIFY2(second.tryLock(0), qPrintable(second.errorString()));
        {
            FileLock third(path(QStringLiteral("one.lock")));
            QVERIFY(!third.tryLock(0));
        }
        second.unlock();
        {
            FileLock fourth(path(QStringLiteral("one.lock")));
            QVERIFY(fourth.tryLock(0));
        } // the destructor lets go
        QVERIFY(second.tryLock(0));
    }

    void heldLock_waitsTheWholeTimeoutThenFails()
    {
        FileLock holder(path(QStringLiteral("wait.lock")));
        QVERIFY(holder.tryLock(0));
        FileLock waiter(path(QStringLiteral("wait.lock")));
        QElapsedTimer waited;
        waited.start();
        QVERIFY(!waiter.tryLock(300));
        QVERIFY2(waited.elapsed() >= 290, qPrintable(QString::number(waited.elapsed())));
        QVERIFY(waiter.wasHeldElsewhere());
    }

    void missingFolder_failsWithTheReasonNotAsHeld()
    {
        FileLock lock(path(QStringLiteral("no/such/folder/x.lock")));
        QVERIFY(!lock.tryLock(1000));
        QVERIFY(!lock.wasHeldElsewhere());
        QVERIFY2(lock.errorString().contains(QLatin1String("x.lock")),
                 qPrintable(lock.errorString()));
    }

    void holderInAnotherProcess_excludesUntilKilled_thenFreeAtOnce()
    {
        const QString lockPath = path(QStringLiteral("killed.lock"));
        QProcess holder;
        holder.start(holderProgram(), {lockPath});
        QVERIFY(holder.waitForStarted(10000));
        while (!holder.canReadLine())
            QVERIFY2(holder.waitForReadyRead(10000), holder.readAllStandardError().constData());
        QCOMPARE(holder.readLine().trimmed(), QByteArray("locked")); // "\r\n" on Windows

        FileLock mine(lockPath);
        QVERIFY(!mine.tryLock(0));
        QVERIFY(mine.wasHeldElsewhere());
        holder.kill(); // SIGKILL, TerminateProcess on Windows: no chance to clean up
        QVERIFY(holder.waitForFinished(10000));
        QCOMPARE(holder.exitStatus(), QProcess::CrashExit);
        QVERIFY(QFile::exists(lockPath)); // the lock file is still there...
        QVERIFY2(mine.tryLock(0), qPrintable(mine.errorString())); // ...and free, at once
    }

    // What lost a CI run: a process killed between creating the lock file and writing its PID
    // into it (QLockFile's way) left an empty lock file, and the next append waited 10 s and
    // gave up, because QLockFile takes such a file for a live lock until it is 30 s old.
    void emptyLockFileLeftBehind_historyAppendsAtOnce()
    {
        const QString historyPath = path(QStringLiteral("history.jsonl"));
        QVERIFY(leaveEmptyLockFile(historyPath + QStringLiteral(".lock")));
        HistoryLog log(historyPath);
        QString error;
        QVERIFY2(log.append(record(QStringLiteral("after-a-kill")), &error), qPrintable(error));
        QCOMPARE(log.read().records.size(), 1);
    }

    void emptyLockFileLeftBehind_retirementPlanUpdates()
    {
        const QString planPath = path(QStringLiteral("retirements.json"));
        QVERIFY(leaveEmptyLockFile(planPath + QStringLiteral(".lock")));
        RetirementPlan plan(planPath);
        QString error;
        QVERIFY2(plan.update([](QList<RetirementEntry> &) {}, &error), qPrintable(error));
        const RetirementPlan::ReadResult read = plan.read();
        QVERIFY2(read.error.isEmpty(), qPrintable(read.error));
    }
};

QTEST_GUILESS_MAIN(TestFileLock)
#include "tst_filelock.moc"
