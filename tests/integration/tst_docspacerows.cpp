// One test per row of ../shared/docspace-api.md: the DocSpace client against the sandbox portal,
// for both DocSpace versions the sandbox plays (3.6 and 3.7), over HTTP and over HTTPS.
#include "docspaceclient.h"
#include "outcomeclassifier.h"
#include "sandboxserver.h"
#include "tlsserving.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QNetworkCookie>
#include <QNetworkCookieJar>
#include <QNetworkReply>
#include <QRegularExpression>
#include <QSignalSpy>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTest>

namespace {
constexpr int kWaitMs = 20000;
const QString kUnknownId = QStringLiteral("00000000-1111-4222-8333-444444444444");
const QString kRemovedUser = QStringLiteral("4a515a15-d4d6-4b8e-828e-e0586f18f3a3");
const QString kZoe = QStringLiteral("Zo\u00eb O'Brien & Co");
const QString kAlice = QStringLiteral("alice@sandbox.example");
const QString kZoeEmail = QStringLiteral("bob@sandbox.example");
const QString kCarol = QStringLiteral("carol@sandbox.example");
const QString kDave = QStringLiteral("dave@sandbox.example");
} // namespace

class TestDocSpaceRows : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<SandboxServer> m_server;
    std::unique_ptr<QNetworkAccessManager> m_network;
    std::unique_ptr<DocSpaceClient> m_client;
    SandboxInfo m_info;
    QString m_version; // "3.6" or "3.7"
    bool m_https = false;

    bool isOld() const { return m_version == QLatin1String("3.6"); }

    // --- the sandbox ---

    // The control path, over plain HTTP on loopback as the sandbox wants it.
    int control(const QByteArray &method, const QString &path, const QJsonObject &body = {})
    {
        QNetworkRequest request(m_server->httpUrl().resolved(QUrl(path)));
        request.setHeader(QNetworkRequest::ContentTypeHeader,
                          QByteArrayLiteral("application/json"));
        QNetworkReply *reply = m_network->sendCustomRequest(
            request, method, QJsonDocument(body).toJson(QJsonDocument::Compact));
        QSignalSpy done(reply, &QNetworkReply::finished);
        if (!reply->isFinished() && !done.wait(kWaitMs))
            qWarning("control %s never answered", qPrintable(path));
        const int status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
        if (status != 200)
            qWarning("control %s %s: %d %s", method.constData(), qPrintable(path), status,
                     reply->readAll().constData());
        reply->deleteLater();
        return status;
    }
    bool setPortal(const QJsonObject &settings)
    {
        return control("POST", QStringLiteral("/__sandbox/portal"), settings) == 200;
    }
    bool setState(const char *state)
    {
        return setPortal({{QStringLiteral("state"), QString::fromLatin1(state)}});
    }
    bool setFault(const QJsonObject &fault)
    {
        return control("POST", QStringLiteral("/__sandbox/faults"), fault) == 200;
    }

    QString keyId(const QString &name) const
    {
        const SandboxKey *key = m_info.keyByName(name);
        if (!key)
            qFatal("sandbox has no key named %s", qPrintable(name));
        return key->id.toString(QUuid::WithoutBraces);
    }
    QString secret(const QString &name) const
    {
        const SandboxKey *key = m_info.keyByName(name);
        if (!key)
            qFatal("sandbox has no key named %s", qPrintable(name));
        return key->secret;
    }
    QString sessionToken(const QString &email) const
    {
        const SandboxUser *user = m_info.userByEmail(email);
        if (!user)
            qFatal("sandbox has no user %s", qPrintable(email));
        return user->sessionToken;
    }
    QString userId(const QString &email) const
    {
        return m_info.userByEmail(email)->id.toString(QUuid::WithoutBraces);
    }
    // A key of this user with exactly these permissions (the seed has one for each use).
    QString keyOf(const QString &email, const std::function<bool(const SandboxKey &)> &wanted) const
    {
        const QUuid owner = m_info.userByEmail(email)->id;
        for (const SandboxKey &key : m_info.keys) {
            if (key.ownerId == owner && wanted(key))
                return key.name;
        }
        qFatal("sandbox has no such key of %s", qPrintable(email));
        return {};
    }
    bool portalHasKey(const QString &id) const
    {
        return m_server->portal().key(QUuid::fromString(id)).has_value();
    }
    QString lastAuthorizationScheme() const
    {
        const QList<RequestLogEntry> log = m_server->requestLog();
        return log.isEmpty() ? QString() : log.constLast().authorizationScheme;
    }
    int apiRequests() const
    {
        int count = 0;
        for (const RequestLogEntry &entry : m_server->requestLog())
            count += entry.path.startsWith(QLatin1String("/api/")) ? 1 : 0;
        return count;
    }

    // --- the client ---

    ConnectionSettings as(const QString &token, AuthScheme scheme = AuthScheme::Auto) const
    {
        ConnectionSettings s;
        s.portal =
            PortalAddress::parse((m_https ? m_server->httpsUrl() : m_server->httpUrl()).toString());
        s.token = token;
        s.scheme = scheme;
        s.maxRateLimitRetries = 0;
        if (m_https) {
            QString error;
            if (!s.trust.addPinnedFingerprint(QString::fromLatin1(m_server->certificateSha256()),
                                              &error))
                qFatal("pin: %s", qPrintable(error));
        }
        return s;
    }

    RevokeOutcome change(KeyOperation operation, const ConnectionSettings &s, const QString &id)
    {
        m_client->setConnection(s);
        std::optional<RevokeOutcome> result;
        RevokeOperation *running = m_client->change(operation, id);
        connect(running, &RevokeOperation::finished, this,
                [&result](const RevokeOutcome &outcome) { result = outcome; });
        if (!QTest::qWaitFor([&result] { return result.has_value(); }, kWaitMs)) {
            RevokeOutcome never;
            never.sentence = QStringLiteral("(test) never finished");
            return never;
        }
        return *result;
    }
    RevokeOutcome revoke(const ConnectionSettings &s, const QString &id)
    {
        return change(KeyOperation::Revoke, s, id);
    }

    struct Listing
    {
        bool ok = false;
        QList<ApiKey> keys;
        RevokeOutcome failure;
    };
    Listing list(const ConnectionSettings &s)
    {
        m_client->setConnection(s);
        std::optional<Listing> result;
        connect(m_client->listKeys(), &KeyListOperation::finished, this,
                [&result](bool ok, const QList<ApiKey> &keys, const RevokeOutcome &failure) {
                    result = Listing{ok, keys, failure};
                });
        if (!QTest::qWaitFor([&result] { return result.has_value(); }, kWaitMs))
            return {};
        return *result;
    }
    const ApiKey *find(const Listing &listing, const QString &name) const
    {
        for (const ApiKey &key : listing.keys) {
            if (key.name == name)
                return &key;
        }
        return nullptr;
    }
    // A pointer into a temporary listing would dangle (AddressSanitizer found two such uses).
    const ApiKey *find(Listing &&listing, const QString &name) const = delete;

    ConnectionReport testConnection(const ConnectionSettings &s)
    {
        m_client->setConnection(s);
        std::optional<ConnectionReport> report;
        connect(m_client->testConnection(), &ConnectionTest::finished, this,
                [&report](const ConnectionReport &r) { report = r; });
        if (!QTest::qWaitFor([&report] { return report.has_value(); }, kWaitMs))
            return {};
        return *report;
    }

    HttpExchange raw(const ConnectionSettings &s, const QByteArray &method, const QString &path,
                     const QJsonObject &body = {})
    {
        m_client->setConnection(s);
        ApiCall *call = m_client->call(
            method, path,
            body.isEmpty() ? QByteArray() : QJsonDocument(body).toJson(QJsonDocument::Compact));
        std::optional<HttpExchange> result;
        connect(call, &ApiCall::finished, this,
                [&result](const HttpExchange &exchange) { result = exchange; });
        call->start();
        if (!QTest::qWaitFor([&result] { return result.has_value(); }, kWaitMs))
            return {};
        return *result;
    }
    // A call's answer read the way the client reads every answer.
    QJsonValue read(const HttpExchange &exchange, RevokeOutcome *failure,
                    OutcomeClassifier::CallPurpose purpose = OutcomeClassifier::CallPurpose::Read)
    {
        QJsonValue response;
        if (!OutcomeClassifier::readResponse(purpose, exchange, &response, failure))
            return {};
        return response;
    }
    HttpExchange createKey(const ConnectionSettings &s, const QJsonObject &body)
    {
        return raw(s, "POST", QStringLiteral("/api/2.0/keys"), body);
    }

    static void versionsAndSchemes()
    {
        QTest::addColumn<QString>("version");
        QTest::addColumn<bool>("https");
        for (const char *version : {"3.6", "3.7"}) {
            QTest::addRow("%s http", version) << QString::fromLatin1(version) << false;
            QTest::addRow("%s https", version) << QString::fromLatin1(version) << true;
        }
    }

private slots:
    void init()
    {
        // Rows are tagged "3.6 http" ... "3.7 https"; a test without rows runs on 3.7 over HTTP.
        const QString tag = QString::fromLatin1(QTest::currentDataTag());
        m_version = tag.isEmpty() ? QStringLiteral("3.7") : tag.section(QLatin1Char(' '), 0, 0);
        m_https = tag.endsWith(QLatin1String("https"));
        if (m_https)
            DSK_SKIP_UNLESS_HTTPS_SERVES(); // the row only: its "http" twin still runs
        const QString version = m_version;
        m_server = std::make_unique<SandboxServer>();
        QVERIFY2(m_server->listen(QHostAddress::LocalHost, 0, 0),
                 qPrintable(m_server->errorString()));
        m_network = std::make_unique<QNetworkAccessManager>();
        m_client = std::make_unique<DocSpaceClient>(m_network.get());
        QVERIFY(setPortal({{QStringLiteral("version"), version}}));
        m_info = m_server->info();
    }
    void cleanup()
    {
        m_client.reset();
        m_network.reset();
        m_server.reset();
    }

    // ===== Endpoints =====

    void endpoint_listKeys_adminSeesEveryKey_memberOnlyOwn_data() { versionsAndSchemes(); }
    void endpoint_listKeys_adminSeesEveryKey_memberOnlyOwn()
    {
        const Listing admin = list(as(secret(QStringLiteral("Admin console"))));
        QVERIFY2(admin.ok, qPrintable(admin.failure.sentence));
        QCOMPARE(admin.keys.size(), m_info.keys.size());
        const Listing member = list(as(sessionToken(kCarol)));
        QVERIFY2(member.ok, qPrintable(member.failure.sentence));
        QVERIFY(!member.keys.isEmpty());
        QVERIFY(member.keys.size() < admin.keys.size());
        for (const ApiKey &key : member.keys)
            QCOMPARE(key.createdById, userId(kCarol));
        // Newest first.
        for (int i = 1; i < admin.keys.size(); ++i)
            QVERIFY(admin.keys.at(i - 1).createOn >= admin.keys.at(i).createOn);
    }

    void endpoint_keySelf_namesTheKeyOfABearerApiKey_data() { versionsAndSchemes(); }
    void endpoint_keySelf_namesTheKeyOfABearerApiKey()
    {
        const ConnectionReport report = testConnection(as(secret(QStringLiteral("Admin console"))));
        QVERIFY2(report.ok, qPrintable(report.failure.sentence));
        QVERIFY(report.hasKey);
        QCOMPARE(report.keyName, QStringLiteral("Admin console"));
        QCOMPARE(report.keyId, keyId(QStringLiteral("Admin console")));
        // A session token has no key of its own: /keys/@self is not asked.
        const ConnectionReport session = testConnection(as(sessionToken(kAlice)));
        QVERIFY(session.ok);
        QVERIFY(!session.hasKey);
        for (const RequestLogEntry &entry : m_server->requestLog()) {
            if (entry.path.endsWith(QLatin1String("/keys/@self")))
                QCOMPARE(entry.authorizationScheme, QStringLiteral("Bearer"));
        }
    }

    void endpoint_permissions_listsTheElevenScopes_data() { versionsAndSchemes(); }
    void endpoint_permissions_listsTheElevenScopes()
    {
        RevokeOutcome failure;
        const QJsonArray scopes = read(raw(as(secret(QStringLiteral("Admin console"))), "GET",
                                           QStringLiteral("/api/2.0/keys/permissions")),
                                       &failure)
                                      .toArray();
        QVERIFY2(!scopes.isEmpty(), qPrintable(failure.sentence));
        QCOMPARE(scopes.size(), 11);
        QVERIFY(scopes.contains(QStringLiteral("*:write")));
        QVERIFY(scopes.contains(QStringLiteral("accounts.self:read")));
    }

    void endpoint_createKey_secretShownOnceWith200_data() { versionsAndSchemes(); }
    void endpoint_createKey_secretShownOnceWith200()
    {
        const ConnectionSettings admin = as(secret(QStringLiteral("Admin console")));
        const HttpExchange created =
            createKey(admin, {{QStringLiteral("name"), QStringLiteral("New secret key")},
                              {QStringLiteral("expiresInDays"), 7}});
        QCOMPARE(created.httpStatus, 200);
        RevokeOutcome failure;
        const QJsonObject key =
            read(created, &failure, OutcomeClassifier::CallPurpose::CreateKey).toObject();
        static const QRegularExpression fullSecret(QStringLiteral("^sk-[0-9a-f]{64}$"));
        QVERIFY2(fullSecret.match(key.value(QLatin1String("key")).toString()).hasMatch(),
                 qPrintable(key.value(QLatin1String("key")).toString()));
        const Listing listing = list(admin);
        const ApiKey *listed = find(listing, QStringLiteral("New secret key"));
        QVERIFY(listed);
        QCOMPARE(listed->maskedKey(),
                 QStringLiteral("sk-***") + key.value(QLatin1String("key")).toString().right(4));
        QVERIFY(listed->expiresAt.isValid());
    }

    void endpoint_putKey_deactivatesAndReactivates_data() { versionsAndSchemes(); }
    void endpoint_putKey_deactivatesAndReactivates()
    {
        const ConnectionSettings admin = as(secret(QStringLiteral("Admin console")));
        const QString id = keyId(QStringLiteral("Backup script"));
        QCOMPARE(change(KeyOperation::Deactivate, admin, id).kindName(),
                 QStringLiteral("deactivated"));
        QVERIFY(!m_server->portal().key(QUuid::fromString(id))->isActive);
        QCOMPARE(change(KeyOperation::Activate, admin, id).kindName(), QStringLiteral("activated"));
        QVERIFY(m_server->portal().key(QUuid::fromString(id))->isActive);
    }

    void endpoint_deleteKey_revokes_data() { versionsAndSchemes(); }
    void endpoint_deleteKey_revokes()
    {
        const QString id = keyId(QStringLiteral("Zapier integration"));
        const RevokeOutcome outcome = revoke(as(secret(QStringLiteral("Admin console"))), id);
        QCOMPARE(outcome.kindName(), QStringLiteral("revoked"));
        QCOMPARE(outcome.httpStatus, 200);
        QVERIFY(!portalHasKey(id));
    }

    void endpoint_peopleSelf_decodedDisplayNameAndRole_data() { versionsAndSchemes(); }
    void endpoint_peopleSelf_decodedDisplayNameAndRole()
    {
        const ConnectionReport report = testConnection(as(sessionToken(kZoeEmail)));
        QVERIFY2(report.ok, qPrintable(report.failure.sentence));
        QCOMPARE(report.displayName, kZoe);
        QCOMPARE(report.role, QStringLiteral("administrator"));
        QCOMPARE(report.summary(),
                 QStringLiteral("Signed in as ") + kZoe + QStringLiteral(" (administrator)"));
        // On the wire it is HTML-encoded: the decoding is the client's.
        RevokeOutcome failure;
        const HttpExchange wire =
            raw(as(sessionToken(kZoeEmail)), "GET", QStringLiteral("/api/2.0/people/@self"));
        QVERIFY2(wire.body.contains("Zo&#235; O&#39;Brien &amp; Co"), wire.body.constData());
    }

    void endpoint_versionBuild_testConnectionShowsVersionAndItsWarnings_data()
    {
        versionsAndSchemes();
    }
    void endpoint_versionBuild_testConnectionShowsVersionAndItsWarnings()
    {
        const ConnectionReport report = testConnection(as(secret(QStringLiteral("Admin console"))));
        QVERIFY2(report.ok, qPrintable(report.failure.sentence));
        QVERIFY2(report.docSpaceVersion.startsWith(m_version + QLatin1Char('.')),
                 qPrintable(report.docSpaceVersion));
        QCOMPARE(report.versionText(), QStringLiteral("DocSpace ") + report.docSpaceVersion);
        const QString warnings = report.warnings.join(QLatin1Char('\n'));
        QCOMPARE(warnings.contains(QLatin1String("whatever its scopes")), isOld());
        QCOMPARE(warnings.contains(QLatin1String("older than 3.7.1")), isOld());
        // Asked first, before anything that needs the token.
        QCOMPARE(m_server->requestLog().constFirst().path,
                 QStringLiteral("/api/2.0/settings/version/build"));
    }

    void endpoint_versionBuild_answersOnAnUnpaidPortal_data() { versionsAndSchemes(); }
    void endpoint_versionBuild_answersOnAnUnpaidPortal()
    {
        QVERIFY(setState("unpaid"));
        const ConnectionReport report = testConnection(as(secret(QStringLiteral("Admin console"))));
        QVERIFY(!report.ok);
        QVERIFY(report.docSpaceVersion.startsWith(m_version));
        QCOMPARE(report.failure.kindName(), QStringLiteral("portal_unavailable"));
        QCOMPARE(report.failure.httpStatus, 402);
    }

    void endpoint_authentication_sessionTokenThenSignedIn_data() { versionsAndSchemes(); }
    void endpoint_authentication_sessionTokenThenSignedIn()
    {
        RevokeOutcome failure;
        const QJsonObject answer =
            read(raw(as(QString()), "POST", QStringLiteral("/api/2.0/authentication"),
                     {{QStringLiteral("userName"), kCarol},
                      {QStringLiteral("password"), QStringLiteral("sandbox-carol")}}),
                 &failure)
                .toObject();
        const QString token = answer.value(QLatin1String("token")).toString();
        QVERIFY2(!token.isEmpty(), qPrintable(failure.sentence));
        const ConnectionReport report = testConnection(as(token));
        QVERIFY2(report.ok, qPrintable(report.failure.sentence));
        QCOMPARE(report.summary(), QStringLiteral("Signed in as Carol Member (member)"));
        QCOMPARE(lastAuthorizationScheme(), QStringLiteral("raw"));
    }

    // ===== Envelope =====

    void envelope_listCountIsNotTheNumberOfKeys_data() { versionsAndSchemes(); }
    void envelope_listCountIsNotTheNumberOfKeys()
    {
        const ConnectionSettings admin = as(secret(QStringLiteral("Admin console")));
        const HttpExchange wire = raw(admin, "GET", QStringLiteral("/api/2.0/keys"));
        const QJsonObject envelope = QJsonDocument::fromJson(wire.body).object();
        QCOMPARE(envelope.value(QLatin1String("count")).toInt(), 1);
        const Listing listing = list(admin);
        QVERIFY(listing.keys.size() > 1);
        QCOMPARE(listing.keys.size(), envelope.value(QLatin1String("response")).toArray().size());
    }

    void envelope_errorMessageShownStackNever_data() { versionsAndSchemes(); }
    void envelope_errorMessageShownStackNever()
    {
        const RevokeOutcome outcome =
            revoke(as(secret(QStringLiteral("Admin console"))), kUnknownId);
        QCOMPARE(outcome.httpStatus, 500);
        QVERIFY(!outcome.serverMessage.isEmpty());
        for (const QString &text : {outcome.sentence, outcome.serverMessage, outcome.detail})
            QVERIFY2(!text.contains(QLatin1String(" at ")), qPrintable(text));
    }

    void envelope_validationProblemInSuccessEnvelope_data() { versionsAndSchemes(); }
    void envelope_validationProblemInSuccessEnvelope()
    {
        // Only DocSpace before 3.7.1 routes a non-UUID id at all; the client never sends one.
        const HttpExchange wire = raw(as(secret(QStringLiteral("Admin console"))), "DELETE",
                                      QStringLiteral("/api/2.0/keys/not-a-uuid"));
        RevokeOutcome failure;
        read(wire, &failure);
        if (isOld()) {
            QCOMPARE(wire.httpStatus, 400);
            QCOMPARE(failure.kindName(), QStringLiteral("bad_response"));
            QVERIFY2(failure.serverMessage.contains(QLatin1String("validation")),
                     qPrintable(failure.serverMessage));
        } else {
            QCOMPARE(wire.httpStatus, 404);
            QCOMPARE(failure.kindName(), QStringLiteral("portal_unavailable"));
        }
    }

    // ===== ApiKey object =====

    void apiKey_idIsLowerCaseUuid_nameVerbatim_keyMasked_data() { versionsAndSchemes(); }
    void apiKey_idIsLowerCaseUuid_nameVerbatim_keyMasked()
    {
        const Listing listing = list(as(secret(QStringLiteral("Admin console"))));
        QVERIFY(listing.ok);
        static const QRegularExpression uuid(
            QStringLiteral("^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$"));
        for (const ApiKey &key : listing.keys) {
            QVERIFY2(uuid.match(key.id).hasMatch(), qPrintable(key.id));
            QCOMPARE(key.keyPostfix.size(), 4);
            const SandboxKey *seeded = m_info.keyByName(key.name);
            QVERIFY2(seeded, qPrintable(key.name));
            QCOMPARE(key.keyPostfix, seeded->secret.right(4));
        }
        // Names may hold markup: verbatim, never decoded or interpreted.
        QVERIFY(find(listing, QStringLiteral("<b>Legacy</b> & \"quotes\"")));
    }

    void apiKey_permissionsStarStoredEmptyOnPostNullOnPut_data() { versionsAndSchemes(); }
    void apiKey_permissionsStarStoredEmptyOnPostNullOnPut()
    {
        const ConnectionSettings admin = as(secret(QStringLiteral("Admin console")));
        RevokeOutcome failure;
        const QJsonObject created =
            read(createKey(admin,
                           {{QStringLiteral("name"), QStringLiteral("Star key")},
                            {QStringLiteral("permissions"), QJsonArray{QStringLiteral("*")}}}),
                 &failure, OutcomeClassifier::CallPurpose::CreateKey)
                .toObject();
        QVERIFY2(!created.isEmpty(), qPrintable(failure.sentence));
        QCOMPARE(created.value(QLatin1String("permissions")).toArray(), QJsonArray());
        const QString id = created.value(QLatin1String("id")).toString();
        const HttpExchange put =
            raw(admin, "PUT", QStringLiteral("/api/2.0/keys/") + id,
                {{QStringLiteral("permissions"), QJsonArray{QStringLiteral("*")}}});
        QCOMPARE(read(put, &failure).toBool(), true);
        const HttpExchange listed = raw(admin, "GET", QStringLiteral("/api/2.0/keys"));
        for (const QJsonValue &key : QJsonDocument::fromJson(listed.body)
                                         .object()
                                         .value(QLatin1String("response"))
                                         .toArray()) {
            if (key.toObject().value(QLatin1String("id")).toString() == id)
                QVERIFY(!key.toObject().contains(QLatin1String("permissions")));
        }
        const Listing listing = list(admin);
        const ApiKey *parsed = find(listing, QStringLiteral("Star key"));
        QVERIFY(parsed);
        QVERIFY(parsed->isUnrestricted());
        QVERIFY(parsed->canWrite());
    }

    void apiKey_lastUsedOmittedUntilUsedThenSet_data() { versionsAndSchemes(); }
    void apiKey_lastUsedOmittedUntilUsedThenSet()
    {
        const ConnectionSettings admin = as(secret(QStringLiteral("Admin console")));
        const Listing first = list(admin);
        const ApiKey *before = find(first, QStringLiteral("Zapier integration"));
        QVERIFY(before);
        QVERIFY(!before->lastUsed.isValid());
        // GET /keys/@self needs no scope: a successful use of the key.
        QCOMPARE(raw(as(secret(QStringLiteral("Zapier integration"))), "GET",
                     QStringLiteral("/api/2.0/keys/@self"))
                     .httpStatus,
                 200);
        const Listing after = list(admin);
        const ApiKey *used = find(after, QStringLiteral("Zapier integration"));
        QVERIFY(used);
        QVERIFY(used->lastUsed.isValid());
        QVERIFY(qAbs(used->lastUsed.secsTo(QDateTime::currentDateTimeUtc())) < 120);
    }

    void apiKey_datesWithOffsetAndSevenDigits_readExactly_data() { versionsAndSchemes(); }
    void apiKey_datesWithOffsetAndSevenDigits_readExactly()
    {
        const Listing listing = list(as(secret(QStringLiteral("Admin console"))));
        for (const ApiKey &key : listing.keys) {
            const SandboxKey *seeded = m_info.keyByName(key.name);
            QVERIFY(seeded);
            QCOMPARE(key.createOn.toSecsSinceEpoch(), seeded->createOn.toSecsSinceEpoch());
            QCOMPARE(key.expiresAt.isValid(), seeded->expiresAt.isValid());
            if (seeded->expiresAt.isValid())
                QCOMPARE(key.expiresAt.toSecsSinceEpoch(), seeded->expiresAt.toSecsSinceEpoch());
        }
    }

    void apiKey_createByDisplayNameDecoded_data() { versionsAndSchemes(); }
    void apiKey_createByDisplayNameDecoded()
    {
        const ConnectionSettings admin = as(secret(QStringLiteral("Admin console")));
        const HttpExchange wire = raw(admin, "GET", QStringLiteral("/api/2.0/keys"));
        QVERIFY2(wire.body.contains("Zo&#235; O&#39;Brien &amp; Co"), "not encoded on the wire");
        const Listing listing = list(admin);
        int byZoe = 0;
        for (const ApiKey &key : listing.keys) {
            QVERIFY2(!key.createdByName.contains(QLatin1Char('&')) || key.createdByName == kZoe,
                     qPrintable(key.createdByName));
            QVERIFY(!key.createdByName.contains(QLatin1String("&#")));
            byZoe += key.createdById == userId(kZoeEmail) ? 1 : 0;
            if (key.createdById == userId(kZoeEmail))
                QCOMPARE(key.createdByName, kZoe);
        }
        QVERIFY(byZoe > 0);
    }

    void apiKey_removedUserIsThePlaceholder_data() { versionsAndSchemes(); }
    void apiKey_removedUserIsThePlaceholder()
    {
        const int carols = list(as(sessionToken(kCarol))).keys.size();
        QVERIFY(carols > 0);
        QCOMPARE(control("POST", QStringLiteral("/__sandbox/user"),
                         {{QStringLiteral("email"), kCarol}, {QStringLiteral("remove"), true}}),
                 200);
        const Listing listing = list(as(secret(QStringLiteral("Admin console"))));
        int placeholders = 0;
        bool placeholder = false;
        for (const ApiKey &key : listing.keys) {
            if (key.createdById == kRemovedUser) {
                placeholder = true;
                ++placeholders;
                QCOMPARE(key.createdByName, QStringLiteral("Profile removed"));
            }
        }
        QVERIFY(placeholder);
        QCOMPARE(placeholders, carols);
    }

    void apiKey_expiredKeysStayListedAndActive_data() { versionsAndSchemes(); }
    void apiKey_expiredKeysStayListedAndActive()
    {
        const Listing listing = list(as(secret(QStringLiteral("Admin console"))));
        const ApiKey *expired = find(listing, QStringLiteral("Old migration"));
        QVERIFY(expired);
        QVERIFY(expired->isActive);
        QCOMPARE(expired->stateAt(QDateTime::currentDateTimeUtc()), ApiKey::State::Expired);
        const ApiKey *never = find(listing, QStringLiteral("Admin console"));
        QVERIFY(!never->expiresAt.isValid());
        const ApiKey *inactive = find(listing, QStringLiteral("Disabled webhook"));
        QCOMPARE(inactive->stateAt(QDateTime::currentDateTimeUtc()), ApiKey::State::Deactivated);
    }

    // ===== DELETE /api/2.0/keys/{id}: every case =====

    void delete_ownKeyOrAdmin_revoked_data() { versionsAndSchemes(); }
    void delete_ownKeyOrAdmin_revoked()
    {
        const QString own = keyOf(kCarol, [](const SandboxKey &) { return true; });
        QCOMPARE(revoke(as(sessionToken(kCarol)), keyId(own)).kindName(),
                 QStringLiteral("revoked"));
        const QString carols = keyOf(kCarol, [own](const SandboxKey &k) { return k.name != own; });
        QCOMPARE(revoke(as(sessionToken(kZoeEmail)), keyId(carols)).kindName(),
                 QStringLiteral("revoked"));
        QVERIFY(!portalHasKey(keyId(carols)));
    }

    void delete_othersKeyNotAdmin_refusedAndKept_data() { versionsAndSchemes(); }
    void delete_othersKeyNotAdmin_refusedAndKept()
    {
        const QString id = keyId(QStringLiteral("Zapier integration"));
        const RevokeOutcome outcome = revoke(as(sessionToken(kCarol)), id);
        QCOMPARE(outcome.kindName(), QStringLiteral("refused"));
        QCOMPARE(outcome.httpStatus, 200);
        QVERIFY(portalHasKey(id));
    }

    void delete_unknownUuid_notFound_data() { versionsAndSchemes(); }
    void delete_unknownUuid_notFound()
    {
        const RevokeOutcome outcome =
            revoke(as(secret(QStringLiteral("Admin console"))), kUnknownId);
        QCOMPARE(outcome.kindName(), QStringLiteral("not_found"));
        QCOMPARE(outcome.httpStatus, 500);
    }

    void delete_idNotUuid_invalidIdNothingSent_data() { versionsAndSchemes(); }
    void delete_idNotUuid_invalidIdNothingSent()
    {
        const RevokeOutcome outcome =
            revoke(as(secret(QStringLiteral("Admin console"))), QStringLiteral("not-a-uuid"));
        QCOMPARE(outcome.kindName(), QStringLiteral("invalid_id"));
        QCOMPARE(outcome.httpStatus, 0);
        QCOMPARE(apiRequests(), 0);
    }

    void delete_theKeyItself_revokedThenUnauthorized_data() { versionsAndSchemes(); }
    void delete_theKeyItself_revokedThenUnauthorized()
    {
        const ConnectionSettings self = as(secret(QStringLiteral("CI pipeline")));
        QCOMPARE(revoke(self, keyId(QStringLiteral("CI pipeline"))).kindName(),
                 QStringLiteral("revoked"));
        const Listing after = list(self);
        QVERIFY(!after.ok);
        QCOMPARE(after.failure.kindName(), QStringLiteral("unauthorized"));
    }

    void delete_noOrInvalidCredentials_unauthorized_data() { versionsAndSchemes(); }
    void delete_noOrInvalidCredentials_unauthorized()
    {
        const QString id = keyId(QStringLiteral("CI pipeline"));
        const RevokeOutcome wrong =
            revoke(as(QStringLiteral("sk-") + QString(64, QLatin1Char('0'))), id);
        QCOMPARE(wrong.kindName(), QStringLiteral("unauthorized"));
        QCOMPARE(wrong.httpStatus, 401);
        const HttpExchange none =
            raw(as(QString()), "DELETE", QStringLiteral("/api/2.0/keys/") + id);
        QCOMPARE(none.httpStatus, 401);
        QVERIFY(portalHasKey(id));
    }

    // 3.7.1 checks *:write; from 3.2.1 to 3.6.1 any scope deletes keys.
    void delete_keyWithoutWriteScope_forbiddenOnlySince371_data() { versionsAndSchemes(); }
    void delete_keyWithoutWriteScope_forbiddenOnlySince371()
    {
        const QString id = keyId(QStringLiteral("CI pipeline"));
        const RevokeOutcome outcome = revoke(as(secret(QStringLiteral("Read-only reporting"))), id);
        if (isOld()) {
            QCOMPARE(outcome.kindName(), QStringLiteral("revoked"));
            QVERIFY(!portalHasKey(id));
        } else {
            QCOMPARE(outcome.kindName(), QStringLiteral("forbidden"));
            QCOMPARE(outcome.httpStatus, 403);
            QVERIFY2(outcome.sentence.contains(QLatin1String("*:write")),
                     qPrintable(outcome.sentence));
            QVERIFY(!outcome.sentence.contains(QLatin1String("developer tools")));
            QVERIFY(portalHasKey(id));
        }
        // Test Connection says what this version does with that key.
        const ConnectionReport report =
            testConnection(as(secret(QStringLiteral("Read-only reporting"))));
        QVERIFY(report.ok);
        QCOMPARE(report.canRevoke, isOld());
    }

    void delete_rateLimitedWithRetryAfter_waitsThenRevokes_data() { versionsAndSchemes(); }
    void delete_rateLimitedWithRetryAfter_waitsThenRevokes()
    {
        QVERIFY(
            setFault({{QStringLiteral("rateLimit"), QJsonObject{{QStringLiteral("retryAfter"), 1}}},
                      {QStringLiteral("count"), 1}}));
        const QString id = keyId(QStringLiteral("CI pipeline"));
        ConnectionSettings s = as(secret(QStringLiteral("Admin console")));
        s.maxRateLimitRetries = 3;
        const RevokeOutcome outcome = revoke(s, id);
        QCOMPARE(outcome.kindName(), QStringLiteral("revoked"));
        QVERIFY(!portalHasKey(id));
    }

    // The concurrency limiter: 429 with no headers at all. The client waits on its own and no
    // revocation is given up while the portal only asks it to slow down.
    void delete_concurrencyLimited_noHeaders_allRevoked_data() { versionsAndSchemes(); }
    void delete_concurrencyLimited_noHeaders_allRevoked()
    {
        QCOMPARE(
            control("POST", QStringLiteral("/__sandbox/limits"),
                    {{QStringLiteral("concurrentWrites"), 1}, {QStringLiteral("latencyMs"), 150}}),
            200);
        ConnectionSettings s = as(secret(QStringLiteral("Admin console")));
        s.maxRateLimitRetries = 8;
        m_client->setConnection(s);
        const QStringList names{QStringLiteral("CI pipeline"), QStringLiteral("Backup script"),
                                QStringLiteral("Zapier integration")};
        QHash<QString, QString> kinds;
        QList<int> waits;
        for (const QString &name : names) {
            RevokeOperation *running = m_client->revoke(keyId(name));
            // No Retry-After: the client backs off on its own (its own delay, not the portal's).
            connect(running, &RevokeOperation::concurrencyLimited, this,
                    [&waits](int delayMs, int) { waits << delayMs; });
            connect(running, &RevokeOperation::finished, this,
                    [&kinds](const RevokeOutcome &o) { kinds.insert(o.keyId, o.kindName()); });
        }
        QTRY_COMPARE_WITH_TIMEOUT(kinds.size(), names.size(), 60000);
        for (const QString &name : names) {
            QCOMPARE(kinds.value(keyId(name)), QStringLiteral("revoked"));
            QVERIFY(!portalHasKey(keyId(name)));
        }
        QVERIFY2(!waits.isEmpty(), "the limiter never answered 429");
        bool sawBareLimit = false;
        for (const RequestLogEntry &entry : m_server->requestLog())
            sawBareLimit = sawBareLimit || entry.status == 429;
        QVERIFY(sawBareLimit);
    }

    void delete_unpaidPortal_portalUnavailable_data() { versionsAndSchemes(); }
    void delete_unpaidPortal_portalUnavailable()
    {
        QVERIFY(setState("unpaid"));
        const QString id = keyId(QStringLiteral("CI pipeline"));
        const RevokeOutcome outcome = revoke(as(secret(QStringLiteral("Admin console"))), id);
        QCOMPARE(outcome.kindName(), QStringLiteral("portal_unavailable"));
        QCOMPARE(outcome.httpStatus, 402);
        QVERIFY2(outcome.sentence.contains(QLatin1String("subscription")),
                 qPrintable(outcome.sentence));
        QVERIFY(portalHasKey(id));
    }

    void delete_suspendedPortal_portalUnavailableNotInvalidId_data() { versionsAndSchemes(); }
    void delete_suspendedPortal_portalUnavailableNotInvalidId()
    {
        QVERIFY(setState("suspended"));
        const QString id = keyId(QStringLiteral("CI pipeline"));
        const RevokeOutcome outcome = revoke(as(secret(QStringLiteral("Admin console"))), id);
        QCOMPARE(outcome.kindName(), QStringLiteral("portal_unavailable"));
        QCOMPARE(outcome.httpStatus, 404);
        QVERIFY2(outcome.sentence.contains(QLatin1String("suspended")),
                 qPrintable(outcome.sentence));
        // Test Connection says so before trying anything that needs the token.
        m_server->resetStats();
        const ConnectionReport report = testConnection(as(secret(QStringLiteral("Admin console"))));
        QCOMPARE(report.failure.kindName(), QStringLiteral("portal_unavailable"));
        QCOMPARE(m_server->requestLog().constLast().path,
                 QStringLiteral("/api/2.0/settings/version/build"));
    }

    void delete_transferringPortal_emptyForbidden_data() { versionsAndSchemes(); }
    void delete_transferringPortal_emptyForbidden()
    {
        QVERIFY(setState("transferring"));
        const RevokeOutcome outcome = revoke(as(secret(QStringLiteral("Admin console"))),
                                             keyId(QStringLiteral("CI pipeline")));
        QCOMPARE(outcome.kindName(), QStringLiteral("forbidden"));
        QCOMPARE(outcome.httpStatus, 403);
        QVERIFY(outcome.serverMessage.isEmpty());
        QVERIFY2(outcome.sentence.contains(QLatin1String("moved")), qPrintable(outcome.sentence));
    }

    void delete_ipRestricted_portalsOwnWords_data() { versionsAndSchemes(); }
    void delete_ipRestricted_portalsOwnWords()
    {
        QVERIFY(setState("ipRestricted"));
        const RevokeOutcome outcome = revoke(as(secret(QStringLiteral("Admin console"))),
                                             keyId(QStringLiteral("CI pipeline")));
        QCOMPARE(outcome.kindName(), QStringLiteral("forbidden"));
        QCOMPARE(outcome.serverMessage, QStringLiteral("The access to the portal is restricted"));
        QVERIFY2(outcome.sentence.contains(
                     QStringLiteral("\u201cThe access to the portal is restricted\u201d")),
                 qPrintable(outcome.sentence));
        QVERIFY(!outcome.sentence.contains(QLatin1String("*:write")));
    }

    void delete_proxyTrouble_docSpacesOwnErrorPage_data() { versionsAndSchemes(); }
    void delete_proxyTrouble_docSpacesOwnErrorPage()
    {
        for (int status : {502, 503, 504}) {
            QVERIFY(setFault({{QStringLiteral("status"), status}, {QStringLiteral("count"), 1}}));
            const QString id = keyId(QStringLiteral("CI pipeline"));
            const RevokeOutcome outcome = revoke(as(secret(QStringLiteral("Admin console"))), id);
            QCOMPARE(outcome.kindName(), QStringLiteral("server_error"));
            QCOMPARE(outcome.httpStatus, status);
            QCOMPARE(outcome.serverMessage, QStringLiteral("500 Error Page"));
            QVERIFY2(outcome.sentence.contains(QStringLiteral("HTTP %1").arg(status)),
                     qPrintable(outcome.sentence));
            QVERIFY(!outcome.sentence.contains(QLatin1String("<")));
            QVERIFY(portalHasKey(id));
        }
    }

    void delete_connectionDropsAfterSending_notReportedRevokedButGone_data()
    {
        versionsAndSchemes();
    }
    void delete_connectionDropsAfterSending_notReportedRevokedButGone()
    {
        QVERIFY(setFault({{QStringLiteral("drop"), true}, {QStringLiteral("count"), 1}}));
        const QString id = keyId(QStringLiteral("CI pipeline"));
        const RevokeOutcome outcome = revoke(as(secret(QStringLiteral("Admin console"))), id);
        // (Qt may send the DELETE again on a new connection; the portal then knows no such key.)
        QVERIFY2(!outcome.succeeded(), qPrintable(outcome.kindName()));
        // Only a later read tells: the portal did delete it.
        const Listing after = list(as(secret(QStringLiteral("Admin console"))));
        QVERIFY(after.ok);
        for (const ApiKey &key : after.keys)
            QVERIFY(key.id != id);
    }

    // PUT: false for an expired key (3.7.1 on), and for another user's key.
    void put_expiredKey_refusedOnlySince371_data() { versionsAndSchemes(); }
    void put_expiredKey_refusedOnlySince371()
    {
        const ConnectionSettings admin = as(secret(QStringLiteral("Admin console")));
        const QString id = keyId(QStringLiteral("Old migration"));
        const RevokeOutcome outcome = change(KeyOperation::Deactivate, admin, id);
        QCOMPARE(outcome.kindName(),
                 isOld() ? QStringLiteral("deactivated") : QStringLiteral("refused"));
        const RevokeOutcome others = change(KeyOperation::Deactivate, as(sessionToken(kCarol)),
                                            keyId(QStringLiteral("Zapier integration")));
        QCOMPARE(others.kindName(), QStringLiteral("refused"));
    }

    void put_unknownUuid_notFound_data() { versionsAndSchemes(); }
    void put_unknownUuid_notFound()
    {
        const RevokeOutcome outcome = change(
            KeyOperation::Deactivate, as(secret(QStringLiteral("Admin console"))), kUnknownId);
        QCOMPARE(outcome.kindName(), QStringLiteral("not_found"));
        QCOMPARE(outcome.httpStatus, 500);
    }

    void put_emptyPermissionsAndName_changeNothing_data() { versionsAndSchemes(); }
    void put_emptyPermissionsAndName_changeNothing()
    {
        const ConnectionSettings admin = as(secret(QStringLiteral("Admin console")));
        const QString id = keyId(QStringLiteral("Read-only reporting"));
        RevokeOutcome failure;
        const HttpExchange put = raw(
            admin, "PUT", QStringLiteral("/api/2.0/keys/") + id,
            {{QStringLiteral("permissions"), QJsonArray()}, {QStringLiteral("name"), QString()}});
        QVERIFY2(read(put, &failure).toBool(), qPrintable(failure.sentence));
        const std::optional<SandboxKey> key = m_server->portal().key(QUuid::fromString(id));
        QCOMPARE(key->name, QStringLiteral("Read-only reporting"));
        QCOMPARE(key->permissions, QStringList{QStringLiteral("*:read")});
    }

    void post_guest_accessDeniedInPortalsWords_data() { versionsAndSchemes(); }
    void post_guest_accessDeniedInPortalsWords()
    {
        const HttpExchange wire =
            createKey(as(sessionToken(kDave)), {{QStringLiteral("name"), QStringLiteral("x")}});
        QCOMPARE(wire.httpStatus, 403);
        RevokeOutcome failure;
        read(wire, &failure, OutcomeClassifier::CallPurpose::CreateKey);
        QCOMPARE(failure.kindName(), QStringLiteral("forbidden"));
        QCOMPARE(failure.serverMessage, QStringLiteral("Access denied"));
        QVERIFY(failure.sentence.contains(QLatin1String("Guests")));
    }

    void post_developerToolsForAdminsOnly_postRefusedDeleteStillWorks_data()
    {
        versionsAndSchemes();
    }
    void post_developerToolsForAdminsOnly_postRefusedDeleteStillWorks()
    {
        QVERIFY(setPortal({{QStringLiteral("developerToolsAdminsOnly"), true}}));
        const ConnectionSettings carol = as(sessionToken(kCarol));
        RevokeOutcome failure;
        read(createKey(carol, {{QStringLiteral("name"), QStringLiteral("x")}}), &failure,
             OutcomeClassifier::CallPurpose::CreateKey);
        QCOMPARE(failure.kindName(), QStringLiteral("forbidden"));
        QVERIFY2(failure.sentence.contains(QLatin1String("developer tools")),
                 qPrintable(failure.sentence));
        const Listing own = list(carol);
        QVERIFY(own.ok);
        QCOMPARE(revoke(carol, own.keys.constFirst().id).kindName(), QStringLiteral("revoked"));
        // An administrator still creates keys.
        const HttpExchange admin = createKey(as(secret(QStringLiteral("Admin console"))),
                                             {{QStringLiteral("name"), QStringLiteral("y")}});
        QCOMPARE(admin.httpStatus, 200);
    }

    void post_invalidPermissionsNameOrDays_serversMessages_data() { versionsAndSchemes(); }
    void post_invalidPermissionsNameOrDays_serversMessages()
    {
        const ConnectionSettings admin = as(secret(QStringLiteral("Admin console")));
        const struct
        {
            QJsonObject body;
            const char *message;
        } cases[] = {
            {{{QStringLiteral("name"), QStringLiteral("p")},
              {QStringLiteral("permissions"), QJsonArray{QStringLiteral("files:delete")}}},
             "Permissions are not valid."},
            {{{QStringLiteral("name"), QString(31, QLatin1Char('n'))}},
             "Incorrect name. Length must be less than 30"},
            {{{QStringLiteral("name"), QStringLiteral("d")},
              {QStringLiteral("expiresInDays"), 366}},
             "Incorrect number of days. Value must be between 1 and 365"},
            {{{QStringLiteral("name"), QStringLiteral("d")}, {QStringLiteral("expiresInDays"), 0}},
             "Incorrect number of days. Value must be between 1 and 365"},
        };
        for (const auto &c : cases) {
            const HttpExchange wire = createKey(admin, c.body);
            QCOMPARE(wire.httpStatus, 400);
            RevokeOutcome failure;
            read(wire, &failure, OutcomeClassifier::CallPurpose::CreateKey);
            QCOMPARE(failure.kindName(), QStringLiteral("bad_response"));
            // As an ArgumentException envelope or a validation problem naming the field.
            QVERIFY2(failure.serverMessage.contains(QLatin1String(c.message)),
                     qPrintable(failure.serverMessage));
        }
    }

    // ===== Authentication =====

    void auth_bearerApiKey_sentExactlyAsBearer_data() { versionsAndSchemes(); }
    void auth_bearerApiKey_sentExactlyAsBearer()
    {
        // Pasted with a lower-case prefix: the client still sends exactly "Bearer ".
        const ConnectionReport report =
            testConnection(as(QStringLiteral("bearer ") + secret(QStringLiteral("Admin console"))));
        QVERIFY2(report.ok, qPrintable(report.failure.sentence));
        QVERIFY(report.hasKey);
        QCOMPARE(lastAuthorizationScheme(), QStringLiteral("Bearer"));
    }

    void auth_apiKeySentRaw_unauthorized_data() { versionsAndSchemes(); }
    void auth_apiKeySentRaw_unauthorized()
    {
        const RevokeOutcome outcome =
            revoke(as(secret(QStringLiteral("Admin console")), AuthScheme::SessionToken),
                   keyId(QStringLiteral("CI pipeline")));
        QCOMPARE(outcome.kindName(), QStringLiteral("unauthorized"));
        QVERIFY2(outcome.sentence.contains(QLatin1String("API key")), qPrintable(outcome.sentence));
    }

    void auth_keysOfADisabledUser_unauthorized_data() { versionsAndSchemes(); }
    void auth_keysOfADisabledUser_unauthorized()
    {
        const QString own = keyOf(kCarol, [](const SandboxKey &) { return true; });
        QCOMPARE(control("POST", QStringLiteral("/__sandbox/user"),
                         {{QStringLiteral("email"), kCarol}, {QStringLiteral("disabled"), true}}),
                 200);
        const ConnectionReport report = testConnection(as(secret(own)));
        QVERIFY(!report.ok);
        QCOMPARE(report.failure.kindName(), QStringLiteral("unauthorized"));
        QCOMPARE(report.failure.httpStatus, 401);
    }

    void auth_bearerJwt_isOAuthAndUnauthorizedHere_data() { versionsAndSchemes(); }
    void auth_bearerJwt_isOAuthAndUnauthorizedHere()
    {
        const ConnectionReport report =
            testConnection(as(QStringLiteral("Bearer eyJhbGciOiJSUzI1NiJ9.eyJzdWIiOiJ4In0.c2ln")));
        QCOMPARE(report.failure.kindName(), QStringLiteral("unauthorized"));
        QCOMPARE(lastAuthorizationScheme(), QStringLiteral("Bearer"));
    }

    void auth_basicEmailAndPassword_sentAsGiven_data() { versionsAndSchemes(); }
    void auth_basicEmailAndPassword_sentAsGiven()
    {
        const QString basic = QStringLiteral("Basic ") +
                              QString::fromLatin1(QByteArrayLiteral("alice@sandbox.example:"
                                                                    "sandbox-alice")
                                                      .toBase64());
        const ConnectionReport report = testConnection(as(basic, AuthScheme::SessionToken));
        QVERIFY2(report.ok, qPrintable(report.failure.sentence));
        QCOMPARE(report.summary(), QStringLiteral("Signed in as Alice Owner (owner)"));
        QCOMPARE(lastAuthorizationScheme(), QStringLiteral("Basic"));
    }

    // A cookie asc_auth_key wins over the header on the portal: the client never sends one,
    // even when its network manager holds one for the portal.
    void auth_cookieWouldWin_clientSendsNone_data() { versionsAndSchemes(); }
    void auth_cookieWouldWin_clientSendsNone()
    {
        const QUrl origin = m_https ? m_server->httpsUrl() : m_server->httpUrl();
        QNetworkCookie cookie(QByteArrayLiteral("asc_auth_key"), sessionToken(kCarol).toLatin1());
        m_network->cookieJar()->setCookiesFromUrl({cookie},
                                                  origin.resolved(QUrl(QStringLiteral("/"))));
        QVERIFY(!m_network->cookieJar()
                     ->cookiesForUrl(origin.resolved(QUrl(QStringLiteral("/api/2.0/keys"))))
                     .isEmpty());
        const ConnectionReport report = testConnection(as(secret(QStringLiteral("Admin console"))));
        QVERIFY2(report.ok, qPrintable(report.failure.sentence));
        QCOMPARE(report.summary(), QStringLiteral("Signed in as Alice Owner (owner)"));
    }

    void auth_sessionTokenRaw_signedIn_data() { versionsAndSchemes(); }
    void auth_sessionTokenRaw_signedIn()
    {
        const ConnectionReport report = testConnection(as(sessionToken(kAlice)));
        QVERIFY2(report.ok, qPrintable(report.failure.sentence));
        QCOMPARE(lastAuthorizationScheme(), QStringLiteral("raw"));
    }

    void auth_sessionTokenForcedAsBearer_signedIn_data() { versionsAndSchemes(); }
    void auth_sessionTokenForcedAsBearer_signedIn()
    {
        const ConnectionReport report =
            testConnection(as(sessionToken(kZoeEmail), AuthScheme::ApiKey));
        QVERIFY2(report.ok, qPrintable(report.failure.sentence));
        QCOMPARE(report.displayName, kZoe);
        QVERIFY(!report.hasKey);
        QCOMPARE(lastAuthorizationScheme(), QStringLiteral("Bearer"));
        const QString id = keyId(QStringLiteral("CI pipeline"));
        QCOMPARE(revoke(as(sessionToken(kZoeEmail), AuthScheme::ApiKey), id).kindName(),
                 QStringLiteral("revoked"));
    }

    // ===== Scopes =====

    void scopes_peopleSelfNeedsSelfOrStarScope_data() { versionsAndSchemes(); }
    void scopes_peopleSelfNeedsSelfOrStarScope()
    {
        // accounts.self:read reads the profile; file and room scopes do not (3.7: empty 403).
        const ConnectionReport self =
            testConnection(as(secret(QStringLiteral("Dave's profile reader"))));
        QVERIFY2(self.ok, qPrintable(self.failure.sentence));
        const ConnectionReport files =
            testConnection(as(secret(QStringLiteral("Zapier integration"))));
        QVERIFY(!files.ok);
        QCOMPARE(files.failure.kindName(), QStringLiteral("forbidden"));
        QCOMPARE(files.failure.httpStatus, 403);
        QVERIFY2(files.failure.sentence.contains(QLatin1String("scope")),
                 qPrintable(files.failure.sentence));
        QVERIFY(!files.failure.sentence.contains(QLatin1String("developer tools")));
    }

    // ===== Other behaviour =====

    // Not the sandbox: a web server that answers every path with a page of its own.
    void notDocSpace_saidFirstNothingElseTried()
    {
        QTcpServer web;
        QVERIFY(web.listen(QHostAddress::LocalHost, 0));
        QStringList paths;
        connect(&web, &QTcpServer::newConnection, this, [&web, &paths] {
            while (QTcpSocket *socket = web.nextPendingConnection()) {
                connect(socket, &QTcpSocket::readyRead, socket, [socket, &paths] {
                    const QByteArray request = socket->readAll();
                    paths << QString::fromLatin1(request.split(' ').value(1));
                    const QByteArray page =
                        "<!DOCTYPE html><html><head><title>Welcome to nginx!</title></head>"
                        "<body>It works</body></html>";
                    socket->write("HTTP/1.1 200 OK\r\nContent-Type: text/html\r\n"
                                  "Connection: close\r\nContent-Length: " +
                                  QByteArray::number(page.size()) + "\r\n\r\n" + page);
                    socket->disconnectFromHost();
                });
                connect(socket, &QTcpSocket::disconnected, socket, &QObject::deleteLater);
            }
        });
        ConnectionSettings s;
        s.portal =
            PortalAddress::parse(QStringLiteral("http://127.0.0.1:%1").arg(web.serverPort()));
        s.token = QStringLiteral("sk-") + QString(64, QLatin1Char('a'));
        m_client->setConnection(s);
        std::optional<ConnectionReport> report;
        connect(m_client->testConnection(), &ConnectionTest::finished, this,
                [&report](const ConnectionReport &r) { report = r; });
        QVERIFY(QTest::qWaitFor([&report] { return report.has_value(); }, kWaitMs));
        QVERIFY(!report->ok);
        QCOMPARE(report->failure.kindName(), QStringLiteral("bad_response"));
        QVERIFY2(report->failure.sentence.contains(QLatin1String("not as a DocSpace portal")),
                 qPrintable(report->failure.sentence));
        QCOMPARE(paths, QStringList{QStringLiteral("/api/2.0/settings/version/build")});
    }
};

QTEST_GUILESS_MAIN(TestDocSpaceRows)
#include "tst_docspacerows.moc"
