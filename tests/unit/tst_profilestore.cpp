#include "profilestore.h"

#include <QDir>
#include <QFile>
#include <QSettings>
#include <QTemporaryDir>
#include <QTest>

#include <atomic>
#include <thread>

namespace {
PortalProfile profile(const QString &name, const QString &portal)
{
    PortalProfile p;
    p.id = QUuid::createUuid();
    p.name = name;
    p.portal = portal;
    return p;
}

QByteArray readAll(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}
} // namespace

class TestProfileStore : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    QString ini() const { return m_dir.filePath(QStringLiteral("settings.ini")); }

private slots:
    void init() { QFile::remove(ini()); }

    void saveLoad_roundTripsEveryField()
    {
        PortalProfile p = profile(QStringLiteral("Staging"), QStringLiteral("staging.example.com"));
        p.scheme = AuthScheme::SessionToken;
        p.allowInsecureHttp = true;
        p.pinnedSha256 = QString(64, QLatin1Char('a'));
        p.caFile = QStringLiteral("/etc/ssl/internal-ca.pem");
        p.timeoutSeconds = 45;
        ProfileStore store(ini());
        QString error;
        QVERIFY2(store.upsert(p, &error), qPrintable(error));
        store.setLastUsed(p.id);
        QVERIFY(store.save());

        ProfileStore again(ini());
        again.load();
        QVERIFY(again.warning().isEmpty());
        QCOMPARE(again.profiles().size(), 1);
        QCOMPARE(again.profiles().first(), p);
        QCOMPARE(again.lastUsed(), p.id);
        QCOMPARE(
            QSettings(ini(), QSettings::IniFormat).value(QStringLiteral("schemaVersion")).toInt(),
            ProfileStore::SchemaVersion);
    }

    void upsert_duplicateNameIgnoringCase_refused()
    {
        ProfileStore store(ini());
        QString error;
        QVERIFY(store.upsert(profile(QStringLiteral("Production"), QStringLiteral("a.example.com")),
                             &error));
        QVERIFY(!store.upsert(
            profile(QStringLiteral("  production "), QStringLiteral("b.example.com")), &error));
        QVERIFY2(error.contains(QLatin1String("already exists")), qPrintable(error));
        QCOMPARE(store.profiles().size(), 1);
    }

    void upsert_sameIdRenamed_replacesInPlace()
    {
        ProfileStore store(ini());
        QString error;
        PortalProfile p = profile(QStringLiteral("Old"), QStringLiteral("a.example.com"));
        QVERIFY(store.upsert(p, &error));
        p.name = QStringLiteral("New");
        QVERIFY(store.upsert(p, &error));
        QCOMPARE(store.profiles().size(), 1);
        QVERIFY(store.find(QStringLiteral("new")));
        QVERIFY(!store.find(QStringLiteral("Old")));
    }

    void upsert_invalidProfile_refusedWithReason_data()
    {
        QTest::addColumn<QString>("name");
        QTest::addColumn<QString>("portal");
        QTest::addColumn<int>("timeout");
        QTest::addColumn<QString>("pin");
        QTest::addColumn<QString>("mentions");
        QTest::newRow("no name") << ""
                                 << "a.example.com" << 30 << ""
                                 << "name";
        QTest::newRow("long name") << QString(65, QLatin1Char('x')) << "a.example.com" << 30 << ""
                                   << "too long";
        QTest::newRow("bad portal") << "P"
                                    << "ftp://a.example.com" << 30 << ""
                                    << "ftp://";
        QTest::newRow("timeout") << "P"
                                 << "a.example.com" << 0 << ""
                                 << "timeout";
        QTest::newRow("bad pin") << "P"
                                 << "a.example.com" << 30 << "abc"
                                 << "fingerprint";
    }
    void upsert_invalidProfile_refusedWithReason()
    {
        QFETCH(QString, name);
        QFETCH(QString, portal);
        QFETCH(int, timeout);
        QFETCH(QString, pin);
        QFETCH(QString, mentions);
        PortalProfile p = profile(name, portal);
        p.timeoutSeconds = timeout;
        p.pinnedSha256 = pin;
        ProfileStore store(ini());
        QString error;
        QVERIFY(!store.upsert(p, &error));
        QVERIFY2(error.contains(mentions), qPrintable(error));
        QVERIFY(store.profiles().isEmpty());
    }

    void load_damagedFile_keptAsideAndWarned()
    {
        QFile file(ini());
        QVERIFY(file.open(QIODevice::WriteOnly));
        const QByteArray damaged("[profiles\n\x01\x02 broken = = =\n");
        file.write(damaged);
        file.close();

        ProfileStore store(ini());
        store.load();
        QVERIFY(store.profiles().isEmpty());
        QVERIFY2(store.warning().contains(QLatin1String("could not be loaded")),
                 qPrintable(store.warning()));
        const QStringList aside =
            QDir(m_dir.path()).entryList({QStringLiteral("settings.ini.unreadable-*")});
        QCOMPARE(aside.size(), 1);
        QCOMPARE(readAll(m_dir.filePath(aside.first())), damaged); // kept byte for byte
        QVERIFY(store.warning().contains(aside.first()));
        QVERIFY(!QFile::exists(ini()));

        // Saving afterwards writes a fresh file and leaves the kept one alone.
        QString error;
        QVERIFY(
            store.upsert(profile(QStringLiteral("P"), QStringLiteral("a.example.com")), &error));
        QVERIFY(store.save());
        QCOMPARE(readAll(m_dir.filePath(aside.first())), damaged);
        QFile::remove(m_dir.filePath(aside.first()));
    }

    void load_newerSchema_keptAsideNotOverwritten()
    {
        {
            QSettings settings(ini(), QSettings::IniFormat);
            settings.setValue(QStringLiteral("schemaVersion"), ProfileStore::SchemaVersion + 1);
            settings.setValue(QStringLiteral("futureField"), QStringLiteral("keep me"));
        }
        const QByteArray original = readAll(ini());
        ProfileStore store(ini());
        store.load();
        QVERIFY2(store.warning().contains(QLatin1String("newer version")),
                 qPrintable(store.warning()));
        const QStringList aside =
            QDir(m_dir.path()).entryList({QStringLiteral("settings.ini.unreadable-*")});
        QCOMPARE(aside.size(), 1);
        QCOMPARE(readAll(m_dir.filePath(aside.first())), original);
        QFile::remove(m_dir.filePath(aside.first()));
    }

    void load_unreadableFileThatCannotBeMoved_neverWritten()
    {
        // A name so long that the kept-aside name would exceed the file system's limit: the
        // move fails even for root, which is the case under test (the file must then be left
        // exactly as it is, and saving must refuse).
        const QString path = m_dir.filePath(QString(240, QLatin1Char('s')) + QLatin1String(".ini"));
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly));
        const QByteArray damaged("[profiles\n\x01 broken\n");
        file.write(damaged);
        file.close();

        ProfileStore store(path);
        store.load();
        QVERIFY2(store.warning().contains(QLatin1String("left untouched")),
                 qPrintable(store.warning()));
        QString error;
        QVERIFY(
            store.upsert(profile(QStringLiteral("P"), QStringLiteral("a.example.com")), &error));
        QVERIFY(!store.save());
        QCOMPARE(readAll(path), damaged);
    }

    void exportJson_neverContainsTokensOrIds()
    {
        ProfileStore store(ini());
        QString error;
        const PortalProfile p =
            profile(QStringLiteral("Production"), QStringLiteral("docs.example.com"));
        QVERIFY(store.upsert(p, &error));
        const QByteArray json = store.exportJson();
        QVERIFY(json.contains("docs.example.com"));
        QVERIFY(!json.contains(p.id.toString(QUuid::WithoutBraces).toLatin1()));
        QVERIFY(!json.contains("token"));
    }

    void importJson_addsWithFreshIdsAndUniqueNames()
    {
        ProfileStore source(ini());
        QString error;
        QVERIFY(source.upsert(
            profile(QStringLiteral("Production"), QStringLiteral("docs.example.com")), &error));
        QVERIFY(source.upsert(
            profile(QStringLiteral("Staging"), QStringLiteral("staging.example.com")), &error));
        const QByteArray json = source.exportJson();

        ProfileStore target(m_dir.filePath(QStringLiteral("other.ini")));
        QVERIFY(target.upsert(
            profile(QStringLiteral("Production"), QStringLiteral("old.example.com")), &error));
        QList<QUuid> imported;
        QCOMPARE(target.importJson(json, &error, &imported), 2);
        QCOMPARE(imported.size(), 2);
        QVERIFY(target.find(QStringLiteral("Production (2)")));
        QCOMPARE(target.find(QStringLiteral("Production (2)"))->portal,
                 QStringLiteral("docs.example.com"));
        QVERIFY(!source.find(imported.first()));
    }

    void importJson_withTokenField_ignoresIt()
    {
        const QByteArray json =
            "{\"format\":\"docspace-keys-profiles\",\"version\":1,\"profiles\":[ "
            "{\"name\":\"P\",\"portal\":\"p.example.com\",\"token\":\"sk-secret-should-not-be-"
            "kept\"}]}";
        ProfileStore store(ini());
        QString error;
        QCOMPARE(store.importJson(json, &error), 1);
        QVERIFY(store.save());
        QVERIFY(!readAll(ini()).contains("sk-secret"));
    }

    void importJson_badInput_importsNothingAndSaysWhy_data()
    {
        QTest::addColumn<QByteArray>("json");
        QTest::addColumn<QString>("mentions");
        QTest::newRow("not json") << QByteArray("{nope") << "not valid JSON";
        QTest::newRow("other json") << QByteArray("{\"hello\":1}") << "not a DocSpace Keys";
        QTest::newRow("newer")
            << QByteArray("{\"format\":\"docspace-keys-profiles\",\"version\":99,\"profiles\":[]}")
            << "newer version";
        QTest::newRow("one bad profile")
            << QByteArray("[{\"name\":\"A\",\"portal\":\"a.example.com\"}, "
                          "{\"name\":\"B\",\"portal\":\"ftp://b\"}]")
            << "Profile \"B\"";
    }
    void importJson_badInput_importsNothingAndSaysWhy()
    {
        QFETCH(QByteArray, json);
        QFETCH(QString, mentions);
        ProfileStore store(ini());
        QString error;
        QCOMPARE(store.importJson(json, &error), -1);
        QVERIFY2(error.contains(mentions), qPrintable(error));
        QVERIFY(store.profiles().isEmpty());
    }

    void uniqueName_countsUp()
    {
        ProfileStore store(ini());
        QString error;
        QVERIFY(store.upsert(profile(QStringLiteral("Staging"), QStringLiteral("a.example.com")),
                             &error));
        QVERIFY(store.upsert(
            profile(QStringLiteral("Staging (2)"), QStringLiteral("a.example.com")), &error));
        QCOMPARE(store.uniqueName(QStringLiteral("Staging")), QStringLiteral("Staging (3)"));
        QCOMPARE(store.uniqueName(QStringLiteral("Other")), QStringLiteral("Other"));
    }

    void importJson_nameAtMaxLengthTaken_keepsWithinLimitAndSurvivesReload()
    {
        const QString longName(PortalProfile::MaxNameLength, QLatin1Char('N'));
        ProfileStore source(ini());
        QString error;
        QVERIFY(source.upsert(profile(longName, QStringLiteral("docs.example.com")), &error));
        const QByteArray json = source.exportJson();

        ProfileStore target(ini());
        QVERIFY(target.upsert(profile(longName, QStringLiteral("old.example.com")), &error));
        QCOMPARE(target.importJson(json, &error), 1);
        QCOMPARE(target.importJson(json, &error), 1);
        QCOMPARE(target.profiles().size(), 3);
        for (const PortalProfile &p : target.profiles())
            QVERIFY2(p.validate().isEmpty(),
                     qPrintable(p.name + QStringLiteral(": ") + p.validate()));
        QVERIFY(target.save());

        ProfileStore again(ini());
        again.load();
        QCOMPARE(again.profiles().size(), 3);
        QVERIFY(
            again.find(longName.left(PortalProfile::MaxNameLength - 4) + QStringLiteral(" (2)")));
        QVERIFY(
            again.find(longName.left(PortalProfile::MaxNameLength - 4) + QStringLiteral(" (3)")));
    }

    void load_hugeArraySizeInDamagedFile_readsOnlyWhatIsThere()
    {
        {
            QSettings settings(ini(), QSettings::IniFormat);
            settings.setValue(QStringLiteral("schemaVersion"), ProfileStore::SchemaVersion);
            settings.setValue(QStringLiteral("profiles/1/name"), QStringLiteral("First"));
            settings.setValue(QStringLiteral("profiles/1/portal"), QStringLiteral("a.example.com"));
            settings.setValue(QStringLiteral("profiles/3/name"), QStringLiteral("Third"));
            settings.setValue(QStringLiteral("profiles/3/portal"), QStringLiteral("c.example.com"));
            settings.setValue(QStringLiteral("profiles/size"), 2000000000);
        }
        // Before the bound, load() walked two thousand million indices: run it on a thread and
        // wait for it (generously, it takes milliseconds) so a regression fails instead of hanging.
        ProfileStore *store = new ProfileStore(ini());
        std::atomic<bool> done{false};
        std::thread loader([store, &done] {
            store->load();
            done = true;
        });
        if (!QTest::qWaitFor([&done] { return done.load(); }, 60000)) {
            loader.detach(); // still walking; the store is leaked on purpose
            QFAIL("load() did not finish: it trusts profiles\\size");
        }
        loader.join();
        QCOMPARE(store->profiles().size(), 2);
        QVERIFY(store->find(QStringLiteral("First")));
        QVERIFY(store->find(QStringLiteral("Third")));
        delete store;
    }

    void toConnectionSettings_appliesTrustAndTimeout()
    {
        PortalProfile p = profile(QStringLiteral("P"), QStringLiteral("docs.example.com:8443"));
        p.pinnedSha256 = QString(64, QLatin1Char('b'));
        p.timeoutSeconds = 12;
        ConnectionSettings settings;
        QString error;
        QVERIFY2(p.toConnectionSettings(QStringLiteral("tok"), &settings, &error),
                 qPrintable(error));
        QCOMPARE(settings.portal.toString(), QStringLiteral("https://docs.example.com:8443"));
        QCOMPARE(settings.timeoutMs, 12000);
        QCOMPARE(settings.trust.pinnedSha256.size(), 1);
        QCOMPARE(settings.token, QStringLiteral("tok"));

        p.caFile = m_dir.filePath(QStringLiteral("missing-ca.pem"));
        QVERIFY(!p.toConnectionSettings(QStringLiteral("tok"), &settings, &error));
        QVERIFY2(error.contains(QLatin1String("missing-ca.pem")), qPrintable(error));
    }
};

QTEST_GUILESS_MAIN(TestProfileStore)
#include "tst_profilestore.moc"
