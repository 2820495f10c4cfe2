// The real keychain: QtKeychain talking to a Secret Service (gnome-keyring) on a private D-Bus
// session started by tests/run-with-keyring.sh. Run without one (DSK_EXPECT_NO_KEYCHAIN=1), the
// store must fall back to memory, say so, and still never write the token to a file.
#include "homescan.h"
#include "secretstore.h"

#include <QSignalSpy>
#include <QTest>

namespace {
const QString kToken =
    QStringLiteral("sk-4f1e0c9b8a7d6e5f4a3b2c1d0e9f8a7b6c5d4e3f2a1b0c9d8e7f6a5b4c3d2e1f");

} // namespace

class TestKeychain : public QObject
{
    Q_OBJECT

private:
    bool m_expectKeychain = !qEnvironmentVariableIsSet("DSK_EXPECT_NO_KEYCHAIN");

    SecretStore::Result write(SecretStore &store, const QString &key, const QString &secret)
    {
        return waitFor([&](QObject *context, SecretStore::Callback done) {
            store.write(key, secret, context, std::move(done));
        });
    }
    SecretStore::Result read(SecretStore &store, const QString &key)
    {
        return waitFor([&](QObject *context, SecretStore::Callback done) {
            store.read(key, context, std::move(done));
        });
    }
    SecretStore::Result remove(SecretStore &store, const QString &key)
    {
        return waitFor([&](QObject *context, SecretStore::Callback done) {
            store.remove(key, context, std::move(done));
        });
    }

private slots:
    void initTestCase()
    {
        QVERIFY2(testHomePath().contains(QLatin1String("dsk-home")),
                 "run through tests/run-with-keyring.sh: it gives the test its own HOME");
#ifdef Q_OS_WIN
        if (qEnvironmentVariableIsSet("DSK_EXPECT_NO_KEYCHAIN"))
            QSKIP("no keychain at all: the Windows Credential Manager cannot be taken away (on "
                  "Linux this run has no Secret Service)");
#endif
    }

    void storeReadDelete_roundTripThroughTheKeychain()
    {
        KeychainSecretStore store(QStringLiteral("DocSpace Keys test"));
        QSignalSpy persistence(&store, &SecretStore::persistenceChanged);
        const QString key = QUuid::createUuid().toString(QUuid::WithoutBraces);

        QCOMPARE(write(store, key, kToken).status, SecretStore::Status::Ok);
        const SecretStore::Result back = read(store, key);
        QCOMPARE(back.status, SecretStore::Status::Ok);
        QCOMPARE(back.secret, kToken);
        QCOMPARE(store.isPersistent(), m_expectKeychain);
        QCOMPARE(persistence.size(), m_expectKeychain ? 0 : 1);

        QCOMPARE(remove(store, key).status, SecretStore::Status::Ok);
        QCOMPARE(read(store, key).status, SecretStore::Status::NotFound);
    }

    void anotherStoreInstance_readsWhatTheFirstWroteOnlyWithAKeychain()
    {
        const QString key = QUuid::createUuid().toString(QUuid::WithoutBraces);
        {
            KeychainSecretStore first(QStringLiteral("DocSpace Keys test"));
            QCOMPARE(write(first, key, kToken).status, SecretStore::Status::Ok);
        }
        KeychainSecretStore second(QStringLiteral("DocSpace Keys test"));
        const SecretStore::Result back = read(second, key);
        if (m_expectKeychain) {
            QCOMPARE(back.secret, kToken);
        } else {
            // Session-only means exactly that: nothing outlives the store that held it.
            QCOMPARE(back.status, SecretStore::Status::NotFound);
        }
        QCOMPARE(remove(second, key).status, SecretStore::Status::Ok);
    }

    void overwrite_keepsTheLatestToken()
    {
        KeychainSecretStore store(QStringLiteral("DocSpace Keys test"));
        const QString key = QUuid::createUuid().toString(QUuid::WithoutBraces);
        QCOMPARE(write(store, key, QStringLiteral("first-token")).status, SecretStore::Status::Ok);
        QCOMPARE(write(store, key, kToken).status, SecretStore::Status::Ok);
        QCOMPARE(read(store, key).secret, kToken);
        remove(store, key);
    }

    void missingEntry_isNotFoundNotAnError()
    {
        KeychainSecretStore store(QStringLiteral("DocSpace Keys test"));
        const SecretStore::Result result = read(store, QStringLiteral("no-such-profile"));
        QCOMPARE(result.status, SecretStore::Status::NotFound);
        QCOMPARE(remove(store, QStringLiteral("no-such-profile")).status, SecretStore::Status::Ok);
    }

    void storedToken_appearsInNoFileUnderHome()
    {
#ifdef Q_OS_WIN
        QSKIP(
            "gnome-keyring's files under HOME: the Windows Credential Manager keeps no file there");
#endif
        KeychainSecretStore store(QStringLiteral("DocSpace Keys test"));
        const QString key = QUuid::createUuid().toString(QUuid::WithoutBraces);
        QCOMPARE(write(store, key, kToken).status, SecretStore::Status::Ok);
        const QStringList hits = filesUnderHomeContaining(kToken.toUtf8());
        QVERIFY2(hits.isEmpty(), qPrintable(hits.join(QLatin1Char(' '))));
        if (m_expectKeychain) {
            // The keyring itself did write something under HOME: the search looked there.
            QDirIterator it(QDir::homePath() + QLatin1String("/.local/share/keyrings"),
                            QDir::Files);
            QVERIFY2(it.hasNext(), "gnome-keyring wrote no keyring file under HOME");
        }
    }

    void description_saysWhereTokensLive()
    {
        KeychainSecretStore store(QStringLiteral("DocSpace Keys test"));
        write(store, QStringLiteral("probe"), QStringLiteral("x"));
        QVERIFY2(store.description().contains(m_expectKeychain ? QLatin1String("keychain")
                                                               : QLatin1String("memory only")),
                 qPrintable(store.description()));
        remove(store, QStringLiteral("probe"));
    }
};

QTEST_GUILESS_MAIN(TestKeychain)
#include "tst_keychain.moc"
