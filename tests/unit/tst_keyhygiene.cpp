#include "keyhygiene.h"

#include <QJsonArray>
#include <QTest>

namespace {
const QDateTime kNow = QDateTime::fromString(QStringLiteral("2026-07-01T12:00:00Z"), Qt::ISODate);

ApiKey key(const QString &name, int lastUsedDaysAgo, int expiresInDays, bool active,
           QStringList permissions = {})
{
    ApiKey k;
    k.id = name.toLower().replace(QLatin1Char(' '), QLatin1Char('-'));
    k.name = name;
    k.keyPostfix = QStringLiteral("ab12");
    k.createOn = kNow.addDays(-400);
    if (lastUsedDaysAgo >= 0)
        k.lastUsed = kNow.addDays(-lastUsedDaysAgo);
    if (expiresInDays != 0)
        k.expiresAt = kNow.addDays(expiresInDays);
    k.isActive = active;
    k.permissions = std::move(permissions);
    return k;
}

QStringList names(const HygieneFinding *finding)
{
    QStringList list;
    for (const ApiKey &k : finding->keys)
        list << k.name;
    return list;
}
} // namespace

class TestKeyHygiene : public QObject
{
    Q_OBJECT

private slots:
    void build_sortsEachKeyIntoItsFindings()
    {
        QList<ApiKey> keys{
            key(QStringLiteral("Expired"), 50, -5, true, {QStringLiteral("*:read")}),
            key(QStringLiteral("Switched off"), 10, 30, false, {QStringLiteral("*:read")}),
            key(QStringLiteral("Fresh unused"), -1, 30, true, {QStringLiteral("*:read")}),
            key(QStringLiteral("Forgotten"), 200, 30, true, {QStringLiteral("*:read")}),
            key(QStringLiteral("Forever"), 1, 0, true, {QStringLiteral("*:read")}),
            key(QStringLiteral("Almighty"), 1, 30, true, {}),
            key(QStringLiteral("Healthy"), 1, 30, true, {QStringLiteral("files:read")}),
        };
        keys[2].createOn = kNow.addDays(-10); // never used, but too new to be "unused for 90 days"
        const HygieneReport report =
            HygieneReport::build(keys, kNow, 90, QStringLiteral("https://p"));
        QCOMPARE(report.totalKeys, 7);
        QCOMPARE(report.findings.size(), 6);
        QCOMPARE(names(report.finding(QStringLiteral("expired"))),
                 QStringList{QStringLiteral("Expired")});
        QCOMPARE(names(report.finding(QStringLiteral("deactivated"))),
                 QStringList{QStringLiteral("Switched off")});
        QCOMPARE(names(report.finding(QStringLiteral("never-used"))),
                 QStringList{QStringLiteral("Fresh unused")});
        QCOMPARE(names(report.finding(QStringLiteral("unused"))),
                 QStringList{QStringLiteral("Forgotten")});
        QCOMPARE(names(report.finding(QStringLiteral("no-expiry"))),
                 QStringList{QStringLiteral("Forever")});
        QCOMPARE(names(report.finding(QStringLiteral("unrestricted"))),
                 QStringList{QStringLiteral("Almighty")});
        QCOMPARE(report.finding(QStringLiteral("expired"))->action, KeyOperation::Revoke);
        QCOMPARE(report.finding(QStringLiteral("unused"))->action, KeyOperation::Deactivate);
    }

    // One meaning of "unused for N days": the report's finding, the list's filter (KeyFilter, in
    // the window, the all-portals view and `list --unused-days`) and ApiKey::isUnusedFor agree.
    void unusedForNDays_reportFilterAndKeyAgree_data()
    {
        QTest::addColumn<int>("createdDaysAgo");  // -1: not known
        QTest::addColumn<int>("lastUsedDaysAgo"); // -1: never used
        QTest::addColumn<bool>("unused");
        QTest::newRow("never used, created yesterday") << 1 << -1 << false;
        QTest::newRow("never used, created 89 days ago") << 89 << -1 << false;
        QTest::newRow("never used, created 90 days ago") << 90 << -1 << true;
        QTest::newRow("never used, created 100 days ago") << 100 << -1 << true;
        QTest::newRow("used 89 days ago") << 400 << 89 << false;
        QTest::newRow("used 90 days ago") << 400 << 90 << true;
        QTest::newRow("used 91 days ago") << 400 << 91 << true;
        QTest::newRow("used yesterday") << 400 << 1 << false;
        QTest::newRow("no dates at all") << -1 << -1 << true;
    }
    void unusedForNDays_reportFilterAndKeyAgree()
    {
        QFETCH(int, createdDaysAgo);
        QFETCH(int, lastUsedDaysAgo);
        QFETCH(bool, unused);
        ApiKey k =
            key(QStringLiteral("Probe"), lastUsedDaysAgo, 30, true, {QStringLiteral("*:read")});
        k.createOn = createdDaysAgo >= 0 ? kNow.addDays(-createdDaysAgo) : QDateTime();
        QCOMPARE(k.isUnusedFor(90, kNow), unused);
        KeyFilter filter;
        filter.unusedDays = 90;
        QCOMPARE(filter.matches(k, kNow), unused);
        const HygieneReport report = HygieneReport::build({k}, kNow, 90, {});
        QCOMPARE(report.finding(QStringLiteral("unused"))->keys.size(), unused ? 1 : 0);
        // "Never used" stays its own finding, whatever the age.
        QCOMPARE(report.finding(QStringLiteral("never-used"))->keys.size(),
                 lastUsedDaysAgo < 0 ? 1 : 0);
    }

    void build_thresholdDecidesUnused()
    {
        const QList<ApiKey> keys{
            key(QStringLiteral("Forty days"), 40, 30, true, {QStringLiteral("*:read")})};
        QCOMPARE(
            HygieneReport::build(keys, kNow, 90, {}).finding(QStringLiteral("unused"))->keys.size(),
            0);
        QCOMPARE(
            HygieneReport::build(keys, kNow, 30, {}).finding(QStringLiteral("unused"))->keys.size(),
            1);
    }

    void exports_carryPortalDateFiguresAndEscapeNames()
    {
        QList<ApiKey> keys{key(QStringLiteral("<script>alert(1)</script>, \"x\""), -1, 0, true)};
        const HygieneReport report =
            HygieneReport::build(keys, kNow, 90, QStringLiteral("https://docs.example.com"));
        const QString html = report.toHtml();
        QVERIFY(html.contains(QLatin1String("https://docs.example.com")));
        QVERIFY(html.contains(QLatin1String("2026-07-01 12:00 UTC")));
        QVERIFY(!html.contains(QLatin1String("<script>")));
        QVERIFY(html.contains(QLatin1String("&lt;script&gt;")));
        QVERIFY(html.contains(QLatin1String("<td class=\"count\">1</td>")));
        // The PDF is printed from this page: the permissions column is in it.
        QVERIFY(html.contains(QLatin1String("<th>Permissions</th>")));
        QVERIFY(html.contains(QLatin1String("<td>all</td>")));
        const QByteArray csv = report.toCsv();
        QVERIFY(csv.startsWith("finding,key_id,name,"));
        QVERIFY2(csv.contains("\"<script>alert(1)</script>, \"\"x\"\"\""), csv.constData());
        QCOMPARE(report.toJson().value(QLatin1String("findings")).toArray().size(), 6);
    }
};

QTEST_GUILESS_MAIN(TestKeyHygiene)
#include "tst_keyhygiene.moc"
