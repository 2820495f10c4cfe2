// "Test connection" against the sandbox portal: who the token signs in as, which key it is,
// and the warnings an administrator needs before revoking.
#include "docspaceclient.h"
#include "sandboxserver.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QTest>

class TestConnectionTest : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<SandboxServer> m_server;
    QNetworkAccessManager m_network;
    SandboxInfo m_info;

    ConnectionReport test(const QString &token, AuthScheme scheme = AuthScheme::Auto)
    {
        DocSpaceClient client(&m_network);
        ConnectionSettings settings;
        settings.portal = PortalAddress::parse(m_server->httpUrl().toString());
        settings.token = token;
        settings.scheme = scheme;
        client.setConnection(settings);
        std::optional<ConnectionReport> report;
        ConnectionTest *running = client.testConnection();
        connect(running, &ConnectionTest::finished, this,
                [&report](const ConnectionReport &r) { report = r; });
        if (!QTest::qWaitFor([&report] { return report.has_value(); }, 20000))
            return {};
        return *report;
    }
    QString secret(const char *name) const
    {
        return m_info.keyByName(QString::fromUtf8(name))->secret;
    }
    bool warns(const ConnectionReport &report, const char *text) const
    {
        for (const QString &warning : report.warnings) {
            if (warning.contains(QLatin1String(text)))
                return true;
        }
        return false;
    }

private slots:
    void init()
    {
        m_server = std::make_unique<SandboxServer>();
        QVERIFY(m_server->listen(QHostAddress::LocalHost, 0, -1));
        m_info = m_server->info();
    }

    void ownerApiKey_namesUserRoleAndKey()
    {
        const ConnectionReport report = test(secret("Admin console"));
        QVERIFY2(report.ok, qPrintable(report.failure.sentence));
        QCOMPARE(report.summary(), QStringLiteral("Signed in as Alice Owner (owner)"));
        QVERIFY(report.hasKey);
        QCOMPARE(report.keyName, QStringLiteral("Admin console"));
        QVERIFY(report.keyPermissions.isEmpty());
        QVERIFY(report.canRevoke);
        QVERIFY2(report.keySummary().contains(QLatin1String("all scopes")),
                 qPrintable(report.keySummary()));
        QVERIFY(report.warnings.isEmpty());
    }

    void memberSessionToken_warnsNotAdministratorAndAsksNoKey()
    {
        const ConnectionReport report =
            test(m_info.userByEmail(QStringLiteral("carol@sandbox.example"))->sessionToken);
        QVERIFY(report.ok);
        QCOMPARE(report.summary(), QStringLiteral("Signed in as Carol Member (member)"));
        QVERIFY(!report.hasKey);
        QVERIFY(warns(report, "not an administrator"));
        for (const RequestLogEntry &entry : m_server->requestLog())
            QVERIFY(!entry.path.endsWith(QLatin1String("/keys/@self")));
    }

    void adminUser_isAdministrator()
    {
        const ConnectionReport report = test(secret("Bob's admin tools"));
        QVERIFY(report.ok);
        QCOMPARE(report.role, QStringLiteral("administrator"));
        QVERIFY(report.isAdmin);
    }

    void readOnlyKey_warnsItCannotRevoke()
    {
        const ConnectionReport report = test(secret("Read-only reporting"));
        QVERIFY(report.ok);
        QVERIFY(!report.canRevoke);
        QCOMPARE(report.keyPermissions, QStringList{QStringLiteral("*:read")});
        QVERIFY(warns(report, "*:write"));
    }

    void guestKeyWithProfileScopeOnly_namesGuestAndWarns()
    {
        const ConnectionReport report = test(secret("Dave's profile reader"));
        QVERIFY2(report.ok, qPrintable(report.failure.sentence));
        QCOMPARE(report.role, QStringLiteral("guest"));
        QVERIFY(warns(report, "*:write"));
        QVERIFY(warns(report, "not an administrator"));
    }

    void wrongToken_unauthorizedInRevocationWords()
    {
        const ConnectionReport report = test(QStringLiteral("sk-") + QString(64, QLatin1Char('1')));
        QVERIFY(!report.ok);
        QCOMPARE(report.failure.kindName(), QStringLiteral("unauthorized"));
        QCOMPARE(report.summary(), report.failure.sentence);
    }

    void apiKeySentAsSessionToken_unauthorized()
    {
        const ConnectionReport report = test(secret("Admin console"), AuthScheme::SessionToken);
        QCOMPARE(report.failure.kindName(), QStringLiteral("unauthorized"));
    }

    void proxyFailure_serverErrorWithoutHtml()
    {
        FaultSettings faults;
        faults.status = 503;
        m_server->setFaults(faults);
        const ConnectionReport report = test(secret("Admin console"));
        QCOMPARE(report.failure.kindName(), QStringLiteral("server_error"));
        QVERIFY(!report.failure.sentence.contains(QLatin1Char('<')));
    }

    void readKeySelf_expiringSoon_warnsWithDays()
    {
        ConnectionReport report;
        const QDateTime now =
            QDateTime::fromString(QStringLiteral("2026-07-01T12:00:00Z"), Qt::ISODate);
        const QJsonObject key{
            {QStringLiteral("id"), QStringLiteral("k")},
            {QStringLiteral("name"), QStringLiteral("Soon")},
            {QStringLiteral("permissions"), QJsonArray{QStringLiteral("*:write")}},
            {QStringLiteral("expiresAt"), QStringLiteral("2026-07-04T15:34:56.0000000+03:00")}};
        ConnectionTest::readKeySelf(key, now, &report);
        QVERIFY(report.canRevoke);
        QVERIFY(report.keyExpiresAt.isValid());
        QCOMPARE(report.warnings.size(), 1);
        QVERIFY2(report.warnings.first().contains(QLatin1String("expires in 3 day")),
                 qPrintable(report.warnings.first()));

        ConnectionReport later;
        QJsonObject farKey = key;
        farKey.insert(QStringLiteral("expiresAt"), QStringLiteral("2026-08-01T00:00:00Z"));
        ConnectionTest::readKeySelf(farKey, now, &later);
        QVERIFY(later.warnings.isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestConnectionTest)
#include "tst_connectiontest.moc"
