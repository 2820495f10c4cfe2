// A large batch in the real window while the history's disk is slow (the history lock held by
// "another process" for a while): the event loop keeps turning, nothing is shown before it is on
// disk, and every outcome shown is in the history file when it shows.
#include "filelock.h"
#include "historylog.h"
#include "keybatch.h"
#include "keylistmodel.h"
#include "keysview.h"
#include "statusmodel.h"
#include "statuspanel.h"
#include "windowfixture.h"

#include <QElapsedTimer>
#include <QPushButton>
#include <QSet>
#include <QSignalSpy>
#include <QTimer>

class TestBatchDurability : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();

    void batch_historySlow_eventLoopTurnsAndOutcomesShownOnlyOnceDurable();

private:
    QSet<QString> recordedIds() const;

    WindowFixture m_fixture;
};

void TestBatchDurability::init()
{
    QVERIFY(m_fixture.setUp());
}

void TestBatchDurability::cleanup()
{
    m_fixture.tearDown();
}

QSet<QString> TestBatchDurability::recordedIds() const
{
    QSet<QString> ids;
    for (const HistoryRecord &record : HistoryLog(m_fixture.historyPath()).read().records)
        ids.insert(record.keyId.toLower());
    return ids;
}

void TestBatchDurability::batch_historySlow_eventLoopTurnsAndOutcomesShownOnlyOnceDurable()
{
    constexpr int Keys = 100;
    m_fixture.m_sandbox->portal().generateKeys(Keys);
    MainWindow *window = m_fixture.startWindow();
    window->selectProfile(QUuid(), false);
    window->setPortalAddress(m_fixture.httpPortal());
    window->setToken(m_fixture.keySecret(QStringLiteral("Admin console")));
    KeysView *keys = window->keysView();
    QTest::mouseClick(m_fixture.find<QPushButton>("refreshKeysButton"), Qt::LeftButton);
    QTRY_VERIFY(keys->model()->rowCount() > Keys && !keys->isLoading());
    QStringList ids;
    for (const SandboxKey &key : m_fixture.m_sandbox->portal().keys()) {
        if (key.name.startsWith(QLatin1String("Generated")))
            ids << key.id.toString(QUuid::WithoutBraces);
    }
    QCOMPARE(ids.size(), Keys);

    // Every outcome the window shows must be in the file at that moment.
    int shown = 0;
    QStringList shownButNotRecorded;
    connect(keys, &KeysView::keyFinished, this, [&](const RevokeOutcome &outcome) {
        ++shown;
        if (!recordedIds().contains(outcome.keyId.toLower()))
            shownButNotRecorded << outcome.keyId;
    });
    StatusModel *status = m_fixture.find<StatusPanel>("statusPanel")->model();

    // The event loop's pulse: a 10 ms timer, and the longest gap between two of its ticks.
    QElapsedTimer sinceTick;
    qint64 longestGapMs = 0;
    int ticks = 0;
    QTimer pulse;
    pulse.setInterval(10);
    connect(&pulse, &QTimer::timeout, this, [&] {
        longestGapMs = qMax(longestGapMs, sinceTick.restart());
        ++ticks;
    });
    // Also a stall still going on, before the next tick measures it.
    const auto longestStall = [&] {
        return qMax(longestGapMs, sinceTick.elapsed());
    };

    // Another process holds the history lock: no group can be written until it lets go.
    FileLock lock(m_fixture.historyPath() + QStringLiteral(".lock"));
    QVERIFY(lock.tryLock(0));
    QElapsedTimer held;
    held.start();
    sinceTick.start();
    pulse.start();
    QVERIFY(keys->startBatch(KeyOperation::Revoke, ids));
    KeyBatch *batch = keys->batch();
    QVERIFY(batch);
    QSignalSpy batchFinished(batch, &KeyBatch::finished);
    // Bounded well inside the history's own 10 s lock timeout; a loop that stops turning for
    // more than 2 s ends the wait at once.
    QTRY_VERIFY_WITH_TIMEOUT(
        batchFinished.size() == 1 || longestStall() > 2000 || held.elapsed() > 7000, 10000);
    const qint64 gapWhileHeld = longestStall();
    const int ticksWhileHeld = ticks;
    QVERIFY2(gapWhileHeld <= 2000,
             qPrintable(QStringLiteral("the event loop stood still for %1 ms").arg(gapWhileHeld)));
    QCOMPARE(batchFinished.size(), 1); // every DELETE answered while the history was locked
    QVERIFY2(ticksWhileHeld >= 5, qPrintable(QString::number(ticksWhileHeld)));
    // Nothing of it reached the disk, so nothing of it is shown, and the batch is not over.
    QCOMPARE(shown, 0);
    QCOMPARE(status->rowCount(), 0);
    QVERIFY(keys->isBatchRunning());
    QVERIFY(recordedIds().isEmpty());

    lock.unlock();
    QTRY_COMPARE_WITH_TIMEOUT(shown, Keys, 15000);
    QVERIFY2(shownButNotRecorded.isEmpty(), qPrintable(shownButNotRecorded.join(u' ')));
    QTRY_VERIFY(!keys->isBatchRunning());
    QCOMPARE(status->rowCount(), Keys);
    QCOMPARE(recordedIds().size(), Keys);
    const HistoryLog::ReadResult read = HistoryLog(m_fixture.historyPath()).read();
    QCOMPARE(read.records.size(), Keys);
    for (const HistoryRecord &record : read.records)
        QCOMPARE(record.outcome, QStringLiteral("revoked"));
    auto *summary = m_fixture.find<QLabel>("batchSummary");
    QVERIFY2(summary->text().startsWith(QStringLiteral("Revoked %1 of %1").arg(Keys)),
             qPrintable(summary->text()));
}

QTEST_MAIN(TestBatchDurability)
#include "tst_batchdurability.moc"
