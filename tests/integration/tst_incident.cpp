// Incident response against the sandbox, through the CLI as a script would run it: leaked
// secrets identified through keys/@self and revoked with the administrator's token, the
// postfix fallback that never revokes on its own, the secret in no file afterwards, and the
// hygiene report's figures.
#include "clirunner.h"
#include "homescan.h"
#include "sandboxserver.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QStandardPaths>
#include <QTest>

class TestIncident : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<SandboxServer> m_server;
    SandboxInfo m_info;

    QString secret(const char *name) const
    {
        return m_info.keyByName(QString::fromUtf8(name))->secret;
    }
    bool exists(const char *name) const
    {
        return m_server->portal().key(m_info.keyByName(QString::fromUtf8(name))->id).has_value();
    }
    CliRun revokeSecret(const QByteArray &text, const QStringList &more = {})
    {
        return runCli(QStringList{QStringLiteral("revoke-secret"), QStringLiteral("--portal"),
                                  m_server->httpUrl().toString(), QStringLiteral("--json")} +
                          more,
                      {{QStringLiteral("DOCSPACE_TOKEN"), secret("Admin console")}}, text);
    }
    static QList<QJsonObject> lines(const QString &out)
    {
        QList<QJsonObject> objects;
        for (const QString &line : out.split(QLatin1Char('\n'), Qt::SkipEmptyParts))
            objects << QJsonDocument::fromJson(line.toUtf8()).object();
        return objects;
    }

private slots:
    void init()
    {
        m_server = std::make_unique<SandboxServer>();
        QVERIFY(m_server->listen(QHostAddress::LocalHost, 0, -1));
        m_info = m_server->info();
    }

    void leakedSecretInALog_identifiedAndRevokedWithTheAdminToken()
    {
        const QString leaked = secret("Carol's notebook");
        const QByteArray log = "12:00:01 POST /webhook ok\nAuthorization: Bearer " +
                               leaked.toUtf8() + "\n12:00:02 done\n";
        const CliRun run = revokeSecret(log, {QStringLiteral("--yes")});
        QCOMPARE(run.exitCode, 0);
        const QList<QJsonObject> out = lines(run.out);
        QCOMPARE(out.size(), 1);
        QCOMPARE(out.first().value(QLatin1String("state")).toString(),
                 QStringLiteral("identified"));
        const QJsonObject key = out.first().value(QLatin1String("key")).toObject();
        QCOMPARE(key.value(QLatin1String("name")).toString(), QStringLiteral("Carol's notebook"));
        QCOMPARE(key.value(QLatin1String("createBy")).toString(), QStringLiteral("Carol Member"));
        QCOMPARE(out.first().value(QLatin1String("outcome")).toString(), QStringLiteral("revoked"));
        QVERIFY(!exists("Carol's notebook"));

        // The DELETE went out with the administrator's key, not the leaked one.
        const QList<RequestLogEntry> log2 = m_server->requestLog();
        QCOMPARE(log2.constLast().method, QByteArray("DELETE"));
        QCOMPARE(log2.constLast().authorizationScheme, QStringLiteral("Bearer"));
        QVERIFY(m_server->portal()
                    .key(m_info.keyByName(QStringLiteral("Admin console"))->id)
                    ->lastUsed.isValid());

        // Never printed in full, never stored.
        QVERIFY(!run.out.contains(leaked));
        QVERIFY(!run.err.contains(leaked));
        QVERIFY(run.out.contains(QStringLiteral("sk-") + QChar(0x2026) + leaked.right(4)));
        const QStringList hits = filesUnderHomeContaining(leaked);
        QVERIFY2(hits.isEmpty(), qPrintable(hits.join(QLatin1Char(' '))));
#ifndef Q_OS_WIN
        // Windows keeps the history in the user profile's AppData, which Qt takes from the
        // profile, not from the test's HOME: checked in the history file itself below.
        QVERIFY(!filesUnderHomeContaining(key.value(QLatin1String("id")).toString())
                     .isEmpty()); // the history has the id
#endif
        // ... and who revoked it, as revoke's records do.
        QFile history(QStandardPaths::writableLocation(QStandardPaths::GenericDataLocation) +
                      QStringLiteral("/DocSpaceKeys/history.jsonl"));
        QVERIFY(history.open(QIODevice::ReadOnly));
        const QByteArray historyText = history.readAll();
        QVERIFY(!historyText.contains(leaked.toUtf8()));
        QJsonObject record;
        for (const QString &line : QString::fromUtf8(historyText).split(QLatin1Char('\n'))) {
            const QJsonObject object = QJsonDocument::fromJson(line.toUtf8()).object();
            if (object.value(QLatin1String("keyId")) == key.value(QLatin1String("id")))
                record = object;
        }
        QCOMPARE(record.value(QLatin1String("outcome")).toString(), QStringLiteral("revoked"));
        QCOMPARE(record.value(QLatin1String("keyName")).toString(),
                 QStringLiteral("Carol's notebook"));
        QString owner;
        for (const SandboxUser &user : m_info.users) {
            if (user.role == SandboxRole::Owner)
                owner = user.displayName();
        }
        QVERIFY(!owner.isEmpty());
        QCOMPARE(record.value(QLatin1String("actor")).toString(), owner);
    }

    void withoutYes_onlyReports()
    {
        const CliRun run = revokeSecret(secret("CI pipeline").toUtf8());
        QCOMPARE(run.exitCode, 1);
        QCOMPARE(lines(run.out).first().value(QLatin1String("state")).toString(),
                 QStringLiteral("identified"));
        QVERIFY(lines(run.out).first().value(QLatin1String("outcome")).isNull());
        QVERIFY(exists("CI pipeline"));
    }

    void alreadyRevokedSecret_reportedAsNoLongerWorking()
    {
        const QString leaked = secret("Backup script");
        QCOMPARE(revokeSecret(leaked.toUtf8(), {QStringLiteral("--yes")}).exitCode, 0);
        const CliRun again = revokeSecret(leaked.toUtf8(), {QStringLiteral("--yes")});
        QCOMPARE(again.exitCode, 0); // nothing left to do
        const QJsonObject line = lines(again.out).first();
        QCOMPARE(line.value(QLatin1String("state")).toString(), QStringLiteral("no_longer_works"));
        QVERIFY(line.value(QLatin1String("message"))
                    .toString()
                    .contains(QLatin1String("already revoked")));
        QCOMPARE(line.value(QLatin1String("candidates")).toArray().size(), 0);
    }

    void deactivatedKey_candidateByEndingButNeverRevokedAlone()
    {
        const CliRun run =
            revokeSecret(secret("Disabled webhook").toUtf8(), {QStringLiteral("--yes")});
        QCOMPARE(run.exitCode, 1);
        const QJsonObject line = lines(run.out).first();
        QCOMPARE(line.value(QLatin1String("state")).toString(), QStringLiteral("no_longer_works"));
        const QJsonArray candidates = line.value(QLatin1String("candidates")).toArray();
        QCOMPARE(candidates.size(), 1);
        QCOMPARE(candidates.first().toObject().value(QLatin1String("name")).toString(),
                 QStringLiteral("Disabled webhook"));
        QVERIFY(line.value(QLatin1String("outcome")).isNull());
        QVERIFY(exists("Disabled webhook"));
        for (const RequestLogEntry &entry : m_server->requestLog())
            QVERIFY(entry.method != "DELETE");
    }

    void selfLookupFails_fallsBackToEndingWithoutRevoking()
    {
        FaultSettings faults;
        faults.status = 503;
        faults.count = 1; // the keys/@self call only
        m_server->setFaults(faults);
        const CliRun run =
            revokeSecret(secret("Zapier integration").toUtf8(), {QStringLiteral("--yes")});
        QCOMPARE(run.exitCode, 1);
        const QJsonObject line = lines(run.out).first();
        QCOMPARE(line.value(QLatin1String("state")).toString(), QStringLiteral("not_identified"));
        QCOMPARE(line.value(QLatin1String("candidates"))
                     .toArray()
                     .first()
                     .toObject()
                     .value(QLatin1String("name"))
                     .toString(),
                 QStringLiteral("Zapier integration"));
        QVERIFY(exists("Zapier integration"));
    }

    void severalSecretsAndNearMisses_eachSecretOnce()
    {
        const QString a = secret("CI pipeline");
        const QString b = secret("Zapier integration");
        const QByteArray text =
            (a + QLatin1Char(' ') + b + QLatin1Char('\n') + a + QLatin1String("\n") + a.toUpper() +
             QLatin1Char('\n') + b.left(30) + QLatin1Char('\n') + b.mid(30))
                .toUtf8();
        const CliRun run = revokeSecret(text, {QStringLiteral("--yes")});
        QCOMPARE(run.exitCode, 0);
        QCOMPARE(lines(run.out).size(), 2);
        QVERIFY(!exists("CI pipeline"));
        QVERIFY(!exists("Zapier integration"));
    }

    void noSecretInInput_saysSo()
    {
        const CliRun run =
            revokeSecret("nothing to see here sk-***abcd\n", {QStringLiteral("--yes")});
        QCOMPARE(run.exitCode, 1);
        QVERIFY(run.err.contains(QLatin1String("No API-key secret found")));
    }

    void report_figuresMatchTheSeededKeys()
    {
        const CliRun run = runCli(
            {QStringLiteral("report"), QStringLiteral("--portal"), m_server->httpUrl().toString(),
             QStringLiteral("--json"), QStringLiteral("--unused-days"), QStringLiteral("30"),
             QStringLiteral("--html"), QDir::home().filePath(QStringLiteral("report.html"))},
            {{QStringLiteral("DOCSPACE_TOKEN"), secret("Admin console")}});
        QCOMPARE(run.exitCode, 0);
        const QJsonObject report = QJsonDocument::fromJson(run.out.toUtf8()).object();
        QCOMPARE(report.value(QLatin1String("totalKeys")).toInt(), int(m_info.keys.size()));
        QHash<QString, QStringList> byFinding;
        for (const QJsonValue &f : report.value(QLatin1String("findings")).toArray()) {
            QStringList names;
            for (const QJsonValue &k : f.toObject().value(QLatin1String("keys")).toArray())
                names << k.toObject().value(QLatin1String("name")).toString();
            byFinding.insert(f.toObject().value(QLatin1String("id")).toString(), names);
        }
        // Expected from the sandbox's own seed, computed the same way the report promises.
        const QDateTime now = QDateTime::currentDateTimeUtc();
        QStringList expired, deactivated, neverUsed, noExpiry;
        for (const SandboxKey &key : m_info.keys) {
            const bool gone = key.isExpiredAt(now);
            if (gone)
                expired << key.name;
            else if (!key.isActive)
                deactivated << key.name;
            if (gone || !key.isActive)
                continue;
            if (!key.lastUsed.isValid())
                neverUsed << key.name;
            if (!key.expiresAt.isValid())
                noExpiry << key.name;
        }
        QCOMPARE(byFinding.value(QStringLiteral("expired")), expired);
        QCOMPARE(byFinding.value(QStringLiteral("deactivated")), deactivated);
        QCOMPARE(byFinding.value(QStringLiteral("never-used")), neverUsed);
        QCOMPARE(byFinding.value(QStringLiteral("no-expiry")), noExpiry);
        QVERIFY(
            byFinding.value(QStringLiteral("expired")).contains(QStringLiteral("Old migration")));
        QVERIFY(byFinding.value(QStringLiteral("unrestricted"))
                    .contains(QStringLiteral("Admin console")));

        QFile html(QDir::home().filePath(QStringLiteral("report.html")));
        QVERIFY(html.open(QIODevice::ReadOnly));
        const QByteArray page = html.readAll();
        QVERIFY(page.contains(m_server->httpUrl().toString().toUtf8()));
        QVERIFY(page.contains("&lt;b&gt;Legacy&lt;/b&gt;"));
    }
};

QTEST_GUILESS_MAIN(TestIncident)
#include "tst_incident.moc"
