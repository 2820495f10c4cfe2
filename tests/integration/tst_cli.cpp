// docspace-keys-cli as a script runs it: a real process against the sandbox portal.
#include "clirunner.h"
#include "sandboxserver.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QSignalSpy>
#include <QTest>

namespace {
const QString kUnknownId = QStringLiteral("00000000-1111-4222-8333-444444444444");

} // namespace

class TestCli : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<SandboxServer> m_server;
    SandboxInfo m_info;

    QString keyId(const char *name) const
    {
        return m_info.keyByName(QString::fromUtf8(name))->id.toString(QUuid::WithoutBraces);
    }
    QString ownerToken() const { return m_info.keyByName(QStringLiteral("Admin console"))->secret; }

    CliRun cli(const QStringList &args, const QString &envToken, const QByteArray &stdinData = {})
    {
        return runCli(args, {{QStringLiteral("DOCSPACE_TOKEN"), envToken}}, stdinData);
    }
    QStringList revokeArgs(const QStringList &more) const
    {
        return QStringList{QStringLiteral("revoke"), QStringLiteral("--portal"),
                           m_server->httpUrl().toString()} +
               more;
    }
    int apiRequests() const
    {
        int count = 0;
        for (const RequestLogEntry &entry : m_server->requestLog())
            count += entry.path.startsWith(QLatin1String("/api/")) ? 1 : 0;
        return count;
    }
    // Changes only: a batch also reads who is signed in and the key list, for the history.
    int apiWrites() const
    {
        int count = 0;
        for (const RequestLogEntry &entry : m_server->requestLog())
            count += entry.path.startsWith(QLatin1String("/api/")) && entry.method != "GET" ? 1 : 0;
        return count;
    }

private slots:
    void init()
    {
        m_server = std::make_unique<SandboxServer>();
        QVERIFY(m_server->listen(QHostAddress::LocalHost, 0, 0));
        m_info = m_server->info();
    }
    void cleanup() { m_server.reset(); }

    void version_printsProjectVersion()
    {
        const CliRun run = cli({QStringLiteral("--version")}, {});
        QCOMPARE(run.exitCode, 0);
        QCOMPARE(run.out.trimmed(), QStringLiteral("docspace-keys-cli " DSK_VERSION));
    }

    void help_listsRevokeOptions()
    {
        const CliRun run = cli({QStringLiteral("revoke"), QStringLiteral("--help")}, {});
        QCOMPARE(run.exitCode, 0);
        for (const char *option : {"--portal", "--auth", "--token-stdin", "--ca-file",
                                   "--trust-cert", "--allow-http", "--timeout", "--yes", "--json"})
            QVERIFY2(run.out.contains(QLatin1String(option)), option);
    }

    void revoke_withYes_revokedExitZero()
    {
        const QString id = keyId("Zapier integration");
        const CliRun run = cli(revokeArgs({QStringLiteral("--yes"), id}), ownerToken());
        QCOMPARE(run.exitCode, 0);
        QVERIFY2(run.out.startsWith(id + QLatin1String("  revoked  HTTP 200")),
                 qPrintable(run.out));
        QVERIFY(!m_server->portal().key(QUuid::fromString(id)).has_value());
    }

    void revoke_mixedIds_oneJsonLineEachAndExitOne()
    {
        const QString good = keyId("CI pipeline");
        const CliRun run = cli(revokeArgs({QStringLiteral("--yes"), QStringLiteral("--json"), good,
                                           kUnknownId, QStringLiteral("not-a-uuid")}),
                               ownerToken());
        QCOMPARE(run.exitCode, 1);
        const QStringList lines = run.out.trimmed().split(QLatin1Char('\n'));
        QCOMPARE(lines.size(), 3);
        const QJsonObject first = QJsonDocument::fromJson(lines[0].toUtf8()).object();
        const QJsonObject second = QJsonDocument::fromJson(lines[1].toUtf8()).object();
        const QJsonObject third = QJsonDocument::fromJson(lines[2].toUtf8()).object();
        QCOMPARE(first.value(QLatin1String("id")).toString(), good);
        QCOMPARE(first.value(QLatin1String("outcome")).toString(), QStringLiteral("revoked"));
        QCOMPARE(first.value(QLatin1String("http_status")).toInt(), 200);
        QVERIFY(!first.value(QLatin1String("message")).toString().isEmpty());
        QCOMPARE(second.value(QLatin1String("outcome")).toString(), QStringLiteral("not_found"));
        QCOMPARE(second.value(QLatin1String("http_status")).toInt(), 500);
        QCOMPARE(third.value(QLatin1String("outcome")).toString(), QStringLiteral("invalid_id"));
        QVERIFY(third.value(QLatin1String("http_status")).isNull());
        QCOMPARE(apiWrites(), 2); // the malformed id never reached the portal
    }

    void revoke_tokenOnStdin_usedAndNeverPrinted()
    {
        const QString token = ownerToken();
        const CliRun run = cli(revokeArgs({QStringLiteral("--token-stdin"), QStringLiteral("--yes"),
                                           keyId("Backup script")}),
                               {}, token.toUtf8() + "\n");
        QCOMPARE(run.exitCode, 0);
        QVERIFY(!run.out.contains(token));
        QVERIFY(!run.err.contains(token));
    }

    void revoke_noToken_usageErrorNothingSent()
    {
        const CliRun run = cli(revokeArgs({QStringLiteral("--yes"), keyId("CI pipeline")}), {});
        QCOMPARE(run.exitCode, 2);
        QVERIFY2(run.err.contains(QLatin1String("DOCSPACE_TOKEN")), qPrintable(run.err));
        QCOMPARE(apiRequests(), 0);
    }

    void revoke_noTerminalNoYes_refusesNothingSent()
    {
        const CliRun run = cli(revokeArgs({keyId("CI pipeline")}), ownerToken());
        QCOMPARE(run.exitCode, 2);
        QVERIFY2(run.err.contains(QLatin1String("--yes")), qPrintable(run.err));
        QCOMPARE(apiRequests(), 0);
    }

    void revoke_unknownOption_usageError()
    {
        const CliRun run = cli(
            revokeArgs({QStringLiteral("--token"), QStringLiteral("x"), kUnknownId}), ownerToken());
        QCOMPARE(run.exitCode, 2);
        QVERIFY(run.err.contains(QLatin1String("--token")) ||
                run.err.contains(QLatin1String("token")));
    }

    void revoke_badPortal_usageErrorSaysWhy()
    {
        const CliRun run =
            cli({QStringLiteral("revoke"), QStringLiteral("--portal"),
                 QStringLiteral("ftp://portal.example.com"), QStringLiteral("--yes"), kUnknownId},
                ownerToken());
        QCOMPARE(run.exitCode, 2);
        QVERIFY2(run.err.contains(QLatin1String("ftp://")), qPrintable(run.err));
    }

    void revoke_httpsPinnedWithColons_revoked()
    {
        const QString pin =
            QString::fromLatin1(QByteArray::fromHex(m_server->certificateSha256()).toHex(':'));
        const CliRun run = cli({QStringLiteral("revoke"), QStringLiteral("--portal"),
                                m_server->httpsUrl().toString(), QStringLiteral("--trust-cert"),
                                pin, QStringLiteral("--yes"), keyId("CI pipeline")},
                               ownerToken());
        QCOMPARE(run.exitCode, 0);
        QVERIFY2(run.out.contains(QLatin1String("revoked")), qPrintable(run.out));
    }

    void revoke_httpsUntrusted_tlsErrorShowsFingerprint()
    {
        const CliRun run =
            cli({QStringLiteral("revoke"), QStringLiteral("--portal"),
                 m_server->httpsUrl().toString(), QStringLiteral("--yes"), keyId("CI pipeline")},
                ownerToken());
        QCOMPARE(run.exitCode, 1);
        QVERIFY2(run.out.contains(QLatin1String("tls_error")), qPrintable(run.out));
        const QString colonForm = QString::fromLatin1(
            QByteArray::fromHex(m_server->certificateSha256()).toHex(':').toUpper());
        QVERIFY2(run.out.contains(colonForm), qPrintable(run.out));
    }

    void revoke_malformedPin_usageError()
    {
        const CliRun run = cli(revokeArgs({QStringLiteral("--trust-cert"), QStringLiteral("abc"),
                                           QStringLiteral("--yes"), kUnknownId}),
                               ownerToken());
        QCOMPARE(run.exitCode, 2);
        QVERIFY(run.err.contains(QLatin1String("--trust-cert")));
    }

    void revoke_plainHttpRemote_insecureRefusedWithoutOptIn()
    {
        const CliRun run = cli({QStringLiteral("revoke"), QStringLiteral("--portal"),
                                QStringLiteral("http://portal.example.com"),
                                QStringLiteral("--yes"), QStringLiteral("--json"), kUnknownId},
                               ownerToken());
        QCOMPARE(run.exitCode, 1);
        QVERIFY2(run.out.contains(QLatin1String("\"outcome\":\"insecure_refused\"")),
                 qPrintable(run.out));
    }

    void revoke_idsFromStdin_oneLineEachInInputOrder()
    {
        const QString a = keyId("CI pipeline");
        const QString b = keyId("Backup script");
        const QByteArray input = "# keys from the incident ticket\n" + a.toUtf8() + "\n\n  " +
                                 b.toUpper().toUtf8() + "  \nnot-a-uuid\n" + kUnknownId.toUtf8() +
                                 "\n";
        const CliRun run = cli(
            revokeArgs({QStringLiteral("--yes"), QStringLiteral("--json"), QStringLiteral("-")}),
            ownerToken(), input);
        QCOMPARE(run.exitCode, 1);
        const QStringList lines = run.out.trimmed().split(QLatin1Char('\n'));
        QCOMPARE(lines.size(), 4);
        const QStringList expected{QStringLiteral("revoked"), QStringLiteral("revoked"),
                                   QStringLiteral("invalid_id"), QStringLiteral("not_found")};
        for (int i = 0; i < lines.size(); ++i) {
            const QJsonObject line = QJsonDocument::fromJson(lines.at(i).toUtf8()).object();
            QCOMPARE(line.value(QLatin1String("outcome")).toString(), expected.at(i));
        }
        QCOMPARE(QJsonDocument::fromJson(lines.at(1).toUtf8())
                     .object()
                     .value(QLatin1String("id"))
                     .toString(),
                 b);
    }

    void revoke_concurrency_boundsRequestsInFlight()
    {
        m_server->portal().generateKeys(24);
        m_info = m_server->info();
        QStringList ids;
        for (const SandboxKey &key : m_info.keys) {
            if (key.name.startsWith(QLatin1String("Generated key")))
                ids << key.id.toString(QUuid::WithoutBraces);
        }
        FaultSettings faults;
        faults.latencyMs = 80;
        m_server->setFaults(faults);
        m_server->resetStats();
        const CliRun run = cli(revokeArgs({QStringLiteral("--yes"), QStringLiteral("--concurrency"),
                                           QStringLiteral("3"), QStringLiteral("-")}),
                               ownerToken(), ids.join(QLatin1Char('\n')).toUtf8());
        QCOMPARE(run.exitCode, 0);
        QCOMPARE(run.out.count(QLatin1String("  revoked  ")), ids.size());
        QCOMPARE(m_server->stats().maxInFlight, 3);
    }

    void revoke_badConcurrencyOrStdinTwice_usageError()
    {
        QCOMPARE(cli(revokeArgs({QStringLiteral("--yes"), QStringLiteral("--concurrency"),
                                 QStringLiteral("0"), kUnknownId}),
                     ownerToken())
                     .exitCode,
                 2);
        const CliRun both = cli(revokeArgs({QStringLiteral("--yes"),
                                            QStringLiteral("--token-stdin"), QStringLiteral("-")}),
                                {}, ownerToken().toUtf8() + "\n" + kUnknownId.toUtf8() + "\n");
        QCOMPARE(both.exitCode, 2);
        QVERIFY(both.err.contains(QLatin1String("Standard input")));
        QCOMPARE(apiRequests(), 0);
    }

    void list_json_hasTheDocumentedShape()
    {
        const CliRun run = cli({QStringLiteral("list"), QStringLiteral("--portal"),
                                m_server->httpUrl().toString(), QStringLiteral("--json")},
                               ownerToken());
        QCOMPARE(run.exitCode, 0);
        const QJsonArray keys = QJsonDocument::fromJson(run.out.toUtf8()).array();
        QCOMPARE(keys.size(), m_info.keys.size());
        for (const QJsonValue &value : keys) {
            const QJsonObject key = value.toObject();
            for (const char *field : {"id", "name", "keyPostfix", "permissions", "createOn",
                                      "createBy", "lastUsed", "expiresAt", "isActive"})
                QVERIFY2(key.contains(QLatin1String(field)), field);
            QVERIFY(key.value(QLatin1String("createBy")).isString());
            QVERIFY(key.value(QLatin1String("permissions")).isArray());
        }
        const auto named = [&keys](const QString &name) {
            for (const QJsonValue &value : keys) {
                if (value.toObject().value(QLatin1String("name")).toString() == name)
                    return value.toObject();
            }
            return QJsonObject();
        };
        QVERIFY(
            named(QStringLiteral("Zapier integration")).value(QLatin1String("lastUsed")).isNull());
        QVERIFY(
            named(QStringLiteral("Old migration")).value(QLatin1String("expiresAt")).isString());
        QCOMPARE(named(QStringLiteral("<b>Legacy</b> & \"quotes\""))
                     .value(QLatin1String("createBy"))
                     .toString(),
                 QStringLiteral("Alice Owner"));
    }

    void list_filters_data()
    {
        QTest::addColumn<QStringList>("options");
        QTest::addColumn<QString>("mustList");
        QTest::addColumn<QString>("mustNotList");
        QTest::newRow("expired") << QStringList{QStringLiteral("--expired")} << "Old migration"
                                 << "Admin console";
        QTest::newRow("inactive") << QStringList{QStringLiteral("--inactive")} << "Disabled webhook"
                                  << "Admin console";
        QTest::newRow("unused 30 days")
            << QStringList{QStringLiteral("--unused-days"), QStringLiteral("30")}
            << "Zapier integration"
            << "Admin console";
        QTest::newRow("created by")
            << QStringList{QStringLiteral("--created-by"), QStringLiteral("carol member")}
            << "Carol's notebook"
            << "Admin console";
    }
    void list_filters()
    {
        QFETCH(QStringList, options);
        QFETCH(QString, mustList);
        QFETCH(QString, mustNotList);
        const CliRun run = cli(QStringList{QStringLiteral("list"), QStringLiteral("--portal"),
                                           m_server->httpUrl().toString()} +
                                   options,
                               ownerToken());
        QCOMPARE(run.exitCode, 0);
        QVERIFY2(run.out.contains(mustList), qPrintable(run.out));
        QVERIFY2(!run.out.contains(mustNotList), qPrintable(run.out));
    }

    void list_csv_quotesNamesAndHasHeader()
    {
        const CliRun run = cli({QStringLiteral("list"), QStringLiteral("--portal"),
                                m_server->httpUrl().toString(), QStringLiteral("--csv")},
                               ownerToken());
        QCOMPARE(run.exitCode, 0);
        QVERIFY(run.out.startsWith(QLatin1String("id,name,keyPostfix,")));
        QVERIFY2(run.out.contains(QLatin1String("\"<b>Legacy</b> & \"\"quotes\"\"\"")),
                 qPrintable(run.out));
    }

    void list_memberSeesOnlyOwnKeys()
    {
        const CliRun run = cli({QStringLiteral("list"), QStringLiteral("--portal"),
                                m_server->httpUrl().toString(), QStringLiteral("--json")},
                               m_info.keyByName(QStringLiteral("Carol's notebook"))->secret);
        const QJsonArray keys = QJsonDocument::fromJson(run.out.toUtf8()).array();
        QCOMPARE(keys.size(), 2);
        for (const QJsonValue &key : keys)
            QCOMPARE(key.toObject().value(QLatin1String("createBy")).toString(),
                     QStringLiteral("Carol Member"));
    }

    void list_wrongToken_exitOneWithReason()
    {
        const CliRun run = cli(
            {QStringLiteral("list"), QStringLiteral("--portal"), m_server->httpUrl().toString()},
            QStringLiteral("sk-") + QString(64, QLatin1Char('0')));
        QCOMPARE(run.exitCode, 1);
        QVERIFY(run.err.startsWith(QLatin1String("unauthorized: ")));
    }

    void whoami_namesUserRoleAndKey()
    {
        const CliRun run = cli({QStringLiteral("whoami"), QStringLiteral("--portal"),
                                m_server->httpUrl().toString(), QStringLiteral("--json")},
                               m_info.keyByName(QStringLiteral("Read-only reporting"))->secret);
        QCOMPARE(run.exitCode, 0);
        const QJsonObject me = QJsonDocument::fromJson(run.out.toUtf8()).object();
        QCOMPARE(me.value(QLatin1String("displayName")).toString(), QStringLiteral("Alice Owner"));
        QCOMPARE(me.value(QLatin1String("role")).toString(), QStringLiteral("owner"));
        QCOMPARE(me.value(QLatin1String("key")).toObject().value(QLatin1String("name")).toString(),
                 QStringLiteral("Read-only reporting"));
        QVERIFY(!me.value(QLatin1String("canRevoke")).toBool());
        const CliRun text = cli(
            {QStringLiteral("whoami"), QStringLiteral("--portal"), m_server->httpUrl().toString()},
            m_info.userByEmail(QStringLiteral("carol@sandbox.example"))->sessionToken);
        QVERIFY2(text.out.startsWith(QLatin1String("Carol Member (member)")), qPrintable(text.out));
        QVERIFY(text.out.contains(QLatin1String("warning: You are not an administrator")));
    }

    void deactivateActivate_changeTheKeyAndGoToHistory()
    {
        const QString id = keyId("CI pipeline");
        const QStringList portal{QStringLiteral("--portal"), m_server->httpUrl().toString()};
        const CliRun off =
            cli(QStringList{QStringLiteral("deactivate")} + portal + QStringList{id}, ownerToken());
        QCOMPARE(off.exitCode, 0);
        QVERIFY(off.out.contains(QLatin1String("  deactivated  HTTP 200")));
        QVERIFY(!m_server->portal().key(QUuid::fromString(id))->isActive);
        const CliRun on = cli(QStringList{QStringLiteral("activate"), QStringLiteral("--json")} +
                                  portal + QStringList{id},
                              ownerToken());
        QCOMPARE(on.exitCode, 0);
        QCOMPARE(QJsonDocument::fromJson(on.out.toUtf8())
                     .object()
                     .value(QLatin1String("outcome"))
                     .toString(),
                 QStringLiteral("activated"));
        QVERIFY(m_server->portal().key(QUuid::fromString(id))->isActive);
        const CliRun expired = cli(QStringList{QStringLiteral("activate")} + portal +
                                       QStringList{keyId("Old migration")},
                                   ownerToken());
        QCOMPARE(expired.exitCode, 1);
        QVERIFY(expired.out.contains(QLatin1String("refused")));

        const CliRun history = cli({QStringLiteral("history"), QStringLiteral("--json"),
                                    QStringLiteral("--portal"), m_server->httpUrl().toString()},
                                   {});
        QCOMPARE(history.exitCode, 0);
        const QJsonArray records = QJsonDocument::fromJson(history.out.toUtf8()).array();
        QStringList seen;
        for (const QJsonValue &value : records) {
            const QJsonObject r = value.toObject();
            if (r.value(QLatin1String("keyId")).toString() == id)
                seen << r.value(QLatin1String("operation")).toString() + QLatin1Char(':') +
                            r.value(QLatin1String("outcome")).toString();
        }
        QCOMPARE(seen, (QStringList{QStringLiteral("deactivate:deactivated"),
                                    QStringLiteral("activate:activated")}));
        QVERIFY(!history.out.contains(ownerToken()));
    }

    void history_sinceAndBadDate()
    {
        QCOMPARE(cli(revokeArgs({QStringLiteral("--yes"), kUnknownId}), ownerToken()).exitCode, 1);
        const CliRun future = cli({QStringLiteral("history"), QStringLiteral("--json"),
                                   QStringLiteral("--since"), QStringLiteral("2999-01-01")},
                                  {});
        QCOMPARE(future.exitCode, 0);
        QCOMPARE(QJsonDocument::fromJson(future.out.toUtf8()).array().size(), 0);
        const CliRun all = cli(
            {QStringLiteral("history"), QStringLiteral("--since"), QStringLiteral("2000-01-01")},
            {});
        QVERIFY2(all.out.contains(kUnknownId), qPrintable(all.out));
        QVERIFY(all.out.contains(QLatin1String("not_found")));
        QCOMPARE(
            cli({QStringLiteral("history"), QStringLiteral("--since"), QStringLiteral("yesterday")},
                {})
                .exitCode,
            2);
    }

    void everySubcommand_hasHelp()
    {
        for (const char *command :
             {"revoke", "deactivate", "activate", "list", "whoami", "history"}) {
            const CliRun run = cli({QString::fromLatin1(command), QStringLiteral("--help")}, {});
            QCOMPARE(run.exitCode, 0);
            QVERIFY2(run.out.contains(QLatin1String("--help")), command);
        }
        QCOMPARE(cli({QStringLiteral("profiles"), QStringLiteral("--help")}, {}).exitCode, 0);
        QCOMPARE(cli({QStringLiteral("frobnicate")}, {}).exitCode, 2);
    }
};

QTEST_GUILESS_MAIN(TestCli)
#include "tst_cli.moc"
