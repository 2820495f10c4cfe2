#include "connectiontest.h"
#include "recordedanswers.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>

namespace {
QJsonObject response(const QString &name)
{
    return QJsonDocument::fromJson(recordedBody(name))
        .object()
        .value(QLatin1String("response"))
        .toObject();
}
const QDateTime kNow = QDateTime::fromString(QStringLiteral("2026-07-01T12:00:00Z"), Qt::ISODate);
} // namespace

// What Test Connection (and `whoami`) makes of the portal's answers, one row per answer.
class TestConnectionReport : public QObject
{
    Q_OBJECT

private slots:
    void readVersionBuild_data()
    {
        addAnswerColumns();
        QTest::addColumn<bool>("isDocSpace");
        QTest::addColumn<QString>("version");
        QTest::addColumn<QString>("kind");
        QTest::addColumn<QString>("sentenceMentions");

        const int none = int(HttpExchange::Failure::None);
        const QByteArray json = "application/json; charset=utf-8";
        const QByteArray html = "text/html";
        QTest::newRow("DocSpace 3.7.2")
            << none << 200 << "version_build_372.json" << json << true << "3.7.2.1234"
            << ""
            << "";
        QTest::newRow("DocSpace 3.6.1")
            << none << 200 << "version_build_361.json" << json << true << "3.6.1.804"
            << ""
            << "";
        QTest::newRow("ONLYOFFICE Workspace, not DocSpace")
            << none << 200 << "version_build_workspace.json" << json << false << ""
            << "bad_response"
            << "not as a DocSpace portal";
        QTest::newRow("login page instead of JSON")
            << none << 200 << "login_page_200.html" << html << false << ""
            << "bad_response"
            << "not as a DocSpace portal";
        QTest::newRow("some other API's 401") << none << 401 << "" << QByteArray() << false << ""
                                              << "bad_response"
                                              << "not as a DocSpace portal";
        QTest::newRow("no such path: 404, not DocSpace or suspended")
            << none << 404 << "" << QByteArray() << false << ""
            << "portal_unavailable"
            << "suspended";
        QTest::newRow("unpaid portal: 402") << none << 402 << "" << QByteArray() << false << ""
                                            << "portal_unavailable"
                                            << "subscription";
        QTest::newRow("IP restriction: 403 JSON string")
            << none << 403 << "forbidden_ip_403.json" << json << false << ""
            << "forbidden"
            << "The access to the portal is restricted";
        QTest::newRow("being transferred: 403 empty")
            << none << 403 << "" << QByteArray() << false << ""
            << "forbidden"
            << "being moved";
        QTest::newRow("proxy trouble: DocSpace's 50x page")
            << none << 502 << "custom_50x.html" << html << false << ""
            << "server_error"
            << "HTTP 502";
        QTest::newRow("connection refused")
            << int(HttpExchange::Failure::Network) << 0 << "" << QByteArray() << false << ""
            << "network_error"
            << "Could not reach";
        QTest::newRow("untrusted certificate")
            << int(HttpExchange::Failure::Tls) << 0 << "" << QByteArray() << false << ""
            << "tls_error"
            << "certificate";
    }
    void readVersionBuild()
    {
        QFETCH(bool, isDocSpace);
        QFETCH(QString, version);
        QFETCH(QString, kind);
        QFETCH(QString, sentenceMentions);

        const HttpExchange exchange = fetchAnswer();
        ConnectionReport report;
        QCOMPARE(ConnectionTest::readVersionBuild(exchange, &report), isDocSpace);
        QCOMPARE(report.docSpaceVersion, version);
        if (isDocSpace) {
            QCOMPARE(report.versionText(), QStringLiteral("DocSpace ") + version);
            return;
        }
        QCOMPARE(report.failure.kindName(), kind);
        QVERIFY2(report.failure.sentence.contains(sentenceMentions),
                 qPrintable(report.failure.sentence));
    }

    void readVersionBuild_beforeApiKeys_saysUpdate()
    {
        HttpExchange exchange;
        exchange.httpStatus = 200;
        exchange.body =
            "{\"response\":{\"docSpace\":\"3.0.4.100\"},\"status\":0,\"statusCode\":200}";
        ConnectionReport report;
        QVERIFY(!ConnectionTest::readVersionBuild(exchange, &report));
        QCOMPARE(report.failure.kindName(), QStringLiteral("portal_unavailable"));
        QVERIFY2(report.failure.sentence.contains(QLatin1String("3.1")),
                 qPrintable(report.failure.sentence));
    }

    void versionWarnings_data()
    {
        QTest::addColumn<QString>("version");
        QTest::addColumn<bool>("anyScope");
        QTest::addColumn<bool>("noUuidRoute");
        QTest::newRow("3.7.2: none") << "3.7.2.1234" << false << false;
        QTest::newRow("3.7.1: none") << "3.7.1" << false << false;
        QTest::newRow("3.7.0: both") << "3.7.0.10" << true << true;
        QTest::newRow("3.6.1: both") << "3.6.1.804" << true << true;
        QTest::newRow("3.2.1: both") << "3.2.1" << true << true;
        QTest::newRow("3.2.0: no uuid route only") << "3.2.0.5" << false << true;
        QTest::newRow("3.1.0: no uuid route only") << "3.1.0" << false << true;
        QTest::newRow("unknown: none") << "" << false << false;
    }
    void versionWarnings()
    {
        QFETCH(QString, version);
        QFETCH(bool, anyScope);
        QFETCH(bool, noUuidRoute);
        const QString warnings = ConnectionTest::versionWarnings(version).join(QLatin1Char('\n'));
        QCOMPARE(warnings.contains(QLatin1String("whatever its scopes")), anyScope);
        QCOMPARE(warnings.contains(QLatin1String("UUID")), noUuidRoute);
        QCOMPARE(ConnectionTest::anyScopeManagesKeys(version), anyScope);
    }

    void readPeopleSelf_decodesTheDisplayName()
    {
        ConnectionReport report;
        ConnectionTest::readPeopleSelf(response(QStringLiteral("people_self_encoded.json")),
                                       &report);
        QCOMPARE(report.displayName, QStringLiteral("Zoë O'Brien & Co"));
        QCOMPARE(report.role, QStringLiteral("administrator"));
        report.ok = true;
        QCOMPARE(report.summary(), QStringLiteral("Signed in as Zoë O'Brien & Co (administrator)"));
    }

    void readKeySelf_readOnlyKey_canRevokeOnlyOnAnyScopeVersions_data()
    {
        QTest::addColumn<QString>("version");
        QTest::addColumn<bool>("canRevoke");
        QTest::newRow("3.7.2 checks *:write") << "3.7.2.1234" << false;
        QTest::newRow("3.6.1 checks any scope") << "3.6.1.804" << true;
    }
    void readKeySelf_readOnlyKey_canRevokeOnlyOnAnyScopeVersions()
    {
        QFETCH(QString, version);
        QFETCH(bool, canRevoke);
        const QJsonObject key =
            QJsonDocument::fromJson(
                "{\"id\":\"5a0e2c9d-7b14-4c6f-a3d8-1e9f0b2c4d02\",\"name\":\"Zo&#235;'s "
                "read-only\", \"keyPostfix\":\"77d0\",\"permissions\":[\"files:read\"], "
                "\"createBy\":{\"displayName\":\"Zo&#235; O&#39;Brien &amp; Co\"}}")
                .object();
        ConnectionReport report;
        report.docSpaceVersion = version;
        ConnectionTest::readKeySelf(key, kNow, &report);
        QCOMPARE(report.canRevoke, canRevoke);
        QCOMPARE(report.warnings.join(QLatin1Char('\n')).contains(QLatin1String("*:write")),
                 !canRevoke);
        // Key names are not encoded by the portal: shown exactly as they came.
        QCOMPARE(report.keyName, QStringLiteral("Zo&#235;'s read-only"));
    }
};

QTEST_GUILESS_MAIN(TestConnectionReport)
#include "tst_connectionreport.moc"
