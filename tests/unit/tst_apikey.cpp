#include "apikey.h"
#include "keyidlist.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QTest>

namespace {
QJsonObject keyJson(const char *json)
{
    return QJsonDocument::fromJson(json).object();
}
const QDateTime kNow = QDateTime::fromString(QStringLiteral("2026-07-01T12:00:00Z"), Qt::ISODate);
} // namespace

class TestApiKey : public QObject
{
    Q_OBJECT

private slots:
    void fromJson_readsEveryFieldAndDocSpaceDates()
    {
        const auto key = ApiKey::fromJson(
            keyJson("{\"id\":\"3F2B6C1E-8A4D-4E9B-9C71-2D5E8F0A1B23\",\"name\":\"<b>CI</b> & co\","
                    "\"key\":\"sk-***ab12\",\"keyPostfix\":\"ab12\",\"permissions\":[\"*:read\"],"
                    "\"lastUsed\":\"2026-06-30T10:00:00.1234567+03:00\","
                    "\"createOn\":\"2026-01-02T03:04:05.0000000Z\","
                    "\"expiresAt\":\"2026-07-03T12:00:00.0000000+00:00\",\"isActive\":true,"
                    "\"createBy\":{\"id\":\"u1\",\"displayName\":\"Alice Owner\"}}"));
        QVERIFY(key.has_value());
        QCOMPARE(key->id, QStringLiteral("3f2b6c1e-8a4d-4e9b-9c71-2d5e8f0a1b23"));
        QCOMPARE(key->name, QStringLiteral("<b>CI</b> & co"));
        QCOMPARE(key->maskedKey(), QStringLiteral("sk-***ab12"));
        QCOMPARE(key->permissions, QStringList{QStringLiteral("*:read")});
        QCOMPARE(
            key->lastUsed.toUTC(),
            QDateTime::fromString(QStringLiteral("2026-06-30T07:00:00.123Z"), Qt::ISODateWithMs));
        QCOMPARE(key->createOn.toUTC(),
                 QDateTime::fromString(QStringLiteral("2026-01-02T03:04:05Z"), Qt::ISODate));
        QCOMPARE(key->createdByName, QStringLiteral("Alice Owner"));
        QVERIFY(!key->canWrite());
        QVERIFY(!key->isUnrestricted());
    }

    void listFromJson_decodesDisplayNamesOnce_keepsKeyNamesVerbatim()
    {
        QFile file(QStringLiteral(DSK_TEST_DATA_DIR "/keys_list_count1.json"));
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QJsonObject envelope = QJsonDocument::fromJson(file.readAll()).object();
        QCOMPARE(envelope.value(QLatin1String("count")).toInt(), 1); // as the server sends it
        const QList<ApiKey> keys =
            ApiKey::listFromJson(envelope.value(QLatin1String("response")).toArray());
        QCOMPARE(keys.size(), 3);
        QCOMPARE(keys.at(0).createdByName, QStringLiteral("Zoë O'Brien & Co"));
        QCOMPARE(keys.at(0).name, QStringLiteral("<b>Legacy</b> & \"quotes\""));
        QCOMPARE(keys.at(1).name, QStringLiteral("Zo&#235;'s &amp; script"));
        QCOMPARE(keys.at(1).createdById, QStringLiteral("4a515a15-d4d6-4b8e-828e-e0586f18f3a3"));
        QCOMPARE(keys.at(1).createdByName, QStringLiteral("Profile removed"));
        QCOMPARE(keys.at(2).createdByName, QStringLiteral("Zoë O'Brien & Co"));
        QVERIFY(!keys.at(2).isActive);
        // The filter finds the real name, not the entity.
        KeyFilter filter;
        filter.text = QStringLiteral("O'Brien & Co");
        QVERIFY(filter.matches(keys.at(0), kNow));
        filter.text = QStringLiteral("&#39;");
        QVERIFY(!filter.matches(keys.at(0), kNow));
    }

    void fromJson_missingOptionalFields_meanNeverAndUnrestricted()
    {
        const auto key =
            ApiKey::fromJson(keyJson("{\"id\":\"a\",\"name\":\"n\",\"key\":\"sk-***wxyz\"}"));
        QVERIFY(key.has_value());
        QVERIFY(!key->lastUsed.isValid());
        QVERIFY(!key->expiresAt.isValid());
        QVERIFY(key->isActive);
        QVERIFY(key->isUnrestricted());
        QVERIFY(key->canWrite());
        QCOMPARE(key->keyPostfix, QStringLiteral("wxyz"));
        QVERIFY(!ApiKey::fromJson(keyJson("{\"name\":\"no id\"}")).has_value());
    }

    void stateAt_expiryWinsOverIsActive_data()
    {
        QTest::addColumn<bool>("active");
        QTest::addColumn<QString>("expires");
        QTest::addColumn<int>("state");
        QTest::newRow("active") << true << "" << int(ApiKey::State::Active);
        QTest::newRow("deactivated") << false << "" << int(ApiKey::State::Deactivated);
        QTest::newRow("expired but still active")
            << true << "2026-06-30T12:00:00Z" << int(ApiKey::State::Expired);
        QTest::newRow("expired and inactive")
            << false << "2026-06-30T12:00:00Z" << int(ApiKey::State::Expired);
        QTest::newRow("expires later")
            << true << "2026-07-30T12:00:00Z" << int(ApiKey::State::Active);
    }
    void stateAt_expiryWinsOverIsActive()
    {
        QFETCH(bool, active);
        QFETCH(QString, expires);
        QFETCH(int, state);
        ApiKey key;
        key.isActive = active;
        key.expiresAt = parseDocSpaceDate(expires);
        QCOMPARE(int(key.stateAt(kNow)), state);
    }

    void filter_combinesConditions_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<bool>("neverUsed");
        QTest::addColumn<int>("unusedDays");
        QTest::addColumn<bool>("mine");
        QTest::addColumn<bool>("matches");
        // The key: "Zapier integration", ending 9f3a, by Alice (u1), last used 10 days ago.
        QTest::newRow("no filter") << "" << false << -1 << false << true;
        QTest::newRow("name, any case") << "ZAPIER" << false << -1 << false << true;
        QTest::newRow("creator") << "alice" << false << -1 << false << true;
        QTest::newRow("ending") << "9f3a" << false << -1 << false << true;
        QTest::newRow("id part") << "8a4d" << false << -1 << false << true;
        QTest::newRow("other text") << "backup" << false << -1 << false << false;
        QTest::newRow("never used") << "" << true << -1 << false << false;
        QTest::newRow("unused 7 days") << "" << false << 7 << false << true;
        QTest::newRow("unused 30 days") << "" << false << 30 << false << false;
        QTest::newRow("created by me") << "" << false << -1 << true << true;
    }
    void filter_combinesConditions()
    {
        QFETCH(QString, text);
        QFETCH(bool, neverUsed);
        QFETCH(int, unusedDays);
        QFETCH(bool, mine);
        QFETCH(bool, matches);
        ApiKey key;
        key.id = QStringLiteral("3f2b6c1e-8a4d-4e9b-9c71-2d5e8f0a1b23");
        key.name = QStringLiteral("Zapier integration");
        key.keyPostfix = QStringLiteral("9f3a");
        key.createdById = QStringLiteral("u1");
        key.createdByName = QStringLiteral("Alice Owner");
        key.lastUsed = kNow.addDays(-10);
        KeyFilter filter;
        filter.text = text;
        filter.neverUsed = neverUsed;
        filter.unusedDays = unusedDays;
        if (mine)
            filter.createdById = QStringLiteral("U1");
        QCOMPARE(filter.matches(key, kNow), matches);
        filter.createdById = QStringLiteral("someone-else");
        QVERIFY(!filter.matches(key, kNow));
    }

    void keyIdList_linesCsvCommentsAndRejects()
    {
        const KeyIdList list =
            KeyIdList::parse(QStringLiteral("# leaked on 2026-07-01\n"
                                            "3F2B6C1E-8A4D-4E9B-9C71-2D5E8F0A1B23\n"
                                            "\n"
                                            "{0a0b0c0d-1111-4222-8333-444444444444}\n"
                                            "not an id\n"
                                            "3f2b6c1e-8a4d-4e9b-9c71-2d5e8f0a1b23\n"));
        QCOMPARE(list.ids, (QStringList{QStringLiteral("3f2b6c1e-8a4d-4e9b-9c71-2d5e8f0a1b23"),
                                        QStringLiteral("0a0b0c0d-1111-4222-8333-444444444444")}));
        QCOMPARE(list.duplicates, 1);
        QCOMPARE(list.rejected.size(), 1);
        QCOMPARE(list.rejected.first().line, 5);
        QCOMPARE(list.rejected.first().text, QStringLiteral("not an id"));
    }

    void keyIdList_csvWithIdColumn()
    {
        const KeyIdList list = KeyIdList::parse(
            QStringLiteral("name,id,ending\n"
                           "\"CI, nightly\",3f2b6c1e-8a4d-4e9b-9c71-2d5e8f0a1b23,ab12\n"
                           "Backup,,cd34\n"
                           "Zapier;0a0b0c0d-1111-4222-8333-444444444444;ef56\n"));
        QCOMPARE(list.ids.size(), 2);
        QCOMPARE(list.rejected.size(), 1);
        QCOMPARE(list.rejected.first().line, 3);
    }
};

QTEST_GUILESS_MAIN(TestApiKey)
#include "tst_apikey.moc"
