// The rest of a key's life against the sandbox portal: create (every permission mode, lifetimes,
// limits and refusals), edit, rotate (also failing half way), staged retirement (due, not due,
// reactivated meanwhile, gone) and the keys of two portals in one list.
#include "apicall.h"
#include "docspaceclient.h"
#include "keybatch.h"
#include "keycreation.h"
#include "keyrotation.h"
#include "multiportal.h"
#include "retirementplan.h"
#include "sandboxserver.h"

#include <QNetworkAccessManager>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

namespace {
constexpr int kWaitMs = 20000;
}

class TestKeyLifecycle : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<SandboxServer> m_server;
    std::unique_ptr<QNetworkAccessManager> m_network;
    SandboxInfo m_info;

    QString secret(const char *name) const
    {
        return m_info.keyByName(QString::fromUtf8(name))->secret;
    }
    QString keyId(const char *name) const
    {
        return m_info.keyByName(QString::fromUtf8(name))->id.toString(QUuid::WithoutBraces);
    }
    QString sessionOf(SandboxRole role) const
    {
        for (const SandboxUser &user : m_info.users) {
            if (user.role == role)
                return user.sessionToken;
        }
        qFatal("no such user");
        return {};
    }
    ConnectionSettings settings(const QString &token, SandboxServer *server = nullptr) const
    {
        ConnectionSettings s;
        s.portal = PortalAddress::parse((server ? server : m_server.get())->httpUrl().toString());
        s.token = token;
        return s;
    }
    ConnectionSettings asOwner() const { return settings(secret("Admin console")); }

    KeyCreateResult create(const ConnectionSettings &s, const KeyCreateRequest &request)
    {
        DocSpaceClient client(m_network.get());
        client.setConnection(s);
        std::optional<KeyCreateResult> result;
        connect(client.createKey(request), &KeyCreateOperation::finished, this,
                [&result](const KeyCreateResult &r) { result = r; });
        if (!QTest::qWaitFor([&result] { return result.has_value(); }, kWaitMs))
            qFatal("creation never finished");
        return *result;
    }
    KeyEditResult edit(const ConnectionSettings &s, const KeyEditRequest &request)
    {
        DocSpaceClient client(m_network.get());
        client.setConnection(s);
        std::optional<KeyEditResult> result;
        connect(client.editKey(request), &KeyEditOperation::finished, this,
                [&result](const KeyEditResult &r) { result = r; });
        if (!QTest::qWaitFor([&result] { return result.has_value(); }, kWaitMs))
            qFatal("edit never finished");
        return *result;
    }
    QList<ApiKey> list(const ConnectionSettings &s)
    {
        DocSpaceClient client(m_network.get());
        client.setConnection(s);
        std::optional<QList<ApiKey>> keys;
        connect(client.listKeys(), &KeyListOperation::finished, this,
                [&keys](bool ok, const QList<ApiKey> &k, const RevokeOutcome &) {
                    keys = ok ? k : QList<ApiKey>();
                });
        if (!QTest::qWaitFor([&keys] { return keys.has_value(); }, kWaitMs))
            qFatal("list never finished");
        return *keys;
    }
    ApiKey listed(const QString &id)
    {
        for (const ApiKey &key : list(asOwner())) {
            if (key.id == id)
                return key;
        }
        return {};
    }
    void setActive(const QString &id, bool active)
    {
        KeyBatch batch(m_network.get(), asOwner(),
                       active ? KeyOperation::Activate : KeyOperation::Deactivate, {id});
        QSignalSpy done(&batch, &KeyBatch::finished);
        batch.start();
        QVERIFY(done.wait(kWaitMs));
    }
    KeyCreateRequest request(const QString &name, const KeyPermissions &permissions, int days)
    {
        KeyCreateRequest r;
        r.name = name;
        r.permissions = permissions;
        r.expiresInDays = days;
        return r;
    }
    // The listed keys with these names, in the list's order.
    QList<ApiKey> keysNamed(const QStringList &names)
    {
        QList<ApiKey> keys;
        for (const ApiKey &key : list(asOwner())) {
            if (names.contains(key.name))
                keys << key;
        }
        return keys;
    }
    // Step one of a rotation, waited for: whether every replacement was created.
    bool createReplacements(KeyRotation &rotation)
    {
        QSignalSpy created(&rotation, &KeyRotation::creationFinished);
        rotation.createReplacements();
        if (!created.wait(kWaitMs))
            qFatal("the replacements were never created");
        return created.at(0).at(0).toBool();
    }
    // Step two, waited for.
    void revokeOldKeys(KeyRotation &rotation)
    {
        QSignalSpy finished(&rotation, &KeyRotation::finished);
        rotation.revokeOldKeys();
        if (!finished.wait(kWaitMs))
            qFatal("the old keys' revocation never finished");
    }
    // The retirement tests' set-up: "Monitoring" in a plan of its own, to be revoked `days`
    // after `now`, deactivated first unless the test wants it otherwise.
    struct PlannedRetirement
    {
        QTemporaryDir dir;
        RetirementPlan plan{dir.filePath(QStringLiteral("plan.json"))};
        QString id;
        QDateTime now = QDateTime::currentDateTimeUtc();
    };
    enum class Deactivate
    {
        First,
        No
    };
    std::unique_ptr<PlannedRetirement> planMonitoring(int days, Deactivate deactivate)
    {
        auto planned = std::make_unique<PlannedRetirement>();
        planned->id = keyId("Monitoring");
        if (deactivate == Deactivate::First)
            setActive(planned->id, false);
        QString error;
        if (!planned->plan.add(
                {Retirement::plannedEntry(asOwner().portal.toString(), {}, planned->id,
                                          QStringLiteral("Monitoring"), {}, planned->now, days)},
                &error))
            qFatal("the plan was not saved: %s", qPrintable(error));
        return planned;
    }
    // What is due at `at`, carried out and waited for: finished()'s arguments, and in *revoked
    // how many keyRevoked() there were.
    QList<QVariant> runDue(RetirementPlan *plan, const QDateTime &at, int *revoked = nullptr)
    {
        RetirementRunner runner(m_network.get(), asOwner(), plan);
        QSignalSpy revokedSpy(&runner, &RetirementRunner::keyRevoked);
        QSignalSpy finished(&runner, &RetirementRunner::finished);
        runner.runDue(at);
        if (!finished.wait(kWaitMs))
            qFatal("the due retirements never finished");
        if (revoked)
            *revoked = int(revokedSpy.size());
        return finished.at(0);
    }
    static KeyPermissions restricted()
    {
        KeyPermissions p;
        p.mode = KeyPermissions::Mode::Restricted;
        p.setAccess(KeyPermissions::Resource::Files, KeyPermissions::Access::Write);
        p.setAccess(KeyPermissions::Resource::Rooms, KeyPermissions::Access::Read);
        p.setAccess(KeyPermissions::Resource::Profile, KeyPermissions::Access::Read);
        return p;
    }

private slots:
    void init()
    {
        m_server = std::make_unique<SandboxServer>();
        QVERIFY(m_server->listen(QHostAddress::LocalHost, 0, -1));
        m_info = m_server->info();
        m_network = std::make_unique<QNetworkAccessManager>();
    }
    void cleanup()
    {
        m_network.reset();
        m_server.reset();
    }

    void create_eachPermissionMode_storesTheMatchingScopes_data()
    {
        QTest::addColumn<int>("mode");
        QTest::addColumn<QStringList>("stored");
        QTest::newRow("all") << 0 << QStringList();
        QTest::newRow("read only") << 1 << QStringList{QStringLiteral("*:read")};
        QTest::newRow("restricted")
            << 2
            << QStringList{QStringLiteral("files:read"), QStringLiteral("files:write"),
                           QStringLiteral("rooms:read"), QStringLiteral("accounts.self:read")};
    }
    void create_eachPermissionMode_storesTheMatchingScopes()
    {
        QFETCH(int, mode);
        QFETCH(QStringList, stored);
        const KeyPermissions permissions = mode == 0   ? KeyPermissions::all()
                                           : mode == 1 ? KeyPermissions::readOnly()
                                                       : restricted();
        const KeyCreateResult result =
            create(asOwner(), request(QStringLiteral("Mode test"), permissions, 7));
        QVERIFY2(result.ok, qPrintable(result.failure.sentence));
        QVERIFY(QRegularExpression(QStringLiteral("^sk-[0-9a-f]{64}$"))
                    .match(result.secret)
                    .hasMatch());
        QCOMPARE(result.key.keyPostfix, result.secret.right(4));
        const auto onPortal = m_server->portal().key(QUuid(result.key.id));
        QVERIFY(onPortal.has_value());
        QCOMPARE(onPortal->secret, result.secret);
        QStringList actual = onPortal->permissions;
        actual.removeAll(QStringLiteral("*")); // POST ["*"] means unrestricted
        QCOMPARE(actual, stored);
        // Read back from the list, the key reads as the mode it was created with.
        QCOMPARE(KeyPermissions::fromScopes(listed(result.key.id).permissions).mode,
                 permissions.mode);
    }

    void create_lifetime_setsExpiryThatManyDaysAhead_data()
    {
        QTest::addColumn<int>("days");
        QTest::newRow("never") << 0;
        QTest::newRow("one day") << 1;
        QTest::newRow("default week") << KeyCreateRequest::DefaultLifetimeDays;
        QTest::newRow("a year") << 365;
    }
    void create_lifetime_setsExpiryThatManyDaysAhead()
    {
        QFETCH(int, days);
        const QDateTime before = QDateTime::currentDateTimeUtc();
        const KeyCreateResult result =
            create(asOwner(), request(QStringLiteral("Lifetime"), KeyPermissions::all(), days));
        QVERIFY2(result.ok, qPrintable(result.failure.sentence));
        if (days == 0) {
            QVERIFY(!result.key.expiresAt.isValid());
            return;
        }
        const qint64 seconds = before.secsTo(result.key.expiresAt);
        QVERIFY2(qAbs(seconds - qint64(days) * 86400) < 120, qPrintable(QString::number(seconds)));
    }

    void create_invalidRequest_isRefusedBeforeAnythingIsSent_data()
    {
        QTest::addColumn<QString>("name");
        QTest::addColumn<int>("days");
        QTest::newRow("no name") << QString() << 7;
        QTest::newRow("31 characters") << QString(31, QLatin1Char('n')) << 7;
        QTest::newRow("366 days") << QStringLiteral("Too long") << 366;
        QTest::newRow("negative days") << QStringLiteral("Negative") << -1;
    }
    void create_invalidRequest_isRefusedBeforeAnythingIsSent()
    {
        QFETCH(QString, name);
        QFETCH(int, days);
        m_server->resetStats();
        const KeyCreateResult result =
            create(asOwner(), request(name, KeyPermissions::all(), days));
        QVERIFY(!result.ok);
        QVERIFY(!result.failure.sentence.isEmpty());
        QCOMPARE(m_server->stats().requests, quint64(0));
    }

    void create_emptyRestriction_isRefused()
    {
        KeyPermissions nothing;
        nothing.mode = KeyPermissions::Mode::Restricted;
        const KeyCreateResult result =
            create(asOwner(), request(QStringLiteral("Nothing"), nothing, 7));
        QVERIFY(!result.ok);
        QVERIFY(result.failure.sentence.contains(QLatin1String("every permission")));
    }

    void create_pastTheCreationLimit_saysSoAndDoesNotWait()
    {
        PortalLimits limits = m_server->portal().options().limits;
        limits.keyCreations = 2;
        m_server->portal().setLimits(limits);
        QVERIFY(create(asOwner(), request(QStringLiteral("One"), KeyPermissions::all(), 1)).ok);
        QVERIFY(create(asOwner(), request(QStringLiteral("Two"), KeyPermissions::all(), 1)).ok);
        QElapsedTimer clock;
        clock.start();
        const KeyCreateResult third =
            create(asOwner(), request(QStringLiteral("Three"), KeyPermissions::all(), 1));
        QVERIFY(!third.ok);
        QCOMPARE(third.failure.kind, OutcomeKind::RateLimited);
        QCOMPARE(third.failure.httpStatus, 429);
        QVERIFY(third.failure.retryAfterSeconds > 60);
        QVERIFY2(third.failure.sentence.contains(QLatin1String("5 keys in 15 minutes")),
                 qPrintable(third.failure.sentence));
        QVERIFY2(third.failure.sentence.contains(QLatin1String("15 minute")),
                 qPrintable(third.failure.sentence));
        QVERIFY(clock.elapsed() < 5000); // not waited out
        QVERIFY(!m_info.keyByName("Three"));
    }

    void create_tokenWithoutWriteScope_isForbidden()
    {
        const KeyCreateResult result =
            create(settings(secret("Read-only reporting")),
                   request(QStringLiteral("Nope"), KeyPermissions::all(), 7));
        QVERIFY(!result.ok);
        QCOMPARE(result.failure.kind, OutcomeKind::Forbidden);
        QVERIFY(result.failure.sentence.contains(QLatin1String("*:write")));
    }

    void create_member_getsAKeyOfTheirOwn()
    {
        const KeyCreateResult result =
            create(settings(sessionOf(SandboxRole::Member)),
                   request(QStringLiteral("Carol's new"), KeyPermissions::readOnly(), 30));
        QVERIFY2(result.ok, qPrintable(result.failure.sentence));
        const auto onPortal = m_server->portal().key(QUuid(result.key.id));
        QVERIFY(onPortal);
        QCOMPARE(onPortal->ownerId,
                 m_info.userByEmail(QStringLiteral("carol@sandbox.example"))->id);
    }

    void create_asGuest_isRefusedWithItsOwnSentence()
    {
        const KeyCreateResult result =
            create(settings(sessionOf(SandboxRole::Guest)),
                   request(QStringLiteral("Guest key"), KeyPermissions::all(), 7));
        QVERIFY(!result.ok);
        QCOMPARE(result.failure.kind, OutcomeKind::Forbidden);
        QCOMPARE(result.failure.httpStatus, 403);
        QVERIFY2(result.failure.sentence.contains(QLatin1String("guests")),
                 qPrintable(result.failure.sentence));
    }

    void create_developerToolsForAdminsOnly_refusesMembersButNotAdmins()
    {
        PortalSettings portal = m_server->portal().settings();
        portal.developerToolsAdminsOnly = true;
        m_server->portal().setSettings(portal);
        const KeyCreateResult member =
            create(settings(sessionOf(SandboxRole::Member)),
                   request(QStringLiteral("Member key"), KeyPermissions::all(), 7));
        QVERIFY(!member.ok);
        QCOMPARE(member.failure.kind, OutcomeKind::Forbidden);
        QVERIFY(member.failure.sentence.contains(QLatin1String("administrators only")));
        QVERIFY(create(settings(sessionOf(SandboxRole::Admin)),
                       request(QStringLiteral("Admin key"), KeyPermissions::all(), 7))
                    .ok);
        // The setting is checked on POST only: the member may still edit their own key.
        KeyEditRequest change;
        change.keyId = keyId("Carol read-only");
        change.name = QStringLiteral("Carol renamed");
        QVERIFY(edit(settings(sessionOf(SandboxRole::Member)), change).ok);
    }

    // What the portal itself answers when a request gets past the client's own checks.
    void create_portalsOwnValidation_getsItsSentence_data()
    {
        QTest::addColumn<QByteArray>("body");
        QTest::addColumn<QString>("says");
        QTest::newRow("0 days") << QByteArray(R"({"name":"x","expiresInDays":0})")
                                << QStringLiteral("1 to 365");
        QTest::newRow("366 days") << QByteArray(R"({"name":"x","expiresInDays":366})")
                                  << QStringLiteral("1 to 365");
        QTest::newRow("31 characters")
            << QByteArray(R"({"name":"1234567890123456789012345678901"})")
            << QStringLiteral("30 characters");
        QTest::newRow("unknown permission")
            << QByteArray(R"({"name":"x","permissions":["files:delete"]})")
            << QStringLiteral("permissions");
    }
    void create_portalsOwnValidation_getsItsSentence()
    {
        QFETCH(QByteArray, body);
        QFETCH(QString, says);
        DocSpaceClient client(m_network.get());
        client.setConnection(asOwner());
        ApiCall *call = client.call("POST", QStringLiteral("/api/2.0/keys"), body);
        QSignalSpy finished(call, &ApiCall::finished);
        call->start();
        QVERIFY(finished.wait(kWaitMs));
        const KeyCreateResult result =
            KeyLifecycleClassifier::classifyCreate(finished.at(0).at(0).value<HttpExchange>());
        QVERIFY(!result.ok);
        QVERIFY2(result.failure.sentence.contains(says), qPrintable(result.failure.sentence));
        QVERIFY(!result.failure.serverMessage.isEmpty());
    }

    void edit_portalRefusesUnknownPermission_getsItsSentence()
    {
        DocSpaceClient client(m_network.get());
        client.setConnection(asOwner());
        ApiCall *call = client.call("PUT", QStringLiteral("/api/2.0/keys/") + keyId("Monitoring"),
                                    R"({"permissions":["files:delete"]})");
        QSignalSpy finished(call, &ApiCall::finished);
        call->start();
        QVERIFY(finished.wait(kWaitMs));
        const KeyEditResult result = KeyLifecycleClassifier::classifyEdit(
            keyId("Monitoring"), finished.at(0).at(0).value<HttpExchange>());
        QVERIFY(!result.ok);
        QVERIFY2(result.outcome.sentence.contains(QLatin1String("permissions")),
                 qPrintable(result.outcome.sentence));
    }

    void edit_unknownId_isNotFound()
    {
        KeyEditRequest change;
        change.keyId = QStringLiteral("00000000-1111-4222-8333-444444444444");
        change.name = QStringLiteral("Ghost");
        const KeyEditResult result = edit(asOwner(), change);
        QVERIFY(!result.ok);
        QCOMPARE(result.outcome.kind, OutcomeKind::NotFound);
    }

    void create_unreachablePortal_isANetworkErrorAndNotUnknown()
    {
        ConnectionSettings s = asOwner();
        const QUrl url = m_server->httpUrl();
        m_server.reset(); // nothing listens there any more
        s.portal = PortalAddress::parse(url.toString());
        const KeyCreateResult result =
            create(s, request(QStringLiteral("Lost"), KeyPermissions::all(), 7));
        QVERIFY(!result.ok);
        QCOMPARE(result.failure.kind, OutcomeKind::NetworkError);
        QVERIFY(!result.outcomeUnknown);
    }

    void create_answerCutOff_saysTheKeyMayExist()
    {
        FaultSettings faults;
        faults.truncate = true;
        faults.count = 1;
        m_server->setFaults(faults);
        const KeyCreateResult result =
            create(asOwner(), request(QStringLiteral("Cut"), KeyPermissions::all(), 7));
        QVERIFY(!result.ok);
        QVERIFY(result.outcomeUnknown);
        QVERIFY(result.failure.sentence.contains(QLatin1String("may have been created")));
    }

    void edit_nameAndPermissions_changeOnThePortal()
    {
        const QString id = keyId("Backup script");
        KeyEditRequest change;
        change.keyId = id;
        change.name = QStringLiteral("Nightly backup");
        change.permissions = KeyPermissions::readOnly();
        const KeyEditResult result = edit(asOwner(), change);
        QVERIFY2(result.ok, qPrintable(result.outcome.sentence));
        // An outcome of its own (not the deactivation its PUT is classified like), as the
        // history and the CLI print it.
        QCOMPARE(result.outcome.kindName(), QStringLiteral("edited"));
        const auto onPortal = m_server->portal().key(QUuid(id));
        QCOMPARE(onPortal->name, QStringLiteral("Nightly backup"));
        QCOMPARE(onPortal->permissions, QStringList{QStringLiteral("*:read")});
        QCOMPARE(onPortal->secret, secret("Backup script")); // same secret
    }

    void edit_toAll_widensTheKey()
    {
        const QString id = keyId("Read-only reporting");
        KeyEditRequest change;
        change.keyId = id;
        change.permissions = KeyPermissions::all();
        QVERIFY(edit(asOwner(), change).ok);
        QCOMPARE(KeyPermissions::fromScopes(listed(id).permissions).mode,
                 KeyPermissions::Mode::All);
        QCOMPARE(listed(id).name, QStringLiteral("Read-only reporting")); // name unchanged
    }

    void edit_expiredKey_isRefused()
    {
        KeyEditRequest change;
        change.keyId = keyId("Old migration");
        change.name = QStringLiteral("Renamed");
        const KeyEditResult result = edit(asOwner(), change);
        QVERIFY(!result.ok);
        QCOMPARE(result.outcome.kind, OutcomeKind::Refused);
        QVERIFY(result.outcome.sentence.contains(QLatin1String("Expired")));
    }

    void edit_someoneElsesKeyAsMember_isRefused()
    {
        KeyEditRequest change;
        change.keyId = keyId("Admin console");
        change.name = QStringLiteral("Mine now");
        const KeyEditResult result = edit(settings(sessionOf(SandboxRole::Member)), change);
        QVERIFY(!result.ok);
        QCOMPARE(result.outcome.kind, OutcomeKind::Refused);
        QCOMPARE(m_server->portal().key(QUuid(keyId("Admin console")))->name,
                 QStringLiteral("Admin console"));
    }

    void edit_nothingToChange_isRefusedUnsent()
    {
        KeyEditRequest change;
        change.keyId = keyId("Admin console");
        m_server->resetStats();
        QVERIFY(!edit(asOwner(), change).ok);
        QCOMPARE(m_server->stats().requests, quint64(0));
    }

    void rotate_twoKeys_replacesThemAndRevokesTheOld()
    {
        const QList<ApiKey> old =
            keysNamed({QStringLiteral("CI pipeline"), QStringLiteral("Zapier integration")});
        QCOMPARE(old.size(), 2);
        KeyRotation rotation(m_network.get(), asOwner(), old);
        QCOMPARE(createReplacements(rotation), true);
        // Both old keys still work until the revocation is confirmed.
        QVERIFY(m_server->portal().key(QUuid(old.at(0).id)));
        revokeOldKeys(rotation);
        QVERIFY(rotation.stillAlive().isEmpty());
        for (const RotationItem &item : rotation.items()) {
            QVERIFY(!m_server->portal().key(QUuid(item.old.id)));
            const auto replacement = m_server->portal().key(QUuid(item.created->key.id));
            QVERIFY(replacement);
            QCOMPARE(replacement->name, item.old.name + QStringLiteral(" (rotated)"));
            QCOMPARE(replacement->secret, item.created->secret);
            QCOMPARE(KeyPermissions::fromScopes(replacement->permissions),
                     KeyPermissions::fromScopes(item.old.permissions));
            // The same whole lifetime: CI pipeline was made 45 days ago for 225 days in all.
            if (item.old.expiresAt.isValid()) {
                const int lifetime = KeyRotation::lifetimeDays(item.old);
                QCOMPARE(lifetime, 225);
                QVERIFY(qAbs(QDateTime::currentDateTimeUtc().secsTo(replacement->expiresAt) -
                             qint64(lifetime) * 86400) < 120);
            } else {
                QVERIFY(!replacement->expiresAt.isValid());
            }
        }
    }

    void rotate_creationFailsHalfWay_revokesNothing()
    {
        PortalLimits limits = m_server->portal().options().limits;
        limits.keyCreations = 1;
        m_server->portal().setLimits(limits);
        const QList<ApiKey> old =
            keysNamed({QStringLiteral("CI pipeline"), QStringLiteral("Monitoring")});
        KeyRotation rotation(m_network.get(), asOwner(), old);
        QCOMPARE(createReplacements(rotation), false);
        QVERIFY(rotation.items().at(0).replacementCreated());
        QCOMPARE(rotation.items().at(1).created->failure.kind, OutcomeKind::RateLimited);
        m_server->resetStats();
        revokeOldKeys(rotation);
        QCOMPARE(m_server->stats().requests, quint64(0)); // no DELETE went out
        QCOMPARE(rotation.stillAlive().size(), 2);
        for (const ApiKey &key : old)
            QVERIFY(m_server->portal().key(QUuid(key.id)));
    }

    void rotate_revokingFails_saysWhichOldKeysStillWork()
    {
        const QList<ApiKey> old = keysNamed({QStringLiteral("Monitoring")});
        KeyRotation rotation(m_network.get(), asOwner(), old);
        QVERIFY(createReplacements(rotation));
        FaultSettings faults;
        faults.status = 503;
        m_server->setFaults(faults);
        revokeOldKeys(rotation);
        m_server->clearFaults();
        QCOMPARE(rotation.stillAlive().size(), 1);
        QCOMPARE(rotation.stillAlive().at(0).id, old.at(0).id);
        QCOMPARE(rotation.items().at(0).revoked->kind, OutcomeKind::ServerError);
        QVERIFY(m_server->portal().key(QUuid(old.at(0).id)));
    }

    void replacementName_fitsThirtyCharactersAndDoesNotStack()
    {
        QCOMPARE(KeyRotation::replacementName(QStringLiteral("CI")),
                 QStringLiteral("CI (rotated)"));
        QCOMPARE(KeyRotation::replacementName(QStringLiteral("CI (rotated)")),
                 QStringLiteral("CI (rotated)"));
        const QString longName(30, QLatin1Char('x'));
        QCOMPARE(KeyRotation::replacementName(longName).size(), 30);
    }

    void retirement_notDue_leavesTheKeyDeactivated()
    {
        const auto planned = planMonitoring(3, Deactivate::First);
        const QList<QVariant> finished = runDue(&planned->plan, planned->now.addDays(2));
        QVERIFY(finished.at(0).toBool());
        QVERIFY(finished.at(1).value<QList<RetirementAction>>().isEmpty());
        QVERIFY(m_server->portal().key(QUuid(planned->id)));
        QCOMPARE(planned->plan.read().entries.at(0).state, RetirementEntry::State::Pending);
    }

    void retirement_due_revokesAndRecordsIt()
    {
        const auto planned = planMonitoring(3, Deactivate::First);
        int revoked = 0;
        runDue(&planned->plan, planned->now.addDays(3).addSecs(1), &revoked);
        QCOMPARE(revoked, 1);
        QVERIFY(!m_server->portal().key(QUuid(planned->id)));
        const RetirementEntry entry = planned->plan.read().entries.at(0);
        QCOMPARE(entry.state, RetirementEntry::State::Revoked);
        // Carried out once: a second run finds nothing due.
        m_server->resetStats();
        runDue(&planned->plan, planned->now.addDays(4));
        QCOMPARE(m_server->stats().requests, quint64(0));
    }

    void retirement_reactivatedMeanwhile_isLeftAloneAndThePlanSaysSo()
    {
        const auto planned = planMonitoring(1, Deactivate::First);
        setActive(planned->id, true); // someone needed it after all
        int revoked = -1;
        runDue(&planned->plan, planned->now.addDays(2), &revoked);
        QCOMPARE(revoked, 0);
        QVERIFY(m_server->portal().key(QUuid(planned->id)));
        const RetirementEntry entry = planned->plan.read().entries.at(0);
        QCOMPARE(entry.state, RetirementEntry::State::Reactivated);
        QVERIFY(entry.note.contains(QLatin1String("left alone")));
    }

    void retirement_keyGoneMeanwhile_isMarkedGone()
    {
        const auto planned = planMonitoring(1, Deactivate::No);
        KeyBatch batch(m_network.get(), asOwner(), KeyOperation::Revoke, {planned->id});
        QSignalSpy done(&batch, &KeyBatch::finished);
        batch.start();
        QVERIFY(done.wait(kWaitMs));
        runDue(&planned->plan, planned->now.addDays(2));
        QCOMPARE(planned->plan.read().entries.at(0).state, RetirementEntry::State::Gone);
    }

    void retirement_portalDown_keepsTheEntryPending()
    {
        const auto planned = planMonitoring(1, Deactivate::No);
        FaultSettings faults;
        faults.status = 502;
        m_server->setFaults(faults);
        const QList<QVariant> finished = runDue(&planned->plan, planned->now.addDays(2));
        QCOMPARE(finished.at(0).toBool(), false);
        QCOMPARE(planned->plan.read().entries.at(0).state, RetirementEntry::State::Pending);
    }

    void retirementPlan_damagedFile_isNeverOverwritten()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("plan.json"));
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write("{\"version\":1,\"entries\":[");
        file.close();
        RetirementPlan plan(path);
        QString error;
        QVERIFY(!plan.add(
            {Retirement::plannedEntry(QStringLiteral("https://x.example"), {}, keyId("Monitoring"),
                                      {}, {}, QDateTime::currentDateTimeUtc(), 1)},
            &error));
        QVERIFY(error.contains(QLatin1String("damaged")));
        QVERIFY(file.open(QIODevice::ReadOnly));
        QCOMPARE(file.readAll(), QByteArray("{\"version\":1,\"entries\":["));
    }

    void allPortals_twoSandboxes_listedTogetherWithTheirPortal()
    {
        SandboxServer second;
        QVERIFY(second.listen(QHostAddress::LocalHost, 0, -1));
        const SandboxInfo secondInfo = second.info();
        ConnectionSettings broken = asOwner();
        broken.portal = PortalAddress::parse(QStringLiteral("http://127.0.0.1:1"));
        MultiPortalLister lister(
            m_network.get(),
            {{QStringLiteral("Production"), asOwner()},
             {QStringLiteral("Staging"),
              settings(secondInfo.keyByName(QStringLiteral("Admin console"))->secret, &second)},
             {QStringLiteral("Gone"), broken}});
        QSignalSpy finished(&lister, &MultiPortalLister::finished);
        lister.start();
        QVERIFY(finished.wait(kWaitMs));
        QCOMPARE(lister.listings().size(), 3);
        QVERIFY(lister.listings().at(0).ok);
        QVERIFY(lister.listings().at(1).ok);
        QVERIFY(!lister.listings().at(2).ok);
        QCOMPARE(lister.listings().at(2).failure.kind, OutcomeKind::NetworkError);
        const int first = int(m_info.keys.size());
        QCOMPARE(lister.keys().size(), first + secondInfo.keys.size());
        QSet<QString> portals;
        for (const PortalKey &row : lister.keys())
            portals.insert(row.portal);
        QCOMPARE(portals.size(), 2);
        QVERIFY(portals.contains(second.httpUrl().toString().chopped(
            second.httpUrl().toString().endsWith(QLatin1Char('/')) ? 1 : 0)));
    }
};

QTEST_GUILESS_MAIN(TestKeyLifecycle)
#include "tst_keylifecycle.moc"
