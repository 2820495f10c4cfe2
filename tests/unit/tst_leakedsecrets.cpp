#include "leakedsecret.h"

#include <QTest>

#include <atomic>
#include <memory>
#include <thread>

namespace {
QString secret(char fill, const char *ending = "")
{
    QString hex(64 - int(qstrlen(ending)), QLatin1Char(fill));
    return QStringLiteral("sk-") + hex + QLatin1String(ending);
}
} // namespace

class TestLeakedSecrets : public QObject
{
    Q_OBJECT

private slots:
    void find_realisticText_everySecretOnceInOrder()
    {
        const QString a = secret('a', "0001");
        const QString b = secret('b', "0002");
        const QString c = secret('c', "0003");
        const QString d = secret('d', "0004");
        const QString text =
            QStringLiteral("2026-07-01 10:00:01 INFO calling https://portal/api?token=%1&x=1\n"
                           "diff --git a/.env b/.env\n+DOCSPACE_KEY=%2\n-DOCSPACE_KEY=sk-***0002\n"
                           "{\"key\": \"%3\", \"name\": \"CI\"}\n"
                           "[chat] bob: here you go: `%4`. and again %1\n")
                .arg(a, b, c, d);
        QCOMPARE(LeakedSecrets::find(text), (QStringList{a, b, c, d}));
    }

    void find_nearMisses_notMatched_data()
    {
        QTest::addColumn<QString>("text");
        const QString good = secret('e');
        QTest::newRow("63 hex") << QStringLiteral("sk-") + QString(63, QLatin1Char('e'));
        QTest::newRow("65 hex") << QStringLiteral("sk-") + QString(65, QLatin1Char('e'));
        QTest::newRow("upper-case hex") << QStringLiteral("sk-") + QString(64, QLatin1Char('E'));
        QTest::newRow("mixed case")
            << QStringLiteral("sk-") + QString(63, QLatin1Char('e')) + QLatin1Char('F');
        QTest::newRow("not hex") << QStringLiteral("sk-") + QString(63, QLatin1Char('e')) +
                                        QLatin1Char('g');
        QTest::newRow("split by a line break") << good.left(40) + QLatin1Char('\n') + good.mid(40);
        QTest::newRow("split by CRLF") << good.left(20) + QLatin1String("\r\n") + good.mid(20);
        QTest::newRow("glued to a word") << QLatin1String("task-") + good.mid(3);
        QTest::newRow("prefixed") << QLatin1String("xsk-") + good.mid(3);
        QTest::newRow("longer token") << good + QLatin1String("_v2");
        QTest::newRow("masked") << QStringLiteral("sk-***abcd");
        QTest::newRow("other prefix") << QStringLiteral("pk-") + QString(64, QLatin1Char('e'));
    }
    void find_nearMisses_notMatched()
    {
        QFETCH(QString, text);
        QVERIFY2(LeakedSecrets::find(text).isEmpty(), qPrintable(text));
    }

    void find_punctuationAround_matched()
    {
        const QString s = secret('f');
        for (const QString &wrapped :
             {QStringLiteral("'%1'"), QStringLiteral("(%1)"), QStringLiteral("<%1>"),
              QStringLiteral("Bearer %1."), QStringLiteral("%1,"), QStringLiteral("=%1;")})
            QCOMPARE(LeakedSecrets::find(wrapped.arg(s)), QStringList{s});
    }

    void find_manyDistinctSecrets_linearNotQuadratic()
    {
        // 200,000 distinct secrets in 14 MB of log. The quadratic version compared each new
        // match with every one before it (2e10 comparisons: minutes; 50,000 took 10 s); the
        // linear one takes well under a second, a few under sanitizers. The bound only has to
        // tell the two apart, so it is far from either.
        constexpr int kSecrets = 200000;
        QString text;
        text.reserve(qsizetype(kSecrets) * 72);
        for (int i = 0; i < kSecrets; ++i) {
            const QByteArray hex = QByteArray::number(i, 16).rightJustified(64, '0');
            text += QStringLiteral("log: sk-") + QLatin1String(hex) + QLatin1Char('\n');
        }
        std::atomic<bool> done{false};
        auto found = std::make_shared<QStringList>();
        std::thread worker([found, text, &done] {
            *found = LeakedSecrets::find(text);
            done = true;
        });
        if (!QTest::qWaitFor([&done] { return done.load(); }, 60000)) {
            worker.detach();
            QFAIL("LeakedSecrets::find took over a minute for 200,000 secrets: quadratic");
        }
        worker.join();
        QCOMPARE(found->size(), kSecrets);
        QCOMPARE(found->first(), QStringLiteral("sk-") + QString(64, QLatin1Char('0')));
        QCOMPARE(found->last().right(5), QStringLiteral("30d3f"));
    }

    void find_sameSecretRepeated_reportedOnce()
    {
        const QString secret = QStringLiteral("sk-") + QString(64, QLatin1Char('c'));
        const QString text = (secret + QStringLiteral(" and again ")).repeated(1000);
        QCOMPARE(LeakedSecrets::find(text), QStringList{secret});
    }

    void redacted_showsOnlyTheEnding()
    {
        const QString s = secret('a', "9f3c");
        QCOMPARE(LeakedSecrets::redacted(s),
                 QStringLiteral("sk-") + QChar(0x2026) + QStringLiteral("9f3c"));
    }
};

QTEST_GUILESS_MAIN(TestLeakedSecrets)
#include "tst_leakedsecrets.moc"
