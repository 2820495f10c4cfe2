// The batch runner against the sandbox: bounded concurrency (the sandbox counts), a 429 that
// pauses the whole batch, cancel mid-batch, and mixed outcomes reported per key.
#include "docspaceclient.h"
#include "keybatch.h"
#include "sandboxserver.h"

#include <QNetworkAccessManager>
#include <QSignalSpy>
#include <QTest>

#include <algorithm>

class TestKeyBatch : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<SandboxServer> m_server;
    QNetworkAccessManager m_network;
    SandboxInfo m_info;

    ConnectionSettings as(const QString &token) const
    {
        ConnectionSettings s;
        s.portal = PortalAddress::parse(m_server->httpUrl().toString());
        s.token = token;
        return s;
    }
    ConnectionSettings asOwner() const
    {
        return as(m_info.keyByName(QStringLiteral("Admin console"))->secret);
    }
    QString id(const char *name) const
    {
        return m_info.keyByName(QString::fromUtf8(name))->id.toString(QUuid::WithoutBraces);
    }
    QStringList generatedIds(int count) const
    {
        QStringList ids;
        for (const SandboxKey &key : m_info.keys) {
            if (key.name.startsWith(QLatin1String("Generated key")) && ids.size() < count)
                ids << key.id.toString(QUuid::WithoutBraces);
        }
        return ids;
    }
    struct Result
    {
        BatchSummary summary;
        QList<RevokeOutcome> outcomes;
        QList<int> pauses;
        QDateTime firstPause; // when the batch took in the first Retry-After
    };
    Result run(KeyBatch &batch, int timeoutMs = 30000)
    {
        Result result;
        bool done = false;
        connect(&batch, &KeyBatch::keyFinished, this,
                [&result](const RevokeOutcome &o) { result.outcomes << o; });
        connect(&batch, &KeyBatch::paused, this, [&result](int s) {
            if (result.pauses.isEmpty())
                result.firstPause = QDateTime::currentDateTimeUtc();
            result.pauses << s;
        });
        connect(&batch, &KeyBatch::finished, this, [&](const BatchSummary &s) {
            result.summary = s;
            done = true;
        });
        batch.start();
        if (!QTest::qWaitFor([&done] { return done; }, timeoutMs))
            qWarning("the batch did not finish in time");
        return result;
    }

private slots:
    void init()
    {
        PortalOptions options;
        options.seedKeys = 120;
        m_server = std::make_unique<SandboxServer>(options);
        QVERIFY(m_server->listen(QHostAddress::LocalHost, 0, -1));
        m_info = m_server->info();
    }

    void revokeMany_neverMoreInFlightThanTheBound()
    {
        FaultSettings faults;
        faults.latencyMs = 60;
        m_server->setFaults(faults);
        m_server->resetStats();
        const QStringList ids = generatedIds(40);
        QCOMPARE(ids.size(), 40);
        KeyBatch batch(&m_network, asOwner(), KeyOperation::Revoke, ids);
        batch.setConcurrency(4);
        const Result result = run(batch);
        QCOMPARE(result.summary.total, 40);
        QCOMPARE(result.summary.succeeded, 40);
        QCOMPARE(result.outcomes.size(), 40);
        QCOMPARE(m_server->stats().maxInFlight, 4); // used to the full, never beyond
        for (const QString &key : ids)
            QVERIFY(!m_server->portal().key(QUuid::fromString(key)).has_value());
    }

    void rateLimited_wholeBatchPausesForRetryAfterThenResumes()
    {
        FaultSettings faults;
        faults.rateLimitRetryAfter = 1;
        faults.count = 1;
        m_server->setFaults(faults);
        const QStringList ids = generatedIds(12);
        KeyBatch batch(&m_network, asOwner(), KeyOperation::Revoke, ids);
        batch.setConcurrency(3);
        QElapsedTimer timer;
        timer.start();
        const Result result = run(batch);
        QCOMPARE(result.pauses, QList<int>{1});
        QCOMPARE(result.summary.succeeded, 12);
        QVERIFY(timer.elapsed() >= 950);

        // Once the batch had the 429, nothing new reached the portal until Retry-After had
        // passed, apart from requests that were already on their way. (Counted from when the
        // batch took it in, not from when the portal sent it: an answer on another connection
        // can come in first and send one more, as it did under Wine.)
        const QList<RequestLogEntry> log = m_server->requestLog();
        qsizetype limited = -1;
        for (qsizetype i = 0; i < log.size(); ++i) {
            if (log.at(i).status == 429)
                limited = i;
        }
        QVERIFY(limited >= 0);
        int soonAfter = 0;
        QVERIFY(result.firstPause.isValid());
        for (qsizetype i = limited + 1; i < log.size(); ++i) {
            if (log.at(i).time > result.firstPause &&
                log.at(limited).time.msecsTo(log.at(i).time) < 900)
                ++soonAfter;
        }
        QVERIFY2(soonAfter <= 2, qPrintable(QString::number(soonAfter)));
    }

    void cancelMidBatch_inFlightFinishTheRestCancelled()
    {
        FaultSettings faults;
        faults.latencyMs = 150;
        m_server->setFaults(faults);
        const QStringList ids = generatedIds(30);
        KeyBatch batch(&m_network, asOwner(), KeyOperation::Revoke, ids);
        batch.setConcurrency(3);
        connect(&batch, &KeyBatch::progress, &batch, [&batch](int done) {
            if (done == 3)
                batch.cancel();
        });
        const Result result = run(batch);
        QCOMPARE(result.outcomes.size(), 30); // every key reported exactly once
        QSet<QString> reported;
        for (const RevokeOutcome &o : result.outcomes)
            reported.insert(o.keyId);
        QCOMPARE(reported.size(), 30);
        QVERIFY(result.summary.cancelled >= 20);
        QCOMPARE(result.summary.succeeded + result.summary.cancelled, 30);
        // What was reported revoked is exactly what the portal deleted.
        int deleted = 0;
        for (const QString &key : ids)
            deleted += m_server->portal().key(QUuid::fromString(key)).has_value() ? 0 : 1;
        QCOMPARE(deleted, result.summary.succeeded);
    }

    void mixedOutcomes_reportedPerKey()
    {
        const QString own = id("Carol read-only");
        const QString others = id("Zapier integration");
        const QString unknown = QStringLiteral("00000000-1111-4222-8333-444444444444");
        KeyBatch batch(&m_network, as(m_info.keyByName(QStringLiteral("Carol's notebook"))->secret),
                       KeyOperation::Revoke, {own, others, unknown, QStringLiteral("not-an-id")});
        const Result result = run(batch);
        QHash<QString, QString> kinds;
        for (const RevokeOutcome &o : result.outcomes)
            kinds.insert(o.keyId, o.kindName());
        QCOMPARE(kinds.value(own), QStringLiteral("revoked"));
        QCOMPARE(kinds.value(others), QStringLiteral("refused"));
        QCOMPARE(kinds.value(unknown), QStringLiteral("not_found"));
        QCOMPARE(kinds.value(QStringLiteral("not-an-id")), QStringLiteral("invalid_id"));
        QCOMPARE(result.summary.succeeded, 1);
        QCOMPARE(result.summary.failed, 3);
        const QString sentence = result.summary.sentence(KeyOperation::Revoke);
        QVERIFY2(sentence.startsWith(QLatin1String("Revoked 1 of 4")), qPrintable(sentence));
        QVERIFY2(sentence.contains(QLatin1String("1 refused")), qPrintable(sentence));
    }

    void deactivateThenReactivate_reversible()
    {
        const QStringList ids{id("CI pipeline"), id("Backup script")};
        KeyBatch off(&m_network, asOwner(), KeyOperation::Deactivate, ids);
        QCOMPARE(run(off).summary.succeeded, 2);
        for (const QString &key : ids)
            QVERIFY(!m_server->portal().key(QUuid::fromString(key))->isActive);
        KeyBatch on(&m_network, asOwner(), KeyOperation::Activate, ids);
        const Result result = run(on);
        QCOMPARE(result.summary.succeeded, 2);
        QCOMPARE(result.outcomes.first().kindName(), QStringLiteral("activated"));
        for (const QString &key : ids)
            QVERIFY(m_server->portal().key(QUuid::fromString(key))->isActive);
    }

    void reactivateExpiredKey_refused()
    {
        KeyBatch on(&m_network, asOwner(), KeyOperation::Activate, {id("Old migration")});
        const Result result = run(on);
        QCOMPARE(result.outcomes.size(), 1);
        QCOMPARE(result.outcomes.first().kindName(), QStringLiteral("refused"));
        QVERIFY(result.outcomes.first().sentence.contains(QLatin1String("Expired keys")));
    }

    void concurrencyLimiter_429WithoutHeaders_everyKeyRevokedWithoutPause()
    {
        PortalLimits limits;
        limits.requestsPerMinute = 0;
        limits.concurrentWrites = 3;
        m_server->portal().setLimits(limits);
        m_server->portal().setBaseLatency(30);
        const QStringList ids = generatedIds(60);
        KeyBatch batch(&m_network, asOwner(), KeyOperation::Revoke, ids);
        const Result result = run(batch, 60000);
        QCOMPARE(result.summary.succeeded, 60); // none given up while the portal said 429
        QCOMPARE(result.outcomes.size(), 60);
        QVERIFY(result.summary.rateLimitedAnswers > 0); // it starts above 3 and finds the limit
        QVERIFY(result.pauses.isEmpty()); // no Retry-After: backed off, not paused for seconds
        // It ends below the transport's six: it found the portal's limit (3) and stays near it.
        // How near depends on the machine: while answers are slow (wine64 beside other tests),
        // fewer of the batch's requests are at the portal at once than it has in flight, so it
        // probes one or two above without a 429 (5 seen there; 3 or 4 here).
        QVERIFY2(result.summary.concurrency < 6,
                 qPrintable(QString::number(result.summary.concurrency)));
        for (const QString &key : ids)
            QVERIFY(!m_server->portal().key(QUuid::fromString(key)).has_value());
    }

    void adaptive_growsToTheTransportsSixOverHttp11()
    {
        m_server->portal().setBaseLatency(40);
        m_server->resetStats();
        const QStringList ids = generatedIds(60);
        KeyBatch batch(&m_network, asOwner(), KeyOperation::Revoke, ids);
        const Result result = run(batch);
        QCOMPARE(result.summary.succeeded, 60);
        QVERIFY(!result.summary.http2);
        QCOMPARE(result.summary.peakInFlight, KeyBatch::HttpConnectionsPerHost);
        QCOMPARE(result.summary.rateLimitedAnswers, 0);
    }

    void connectionLostAfterSending_checkedByReadingTheKeyList()
    {
        // After the portal did its work, the connection closes without an answer: the key is gone,
        // the answer lost. Qt sends a request again by itself after such a close (twice, here on
        // Linux), so it takes three to reach the batch as a lost connection. Whether Qt resends
        // depends on when it sees the close (under Wine it did not always): then two of the three
        // drops reach the batch, and two keys are checked, the first one among them.
        FaultSettings faults;
        faults.drop = true;
        faults.count = 3;
        m_server->setFaults(faults);
        const QStringList ids = generatedIds(4);
        KeyBatch batch(&m_network, asOwner(), KeyOperation::Revoke, ids);
        batch.setConcurrency(1);
        const Result result = run(batch);
        QCOMPARE(result.summary.succeeded, 4);
        QVERIFY2(result.summary.checked >= 1 && result.summary.checked <= 3,
                 qPrintable(QString::number(result.summary.checked)));
        // The lost one is reported once checked. When that is, among the others, is the race of
        // the key-list read (started as soon as the connection is lost) with the revocations
        // still going on: not an order to test (it came last on Linux, not always under Wine).
        QCOMPARE(result.outcomes.size(), 4);
        const auto lost = std::find_if(
            result.outcomes.cbegin(), result.outcomes.cend(),
            [&ids](const RevokeOutcome &outcome) { return outcome.keyId == ids.first(); });
        QVERIFY(lost != result.outcomes.cend());
        const RevokeOutcome &first = *lost;
        QCOMPARE(first.kind, OutcomeKind::Revoked);
        QVERIFY(first.checked);
        QVERIFY2(first.sentence.contains(QLatin1String("checked")), qPrintable(first.sentence));
        bool listed = false;
        for (const RequestLogEntry &entry : m_server->requestLog())
            listed =
                listed || (entry.method == "GET" && entry.path == QLatin1String("/api/2.0/keys"));
        QVERIFY(listed);
    }

    void connectionLostOnce_qtsResendAnsweredNotFound_checkedAsRevoked_data()
    {
        QTest::addColumn<int>("concurrency");
        QTest::addColumn<bool>("warmConnection");
        QTest::newRow("one at a time, fresh connection") << 1 << false;
        QTest::newRow("one at a time, kept-alive connection") << 1 << true;
        QTest::newRow("six at once, kept-alive connections") << 6 << true;
    }

    void connectionLostOnce_qtsResendAnsweredNotFound_checkedAsRevoked()
    {
        // The portal deletes the key, then the connection closes without an answer, once. Qt
        // sends the DELETE again by itself on HTTP/1.1, and the portal answers that one "not
        // found" (500 NullReferenceException): the key is gone because of us, so the outcome is
        // "Revoked (checked)", read back from the key list, not "not found".
        QFETCH(int, concurrency);
        QFETCH(bool, warmConnection);
        const QStringList ids = generatedIds(8);
        if (warmConnection) {
            // Connections left open by a read, as after the window loaded the list.
            DocSpaceClient client(&m_network);
            client.setConnection(asOwner());
            QList<KeyListOperation *> reads;
            for (int i = 0; i < concurrency; ++i)
                reads << client.listKeys();
            int left = int(reads.size());
            for (KeyListOperation *read : reads)
                connect(read, &KeyListOperation::finished, this, [&left] { --left; });
            QTRY_COMPARE(left, 0);
        }
        FaultSettings faults;
        faults.drop = true;
        faults.count = 1;
        m_server->setFaults(faults);
        KeyBatch batch(&m_network, asOwner(), KeyOperation::Revoke, ids);
        batch.setConcurrency(concurrency);
        const Result result = run(batch);
        QCOMPARE(result.outcomes.size(), ids.size());
        for (const RevokeOutcome &outcome : result.outcomes) {
            QVERIFY2(outcome.kind == OutcomeKind::Revoked,
                     qPrintable(outcome.keyId + QLatin1Char(' ') + outcome.kindName() +
                                QLatin1Char(' ') + outcome.sentence));
        }
        QCOMPARE(result.summary.succeeded, int(ids.size()));
        QCOMPARE(result.summary.checked, 1);
        int checked = 0;
        for (const RevokeOutcome &outcome : result.outcomes) {
            if (outcome.checked) {
                ++checked;
                QVERIFY2(outcome.sentence.startsWith(QLatin1String("Revoked (checked)")),
                         qPrintable(outcome.sentence));
            }
        }
        QCOMPARE(checked, 1);
        for (const QString &id : ids)
            QVERIFY(!m_server->portal().key(QUuid::fromString(id)));
    }

    void connectionLostAfterSending_deactivation_checked()
    {
        FaultSettings faults;
        faults.drop = true;
        faults.count = 1;
        m_server->setFaults(faults);
        const QStringList ids = generatedIds(1);
        KeyBatch batch(&m_network, asOwner(), KeyOperation::Deactivate, ids);
        const Result result = run(batch);
        QCOMPARE(result.outcomes.size(), 1);
        // Qt sends a PUT again when the connection closes before the answer; the same PUT twice
        // does no harm, and the second answer tells.
        QCOMPARE(result.outcomes.first().kind, OutcomeKind::Deactivated);
        QVERIFY(!m_server->portal().key(QUuid::fromString(ids.first()))->isActive);
    }

    void emptyBatch_finishesAtOnce()
    {
        KeyBatch batch(&m_network, asOwner(), KeyOperation::Revoke, {});
        QSignalSpy finished(&batch, &KeyBatch::finished);
        batch.start();
        QVERIFY(finished.wait(2000));
        QCOMPARE(finished.first().first().value<BatchSummary>().total, 0);
    }
};

QTEST_GUILESS_MAIN(TestKeyBatch)
#include "tst_keybatch.moc"
