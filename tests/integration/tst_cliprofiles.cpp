// `docspace-keys-cli profiles ...` and `revoke --profile` with the real keychain (gnome-keyring on
// a private D-Bus session, own HOME: see tests/run-with-keyring.sh), against the sandbox.
#include "clirunner.h"
#include "homescan.h"
#include "sandboxserver.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>

class TestCliProfiles : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<SandboxServer> m_server;
    SandboxInfo m_info;

    QString secret(const char *name) const
    {
        return m_info.keyByName(QString::fromUtf8(name))->secret;
    }
    QString keyId(const char *name) const
    {
        return m_info.keyByName(QString::fromUtf8(name))->id.toString(QUuid::WithoutBraces);
    }
    CliRun addProfile(const QString &name, const QString &token)
    {
        return runCli({QStringLiteral("profiles"), QStringLiteral("add"), name,
                       QStringLiteral("--portal"), m_server->httpUrl().toString(),
                       QStringLiteral("--token-stdin")},
                      {}, token.toUtf8() + '\n');
    }
    CliRun cli(const QStringList &args, const QHash<QString, QString> &env = {})
    {
        return runCli(args, env);
    }

private slots:
    void initTestCase()
    {
        QVERIFY2(testHomePath().contains(QLatin1String("dsk-home")),
                 "run through tests/run-with-keyring.sh");
    }
    void init()
    {
        m_server = std::make_unique<SandboxServer>();
        QVERIFY(m_server->listen(QHostAddress::LocalHost, 0, -1));
        m_info = m_server->info();
    }
    void cleanup()
    {
        for (const QString &name : {QStringLiteral("Sandbox"), QStringLiteral("Member")})
            cli({QStringLiteral("profiles"), QStringLiteral("remove"), name});
        m_server.reset();
    }

    void addThenRevokeWithProfile_worksAndTokenIsInNoFile()
    {
        const QString token = secret("Admin console");
        const CliRun added = addProfile(QStringLiteral("Sandbox"), token);
        QCOMPARE(added.exitCode, 0);
        QVERIFY2(added.out.contains(QLatin1String("token in the keychain")), qPrintable(added.out));

        const CliRun revoked =
            cli({QStringLiteral("revoke"), QStringLiteral("--profile"), QStringLiteral("sandbox"),
                 QStringLiteral("--yes"), keyId("CI pipeline")});
        QCOMPARE(revoked.exitCode, 0);
        QVERIFY2(revoked.out.contains(QLatin1String("revoked")), qPrintable(revoked.out));
        QCOMPARE(m_server->requestLog().constLast().authorizationScheme, QStringLiteral("Bearer"));

        for (const CliRun &run : {added, revoked}) {
            QVERIFY(!run.out.contains(token));
            QVERIFY(!run.err.contains(token));
        }
        const QStringList hits = filesUnderHomeContaining(token);
        QVERIFY2(hits.isEmpty(), qPrintable(hits.join(QLatin1Char(' '))));
#ifndef Q_OS_WIN
        // The profile itself did land in a settings file under HOME: the search looked there.
        // (Windows keeps settings in the registry, not in a file: nothing to find there.)
        QVERIFY(!filesUnderHomeContaining(m_server->httpUrl().toString()).isEmpty());
#endif
    }

    void listAndShow_sayTheTokenIsSavedWithoutShowingIt()
    {
        const QString token = secret("Admin console");
        QCOMPARE(addProfile(QStringLiteral("Sandbox"), token).exitCode, 0);
        const CliRun list =
            cli({QStringLiteral("profiles"), QStringLiteral("list"), QStringLiteral("--json")});
        QCOMPARE(list.exitCode, 0);
        const QJsonArray profiles = QJsonDocument::fromJson(list.out.toUtf8()).array();
        QCOMPARE(profiles.size(), 1);
        QCOMPARE(profiles.first().toObject().value(QLatin1String("name")).toString(),
                 QStringLiteral("Sandbox"));
        QVERIFY(profiles.first().toObject().value(QLatin1String("tokenSaved")).toBool());
        const CliRun show =
            cli({QStringLiteral("profiles"), QStringLiteral("show"), QStringLiteral("Sandbox")});
        QCOMPARE(show.exitCode, 0);
        QVERIFY2(show.out.contains(QLatin1String("saved in the system keychain")),
                 qPrintable(show.out));
        QVERIFY(!show.out.contains(token));
        QVERIFY(!list.out.contains(token));
    }

    void environmentToken_overridesTheSavedOne()
    {
        QCOMPARE(addProfile(QStringLiteral("Member"), secret("Carol's notebook")).exitCode, 0);
        // Carol may not revoke Alice's key (refused); Alice's key given in the environment may.
        const QStringList args{QStringLiteral("revoke"), QStringLiteral("--profile"),
                               QStringLiteral("Member"), QStringLiteral("--yes"),
                               keyId("Zapier integration")};
        QVERIFY(cli(args).out.contains(QLatin1String("refused")));
        const CliRun run = cli(args, {{QStringLiteral("DOCSPACE_TOKEN"), secret("Admin console")}});
        QCOMPARE(run.exitCode, 0);
        QVERIFY(run.out.contains(QLatin1String("revoked")));
    }

    void remove_deletesProfileAndKeychainToken()
    {
        QCOMPARE(addProfile(QStringLiteral("Sandbox"), secret("Admin console")).exitCode, 0);
        QCOMPARE(
            cli({QStringLiteral("profiles"), QStringLiteral("remove"), QStringLiteral("Sandbox")})
                .exitCode,
            0);
        // Re-adding the same name without a token must not find an old token left behind.
        QCOMPARE(
            runCli({QStringLiteral("profiles"), QStringLiteral("add"), QStringLiteral("Sandbox"),
                    QStringLiteral("--portal"), m_server->httpUrl().toString()})
                .exitCode,
            0);
        const CliRun revoke =
            cli({QStringLiteral("revoke"), QStringLiteral("--profile"), QStringLiteral("Sandbox"),
                 QStringLiteral("--yes"), keyId("CI pipeline")});
        QCOMPARE(revoke.exitCode, 2);
        QVERIFY2(revoke.err.contains(QLatin1String("No token is saved")), qPrintable(revoke.err));
    }

    void add_existingName_refused()
    {
        QCOMPARE(addProfile(QStringLiteral("Sandbox"), secret("Admin console")).exitCode, 0);
        const CliRun again = addProfile(QStringLiteral("SANDBOX"), secret("Admin console"));
        QCOMPARE(again.exitCode, 1);
        QVERIFY(again.err.contains(QLatin1String("already exists")));
    }

    void add_tokenAsArgument_isNotAnOption()
    {
        const CliRun run =
            cli({QStringLiteral("profiles"), QStringLiteral("add"), QStringLiteral("Sandbox"),
                 QStringLiteral("--portal"), m_server->httpUrl().toString(),
                 QStringLiteral("--token"), secret("Admin console")});
        QCOMPARE(run.exitCode, 2);
        const CliRun list =
            cli({QStringLiteral("profiles"), QStringLiteral("list"), QStringLiteral("--json")});
        QCOMPARE(QJsonDocument::fromJson(list.out.toUtf8()).array().size(), 0);
    }

    void add_withoutKeychain_refusesRatherThanLoseTheToken()
    {
#ifdef Q_OS_WIN
        QSKIP("the Windows Credential Manager cannot be taken from one process (this test takes "
              "the Secret Service's D-Bus session away)");
#endif
        const CliRun run = runCli({QStringLiteral("profiles"), QStringLiteral("add"),
                                   QStringLiteral("Sandbox"), QStringLiteral("--portal"),
                                   m_server->httpUrl().toString(), QStringLiteral("--token-stdin")},
                                  {{QStringLiteral("DBUS_SESSION_BUS_ADDRESS"),
                                    QStringLiteral("unix:path=/nonexistent/dsk-no-bus")}},
                                  secret("Admin console").toUtf8() + '\n');
        QCOMPARE(run.exitCode, 1);
        QVERIFY2(run.err.contains(QLatin1String("No system keychain")), qPrintable(run.err));
        QVERIFY(filesUnderHomeContaining(secret("Admin console")).isEmpty());
        const CliRun list =
            cli({QStringLiteral("profiles"), QStringLiteral("list"), QStringLiteral("--json")});
        QCOMPARE(QJsonDocument::fromJson(list.out.toUtf8()).array().size(), 0);
    }

    void add_badPortal_usageErrorSaysWhy()
    {
        const CliRun run =
            cli({QStringLiteral("profiles"), QStringLiteral("add"), QStringLiteral("Bad"),
                 QStringLiteral("--portal"), QStringLiteral("ftp://x.example.com")});
        QCOMPARE(run.exitCode, 2);
        QVERIFY(run.err.contains(QLatin1String("ftp://")));
    }
};

QTEST_GUILESS_MAIN(TestCliProfiles)
#include "tst_cliprofiles.moc"
