// How the client slows down when the portal asks: Retry-After and X-RateLimit-Reset read with
// saturating arithmetic at their extremes, the jittered back-off for 429s without headers, and
// the adaptive concurrency limit converging near the portal's own limit.
#include "apicall.h"
#include "concurrencylimit.h"
#include "outcomeclassifier.h"

#include <QDateTime>
#include <QTest>

#include <climits>
#include <cmath>

namespace {
QByteArray httpDate(int year)
{
    const QDateTime when(QDate(year, 1, 1), QTime(0, 0), Qt::UTC);
    QString text = when.toString(Qt::RFC2822Date);
    text.replace(QLatin1String("+0000"), QLatin1String("GMT"));
    return text.toLatin1();
}

// A portal that takes `portalLimit` writes at once (429 for the rest) with a fixed round trip;
// returns the limits the batch used in each round once it had settled.
QList<int> simulate(ConcurrencyLimit &limit, int portalLimit, int rounds, int *overloads)
{
    QList<int> used;
    qint64 now = 0;
    for (int round = 0; round < rounds; ++round) {
        const int sent = limit.limit();
        for (int i = 1; i <= sent; ++i) {
            if (i <= portalLimit) {
                limit.onAnswer(50, i);
            } else {
                limit.onOverload(i, now);
                ++*overloads;
            }
        }
        now += 50;
        if (round >= rounds / 2)
            used << sent;
    }
    return used;
}
} // namespace

class TestRateLimiting : public QObject
{
    Q_OBJECT

private slots:
    void parseRetryAfter_extremes_data()
    {
        QTest::addColumn<QByteArray>("value");
        QTest::addColumn<int>("seconds");
        QTest::newRow("beyond int") << QByteArray("99999999999") << INT_MAX;
        QTest::newRow("beyond int64") << QByteArray("99999999999999999999999") << INT_MAX;
        QTest::newRow("int max") << QByteArray("2147483647") << INT_MAX;
        QTest::newRow("int64 min") << QByteArray("-9223372036854775808") << -1;
        QTest::newRow("zero") << QByteArray("0") << 0;
        QTest::newRow("date in 2161") << httpDate(2161) << INT_MAX;
        QTest::newRow("date in 9999") << httpDate(9999) << INT_MAX;
    }
    void parseRetryAfter_extremes()
    {
        QFETCH(QByteArray, value);
        QFETCH(int, seconds);
        QCOMPARE(OutcomeClassifier::parseRetryAfter(value), seconds);
    }

    void retryDelaySeconds_extremes_data()
    {
        QTest::addColumn<QByteArray>("retryAfter");
        QTest::addColumn<QByteArray>("reset");
        QTest::addColumn<int>("seconds");
        const qint64 now = 1767225600; // 2026-01-01
        QTest::newRow("reset int64 min") << QByteArray() << QByteArray("-9223372036854775808") << 1;
        QTest::newRow("reset int64 max") << QByteArray() << QByteArray("9223372036854775807") << 60;
        QTest::newRow("reset in the past") << QByteArray() << QByteArray::number(now - 10) << 1;
        QTest::newRow("reset in 30 s") << QByteArray() << QByteArray::number(now + 30) << 30;
        QTest::newRow("reset in 2 h") << QByteArray() << QByteArray::number(now + 7200) << 60;
        QTest::newRow("reset garbage") << QByteArray() << QByteArray("soon") << -1;
        QTest::newRow("nothing: concurrency limiter") << QByteArray() << QByteArray() << -1;
        QTest::newRow("retry-after wins") << QByteArray("7") << QByteArray::number(now + 30) << 7;
        QTest::newRow("retry-after zero") << QByteArray("0") << QByteArray() << 1;
        QTest::newRow("retry-after huge") << QByteArray("99999999999") << QByteArray() << 60;
        QTest::newRow("retry-after 2161") << httpDate(2161) << QByteArray() << 60;
        QTest::newRow("retry-after 9999") << httpDate(9999) << QByteArray() << 60;
    }
    void retryDelaySeconds_extremes()
    {
        QFETCH(QByteArray, retryAfter);
        QFETCH(QByteArray, reset);
        QFETCH(int, seconds);
        QCOMPARE(ApiCall::retryDelaySeconds(retryAfter, reset, 60, 1767225600), seconds);
    }

    void retryDelaySeconds_anyNow_neverOverflows()
    {
        for (const qint64 now : {LLONG_MIN, qint64(-1), qint64(0), LLONG_MAX}) {
            for (const QByteArray &reset : {QByteArray("-9223372036854775808"),
                                            QByteArray("9223372036854775807"), QByteArray("0")}) {
                const int seconds = ApiCall::retryDelaySeconds({}, reset, 60, now);
                QVERIFY2(seconds >= 1 && seconds <= 60, qPrintable(QString::number(seconds)));
            }
        }
    }

    void concurrencyBackoff_growsWithJitterAndIsCapped()
    {
        QCOMPARE(ApiCall::concurrencyBackoffMs(1, 0.0, 10000), ApiCall::BackoffBaseMs / 2);
        QCOMPARE(ApiCall::concurrencyBackoffMs(1, 1.0, 10000), ApiCall::BackoffBaseMs);
        QCOMPARE(ApiCall::concurrencyBackoffMs(3, 1.0, 10000), 4 * ApiCall::BackoffBaseMs);
        QVERIFY(ApiCall::concurrencyBackoffMs(3, 0.5, 10000) < 4 * ApiCall::BackoffBaseMs);
        QVERIFY(ApiCall::concurrencyBackoffMs(3, 0.5, 10000) > 2 * ApiCall::BackoffBaseMs);
        QCOMPARE(ApiCall::concurrencyBackoffMs(1000, 1.0, 10000), 10000);
        QCOMPARE(ApiCall::concurrencyBackoffMs(INT_MAX, 1.0, 10000), 10000);
        QVERIFY(ApiCall::concurrencyBackoffMs(INT_MIN, 0.3, 10000) >= ApiCall::BackoffBaseMs / 2);
    }

    void limit_convergesNearThePortalsLimit_data()
    {
        QTest::addColumn<int>("portalLimit");
        QTest::addColumn<int>("ceiling");
        QTest::addColumn<int>("low");
        QTest::addColumn<int>("high");
        QTest::newRow("portal 3") << 3 << 15 << 2 << 4;
        QTest::newRow("portal 15") << 15 << 32 << 12 << 16;
        QTest::newRow("portal 15, ceiling 15") << 15 << 15 << 15 << 15;
        QTest::newRow("portal 40, ceiling 15") << 40 << 15 << 15 << 15;
        QTest::newRow("portal 1") << 1 << 15 << 1 << 2;
        QTest::newRow("another client holds 5 of 15") << 10 << 15 << 8 << 11;
    }
    void limit_convergesNearThePortalsLimit()
    {
        QFETCH(int, portalLimit);
        QFETCH(int, ceiling);
        QFETCH(int, low);
        QFETCH(int, high);
        ConcurrencyLimit limit(6, ceiling);
        int overloads = 0;
        const QList<int> used = simulate(limit, portalLimit, 60, &overloads);
        for (const int n : used)
            QVERIFY2(n >= low && n <= high, qPrintable(QString::number(n)));
        double sum = 0;
        for (const int n : used)
            sum += n;
        QVERIFY(sum / used.size() >= qMin(portalLimit, ceiling) * 0.75);
        if (portalLimit >= ceiling)
            QCOMPARE(overloads, 0);
    }

    void limit_risingLatency_shrinks()
    {
        ConcurrencyLimit limit(8, 15);
        for (int i = 0; i < 8; ++i)
            limit.onAnswer(50, 8);
        const int before = limit.limit();
        for (int round = 0; round < 3; ++round) {
            for (int i = 0; i < limit.limit(); ++i)
                limit.onAnswer(400, limit.limit());
        }
        QVERIFY2(limit.limit() < before, qPrintable(QString::number(limit.limit())));
    }

    void limit_unusedSlots_doNotGrow()
    {
        ConcurrencyLimit limit(6, 15);
        for (int i = 0; i < 60; ++i)
            limit.onAnswer(50, 2); // only two at a time were ever in flight
        QCOMPARE(limit.limit(), 6);
    }

    void limit_burstOf429s_isOneCut()
    {
        ConcurrencyLimit limit(12, 15);
        for (int i = 0; i < 12; ++i)
            limit.onAnswer(50, i + 1);
        const int before = limit.limit();
        for (int i = 0; i < 6; ++i)
            limit.onOverload(before, 1000);
        QCOMPARE(limit.limit(), int(std::lround((before - 1) * ConcurrencyLimit::OverloadBackoff)));
    }
};

QTEST_GUILESS_MAIN(TestRateLimiting)
#include "tst_ratelimiting.moc"
