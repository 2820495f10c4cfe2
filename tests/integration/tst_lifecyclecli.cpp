// docspace-keys-cli create, edit, rotate, retire and list --all-profiles against sandbox portals
// in this process; the profiles' tokens go to a real Secret Service on a private D-Bus session.
#include "clirunner.h"
#include "homescan.h"
#include "sandboxserver.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <QStandardPaths>
#include <QTest>

class TestLifecycleCli : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<SandboxServer> m_server;
    SandboxInfo m_info;

    QString portal() const { return m_server->httpUrl().toString(); }
    QString secret(const char *name) const
    {
        return m_info.keyByName(QString::fromUtf8(name))->secret;
    }
    QString keyId(const char *name) const
    {
        return m_info.keyByName(QString::fromUtf8(name))->id.toString(QUuid::WithoutBraces);
    }
    CliRun asOwner(QStringList args)
    {
        args << QStringLiteral("--portal") << portal();
        return runCli(args, {{QStringLiteral("DOCSPACE_TOKEN"), secret("Admin console")}});
    }
    static QString planPath()
    {
        return QStandardPaths::writableLocation(QStandardPaths::GenericDataLocation) +
               QStringLiteral("/DocSpaceKeys/retirement-plan.json");
    }
    static QString historyPath()
    {
        return QStandardPaths::writableLocation(QStandardPaths::GenericDataLocation) +
               QStringLiteral("/DocSpaceKeys/history.jsonl");
    }
    // The history file's records, as the CLI wrote them (one JSON object a line).
    static QList<QJsonObject> historyRecords()
    {
        QFile file(historyPath());
        if (!file.open(QIODevice::ReadOnly))
            return {};
        return jsonLines(QString::fromUtf8(file.readAll()));
    }
    static QList<QJsonObject> historyRecords(const char *operation)
    {
        QList<QJsonObject> matching;
        for (const QJsonObject &record : historyRecords()) {
            if (record.value(QLatin1String("operation")).toString() == QLatin1String(operation))
                matching << record;
        }
        return matching;
    }
    // Who the owner's token signs in as: every CLI record names them, as the window's do.
    QString ownerName() const
    {
        for (const SandboxUser &user : m_info.users) {
            if (user.role == SandboxRole::Owner)
                return user.displayName();
        }
        return {};
    }
    static QJsonArray planEntries()
    {
        QFile file(planPath());
        if (!file.open(QIODevice::ReadOnly))
            return {};
        return QJsonDocument::fromJson(file.readAll())
            .object()
            .value(QLatin1String("entries"))
            .toArray();
    }
    // Moves every pending entry's revocation date into the past: the plan file's own time, so
    // nothing waits for days.
    static void makePlanDue()
    {
        QFile file(planPath());
        QVERIFY(file.open(QIODevice::ReadOnly));
        QJsonObject root = QJsonDocument::fromJson(file.readAll()).object();
        file.close();
        QJsonArray entries = root.value(QLatin1String("entries")).toArray();
        for (int i = 0; i < entries.size(); ++i) {
            QJsonObject entry = entries.at(i).toObject();
            entry.insert(QStringLiteral("revokeAfter"),
                         QDateTime::currentDateTimeUtc().addSecs(-60).toString(Qt::ISODateWithMs));
            entries[i] = entry;
        }
        root.insert(QStringLiteral("entries"), entries);
        QVERIFY(file.open(QIODevice::WriteOnly | QIODevice::Truncate));
        file.write(QJsonDocument(root).toJson());
    }
    static void verifyClean(const CliRun &run, const QString &marker)
    {
        const QString both = run.out + run.err;
        const QString bad = forbiddenIn(both);
        QVERIFY2(bad.isEmpty(), qPrintable(bad + QLatin1String(" in: ") + both.toHtmlEscaped()));
        QVERIFY2(both.contains(marker), qPrintable(marker + QLatin1String(" missing: ") + both));
    }
    static QList<QJsonObject> jsonLines(const QString &text)
    {
        QList<QJsonObject> lines;
        for (const QString &line : text.split(QLatin1Char('\n'), Qt::SkipEmptyParts))
            lines << QJsonDocument::fromJson(line.toUtf8()).object();
        return lines;
    }

private slots:
    void initTestCase()
    {
        QVERIFY2(testHomePath().contains(QLatin1String("dsk-home")),
                 "run through tests/run-with-keyring.sh");
        QStandardPaths::setTestModeEnabled(false); // the CLI's own folders, as it sees them
    }
    void init()
    {
        m_server = std::make_unique<SandboxServer>();
        QVERIFY(m_server->listen(QHostAddress::LocalHost, 0, -1));
        m_info = m_server->info();
        QFile::remove(planPath());
        QFile::remove(historyPath());
    }
    void cleanup() { m_server.reset(); }

    void create_printsTheSecretAloneOnTheFirstLineAndKeepsItNowhere()
    {
        const CliRun run = asOwner(
            {QStringLiteral("create"), QStringLiteral("--name"), QStringLiteral("Deploy bot"),
             QStringLiteral("--permissions"), QStringLiteral("files:write,rooms:read"),
             QStringLiteral("--expires-in-days"), QStringLiteral("30"), QStringLiteral("--json")});
        QCOMPARE(run.exitCode, 0);
        const QStringList lines = run.out.split(QLatin1Char('\n'), Qt::SkipEmptyParts);
        QCOMPARE(lines.size(), 2);
        QVERIFY2(
            QRegularExpression(QStringLiteral("^sk-[0-9a-f]{64}$")).match(lines.at(0)).hasMatch(),
            qPrintable(lines.at(0)));
        const QString newSecret = lines.at(0);
        const QJsonObject key = QJsonDocument::fromJson(lines.at(1).toUtf8()).object();
        QCOMPARE(key.value(QLatin1String("outcome")).toString(), QStringLiteral("created"));
        QCOMPARE(key.value(QLatin1String("name")).toString(), QStringLiteral("Deploy bot"));
        QCOMPARE(key.value(QLatin1String("permissionsMode")).toString(),
                 QStringLiteral("files:write,rooms:read"));
        QVERIFY(!lines.at(1).contains(newSecret));
        QVERIFY(!run.err.contains(newSecret));
        QVERIFY(run.err.contains(QLatin1String("only this once")));
        const auto onPortal =
            m_server->portal().key(QUuid(key.value(QLatin1String("id")).toString()));
        QVERIFY(onPortal);
        QCOMPARE(onPortal->secret, newSecret);
        QVERIFY(onPortal->expiresAt.isValid());
        // The creation is in the history, with who made it and the key's ending, not its secret.
        const QList<QJsonObject> created = historyRecords("create");
        QCOMPARE(created.size(), 1);
        const QJsonObject &record = created.first();
        QCOMPARE(record.value(QLatin1String("outcome")).toString(), QStringLiteral("created"));
        QCOMPARE(record.value(QLatin1String("keyId")).toString(),
                 key.value(QLatin1String("id")).toString());
        QCOMPARE(record.value(QLatin1String("keyName")).toString(), QStringLiteral("Deploy bot"));
        QCOMPARE(record.value(QLatin1String("keyPostfix")).toString(), newSecret.right(4));
        QCOMPARE(record.value(QLatin1String("actor")).toString(), ownerName());
        QCOMPARE(record.value(QLatin1String("source")).toString(), QStringLiteral("cli"));
        QVERIFY(record.value(QLatin1String("message"))
                    .toString()
                    .contains(QLatin1String("files:write,rooms:read")));
        QCOMPARE(filesUnderHomeContaining(newSecret), QStringList());
    }

    void create_withoutNameOrWithBadLifetime_isAUsageError()
    {
        QCOMPARE(asOwner({QStringLiteral("create")}).exitCode, 2);
        const CliRun run =
            asOwner({QStringLiteral("create"), QStringLiteral("--name"), QStringLiteral("X"),
                     QStringLiteral("--expires-in-days"), QStringLiteral("366")});
        QCOMPARE(run.exitCode, 2);
        QVERIFY(run.err.contains(QLatin1String("1 to 365")));
        QVERIFY(run.out.isEmpty());
    }

    void create_pastTheLimit_exitsOneWithItsOwnSentence()
    {
        PortalLimits limits = m_server->portal().options().limits;
        limits.keyCreations = 1;
        m_server->portal().setLimits(limits);
        QCOMPARE(asOwner({QStringLiteral("create"), QStringLiteral("--name"), QStringLiteral("A")})
                     .exitCode,
                 0);
        const CliRun run = asOwner({QStringLiteral("create"), QStringLiteral("--name"),
                                    QStringLiteral("B"), QStringLiteral("--json")});
        QCOMPARE(run.exitCode, 1);
        QCOMPARE(jsonLines(run.out).at(0).value(QLatin1String("outcome")).toString(),
                 QStringLiteral("rate_limited"));
        QVERIFY(run.err.contains(QLatin1String("5 keys in 15 minutes")));
        // The refused attempt is in the history too, under the name asked for, without an id.
        const QList<QJsonObject> created = historyRecords("create");
        QCOMPARE(created.size(), 2);
        QCOMPARE(created.at(1).value(QLatin1String("outcome")).toString(),
                 QStringLiteral("rate_limited"));
        QCOMPARE(created.at(1).value(QLatin1String("keyName")).toString(), QStringLiteral("B"));
        QCOMPARE(created.at(1).value(QLatin1String("keyId")).toString(), QString());
        const CliRun history = runCli({QStringLiteral("history")});
        QCOMPARE(history.exitCode, 0);
        QVERIFY2(!history.err.contains(QLatin1String("damaged")), qPrintable(history.err));
        QCOMPARE(history.out.count(QLatin1String(" create ")), 2);
    }

    void edit_renamesAndRestricts()
    {
        const CliRun run = asOwner({QStringLiteral("edit"), keyId("Backup script"),
                                    QStringLiteral("--name"), QStringLiteral("Nightly"),
                                    QStringLiteral("--permissions"), QStringLiteral("read-only")});
        QCOMPARE(run.exitCode, 0);
        QVERIFY(run.out.contains(QLatin1String("edited")));
        const auto key = m_server->portal().key(QUuid(keyId("Backup script")));
        QCOMPARE(key->name, QStringLiteral("Nightly"));
        QCOMPARE(key->permissions, QStringList{QStringLiteral("*:read")});
        // The history says what changed, and from what, with who changed it.
        const QList<QJsonObject> edits = historyRecords("edit");
        QCOMPARE(edits.size(), 1);
        const QJsonObject &record = edits.first();
        QCOMPARE(record.value(QLatin1String("outcome")).toString(), QStringLiteral("edited"));
        QCOMPARE(record.value(QLatin1String("keyId")).toString(), keyId("Backup script"));
        QCOMPARE(record.value(QLatin1String("keyName")).toString(), QStringLiteral("Nightly"));
        QCOMPARE(record.value(QLatin1String("changes")).toArray(),
                 QJsonArray({QStringLiteral("name"), QStringLiteral("permissions")}));
        QVERIFY2(record.value(QLatin1String("message"))
                     .toString()
                     .contains(QStringLiteral("was “Backup script”")),
                 qPrintable(record.value(QLatin1String("message")).toString()));
        QCOMPARE(record.value(QLatin1String("actor")).toString(), ownerName());
        const CliRun history = runCli({QStringLiteral("history")});
        QCOMPARE(history.exitCode, 0);
        QVERIFY2(history.out.contains(QLatin1String("edited: name, permissions")),
                 qPrintable(history.out));
    }

    void edit_expiredKey_exitsOneRefused()
    {
        const CliRun run = asOwner({QStringLiteral("edit"), keyId("Old migration"),
                                    QStringLiteral("--name"), QStringLiteral("New")});
        QCOMPARE(run.exitCode, 1);
        QVERIFY(run.out.contains(QLatin1String("refused")));
    }

    void rotate_json_givesNewSecretsOnceAndRecordsTheRevocations()
    {
        const CliRun run =
            asOwner({QStringLiteral("rotate"), keyId("CI pipeline"), keyId("Monitoring"),
                     QStringLiteral("--yes"), QStringLiteral("--json")});
        QCOMPARE(run.exitCode, 0);
        const QList<QJsonObject> lines = jsonLines(run.out);
        QCOMPARE(lines.size(), 2);
        QStringList secrets;
        for (const QJsonObject &line : lines) {
            QCOMPARE(line.value(QLatin1String("outcome")).toString(), QStringLiteral("rotated"));
            QCOMPARE(line.value(QLatin1String("old_key")).toString(), QStringLiteral("revoked"));
            const QString newId = line.value(QLatin1String("new_id")).toString();
            const auto replacement = m_server->portal().key(QUuid(newId));
            QVERIFY(replacement);
            QCOMPARE(replacement->secret, line.value(QLatin1String("secret")).toString());
            QVERIFY(replacement->name.endsWith(QLatin1String(" (rotated)")));
            secrets << replacement->secret;
        }
        QVERIFY(!m_server->portal().key(QUuid(keyId("CI pipeline"))));
        QFile history(historyPath());
        QVERIFY(history.open(QIODevice::ReadOnly));
        const QByteArray recorded = history.readAll();
        QVERIFY(recorded.contains(keyId("CI pipeline").toUtf8()));
        QVERIFY(recorded.contains("\"keyName\":\"CI pipeline\""));
        // Both replacements and both revocations, each with who rotated.
        const QList<QJsonObject> created = historyRecords("create");
        const QList<QJsonObject> revoked = historyRecords("revoke");
        QCOMPARE(created.size(), 2);
        QCOMPARE(revoked.size(), 2);
        for (const QJsonObject &record : created + revoked)
            QCOMPARE(record.value(QLatin1String("actor")).toString(), ownerName());
        QCOMPARE(created.at(0).value(QLatin1String("keyName")).toString(),
                 QStringLiteral("CI pipeline (rotated)"));
        QVERIFY(created.at(0)
                    .value(QLatin1String("message"))
                    .toString()
                    .contains(keyId("CI pipeline")));
        for (const QString &s : secrets)
            QCOMPARE(filesUnderHomeContaining(s), QStringList());
    }

    void rotate_secretsFile_isOwnerOnlyAndKeepsSecretsOffStdout()
    {
        const QString path = QDir::home().filePath(QStringLiteral("new-secrets.txt"));
        const CliRun run =
            asOwner({QStringLiteral("rotate"), keyId("Monitoring"), QStringLiteral("--yes"),
                     QStringLiteral("--secrets-file"), path});
        QCOMPARE(run.exitCode, 0);
        QFile file(path);
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QString content = QString::fromUtf8(file.readAll());
        QVERIFY(content.contains(QLatin1String(" sk-")));
#ifndef Q_OS_WIN
        // POSIX modes. Windows has none: Qt maps setPermissions() to the read-only attribute
        // only and reports every file as readable by all, so there is nothing to check there.
        QCOMPARE(file.permissions() & (QFileDevice::ReadGroup | QFileDevice::ReadOther |
                                       QFileDevice::WriteGroup | QFileDevice::WriteOther),
                 QFileDevice::Permissions());
#endif
        QVERIFY(!run.out.contains(QLatin1String("sk-")));
        file.remove();
    }

    void rotate_creationFailsHalfWay_revokesNothingAndExitsOne()
    {
        PortalLimits limits = m_server->portal().options().limits;
        limits.keyCreations = 1;
        m_server->portal().setLimits(limits);
        const CliRun run =
            asOwner({QStringLiteral("rotate"), keyId("CI pipeline"), keyId("Monitoring"),
                     QStringLiteral("--yes"), QStringLiteral("--json")});
        QCOMPARE(run.exitCode, 1);
        const QList<QJsonObject> lines = jsonLines(run.out);
        QCOMPARE(lines.at(0).value(QLatin1String("outcome")).toString(),
                 QStringLiteral("replaced_old_alive"));
        QCOMPARE(lines.at(1).value(QLatin1String("outcome")).toString(),
                 QStringLiteral("rate_limited"));
        QVERIFY(run.err.contains(QLatin1String("no old key was revoked")));
        QVERIFY(m_server->portal().key(QUuid(keyId("CI pipeline"))));
        QVERIFY(m_server->portal().key(QUuid(keyId("Monitoring"))));
    }

    void rotate_withoutTerminalOrYes_createsNothing()
    {
        m_server->resetStats();
        const CliRun run = asOwner({QStringLiteral("rotate"), keyId("Monitoring")});
        QCOMPARE(run.exitCode, 2);
        QCOMPARE(m_server->stats().requests, quint64(0));
    }

    void retire_deactivatesNowAndRevokesOnlyWhenDue()
    {
        const QString id = keyId("Monitoring");
        CliRun run = asOwner(
            {QStringLiteral("retire"), id, QStringLiteral("--after-days"), QStringLiteral("30")});
        QCOMPARE(run.exitCode, 0);
        QVERIFY(run.out.contains(QLatin1String("planned")));
        QCOMPARE(m_server->portal().key(QUuid(id))->isActive, false);
        QCOMPARE(planEntries().size(), 1);
        QCOMPARE(planEntries().at(0).toObject().value(QLatin1String("state")).toString(),
                 QStringLiteral("pending"));

        // Not due yet: nothing happens.
        run = asOwner({QStringLiteral("retire"), QStringLiteral("--due")});
        QCOMPARE(run.exitCode, 0);
        QVERIFY(m_server->portal().key(QUuid(id)));

        makePlanDue();
        run = asOwner({QStringLiteral("retire"), QStringLiteral("--due")});
        QCOMPARE(run.exitCode, 0);
        QVERIFY(run.out.contains(QLatin1String("revoked")));
        QVERIFY(!m_server->portal().key(QUuid(id)));
        QCOMPARE(planEntries().at(0).toObject().value(QLatin1String("state")).toString(),
                 QStringLiteral("revoked"));
        // Both stages are in the history, with who retired the key.
        const QList<QJsonObject> stages = historyRecords("deactivate") + historyRecords("revoke");
        QCOMPARE(stages.size(), 2);
        for (const QJsonObject &record : stages) {
            QCOMPARE(record.value(QLatin1String("keyId")).toString(), id);
            QCOMPARE(record.value(QLatin1String("keyName")).toString(),
                     QStringLiteral("Monitoring"));
            QCOMPARE(record.value(QLatin1String("actor")).toString(), ownerName());
        }
        const CliRun list =
            runCli({QStringLiteral("retire"), QStringLiteral("--list"), QStringLiteral("--json")});
        QCOMPARE(list.exitCode, 0);
        QCOMPARE(QJsonDocument::fromJson(list.out.toUtf8()).array().size(), 1);
    }

    void retire_keyReactivatedMeanwhile_isLeftAlone()
    {
        const QString id = keyId("Monitoring");
        QCOMPARE(asOwner({QStringLiteral("retire"), id, QStringLiteral("--after-days"),
                          QStringLiteral("7")})
                     .exitCode,
                 0);
        QCOMPARE(asOwner({QStringLiteral("activate"), id, QStringLiteral("--yes")}).exitCode, 0);
        makePlanDue();
        const CliRun run = asOwner({QStringLiteral("retire"), QStringLiteral("--due")});
        QCOMPARE(run.exitCode, 0);
        QVERIFY(run.out.contains(QLatin1String("reactivated")));
        QVERIFY(m_server->portal().key(QUuid(id)));
        QCOMPARE(m_server->portal().key(QUuid(id))->isActive, true);
        const QJsonObject entry = planEntries().at(0).toObject();
        QCOMPARE(entry.value(QLatin1String("state")).toString(), QStringLiteral("reactivated"));
        QVERIFY(
            entry.value(QLatin1String("note")).toString().contains(QLatin1String("left alone")));
    }

    void retire_dueWithSavedProfile_usesItsKeychainToken()
    {
        const CliRun added =
            runCli({QStringLiteral("profiles"), QStringLiteral("add"), QStringLiteral("Prod"),
                    QStringLiteral("--portal"), portal(), QStringLiteral("--token-stdin")},
                   {}, secret("Admin console").toUtf8() + '\n');
        QCOMPARE(added.exitCode, 0);
        const QString id = keyId("Monitoring");
        QCOMPARE(runCli({QStringLiteral("retire"), id, QStringLiteral("--after-days"),
                         QStringLiteral("1"), QStringLiteral("--profile"), QStringLiteral("Prod")})
                     .exitCode,
                 0);
        makePlanDue();
        // As a timer runs it: no token in the environment, no connection options.
        const CliRun run = runCli({QStringLiteral("retire"), QStringLiteral("--due")});
        QCOMPARE(run.exitCode, 0);
        QVERIFY(!m_server->portal().key(QUuid(id)));
        QCOMPARE(
            runCli({QStringLiteral("profiles"), QStringLiteral("remove"), QStringLiteral("Prod")})
                .exitCode,
            0);
    }

    void listAllProfiles_twoSandboxes_oneListWithThePortal()
    {
        SandboxServer second;
        QVERIFY(second.listen(QHostAddress::LocalHost, 0, -1));
        const SandboxInfo secondInfo = second.info();
        QCOMPARE(runCli({QStringLiteral("profiles"), QStringLiteral("add"), QStringLiteral("One"),
                         QStringLiteral("--portal"), portal(), QStringLiteral("--token-stdin")},
                        {}, secret("Admin console").toUtf8() + '\n')
                     .exitCode,
                 0);
        QCOMPARE(
            runCli({QStringLiteral("profiles"), QStringLiteral("add"), QStringLiteral("Two"),
                    QStringLiteral("--portal"), second.httpUrl().toString(),
                    QStringLiteral("--token-stdin")},
                   {},
                   secondInfo.keyByName(QStringLiteral("Carol's notebook"))->secret.toUtf8() + '\n')
                .exitCode,
            0);
        CliRun run = runCli(
            {QStringLiteral("list"), QStringLiteral("--all-profiles"), QStringLiteral("--json")});
        QCOMPARE(run.exitCode, 0);
        const QJsonArray keys = QJsonDocument::fromJson(run.out.toUtf8()).array();
        int one = 0;
        int two = 0;
        for (const QJsonValue &value : keys) {
            const QString profile = value.toObject().value(QLatin1String("profile")).toString();
            one += profile == QLatin1String("One");
            two += profile == QLatin1String("Two");
        }
        QCOMPARE(one, int(m_info.keys.size())); // the owner sees every key
        QCOMPARE(two, 2);                       // Carol sees her own two
        // The same filters as list: only deactivated ones, as CSV with the portal column.
        run = runCli({QStringLiteral("list"), QStringLiteral("--all-profiles"),
                      QStringLiteral("--inactive"), QStringLiteral("--csv")});
        QCOMPARE(run.exitCode, 0);
        const QStringList lines = run.out.split(QLatin1Char('\n'), Qt::SkipEmptyParts);
        QVERIFY(lines.at(0).startsWith(QLatin1String("profile,portal,id,name")));
        QCOMPARE(lines.size(), 2);
        QVERIFY(lines.at(1).contains(QLatin1String("Disabled webhook")));

        // A portal that is down is reported, the others still listed, exit 1.
        second.close();
        run = runCli({QStringLiteral("list"), QStringLiteral("--all-profiles")});
        QCOMPARE(run.exitCode, 1);
        QVERIFY(run.err.contains(QLatin1String("\"Two\"")));
        QVERIFY(run.out.contains(QLatin1String("Admin console")));
        QVERIFY(run.out.contains(QLatin1String("PORTAL")));
        for (const char *name : {"One", "Two"})
            runCli(
                {QStringLiteral("profiles"), QStringLiteral("remove"), QString::fromLatin1(name)});
    }
    // A key named with an escape sequence, a bell, a C1 control and a bidi override (the sandbox
    // takes any name of up to 30 characters): no command prints them to the terminal.
    void hostileKeyName_listAllProfilesRotateAndRetireList_printNoControls()
    {
        const QString name = QStringLiteral("\x1b[31mEVIL") + QChar(0x202E) +
                             QStringLiteral("exe\x07") + QChar(0x9b) + QStringLiteral("2J");
        QVERIFY(!forbiddenIn(name).isEmpty()); // the check can fail
        const CliRun created = asOwner(
            {QStringLiteral("create"), QStringLiteral("--name"), name, QStringLiteral("--json")});
        QCOMPARE(created.exitCode, 0);
        verifyClean(created, QStringLiteral("EVIL"));
        if (QTest::currentTestFailed())
            return;
        const QStringList lines = created.out.split(QLatin1Char('\n'), Qt::SkipEmptyParts);
        QCOMPARE(lines.size(), 2);
        const QJsonObject key = QJsonDocument::fromJson(lines.at(1).toUtf8()).object();
        QCOMPARE(key.value(QLatin1String("name")).toString(), name); // JSON keeps it exact
        const QString id = key.value(QLatin1String("id")).toString();

        QCOMPARE(
            runCli({QStringLiteral("profiles"), QStringLiteral("add"), QStringLiteral("Hostile"),
                    QStringLiteral("--portal"), portal(), QStringLiteral("--token-stdin")},
                   {}, secret("Admin console").toUtf8() + '\n')
                .exitCode,
            0);
        CliRun run = runCli({QStringLiteral("list"), QStringLiteral("--all-profiles")});
        QCOMPARE(run.exitCode, 0);
        verifyClean(run, QStringLiteral("EVIL"));
        if (QTest::currentTestFailed())
            return;
        run = runCli(
            {QStringLiteral("list"), QStringLiteral("--all-profiles"), QStringLiteral("--csv")});
        QCOMPARE(run.exitCode, 0);
        verifyClean(run, QStringLiteral("EVIL"));
        if (QTest::currentTestFailed())
            return;
        run = runCli(
            {QStringLiteral("list"), QStringLiteral("--all-profiles"), QStringLiteral("--json")});
        QCOMPARE(run.exitCode, 0);
        verifyClean(run, QStringLiteral("EVIL"));
        if (QTest::currentTestFailed())
            return;
        bool found = false;
        for (const QJsonValue &value : QJsonDocument::fromJson(run.out.toUtf8()).array())
            found = found || value.toObject().value(QLatin1String("name")).toString() == name;
        QVERIFY(found);
        runCli({QStringLiteral("profiles"), QStringLiteral("remove"), QStringLiteral("Hostile")});

        run = asOwner({QStringLiteral("rotate"), id, QStringLiteral("--yes")});
        QCOMPARE(run.exitCode, 0);
        verifyClean(run, QStringLiteral("EVIL"));
        if (QTest::currentTestFailed())
            return;
        QString newId;
        for (const SandboxKey &k : m_server->portal().keys()) {
            if (k.name.startsWith(name))
                newId = k.id.toString(QUuid::WithoutBraces);
        }
        QVERIFY(!newId.isEmpty());

        run = asOwner(
            {QStringLiteral("retire"), newId, QStringLiteral("--after-days"), QStringLiteral("1")});
        QCOMPARE(run.exitCode, 0);
        verifyClean(run, QStringLiteral("planned"));
        if (QTest::currentTestFailed())
            return;
        run = runCli({QStringLiteral("retire"), QStringLiteral("--list")});
        QCOMPARE(run.exitCode, 0);
        verifyClean(run, QStringLiteral("EVIL"));
        if (QTest::currentTestFailed())
            return;
        run =
            runCli({QStringLiteral("retire"), QStringLiteral("--list"), QStringLiteral("--json")});
        QCOMPARE(run.exitCode, 0);
        verifyClean(run, QStringLiteral("EVIL"));
        if (QTest::currentTestFailed())
            return;
    }
};

QTEST_GUILESS_MAIN(TestLifecycleCli)
#include "tst_lifecyclecli.moc"
