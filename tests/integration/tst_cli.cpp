// docspace-keys-cli as a script runs it: a real process against the sandbox portal.
#include "clirunner.h"
#include "sandboxserver.h"
#include "tlsserving.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QRegularExpression>
#include <QSignalSpy>
#include <QTest>

#ifdef Q_OS_UNIX
#include <fcntl.h>
#include <stdlib.h>
#include <unistd.h>
#endif

namespace {
const QString kUnknownId = QStringLiteral("00000000-1111-4222-8333-444444444444");

#ifdef Q_OS_UNIX
// docspace-keys-cli with a terminal on standard input (a pseudo-terminal the test types into),
// as when a person runs it; standard output and error are still read by the test.
CliRun runCliOnTerminal(const QStringList &args, const QString &token, const QByteArray &typed)
{
    const int master = posix_openpt(O_RDWR | O_NOCTTY);
    if (master < 0 || grantpt(master) != 0 || unlockpt(master) != 0)
        qFatal("no pseudo-terminal");
    const QByteArray slavePath = ptsname(master);
    const int slave = ::open(slavePath.constData(), O_RDWR | O_NOCTTY);
    if (slave < 0 || ::write(master, typed.constData(), size_t(typed.size())) != typed.size())
        qFatal("pseudo-terminal not usable");
    QProcess process;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("DOCSPACE_TOKEN"), token);
    process.setProcessEnvironment(env);
    process.setStandardInputFile(QString::fromLocal8Bit(slavePath));
    QSignalSpy finished(&process, &QProcess::finished);
    process.start(QStringLiteral(DSK_CLI_PATH), args);
    if (!process.waitForStarted(10000) || !finished.wait(40000))
        qFatal("docspace-keys-cli did not run");
    ::close(slave);
    ::close(master);
    CliRun run;
    run.exitCode = process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1;
    run.out = QString::fromUtf8(process.readAllStandardOutput());
    run.err = QString::fromUtf8(process.readAllStandardError());
    return run;
}
#endif

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
        DSK_SKIP_UNLESS_HTTPS_SERVES();
        const QString pin =
            QString::fromLatin1(QByteArray::fromHex(m_server->certificateSha256()).toHex(':'));
        const CliRun run = cli({QStringLiteral("revoke"), QStringLiteral("--portal"),
                                m_server->httpsUrl().toString(), QStringLiteral("--trust-cert"),
                                pin, QStringLiteral("--yes"), keyId("CI pipeline")},
                               ownerToken());
        QVERIFY2(run.exitCode == 0, qPrintable(run.err + run.out));
        QVERIFY2(run.out.contains(QLatin1String("revoked")), qPrintable(run.out));
    }

    void revoke_httpsUntrusted_tlsErrorShowsFingerprint()
    {
        DSK_SKIP_UNLESS_HTTPS_SERVES();
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
        // --yes: every key change needs a confirmation, and a test has no terminal.
        const QStringList portal{QStringLiteral("--portal"), m_server->httpUrl().toString(),
                                 QStringLiteral("--yes")};
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

    void deactivateActivate_noTerminalNoYes_refuseNothingSent_data()
    {
        QTest::addColumn<QString>("command");
        QTest::addColumn<QString>("says");
        QTest::newRow("deactivate") << "deactivate"
                                    << "Not deactivating";
        QTest::newRow("activate") << "activate"
                                  << "Not reactivating";
    }
    void deactivateActivate_noTerminalNoYes_refuseNothingSent()
    {
        QFETCH(QString, command);
        QFETCH(QString, says);
        const QString id = keyId("CI pipeline");
        const CliRun run =
            cli({command, QStringLiteral("--portal"), m_server->httpUrl().toString(), id},
                ownerToken());
        QCOMPARE(run.exitCode, 2);
        QVERIFY2(run.err.contains(says), qPrintable(run.err));
        QVERIFY2(run.err.contains(QLatin1String("--yes")), qPrintable(run.err));
        QCOMPARE(apiRequests(), 0);
        QVERIFY(m_server->portal().key(QUuid::fromString(id))->isActive);
    }

#ifdef Q_OS_UNIX
    void keyChange_onTerminal_asksNamingPortalOperationAndKeys_data()
    {
        QTest::addColumn<QString>("command");
        QTest::addColumn<QString>("question");
        QTest::addColumn<QString>("nothingDone");
        // A pattern: "keys" once the catalogues know the string, "key(s)" until then.
        QTest::newRow("revoke") << "revoke"
                                << "Revoke 2 key.{0,3}s.? on %1\\? This cannot be undone\\."
                                << "Nothing revoked.";
        QTest::newRow("deactivate")
            << "deactivate"
            << "Deactivate 2 key.{0,3}s.? on %1\\? They stop working until reactivated\\."
            << "Nothing deactivated.";
        QTest::newRow("activate") << "activate"
                                  << "Reactivate 2 key.{0,3}s.? on %1\\?"
                                  << "Nothing reactivated.";
    }
    void keyChange_onTerminal_asksNamingPortalOperationAndKeys()
    {
        QFETCH(QString, command);
        QFETCH(QString, question);
        QFETCH(QString, nothingDone);
        const QString portal = m_server->httpUrl().toString();
        const QStringList args{command, QStringLiteral("--portal"), portal, keyId("CI pipeline"),
                               keyId("Disabled webhook")};
        const int keysBefore = int(m_server->portal().keys().size());

        const CliRun no = runCliOnTerminal(args, ownerToken(), "n\n");
        QCOMPARE(no.exitCode, 2);
        QVERIFY2(
            no.err.contains(QRegularExpression(question.arg(QRegularExpression::escape(portal)))),
            qPrintable(no.err));
        // Each key by name, ending and owner, from the portal's list.
        const SandboxKey *ci = m_info.keyByName(QStringLiteral("CI pipeline"));
        QVERIFY2(
            no.err.contains(QStringLiteral("\"CI pipeline\" (sk-***%1), created by Alice Owner")
                                .arg(ci->secret.right(4))),
            qPrintable(no.err));
        QVERIFY2(no.err.contains(QLatin1String("\"Disabled webhook\"")), qPrintable(no.err));
        QVERIFY(no.err.contains(nothingDone));
        QVERIFY(no.out.isEmpty());
        for (const RequestLogEntry &entry : m_server->requestLog())
            QCOMPARE(entry.method, QByteArray("GET")); // only the list that named the keys

        const CliRun yes = runCliOnTerminal(args, ownerToken(), "y\n");
        QCOMPARE(yes.exitCode, 0); // the portal accepts each change, even one with no effect
        QCOMPARE(yes.out.trimmed().split(QLatin1Char('\n')).size(), 2);
        if (command == QLatin1String("revoke"))
            QCOMPARE(int(m_server->portal().keys().size()), keysBefore - 2);
        else if (command == QLatin1String("deactivate"))
            QVERIFY(!m_server->portal().key(QUuid::fromString(keyId("CI pipeline")))->isActive);
        else
            QVERIFY(m_server->portal().key(QUuid::fromString(keyId("Disabled webhook")))->isActive);
    }

    // Above ten keys the count must be typed, as in the window; y is not enough.
    void keyChange_onTerminal_moreThanTenKeys_needsTheTypedCount()
    {
        const QString portal = m_server->httpUrl().toString();
        QStringList args{QStringLiteral("deactivate"), QStringLiteral("--portal"), portal};
        QStringList ids;
        for (const SandboxKey &key : m_info.keys) {
            // Not the token's own key, nor the expired one (which cannot be changed); the
            // already deactivated one is accepted again.
            if (key.name != QLatin1String("Admin console") &&
                !key.isExpiredAt(QDateTime::currentDateTimeUtc()) && ids.size() < 11)
                ids << key.id.toString(QUuid::WithoutBraces);
        }
        QCOMPARE(ids.size(), 11);
        args += ids;
        for (const QByteArray &typed : {QByteArray("y\n"), QByteArray("10\n"), QByteArray("\n")}) {
            const CliRun no = runCliOnTerminal(args, ownerToken(), typed);
            QCOMPARE(no.exitCode, 2);
            QVERIFY2(no.err.contains(QLatin1String("Type the number of keys (11) to confirm")),
                     qPrintable(no.err));
            QVERIFY2(no.err.contains(QLatin1String("Nothing deactivated.")), qPrintable(no.err));
            QCOMPARE(apiWrites(), 0);
        }
        const CliRun yes = runCliOnTerminal(args, ownerToken(), "11\n");
        QCOMPARE(yes.exitCode, 0);
        QCOMPARE(yes.out.trimmed().split(QLatin1Char('\n')).size(), 11);
        for (const QString &id : std::as_const(ids))
            QVERIFY(!m_server->portal().key(QUuid::fromString(id))->isActive);
    }

    // The token's own key among those to change is marked and asked about apart: include it,
    // skip it (the others go ahead), or cancel everything (the default).
    void keyChange_onTerminal_ownKeyAskedApart_data()
    {
        QTest::addColumn<QString>("command");
        QTest::addColumn<QByteArray>("typed");
        QTest::addColumn<bool>("ownChanged");
        QTest::addColumn<bool>("otherChanged");
        QTest::newRow("revoke, include") << "revoke" << QByteArray("y\ni\n") << true << true;
        QTest::newRow("revoke, skip my key") << "revoke" << QByteArray("y\ns\n") << false << true;
        QTest::newRow("revoke, cancel") << "revoke" << QByteArray("y\nc\n") << false << false;
        QTest::newRow("revoke, Enter cancels") << "revoke" << QByteArray("y\n\n") << false << false;
        QTest::newRow("deactivate, skip my key")
            << "deactivate" << QByteArray("y\ns\n") << false << true;
        QTest::newRow("deactivate, include")
            << "deactivate" << QByteArray("y\ni\n") << true << true;
    }
    void keyChange_onTerminal_ownKeyAskedApart()
    {
        QFETCH(QString, command);
        QFETCH(QByteArray, typed);
        QFETCH(bool, ownChanged);
        QFETCH(bool, otherChanged);
        const QString portal = m_server->httpUrl().toString();
        const QString own = keyId("Admin console");
        const QString other = keyId("CI pipeline");
        // One at a time, the own key last: including it must not cut off the other's request.
        const CliRun run = runCliOnTerminal({command, QStringLiteral("--portal"), portal,
                                             QStringLiteral("--concurrency"), QStringLiteral("1"),
                                             other, own.toUpper()},
                                            ownerToken(), typed);
        QCOMPARE(run.exitCode, otherChanged ? 0 : 2);
        QVERIFY2(run.err.contains(QLatin1String("\"Admin console\" (sk-***")), qPrintable(run.err));
        QVERIFY2(run.err.contains(QLatin1String("(this token)")), qPrintable(run.err));
        QVERIFY2(run.err.contains(
                     QStringLiteral("is the key this command signs in with on %1").arg(portal)),
                 qPrintable(run.err));
        QVERIFY2(run.err.contains(QLatin1String("[i/s/C]")), qPrintable(run.err));
        const bool revoke = command == QLatin1String("revoke");
        const auto changed = [&](const QString &id) {
            const auto key = m_server->portal().key(QUuid::fromString(id));
            return revoke ? !key.has_value() : !key->isActive;
        };
        QCOMPARE(changed(own), ownChanged);
        QCOMPARE(changed(other), otherChanged);
        if (otherChanged)
            QCOMPARE(run.out.trimmed().split(QLatin1Char('\n')).size(), ownChanged ? 2 : 1);
        else
            QCOMPARE(apiWrites(), 0);
    }

    // rotate asks before revoking the old keys as every key change does: the token's own key
    // apart; skipped, it keeps working beside its replacement.
    void rotate_onTerminal_ownKeyAskedApart_skipKeepsItWorking()
    {
        const QString own = keyId("Admin console");
        const QString other = keyId("CI pipeline");
        const CliRun run = runCliOnTerminal({QStringLiteral("rotate"), QStringLiteral("--portal"),
                                             m_server->httpUrl().toString(), other, own},
                                            ownerToken(), "y\ns\n");
        QCOMPARE(run.exitCode, 1); // an old key is still alive, as asked
        QVERIFY2(run.err.contains(QLatin1String("(this token)")), qPrintable(run.err));
        QVERIFY2(run.err.contains(QLatin1String("[i/s/C]")), qPrintable(run.err));
        QVERIFY(m_server->portal().key(QUuid::fromString(own)).has_value());
        QVERIFY(!m_server->portal().key(QUuid::fromString(other)).has_value());
        int replacements = 0;
        for (const SandboxKey &key : m_server->portal().keys())
            replacements += key.name.endsWith(QLatin1String(" (rotated)")) ? 1 : 0;
        QCOMPARE(replacements, 2);
        QVERIFY2(run.out.contains(QLatin1String("replaced_old_alive")), qPrintable(run.out));
    }

    // Reactivating cannot lock the token out: no second question.
    void activate_onTerminal_ownKeyNeedsNoSecondAnswer()
    {
        const QString own = keyId("Admin console");
        const CliRun run =
            runCliOnTerminal({QStringLiteral("activate"), QStringLiteral("--portal"),
                              m_server->httpUrl().toString(), own, keyId("Disabled webhook")},
                             ownerToken(), "y\n");
        QCOMPARE(run.exitCode, 0);
        QVERIFY(!run.err.contains(QLatin1String("[i/s/C]")));
        QVERIFY(m_server->portal().key(QUuid::fromString(keyId("Disabled webhook")))->isActive);
    }

    // Many keys with the own key among them: the count first, then the own key.
    void revoke_onTerminal_typedCountThenSkipMyKey()
    {
        QStringList args{QStringLiteral("revoke"), QStringLiteral("--portal"),
                         m_server->httpUrl().toString()};
        for (const SandboxKey &key : m_info.keys) {
            if (args.size() < 3 + 12)
                args << key.id.toString(QUuid::WithoutBraces);
        }
        QVERIFY(args.contains(keyId("Admin console")));
        const int before = int(m_server->portal().keys().size());
        const CliRun run = runCliOnTerminal(args, ownerToken(), "12\ns\n");
        QCOMPARE(run.exitCode, 0);
        QVERIFY2(run.err.contains(QLatin1String("Skipping the key of this token.")),
                 qPrintable(run.err));
        QCOMPARE(int(m_server->portal().keys().size()), before - 11);
        QVERIFY(m_server->portal().key(QUuid::fromString(keyId("Admin console"))).has_value());
    }
#endif

    void subcommandHelp_namesTheCommandNotTheBinaryPath()
    {
        for (const char *command : {"revoke", "deactivate", "activate", "list", "whoami", "history",
                                    "revoke-secret", "report"}) {
            const CliRun run = cli({QString::fromLatin1(command), QStringLiteral("--help")}, {});
            QCOMPARE(run.exitCode, 0);
            const QString firstLine = run.out.section(QLatin1Char('\n'), 0, 0);
            QCOMPARE(firstLine.section(QLatin1Char(' '), 1, 2),
                     QLatin1String("docspace-keys-cli ") + QLatin1String(command));
            QVERIFY2(!run.out.contains(QLatin1String(DSK_CLI_PATH)), qPrintable(run.out));
        }
    }

    void usage_listsEveryCommandAndDispatchesThem()
    {
        const CliRun usage = cli({QStringLiteral("--help")}, {});
        QCOMPARE(usage.exitCode, 0);
        QStringList listed;
        const QStringList lines = usage.out.split(QLatin1Char('\n'));
        const qsizetype from = lines.indexOf(QStringLiteral("Commands:"));
        QVERIFY(from > 0);
        for (qsizetype i = from + 1; i < lines.size() && !lines.at(i).isEmpty(); ++i)
            listed << lines.at(i).trimmed().section(QLatin1Char(' '), 0, 0);
        for (const char *command : {"revoke", "deactivate", "activate", "list", "whoami", "history",
                                    "revoke-secret", "report", "profiles"})
            QVERIFY2(listed.contains(QLatin1String(command)), command);
        // Every listed command is reachable: its --help answers.
        for (const QString &command : std::as_const(listed))
            QVERIFY2(cli({command, QStringLiteral("--help")}, {}).exitCode == 0,
                     qPrintable(command));
    }

    void revoke_listCsvOnStdin_revokesEveryKeyOfTheExport()
    {
        const QString carol = m_info.keyByName(QStringLiteral("Carol's notebook"))->secret;
        const CliRun list = cli({QStringLiteral("list"), QStringLiteral("--portal"),
                                 m_server->httpUrl().toString(), QStringLiteral("--csv")},
                                carol);
        QCOMPARE(list.exitCode, 0);
        QCOMPARE(list.out.count(QLatin1Char('\n')), 3); // header and Carol's two keys
        const CliRun run = cli(
            revokeArgs({QStringLiteral("--yes"), QStringLiteral("--json"), QStringLiteral("-")}),
            ownerToken(), list.out.toUtf8());
        QCOMPARE(run.exitCode, 0);
        const QStringList lines = run.out.trimmed().split(QLatin1Char('\n'));
        QCOMPARE(lines.size(), 2);
        for (const QString &line : lines)
            QCOMPARE(QJsonDocument::fromJson(line.toUtf8())
                         .object()
                         .value(QLatin1String("outcome"))
                         .toString(),
                     QStringLiteral("revoked"));
        QVERIFY(!m_server->portal().key(QUuid::fromString(keyId("Carol's notebook"))).has_value());
    }

    void whoami_untrustedCertificate_printsTheFingerprintToCompare()
    {
        DSK_SKIP_UNLESS_HTTPS_SERVES();
        const CliRun run = cli(
            {QStringLiteral("whoami"), QStringLiteral("--portal"), m_server->httpsUrl().toString()},
            ownerToken());
        QCOMPARE(run.exitCode, 1);
        QVERIFY2(run.err.contains(QLatin1String("compare the fingerprint")), qPrintable(run.err));
        const QString colonForm = QString::fromLatin1(
            QByteArray::fromHex(m_server->certificateSha256()).toHex(':').toUpper());
        QVERIFY2(run.err.contains(colonForm), qPrintable(run.err));
    }

    void history_showsKeyNameAndWhoActed()
    {
        const QByteArray leak = m_info.keyByName(QStringLiteral("CI pipeline"))->secret.toUtf8();
        QCOMPARE(cli({QStringLiteral("revoke-secret"), QStringLiteral("--portal"),
                      m_server->httpUrl().toString(), QStringLiteral("--yes")},
                     ownerToken(), leak + "\n")
                     .exitCode,
                 0);
        const CliRun run = cli({QStringLiteral("history")}, {});
        QCOMPARE(run.exitCode, 0);
        const QStringList lines = run.out.split(QLatin1Char('\n'));
        QVERIFY2(lines.first().contains(QLatin1String("KEY")) &&
                     lines.first().contains(QLatin1String("BY")),
                 qPrintable(run.out));
        const QString row = run.out.trimmed().section(QLatin1Char('\n'), -1); // the newest
        QVERIFY2(row.contains(QLatin1String("CI pipeline (sk-***")), qPrintable(run.out));
        QVERIFY2(row.contains(QLatin1String("command line")), qPrintable(run.out));
    }

    void listJsonAndRevokeSecret_describeAKeyWithTheSameFields()
    {
        const SandboxKey *ci = m_info.keyByName(QStringLiteral("CI pipeline"));
        const QString portal = m_server->httpUrl().toString();
        const CliRun secret = cli({QStringLiteral("revoke-secret"), QStringLiteral("--portal"),
                                   portal, QStringLiteral("--json")},
                                  ownerToken(), ci->secret.toUtf8() + "\n");
        QCOMPARE(secret.exitCode, 1); // identified, not revoked without --yes
        const QJsonObject fromSecret = QJsonDocument::fromJson(secret.out.toUtf8())
                                           .object()
                                           .value(QLatin1String("key"))
                                           .toObject();
        const CliRun list = cli(
            {QStringLiteral("list"), QStringLiteral("--portal"), portal, QStringLiteral("--json")},
            ownerToken());
        QJsonObject fromList;
        for (const QJsonValue &value : QJsonDocument::fromJson(list.out.toUtf8()).array()) {
            if (value.toObject().value(QLatin1String("id")) ==
                fromSecret.value(QLatin1String("id")))
                fromList = value.toObject();
        }
        QVERIFY(!fromList.isEmpty());
        QCOMPARE(fromSecret.keys(), fromList.keys());
        for (const QString &field : fromList.keys()) {
            if (field != QLatin1String("lastUsed")) // the identification itself used the key
                QCOMPARE(fromSecret.value(field), fromList.value(field));
        }
    }

    void report_csvFile_isTheWindowsFileWrittenWhole()
    {
        const QString portal = m_server->httpUrl().toString();
        const QString path = QDir::home().filePath(QStringLiteral("report.csv"));
        const CliRun run = cli({QStringLiteral("report"), QStringLiteral("--portal"), portal,
                                QStringLiteral("--csv"), path},
                               ownerToken());
        QCOMPARE(run.exitCode, 0);
        QFile file(path);
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QString csv = QString::fromUtf8(file.readAll());
        QVERIFY2(csv.startsWith(QLatin1String("finding,key_id,name,")), qPrintable(csv));
        QVERIFY2(csv.contains(QStringLiteral("\nreport,portal,generated_utc,keys_examined,"
                                             "unused_days\nAPI key hygiene report,%1,")
                                  .arg(portal)),
                 qPrintable(csv));
        QVERIFY(csv.contains(QLatin1String("\nfinding,title,count,suggested_action\n")));

        const QString nowhere = QDir::home().filePath(QStringLiteral("no-such-folder/report.csv"));
        const CliRun failed = cli({QStringLiteral("report"), QStringLiteral("--portal"), portal,
                                   QStringLiteral("--csv"), nowhere},
                                  ownerToken());
        QCOMPARE(failed.exitCode, 1);
        QVERIFY2(failed.err.contains(QLatin1String("Cannot write")), qPrintable(failed.err));
        QVERIFY(!QFileInfo::exists(nowhere));
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
