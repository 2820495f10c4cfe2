// The formats the window and the CLI share through core: a key as JSON, ids read in bulk with
// their lines, and the hygiene report's CSV file.
#include "apikey.h"
#include "keyhygiene.h"
#include "keyidlist.h"

#include <QJsonArray>
#include <QTest>

namespace {
const QDateTime kNow = QDateTime::fromString(QStringLiteral("2026-07-01T12:00:00Z"), Qt::ISODate);
const QString kA = QStringLiteral("3f2b6c1e-8a4d-4e9b-9c71-2d5e8f0a1b23");
const QString kB = QStringLiteral("00000000-1111-4222-8333-444444444444");

ApiKey sampleKey()
{
    ApiKey key;
    key.id = kA;
    key.name = QStringLiteral("CI, \"nightly\"");
    key.keyPostfix = QStringLiteral("e3c2");
    key.permissions = {QStringLiteral("files:read")};
    key.createOn = kNow.addDays(-10);
    key.expiresAt = kNow.addDays(-1);
    key.createdById = QStringLiteral("u-1");
    key.createdByName = QStringLiteral("Alice Owner");
    return key;
}
} // namespace

class TestKeyFormats : public QObject
{
    Q_OBJECT

private slots:
    void toJson_hasEveryFieldAndNullsForMissingDates()
    {
        const QJsonObject json = sampleKey().toJson(kNow);
        QCOMPARE(json.keys(),
                 (QStringList{"createBy", "createById", "createOn", "expiresAt", "id", "isActive",
                              "keyPostfix", "lastUsed", "name", "permissions", "state"}));
        QCOMPARE(json.value(QLatin1String("id")).toString(), kA);
        QCOMPARE(json.value(QLatin1String("name")).toString(), QStringLiteral("CI, \"nightly\""));
        QCOMPARE(json.value(QLatin1String("createBy")).toString(), QStringLiteral("Alice Owner"));
        QVERIFY(json.value(QLatin1String("lastUsed")).isNull());
        QCOMPARE(json.value(QLatin1String("expiresAt")).toString(),
                 kNow.addDays(-1).toString(Qt::ISODate));
        QCOMPARE(json.value(QLatin1String("permissions")).toArray(),
                 QJsonArray{QStringLiteral("files:read")});
        // Expired by date even though the portal still calls it active.
        QCOMPARE(json.value(QLatin1String("isActive")).toBool(), true);
        QCOMPARE(json.value(QLatin1String("state")).toString(), QStringLiteral("expired"));
    }

    void toJson_roundTripsThroughFromJsonForTheSharedFields()
    {
        ApiKey key = sampleKey();
        key.lastUsed = kNow.addDays(-2);
        QJsonObject json = key.toJson(kNow);
        // fromJson reads the portal's shape (createBy is an object there).
        json.insert(QStringLiteral("createBy"),
                    QJsonObject{{QStringLiteral("id"), key.createdById},
                                {QStringLiteral("displayName"), key.createdByName}});
        const std::optional<ApiKey> back = ApiKey::fromJson(json);
        QVERIFY(back.has_value());
        QCOMPARE(back->id, key.id);
        QCOMPARE(back->name, key.name);
        QCOMPARE(back->keyPostfix, key.keyPostfix);
        QCOMPARE(back->permissions, key.permissions);
        QCOMPARE(back->lastUsed, key.lastUsed);
        QCOMPARE(back->expiresAt, key.expiresAt);
        QCOMPARE(back->createdByName, key.createdByName);
    }

    void keyIdList_linesSayWhereEachIdWas()
    {
        const KeyIdList list = KeyIdList::parse(QStringLiteral("# ticket 42\n") + kA +
                                                QStringLiteral("\n\nnot-an-id\n") + kB +
                                                QLatin1Char('\n') + kA.toUpper());
        QCOMPARE(list.ids, (QStringList{kA, kB}));
        QCOMPARE(list.lines, (QList<int>{2, 5}));
        QCOMPARE(list.rejected.size(), 1);
        QCOMPARE(list.rejected.first().line, 4);
        QCOMPARE(list.duplicates, 1);
    }

    void keyIdList_readsTheCliListCsv()
    {
        const QString csv = QStringLiteral("id,name,keyPostfix,createBy\n") + kA +
                            QStringLiteral(",\"CI, nightly\",e3c2,Alice\n") + kB +
                            QStringLiteral(",Other,ab12,Bob\n");
        const KeyIdList list = KeyIdList::parse(csv);
        QCOMPARE(list.ids, (QStringList{kA, kB}));
        QCOMPARE(list.lines, (QList<int>{2, 3}));
        QVERIFY(list.rejected.isEmpty());
    }

    void reportCsv_isTheWholeFileKeysFirstThenSummary()
    {
        const HygieneReport report = HygieneReport::build(
            {sampleKey()}, kNow, 90, QStringLiteral("https://docs.example.com"));
        const QString csv = QString::fromUtf8(report.toCsv());
        QVERIFY(csv.startsWith(QLatin1String("finding,key_id,name,")));
        QVERIFY(csv.contains(QStringLiteral("expired,%1,\"CI, \"\"nightly\"\"\",e3c2,").arg(kA)));
        QVERIFY2(
            csv.contains(QLatin1String("\nreport,portal,generated_utc,keys_examined,unused_days\n"
                                       "API key hygiene report,https://docs.example.com,"
                                       "2026-07-01T12:00:00Z,1,90\n")),
            qPrintable(csv));
        const HygieneFinding *expired = report.finding(QStringLiteral("expired"));
        QVERIFY(csv.contains(QStringLiteral("\nfinding,title,count,suggested_action\n")));
        QVERIFY(csv.contains(QStringLiteral("\nexpired,%1,1,revoke\n").arg(expired->title)));
        QVERIFY(csv.endsWith(QLatin1Char('\n')));
    }
};

QTEST_GUILESS_MAIN(TestKeyFormats)
#include "tst_keyformats.moc"
