// The portal HTML-encodes display names ("Zo&#235; O&#39;Brien &amp; Co"): every CLI output
// that shows one shows the real name, never an entity. The CLI as a real process against the
// sandbox portal, for DocSpace 3.6 and 3.7.
#include "clirunner.h"
#include "docspaceclient.h"
#include "historylog.h"
#include "sandboxserver.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QTemporaryDir>
#include <QTest>

namespace {
const QString kZoe = QStringLiteral("Zo\u00eb O'Brien & Co");
const QString kZoeEmail = QStringLiteral("bob@sandbox.example");

bool hasEntity(const QString &text)
{
    return text.contains(QLatin1String("&#")) || text.contains(QLatin1String("&amp;"));
}
} // namespace

class TestCliNames : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<SandboxServer> m_server;
    SandboxInfo m_info;
    QString m_version;

    QString zoeToken() const { return m_info.userByEmail(kZoeEmail)->sessionToken; }
    QString portal() const { return m_server->httpUrl().toString(); }

    CliRun cli(QStringList args)
    {
        args << QStringLiteral("--portal") << portal();
        return runCli(args, {{QStringLiteral("DOCSPACE_TOKEN"), zoeToken()}});
    }

    static void versions()
    {
        QTest::addColumn<QString>("version");
        QTest::newRow("3.6") << QStringLiteral("3.6");
        QTest::newRow("3.7") << QStringLiteral("3.7");
    }

private slots:
    void init()
    {
        m_version = QString::fromLatin1(QTest::currentDataTag());
        m_server = std::make_unique<SandboxServer>();
        QVERIFY(m_server->listen(QHostAddress::LocalHost, 0, -1));
        QNetworkAccessManager network;
        QNetworkRequest request(
            m_server->httpUrl().resolved(QUrl(QStringLiteral("/__sandbox/portal"))));
        request.setHeader(QNetworkRequest::ContentTypeHeader,
                          QByteArrayLiteral("application/json"));
        QNetworkReply *reply = network.post(
            request, QJsonDocument(QJsonObject{{QStringLiteral("version"), m_version}}).toJson());
        QTRY_VERIFY_WITH_TIMEOUT(reply->isFinished(), 10000);
        QCOMPARE(reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt(), 200);
        delete reply;
        m_info = m_server->info();
        QFile::remove(HistoryLog::defaultPath());
    }
    void cleanup() { m_server.reset(); }

    void list_text_showsTheDecodedCreator_data() { versions(); }
    void list_text_showsTheDecodedCreator()
    {
        const CliRun run = cli({QStringLiteral("list")});
        QCOMPARE(run.exitCode, 0);
        QVERIFY2(run.out.contains(kZoe), qPrintable(run.out));
        QVERIFY2(!hasEntity(run.out), qPrintable(run.out));
    }

    void list_json_createByIsTheDecodedName_data() { versions(); }
    void list_json_createByIsTheDecodedName()
    {
        const CliRun run = cli({QStringLiteral("list"), QStringLiteral("--json")});
        QCOMPARE(run.exitCode, 0);
        const QJsonArray keys = QJsonDocument::fromJson(run.out.toUtf8()).array();
        QVERIFY(!keys.isEmpty());
        const QString zoeId = m_info.userByEmail(kZoeEmail)->id.toString(QUuid::WithoutBraces);
        int byZoe = 0;
        for (const QJsonValue &value : keys) {
            const QJsonObject key = value.toObject();
            if (key.value(QLatin1String("createById")).toString() == zoeId) {
                QCOMPARE(key.value(QLatin1String("createBy")).toString(), kZoe);
                ++byZoe;
            }
        }
        QVERIFY(byZoe > 0);
        QVERIFY2(!hasEntity(run.out), qPrintable(run.out));
    }

    void list_csv_createByIsTheDecodedName_data() { versions(); }
    void list_csv_createByIsTheDecodedName()
    {
        const CliRun run = cli({QStringLiteral("list"), QStringLiteral("--csv")});
        QCOMPARE(run.exitCode, 0);
        QVERIFY2(run.out.contains(kZoe), qPrintable(run.out));
        QVERIFY(!hasEntity(run.out));
    }

    void whoami_text_nameVersionAndVersionWarnings_data() { versions(); }
    void whoami_text_nameVersionAndVersionWarnings()
    {
        const CliRun run = cli({QStringLiteral("whoami")});
        QCOMPARE(run.exitCode, 0);
        QVERIFY2(run.out.startsWith(kZoe + QStringLiteral(" (administrator)")),
                 qPrintable(run.out));
        QVERIFY2(run.out.contains(QStringLiteral("DocSpace ") + m_version + QLatin1Char('.')),
                 qPrintable(run.out));
        QCOMPARE(run.out.contains(QLatin1String("older than 3.7.1")),
                 m_version == QLatin1String("3.6"));
        QVERIFY(!hasEntity(run.out));
    }

    void whoami_json_displayNameAndDocSpaceVersion_data() { versions(); }
    void whoami_json_displayNameAndDocSpaceVersion()
    {
        const CliRun run = cli({QStringLiteral("whoami"), QStringLiteral("--json")});
        QCOMPARE(run.exitCode, 0);
        const QJsonObject me = QJsonDocument::fromJson(run.out.toUtf8()).object();
        QCOMPARE(me.value(QLatin1String("displayName")).toString(), kZoe);
        QVERIFY2(me.value(QLatin1String("docSpaceVersion"))
                     .toString()
                     .startsWith(m_version + QLatin1Char('.')),
                 qPrintable(run.out));
    }

    void whoami_suspendedPortal_portalUnavailable_data() { versions(); }
    void whoami_suspendedPortal_portalUnavailable()
    {
        QNetworkAccessManager network;
        QNetworkRequest request(
            m_server->httpUrl().resolved(QUrl(QStringLiteral("/__sandbox/portal"))));
        request.setHeader(QNetworkRequest::ContentTypeHeader,
                          QByteArrayLiteral("application/json"));
        QNetworkReply *reply = network.post(
            request,
            QJsonDocument(QJsonObject{{QStringLiteral("state"), QStringLiteral("suspended")}})
                .toJson());
        QTRY_VERIFY_WITH_TIMEOUT(reply->isFinished(), 10000);
        delete reply;
        const CliRun run = cli({QStringLiteral("whoami")});
        QCOMPARE(run.exitCode, 1);
        QVERIFY2(run.err.startsWith(QLatin1String("portal_unavailable: ")), qPrintable(run.err));
    }

    void report_jsonCsvAndHtml_showTheDecodedName_data() { versions(); }
    void report_jsonCsvAndHtml_showTheDecodedName()
    {
        QTemporaryDir dir;
        const QString csv = dir.filePath(QStringLiteral("report.csv"));
        const QString html = dir.filePath(QStringLiteral("report.html"));
        // Every key without expiry is a finding, Zoë's among them.
        const CliRun run = cli({QStringLiteral("report"), QStringLiteral("--json"),
                                QStringLiteral("--csv"), csv, QStringLiteral("--html"), html});
        QCOMPARE(run.exitCode, 0);
        QVERIFY2(run.out.contains(kZoe), qPrintable(run.out));
        QVERIFY(!hasEntity(run.out));
        QFile csvFile(csv);
        QVERIFY(csvFile.open(QIODevice::ReadOnly));
        const QString csvText = QString::fromUtf8(csvFile.readAll());
        QVERIFY2(csvText.contains(kZoe), qPrintable(csvText));
        QVERIFY(!hasEntity(csvText));
        // The printable report is HTML: the name escaped once for it, exactly once.
        QFile htmlFile(html);
        QVERIFY(htmlFile.open(QIODevice::ReadOnly));
        const QString htmlText = QString::fromUtf8(htmlFile.readAll());
        QVERIFY2(htmlText.contains(QStringLiteral("Zo\u00eb O'Brien &amp; Co")) ||
                     htmlText.contains(QStringLiteral("Zo\u00eb O&#39;Brien &amp; Co")),
                 qPrintable(htmlText));
        QVERIFY(!htmlText.contains(QLatin1String("&amp;amp;")));
        QVERIFY(!htmlText.contains(QLatin1String("&amp;#")));
    }

    // The window records who was signed in (Test Connection's name); `history` shows it.
    void history_textAndJson_showTheDecodedActor_data() { versions(); }
    void history_textAndJson_showTheDecodedActor()
    {
        QNetworkAccessManager network;
        DocSpaceClient client(&network);
        ConnectionSettings settings;
        settings.portal = PortalAddress::parse(portal());
        settings.token = zoeToken();
        client.setConnection(settings);
        std::optional<ConnectionReport> report;
        connect(client.testConnection(), &ConnectionTest::finished, this,
                [&report](const ConnectionReport &r) { report = r; });
        QTRY_VERIFY_WITH_TIMEOUT(report.has_value(), 20000);
        QVERIFY(report->ok);
        std::optional<RevokeOutcome> outcome;
        const SandboxKey *key = m_info.keyByName(QStringLiteral("CI pipeline"));
        connect(client.revoke(key->id.toString(QUuid::WithoutBraces)), &RevokeOperation::finished,
                this, [&outcome](const RevokeOutcome &o) { outcome = o; });
        QTRY_VERIFY_WITH_TIMEOUT(outcome.has_value(), 20000);
        HistoryRecord record =
            HistoryRecord::fromOutcome(*outcome, portal(), QString(), QStringLiteral("gui"));
        record.actor = report->displayName;
        record.keyName = key->name;
        QString error;
        QVERIFY2(HistoryLog().append(record, &error), qPrintable(error));

        const CliRun text = runCli({QStringLiteral("history")});
        QCOMPARE(text.exitCode, 0);
        QVERIFY2(text.out.contains(kZoe), qPrintable(text.out));
        QVERIFY(!hasEntity(text.out));
        const CliRun json = runCli({QStringLiteral("history"), QStringLiteral("--json")});
        QCOMPARE(json.exitCode, 0);
        const QJsonArray records = QJsonDocument::fromJson(json.out.toUtf8()).array();
        QCOMPARE(records.size(), 1);
        QCOMPARE(records.first().toObject().value(QLatin1String("actor")).toString(), kZoe);
    }
};

QTEST_GUILESS_MAIN(TestCliNames)
#include "tst_clinames.moc"
