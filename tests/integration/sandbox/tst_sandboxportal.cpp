// SandboxPortal without sockets: every row of ../shared/docspace-api.md the sandbox reproduces.
#include "sandboxportal.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QtTest>

namespace {

const QByteArray kHost = QByteArrayLiteral("portal.test:8088");
const QRegularExpression kDatePattern(
    QStringLiteral("^\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}:\\d{2}\\.\\d{7}([+-]\\d{2}:\\d{2}|Z)$"));
const QRegularExpression kFullSecret(QStringLiteral("^sk-[0-9a-f]{64}$"));

// Authorization spec used by the data rows:
//   none | session:<email> | cookie:<email> | basic:<email>[:<password>] | bearer:<key name>
//   | raw:<key name> | header:<literal value>
QByteArrayList authHeaders(const SandboxInfo &info, const QString &spec, QByteArray *cookie)
{
    const QString kind = spec.section(QLatin1Char(':'), 0, 0);
    const QString rest = spec.section(QLatin1Char(':'), 1);
    if (kind == QLatin1String("session"))
        return {info.userByEmail(rest)->sessionToken.toLatin1()};
    if (kind == QLatin1String("cookie")) {
        *cookie = QByteArrayLiteral("theme=dark; asc_auth_key=") +
                  info.userByEmail(rest)->sessionToken.toLatin1();
        return {};
    }
    if (kind == QLatin1String("basic")) {
        const QString email = rest.section(QLatin1Char(':'), 0, 0);
        QString password = rest.section(QLatin1Char(':'), 1);
        if (password.isEmpty())
            password = info.userByEmail(email)->password;
        return {QByteArrayLiteral("Basic ") +
                (email + QLatin1Char(':') + password).toUtf8().toBase64()};
    }
    if (kind == QLatin1String("bearer"))
        return {QByteArrayLiteral("Bearer ") + info.keyByName(rest)->secret.toLatin1()};
    if (kind == QLatin1String("raw"))
        return {info.keyByName(rest)->secret.toLatin1()};
    if (kind == QLatin1String("header"))
        return {rest.toUtf8()};
    return {};
}

PortalRequest makeRequest(const QByteArray &method, const QString &path, const QByteArrayList &auth,
                          const QByteArray &body = {}, const QByteArray &cookie = {})
{
    PortalRequest request;
    request.method = method;
    const int q = path.indexOf(QLatin1Char('?'));
    request.path = q < 0 ? path : path.left(q);
    request.query = q < 0 ? QString() : path.mid(q + 1);
    request.headers.append({QByteArrayLiteral("Host"), kHost});
    for (const QByteArray &value : auth)
        request.headers.append({QByteArrayLiteral("Authorization"), value});
    if (!cookie.isEmpty())
        request.headers.append({QByteArrayLiteral("Cookie"), cookie});
    if (!body.isEmpty())
        request.headers.append(
            {QByteArrayLiteral("Content-Type"), QByteArrayLiteral("application/json")});
    request.body = body;
    return request;
}

PortalResponse call(SandboxPortal &portal, const PortalRequest &request)
{
    const PortalResponse response = portal.handle(request);
    portal.finish(response.ticket);
    return response;
}

// "{Key name}" in a path becomes that key's id.
QString expandPath(const SandboxInfo &info, QString path)
{
    static const QRegularExpression placeholder(QStringLiteral("\\{([^}]+)\\}"));
    QRegularExpressionMatch match = placeholder.match(path);
    while (match.hasMatch()) {
        const SandboxKey *key = info.keyByName(match.captured(1));
        if (!key) // a literal {uuid}, left for the route
            break;
        path.replace(match.capturedStart(), match.capturedLength(),
                     key->id.toString(QUuid::WithoutBraces));
        match = placeholder.match(path);
    }
    return path;
}

QString keyId(const SandboxInfo &info, const QString &name)
{
    return info.keyByName(name)->id.toString(QUuid::WithoutBraces);
}

} // namespace

class TestSandboxPortal : public QObject
{
    Q_OBJECT

private slots:
    void contract_data();
    void contract();

    void deleteKeyUsedForTheRequest_succeeds_thenKeyIsUnauthorized();
    void expiredKey_failsAtOnce_butStaysActiveUntilSweep();
    void successEnvelope_hasResponseCountLinksStatus();
    void errorEnvelope_hasStatusErrorTypeStackHresult();
    void validationProblem_comesInSuccessEnvelopeWithStatus1();
    void dates_haveSevenFractionDigitsAndPortalOffset();
    void listedKeys_areMaskedNewestFirstAndOmitNullFields();
    void createdKey_showsFullSecretOnceAndAuthenticates();
    void apiKeyUse_updatesLastUsed();
    void htmlKeyName_isStoredVerbatim();
    void put_ownKey_changesNameAndDeactivates();
    void rateLimit_perMinute_answers429WithHeaders();
    void rateLimit_concurrentWrites_answers429UntilOneFinishes();
    void rateLimit_keyCreations_fivePerWindow();
    void rateLimit_concurrencyLimiter_answersEmpty429WithoutAnyHeader();
    void rateLimit_dailyWrites_countPostAndPutNotDelete();
    void control_limits_changeConcurrencyAndLatencyAtRuntime();
    void control_reset_takesTheNumberOfGeneratedKeys();
    void faults_status502_isNginxHtmlForCountRequests();
    void faults_rateLimitAndRedirect_shortCircuitThePortal();
    void faults_transportDirectives_reachTheTransport();
    void control_notFaultedNotCountedAndLoopbackOnly();
    void stats_countInFlightAndMaxInFlight();
    void requestLog_recordsSchemeWordNeverTheSecret();
    void seed_isDeterministicAcrossInstances();
    void seedKeys_tenThousand_areListable();
    void state_roundTripsThroughFile();
    void faultSettings_parseFromJsonAndKeyValueText();
};

void TestSandboxPortal::contract_data()
{
    QTest::addColumn<QByteArray>("method");
    QTest::addColumn<QString>("path");
    QTest::addColumn<QString>("auth");
    QTest::addColumn<QByteArray>("body");
    QTest::addColumn<int>("status");
    // true | false | empty | error:<type> | list:<count> | validation | object:<field>
    QTest::addColumn<QString>("expect");
    // Optional "gone:<name>" or "kept:<name>" checked afterwards.
    QTest::addColumn<QString>("after");

    const QString alice = QStringLiteral("alice@sandbox.example");
    const QString bob = QStringLiteral("bob@sandbox.example");
    const QString carol = QStringLiteral("carol@sandbox.example");
    const QString nre = QStringLiteral("error:System.NullReferenceException");
    // A missing scope is 403 with an empty body.
    const QString denied = QStringLiteral("empty");
    const QString keysPath = QStringLiteral("/api/2.0/keys");

    // DELETE /api/2.0/keys/{id}: every case of the table.
    QTest::newRow("delete_ownKey_returnsTrue")
        << QByteArray("DELETE") << QStringLiteral("/api/2.0/keys/{Carol's notebook}")
        << "session:" + carol << QByteArray() << 200 << "true"
        << "gone:Carol's notebook";
    QTest::newRow("delete_otherUsersKey_byMember_returns200False")
        << QByteArray("DELETE") << QStringLiteral("/api/2.0/keys/{Admin console}")
        << "session:" + carol << QByteArray() << 200 << "false"
        << "kept:Admin console";
    QTest::newRow("delete_otherUsersKey_byAdmin_returnsTrue")
        << QByteArray("DELETE") << QStringLiteral("/api/2.0/keys/{Carol's notebook}")
        << "session:" + bob << QByteArray() << 200 << "true"
        << "gone:Carol's notebook";
    QTest::newRow("delete_otherUsersKey_byOwnerApiKey_returnsTrue")
        << QByteArray("DELETE") << QStringLiteral("/api/2.0/keys/{Monitoring}")
        << QStringLiteral("bearer:Admin console") << QByteArray() << 200 << "true"
        << "gone:Monitoring";
    QTest::newRow("delete_unknownUuid_returns500NullReference")
        << QByteArray("DELETE")
        << QStringLiteral("/api/2.0/keys/0b7e1c7a-1111-4222-8333-944445555666")
        << "session:" + alice << QByteArray() << 500 << nre << QString();
    QTest::newRow("delete_nonUuid_returns404EmptyBody")
        << QByteArray("DELETE") << QStringLiteral("/api/2.0/keys/not-a-uuid") << "session:" + alice
        << QByteArray() << 404 << "empty" << QString();
    QTest::newRow("delete_nonUuid_withoutCredentials_stillReturns404")
        << QByteArray("DELETE") << QStringLiteral("/api/2.0/keys/12345") << QStringLiteral("none")
        << QByteArray() << 404 << "empty" << QString();
    QTest::newRow("delete_noCredentials_returns401EmptyBody")
        << QByteArray("DELETE") << QStringLiteral("/api/2.0/keys/{Carol's notebook}")
        << QStringLiteral("none") << QByteArray() << 401 << "empty"
        << "kept:Carol's notebook";
    QTest::newRow("delete_unknownSessionToken_returns401")
        << QByteArray("DELETE") << QStringLiteral("/api/2.0/keys/{Carol's notebook}")
        << QStringLiteral("header:not-a-real-token") << QByteArray() << 401 << "empty"
        << "kept:Carol's notebook";
    QTest::newRow("delete_rawSkKeyWithoutBearer_returns401")
        << QByteArray("DELETE") << QStringLiteral("/api/2.0/keys/{Zapier integration}")
        << QStringLiteral("raw:Admin console") << QByteArray() << 401 << "empty"
        << "kept:Zapier integration";
    QTest::newRow("delete_bearerSkKey_returnsTrue")
        << QByteArray("DELETE") << QStringLiteral("/api/2.0/keys/{Zapier integration}")
        << QStringLiteral("bearer:Admin console") << QByteArray() << 200 << "true"
        << "gone:Zapier integration";
    // "Bearer " is matched case-sensitively: "bearer sk-..." is read as a session token.
    QTest::newRow("delete_lowercaseBearerScheme_returns401")
        << QByteArray("DELETE") << QStringLiteral("/api/2.0/keys/{Zapier integration}")
        << QStringLiteral("header:bearer ") +
               SandboxPortal::secretFor(QStringLiteral("Admin console"))
        << QByteArray() << 401 << "empty"
        << "kept:Zapier integration";
    QTest::newRow("delete_unknownBearerSkKey_returns401")
        << QByteArray("DELETE") << QStringLiteral("/api/2.0/keys/{Zapier integration}")
        << QStringLiteral(
               "header:Bearer sk-0000000000000000000000000000000000000000000000000000000000000000")
        << QByteArray() << 401 << "empty"
        << "kept:Zapier integration";
    QTest::newRow("delete_keyWithoutWriteScope_returns403")
        << QByteArray("DELETE") << QStringLiteral("/api/2.0/keys/{Zapier integration}")
        << QStringLiteral("bearer:Read-only reporting") << QByteArray() << 403 << denied
        << "kept:Zapier integration";
    QTest::newRow("delete_withExpiredKey_returns401")
        << QByteArray("DELETE") << QStringLiteral("/api/2.0/keys/{Zapier integration}")
        << QStringLiteral("bearer:Old migration") << QByteArray() << 401 << "empty"
        << "kept:Zapier integration";
    QTest::newRow("delete_withDeactivatedKey_returns401")
        << QByteArray("DELETE") << QStringLiteral("/api/2.0/keys/{Zapier integration}")
        << QStringLiteral("bearer:Disabled webhook") << QByteArray() << 401 << "empty"
        << "kept:Zapier integration";
    QTest::newRow("delete_withOAuthJwtBearer_returns401")
        << QByteArray("DELETE") << QStringLiteral("/api/2.0/keys/{Zapier integration}")
        << QStringLiteral("header:Bearer eyJhbGciOiJIUzI1NiJ9.eyJzdWIiOiJ4In0.c2lnbmF0dXJl")
        << QByteArray() << 401 << "empty"
        << "kept:Zapier integration";
    QTest::newRow("delete_basicCredentials_ownKey_returnsTrue")
        << QByteArray("DELETE") << QStringLiteral("/api/2.0/keys/{Carol read-only}")
        << "basic:" + carol << QByteArray() << 200 << "true"
        << "gone:Carol read-only";
    QTest::newRow("delete_basicWrongPassword_returns401")
        << QByteArray("DELETE") << QStringLiteral("/api/2.0/keys/{Carol read-only}")
        << "basic:" + carol + ":wrong" << QByteArray() << 401 << "empty"
        << "kept:Carol read-only";
    QTest::newRow("delete_sessionTokenInCookie_returnsTrue")
        << QByteArray("DELETE") << QStringLiteral("/api/2.0/keys/{Carol read-only}")
        << "cookie:" + carol << QByteArray() << 200 << "true"
        << "gone:Carol read-only";
    QTest::newRow("delete_unknownUuidInBraces_matchesRouteAndReturns500")
        << QByteArray("DELETE")
        << QStringLiteral("/api/2.0/keys/{0b7e1c7a-1111-4222-8333-944445555666}")
        << "session:" + alice << QByteArray() << 500 << nre << QString();
    QTest::newRow("delete_unknownUuidWithoutDashes_matchesRouteAndReturns500")
        << QByteArray("DELETE") << QStringLiteral("/api/2.0/keys/0b7e1c7a111142228333944445555666")
        << "session:" + alice << QByteArray() << 500 << nre << QString();
    QTest::newRow("delete_uuidWithTrailingGarbage_returns404")
        << QByteArray("DELETE")
        << QStringLiteral("/api/2.0/keys/0b7e1c7a-1111-4222-8333-944445555666x")
        << "session:" + alice << QByteArray() << 404 << "empty" << QString();

    // GET /api/2.0/keys: visibility and scopes.
    QTest::newRow("list_owner_seesEveryKey") << QByteArray("GET") << keysPath << "session:" + alice
                                             << QByteArray() << 200 << "list:13" << QString();
    QTest::newRow("list_admin_seesEveryKey") << QByteArray("GET") << keysPath << "session:" + bob
                                             << QByteArray() << 200 << "list:13" << QString();
    QTest::newRow("list_member_seesOnlyOwnKeys")
        << QByteArray("GET") << keysPath << "session:" + carol << QByteArray() << 200 << "list:2"
        << QString();
    QTest::newRow("list_guest_seesOnlyOwnKeys")
        << QByteArray("GET") << keysPath << QStringLiteral("session:dave@sandbox.example")
        << QByteArray() << 200 << "list:1" << QString();
    QTest::newRow("list_readScopeKey_isAllowed")
        << QByteArray("GET") << keysPath << QStringLiteral("bearer:Carol read-only") << QByteArray()
        << 200 << "list:2" << QString();
    QTest::newRow("list_writeScopeKey_isAllowed")
        << QByteArray("GET") << keysPath << QStringLiteral("bearer:CI pipeline") << QByteArray()
        << 200 << "list:13" << QString();
    QTest::newRow("list_keyWithOnlyFileScopes_returns403")
        << QByteArray("GET") << keysPath << QStringLiteral("bearer:Zapier integration")
        << QByteArray() << 403 << denied << QString();
    QTest::newRow("list_noCredentials_returns401")
        << QByteArray("GET") << keysPath << QStringLiteral("none") << QByteArray() << 401 << "empty"
        << QString();
    QTest::newRow("permissions_listsElevenScopes")
        << QByteArray("GET") << QStringLiteral("/api/2.0/keys/permissions") << "session:" + carol
        << QByteArray() << 200 << "list:11" << QString();

    // GET /api/2.0/keys/@self
    QTest::newRow("self_withBearerKey_returnsThatKey")
        << QByteArray("GET") << QStringLiteral("/api/2.0/keys/@self")
        << QStringLiteral("bearer:Zapier integration") << QByteArray() << 200 << "object:keyPostfix"
        << QString();
    QTest::newRow("self_withSessionToken_isNotAnApiKey")
        << QByteArray("GET") << QStringLiteral("/api/2.0/keys/@self") << "session:" + carol
        << QByteArray() << 500 << nre << QString();

    // GET /api/2.0/people/@self
    QTest::newRow("people_self_withSession_returnsProfile")
        << QByteArray("GET") << QStringLiteral("/api/2.0/people/@self") << "session:" + bob
        << QByteArray() << 200 << "object:isAdmin" << QString();
    QTest::newRow("people_self_withAccountsSelfReadKey_returnsProfile")
        << QByteArray("GET") << QStringLiteral("/api/2.0/people/@self")
        << QStringLiteral("bearer:Dave's profile reader") << QByteArray() << 200
        << "object:isVisitor" << QString();
    QTest::newRow("people_self_withStarReadKey_returnsProfile")
        << QByteArray("GET") << QStringLiteral("/api/2.0/people/@self")
        << QStringLiteral("bearer:Read-only reporting") << QByteArray() << 200 << "object:email"
        << QString();
    QTest::newRow("people_self_withFileScopesOnly_returns403")
        << QByteArray("GET") << QStringLiteral("/api/2.0/people/@self")
        << QStringLiteral("bearer:Zapier integration") << QByteArray() << 403 << denied
        << QString();

    // PUT /api/2.0/keys/{id}
    QTest::newRow("put_expiredKey_returnsFalse")
        << QByteArray("PUT") << QStringLiteral("/api/2.0/keys/{Old migration}")
        << "session:" + alice << QByteArray(R"({"isActive":true})") << 200 << "false"
        << "kept:Old migration";
    QTest::newRow("put_otherUsersKey_byMember_returnsFalse")
        << QByteArray("PUT") << QStringLiteral("/api/2.0/keys/{Admin console}")
        << "session:" + carol << QByteArray(R"({"isActive":false})") << 200 << "false" << QString();
    QTest::newRow("put_otherUsersKey_byAdmin_returnsTrue")
        << QByteArray("PUT") << QStringLiteral("/api/2.0/keys/{Carol's notebook}")
        << "session:" + bob << QByteArray(R"({"isActive":false})") << 200 << "true" << QString();
    QTest::newRow("put_nameOver30Chars_returns400Validation")
        << QByteArray("PUT") << QStringLiteral("/api/2.0/keys/{Carol's notebook}")
        << "session:" + carol << QByteArray(R"({"name":"0123456789012345678901234567890"})") << 400
        << "validation" << QString();
    QTest::newRow("put_withReadOnlyKey_returns403")
        << QByteArray("PUT") << QStringLiteral("/api/2.0/keys/{Read-only reporting}")
        << QStringLiteral("bearer:Read-only reporting") << QByteArray(R"({"isActive":false})")
        << 403 << denied << QString();
    QTest::newRow("put_nonUuid_returns404")
        << QByteArray("PUT") << QStringLiteral("/api/2.0/keys/xyz") << "session:" + alice
        << QByteArray(R"({"isActive":false})") << 404 << "empty" << QString();

    // POST /api/2.0/keys
    QTest::newRow("post_valid_returns200WithFullSecret")
        << QByteArray("POST") << keysPath << "session:" + carol
        << QByteArray(R"({"name":"New key","permissions":["*:read"],"expiresInDays":30})") << 200
        << "object:expiresAt" << QString();
    QTest::newRow("post_nameExactly30Chars_isAccepted")
        << QByteArray("POST") << keysPath << "session:" + carol
        << QByteArray(R"({"name":"012345678901234567890123456789"})") << 200 << "object:key"
        << QString();
    QTest::newRow("post_nameOver30Chars_returns400Validation")
        << QByteArray("POST") << keysPath << "session:" + carol
        << QByteArray(R"({"name":"0123456789012345678901234567890"})") << 400 << "validation"
        << QString();
    QTest::newRow("post_missingName_returns400Validation")
        << QByteArray("POST") << keysPath << "session:" + carol << QByteArray(R"({})") << 400
        << "validation" << QString();
    QTest::newRow("post_unknownPermission_returns400ArgumentException")
        << QByteArray("POST") << keysPath << "session:" + carol
        << QByteArray(R"({"name":"x","permissions":["everything"]})") << 400
        << "error:System.ArgumentException" << QString();
    QTest::newRow("post_withReadOnlyKey_returns403")
        << QByteArray("POST") << keysPath << QStringLiteral("bearer:Read-only reporting")
        << QByteArray(R"({"name":"x"})") << 403 << denied << QString();

    // POST /api/2.0/authentication
    QTest::newRow("authentication_rightPassword_returnsToken")
        << QByteArray("POST") << QStringLiteral("/api/2.0/authentication") << QStringLiteral("none")
        << QByteArray(R"({"userName":"carol@sandbox.example","password":"sandbox-carol"})") << 200
        << "object:token" << QString();
    QTest::newRow("authentication_wrongPassword_returns401Error")
        << QByteArray("POST") << QStringLiteral("/api/2.0/authentication") << QStringLiteral("none")
        << QByteArray(R"({"userName":"carol@sandbox.example","password":"nope"})") << 401
        << "error:System.Security.Authentication.AuthenticationException" << QString();

    QTest::newRow("unknownRoute_returns404Empty")
        << QByteArray("GET") << QStringLiteral("/api/2.0/files/@my") << "session:" + alice
        << QByteArray() << 404 << "empty" << QString();
}

void TestSandboxPortal::contract()
{
    QFETCH(QByteArray, method);
    QFETCH(QString, path);
    QFETCH(QString, auth);
    QFETCH(QByteArray, body);
    QFETCH(int, status);
    QFETCH(QString, expect);
    QFETCH(QString, after);

    SandboxPortal portal;
    const SandboxInfo info = portal.info();
    QByteArray cookie;
    const QByteArrayList headers = authHeaders(info, auth, &cookie);
    const PortalResponse response =
        call(portal, makeRequest(method, expandPath(info, path), headers, body, cookie));

    QCOMPARE(response.status, status);
    const QJsonObject json = response.json();
    if (expect == QLatin1String("empty")) {
        QVERIFY2(response.body.isEmpty(), response.body.constData());
    } else if (expect == QLatin1String("true") || expect == QLatin1String("false")) {
        QVERIFY(json.value(QStringLiteral("response")).isBool());
        QCOMPARE(json.value(QStringLiteral("response")).toBool(), expect == QLatin1String("true"));
        QCOMPARE(json.value(QStringLiteral("status")).toInt(), 0);
    } else if (expect.startsWith(QLatin1String("error:"))) {
        const QJsonObject error = json.value(QStringLiteral("error")).toObject();
        QCOMPARE(error.value(QStringLiteral("type")).toString(), expect.mid(6));
        QVERIFY(!error.value(QStringLiteral("message")).toString().isEmpty());
        QCOMPARE(json.value(QStringLiteral("status")).toInt(), 1);
        QCOMPARE(json.value(QStringLiteral("statusCode")).toInt(), status);
    } else if (expect.startsWith(QLatin1String("list:"))) {
        const QJsonArray list = json.value(QStringLiteral("response")).toArray();
        QCOMPARE(list.size(), expect.mid(5).toInt());
        // GET /keys streams its answer: count is 1 whatever the number of keys.
        QCOMPARE(json.value(QStringLiteral("count")).toInt(),
                 path == QLatin1String("/api/2.0/keys") ? 1 : expect.mid(5).toInt());
    } else if (expect == QLatin1String("validation")) {
        QCOMPARE(json.value(QStringLiteral("status")).toInt(), 1);
        const QJsonObject problem = json.value(QStringLiteral("response")).toObject();
        QCOMPARE(problem.value(QStringLiteral("status")).toInt(), 400);
        QCOMPARE(problem.value(QStringLiteral("title")).toString(),
                 QStringLiteral("One or more validation errors occurred."));
        QVERIFY(!problem.value(QStringLiteral("errors")).toObject().isEmpty());
    } else if (expect.startsWith(QLatin1String("object:"))) {
        const QJsonObject object = json.value(QStringLiteral("response")).toObject();
        QVERIFY2(object.contains(expect.mid(7)), response.body.constData());
        if (method == "POST" && path == QLatin1String("/api/2.0/keys"))
            QVERIFY(kFullSecret.match(object.value(QStringLiteral("key")).toString()).hasMatch());
    } else {
        QFAIL("unknown expectation in the data row");
    }

    if (after.startsWith(QLatin1String("gone:")))
        QVERIFY(!portal.info().keyByName(after.mid(5)));
    else if (after.startsWith(QLatin1String("kept:")))
        QVERIFY(portal.info().keyByName(after.mid(5)));
}

void TestSandboxPortal::deleteKeyUsedForTheRequest_succeeds_thenKeyIsUnauthorized()
{
    SandboxPortal portal;
    const SandboxInfo info = portal.info();
    const QByteArrayList auth = authHeaders(info, QStringLiteral("bearer:Admin console"), nullptr);
    const QString path =
        QStringLiteral("/api/2.0/keys/") + keyId(info, QStringLiteral("Admin console"));

    const PortalResponse deleted = call(portal, makeRequest("DELETE", path, auth));
    QCOMPARE(deleted.status, 200);
    QCOMPARE(deleted.json().value(QStringLiteral("response")).toBool(), true);

    const PortalResponse next =
        call(portal, makeRequest("GET", QStringLiteral("/api/2.0/keys"), auth));
    QCOMPARE(next.status, 401);
    QVERIFY(next.body.isEmpty());
}

void TestSandboxPortal::expiredKey_failsAtOnce_butStaysActiveUntilSweep()
{
    QDateTime fakeNow = QDateTime::currentDateTimeUtc();
    SandboxPortal portal;
    portal.setClock([&fakeNow] { return fakeNow; });
    const SandboxInfo info = portal.info();
    const QByteArrayList monitoring =
        authHeaders(info, QStringLiteral("bearer:Monitoring"), nullptr);
    const QByteArrayList bobSession =
        authHeaders(info, QStringLiteral("session:bob@sandbox.example"), nullptr);

    QCOMPARE(call(portal, makeRequest("GET", QStringLiteral("/api/2.0/keys"), monitoring)).status,
             200);

    fakeNow = fakeNow.addDays(8); // Monitoring expires after 7 days
    QCOMPARE(call(portal, makeRequest("GET", QStringLiteral("/api/2.0/keys"), monitoring)).status,
             401);

    const auto monitoringEntry = [&] {
        const QJsonArray list =
            call(portal, makeRequest("GET", QStringLiteral("/api/2.0/keys"), bobSession))
                .json()
                .value(QStringLiteral("response"))
                .toArray();
        for (const QJsonValue &value : list) {
            if (value.toObject().value(QStringLiteral("name")).toString() ==
                QLatin1String("Monitoring"))
                return value.toObject();
        }
        return QJsonObject();
    };
    QCOMPARE(monitoringEntry().value(QStringLiteral("isActive")).toBool(), true);
    QVERIFY(monitoringEntry().contains(QStringLiteral("expiresAt")));

    QVERIFY(portal.sweepExpiredKeys() >= 2); // Monitoring and Old migration
    QCOMPARE(monitoringEntry().value(QStringLiteral("isActive")).toBool(), false);

    // An expired key cannot be switched back on.
    const QString path =
        QStringLiteral("/api/2.0/keys/") + keyId(info, QStringLiteral("Monitoring"));
    const PortalResponse put = call(
        portal, makeRequest("PUT", path, bobSession, QByteArrayLiteral(R"({"isActive":true})")));
    QCOMPARE(put.json().value(QStringLiteral("response")).toBool(true), false);
}

void TestSandboxPortal::successEnvelope_hasResponseCountLinksStatus()
{
    SandboxPortal portal;
    const SandboxInfo info = portal.info();
    PortalRequest request =
        makeRequest("GET", QStringLiteral("/api/2.0/keys?count=25&startIndex=0"),
                    authHeaders(info, QStringLiteral("bearer:Admin console"), nullptr));
    request.scheme = QStringLiteral("https");
    const PortalResponse response = call(portal, request);

    QCOMPARE(response.header("Content-Type"), QByteArray("application/json; charset=utf-8"));
    QVERIFY(response.body.startsWith("{\"response\":["));
    const QJsonObject json = response.json();
    QCOMPARE(json.value(QStringLiteral("status")).toInt(-1), 0);
    QCOMPARE(json.value(QStringLiteral("statusCode")).toInt(), 200);
    QCOMPARE(json.value(QStringLiteral("count")).toInt(), 1); // streamed: 1 for any number
    QCOMPARE(json.value(QStringLiteral("response")).toArray().size(), 13);
    const QJsonArray links = json.value(QStringLiteral("links")).toArray();
    QCOMPARE(links.size(), 1);
    QCOMPARE(links.at(0).toObject().value(QStringLiteral("href")).toString(),
             QStringLiteral("https://portal.test:8088/api/2.0/keys?count=25&startIndex=0"));
    QCOMPARE(links.at(0).toObject().value(QStringLiteral("action")).toString(),
             QStringLiteral("GET"));
    QVERIFY(!json.contains(QStringLiteral("error")));
}

void TestSandboxPortal::errorEnvelope_hasStatusErrorTypeStackHresult()
{
    SandboxPortal portal;
    const PortalResponse response = call(
        portal,
        makeRequest(
            "DELETE", QStringLiteral("/api/2.0/keys/0b7e1c7a-1111-4222-8333-944445555666"),
            authHeaders(portal.info(), QStringLiteral("session:alice@sandbox.example"), nullptr)));
    const QJsonObject json = response.json();
    QCOMPARE(json.value(QStringLiteral("status")).toInt(), 1);
    QCOMPARE(json.value(QStringLiteral("statusCode")).toInt(), 500);
    QVERIFY(!json.contains(QStringLiteral("response")));
    const QJsonObject error = json.value(QStringLiteral("error")).toObject();
    QCOMPARE(error.value(QStringLiteral("message")).toString(),
             QStringLiteral("Object reference not set to an instance of an object."));
    QVERIFY(error.value(QStringLiteral("stack")).toString().startsWith(QLatin1String("   at ")));
    QCOMPARE(error.value(QStringLiteral("hresult")).toInt(), -2147467261);
}

void TestSandboxPortal::validationProblem_comesInSuccessEnvelopeWithStatus1()
{
    SandboxPortal portal;
    const PortalResponse response =
        call(portal,
             makeRequest("POST", QStringLiteral("/api/2.0/keys"),
                         authHeaders(portal.info(), QStringLiteral("session:carol@sandbox.example"),
                                     nullptr),
                         QByteArrayLiteral(R"({"name":"This name is far too long for a key!"})")));
    QCOMPARE(response.status, 400);
    const QJsonObject json = response.json();
    QCOMPARE(json.value(QStringLiteral("statusCode")).toInt(), 400);
    QVERIFY(json.contains(QStringLiteral("links")));
    const QJsonObject errors = json.value(QStringLiteral("response"))
                                   .toObject()
                                   .value(QStringLiteral("errors"))
                                   .toObject();
    QVERIFY(errors.value(QStringLiteral("Name"))
                .toArray()
                .at(0)
                .toString()
                .contains(QLatin1String("30")));
}

void TestSandboxPortal::dates_haveSevenFractionDigitsAndPortalOffset()
{
    for (const auto &[offset, suffix] :
         {std::pair<int, QString>{3 * 3600, QStringLiteral("+03:00")},
          std::pair<int, QString>{-5 * 3600 - 1800, QStringLiteral("-05:30")}}) {
        PortalOptions options;
        options.tzOffsetSeconds = offset;
        SandboxPortal portal(options);
        const QJsonArray list =
            call(portal, makeRequest("GET", QStringLiteral("/api/2.0/keys"),
                                     authHeaders(portal.info(),
                                                 QStringLiteral("bearer:Admin console"), nullptr)))
                .json()
                .value(QStringLiteral("response"))
                .toArray();
        int datesSeen = 0;
        for (const QJsonValue &value : list) {
            for (const QString &field : {QStringLiteral("createOn"), QStringLiteral("lastUsed"),
                                         QStringLiteral("expiresAt")}) {
                if (!value.toObject().contains(field))
                    continue;
                const QString date = value.toObject().value(field).toString();
                QVERIFY2(kDatePattern.match(date).hasMatch(), qPrintable(date));
                QVERIFY2(date.endsWith(suffix), qPrintable(date));
                ++datesSeen;
            }
        }
        QVERIFY(datesSeen > 20);
    }
    SandboxPortal portal;
    QCOMPARE(portal.formatDate(QDateTime(QDate(2026, 7, 1), QTime(12, 34, 56), Qt::UTC)),
             QStringLiteral("2026-07-01T15:34:56.0000000+03:00"));
}

void TestSandboxPortal::listedKeys_areMaskedNewestFirstAndOmitNullFields()
{
    SandboxPortal portal;
    const QJsonArray list =
        call(portal,
             makeRequest("GET", QStringLiteral("/api/2.0/keys"),
                         authHeaders(portal.info(), QStringLiteral("session:alice@sandbox.example"),
                                     nullptr)))
            .json()
            .value(QStringLiteral("response"))
            .toArray();
    QCOMPARE(list.size(), 13);
    QDateTime previous;
    for (const QJsonValue &value : list) {
        const QJsonObject key = value.toObject();
        const QString masked = key.value(QStringLiteral("key")).toString();
        QCOMPARE(masked,
                 QStringLiteral("sk-***") + key.value(QStringLiteral("keyPostfix")).toString());
        QCOMPARE(key.value(QStringLiteral("keyPostfix")).toString().size(), 4);
        QVERIFY(key.value(QStringLiteral("permissions")).isArray());
        const QJsonObject createBy = key.value(QStringLiteral("createBy")).toObject();
        for (const QString &field :
             {QStringLiteral("id"), QStringLiteral("displayName"), QStringLiteral("avatar"),
              QStringLiteral("avatarSmall"), QStringLiteral("profileUrl"),
              QStringLiteral("hasAvatar"), QStringLiteral("isAnonim")})
            QVERIFY2(createBy.contains(field), qPrintable(field));
        const QDateTime created = QDateTime::fromString(
            key.value(QStringLiteral("createOn")).toString().left(19) + QStringLiteral("+03:00"),
            Qt::ISODate);
        if (previous.isValid())
            QVERIFY(created <= previous);
        previous = created;
        if (key.value(QStringLiteral("name")).toString() == QLatin1String("Zapier integration"))
            QVERIFY(!key.contains(QStringLiteral("lastUsed")));
        if (key.value(QStringLiteral("name")).toString() == QLatin1String("Admin console")) {
            QVERIFY(!key.contains(QStringLiteral("expiresAt")));
            QCOMPARE(key.value(QStringLiteral("permissions")).toArray().size(), 0);
        }
    }
}

void TestSandboxPortal::createdKey_showsFullSecretOnceAndAuthenticates()
{
    SandboxPortal portal;
    const QByteArrayList carol =
        authHeaders(portal.info(), QStringLiteral("session:carol@sandbox.example"), nullptr);
    const QJsonObject created =
        call(portal, makeRequest("POST", QStringLiteral("/api/2.0/keys"), carol,
                                 QByteArrayLiteral(R"({"name":"Fresh"})")))
            .json()
            .value(QStringLiteral("response"))
            .toObject();
    const QString secret = created.value(QStringLiteral("key")).toString();
    QVERIFY(kFullSecret.match(secret).hasMatch());
    QVERIFY(!created.contains(QStringLiteral("expiresAt")));

    const QJsonArray list = call(portal, makeRequest("GET", QStringLiteral("/api/2.0/keys"), carol))
                                .json()
                                .value(QStringLiteral("response"))
                                .toArray();
    QCOMPARE(list.size(), 3);
    QCOMPARE(list.at(0).toObject().value(QStringLiteral("name")).toString(),
             QStringLiteral("Fresh"));
    QCOMPARE(list.at(0).toObject().value(QStringLiteral("key")).toString(),
             QStringLiteral("sk-***") + secret.right(4));

    const PortalResponse self =
        call(portal, makeRequest("GET", QStringLiteral("/api/2.0/keys/@self"),
                                 {"Bearer " + secret.toLatin1()}));
    QCOMPARE(self.status, 200);
    QCOMPARE(self.json().value(QStringLiteral("response")).toObject().value(QStringLiteral("id")),
             created.value(QStringLiteral("id")));
}

void TestSandboxPortal::apiKeyUse_updatesLastUsed()
{
    QDateTime fakeNow = QDateTime::currentDateTimeUtc();
    SandboxPortal portal;
    portal.setClock([&fakeNow] { return fakeNow; });
    const QByteArrayList zapier =
        authHeaders(portal.info(), QStringLiteral("bearer:Zapier integration"), nullptr);
    QVERIFY(!portal.info().keyByName(QStringLiteral("Zapier integration"))->lastUsed.isValid());
    fakeNow = fakeNow.addSecs(42);
    const QJsonObject self =
        call(portal, makeRequest("GET", QStringLiteral("/api/2.0/keys/@self"), zapier))
            .json()
            .value(QStringLiteral("response"))
            .toObject();
    QCOMPARE(self.value(QStringLiteral("lastUsed")).toString(), portal.formatDate(fakeNow));
    QCOMPARE(portal.info().keyByName(QStringLiteral("Zapier integration"))->lastUsed, fakeNow);
    QVERIFY(portal.takeDirty());
}

void TestSandboxPortal::htmlKeyName_isStoredVerbatim()
{
    SandboxPortal portal;
    const QString name = QStringLiteral("<b>Legacy</b> & \"quotes\"");
    QVERIFY(portal.info().keyByName(name));
    const PortalResponse response = call(
        portal, makeRequest("GET", QStringLiteral("/api/2.0/keys"),
                            authHeaders(portal.info(),
                                        QStringLiteral("session:alice@sandbox.example"), nullptr)));
    bool found = false;
    for (const QJsonValue &value : response.json().value(QStringLiteral("response")).toArray())
        found = found || value.toObject().value(QStringLiteral("name")).toString() == name;
    QVERIFY(found);
    const QByteArray verbatim = "\"name\":\"<b>Legacy</b> & \\\"quotes\\\"\"";
    QVERIFY(response.body.contains(verbatim));
}

void TestSandboxPortal::put_ownKey_changesNameAndDeactivates()
{
    SandboxPortal portal;
    const SandboxInfo info = portal.info();
    const QString path =
        QStringLiteral("/api/2.0/keys/") + keyId(info, QStringLiteral("Carol read-only"));
    const PortalResponse response =
        call(portal,
             makeRequest(
                 "PUT", path,
                 authHeaders(info, QStringLiteral("session:carol@sandbox.example"), nullptr),
                 QByteArrayLiteral(R"({"name":"Renamed","permissions":["*"],"isActive":false})")));
    QCOMPARE(response.json().value(QStringLiteral("response")).toBool(), true);
    const auto key = portal.key(info.keyByName(QStringLiteral("Carol read-only"))->id);
    QVERIFY(key.has_value());
    QCOMPARE(key->name, QStringLiteral("Renamed"));
    QCOMPARE(key->permissions, QStringList()); // PUT with ["*"] stores null
    QVERIFY(key->permissionsNull);
    QCOMPARE(key->isActive, false);
}

void TestSandboxPortal::rateLimit_perMinute_answers429WithHeaders()
{
    PortalOptions options;
    options.limits.requestsPerMinute = 3;
    SandboxPortal portal(options);
    const QByteArrayList carol =
        authHeaders(portal.info(), QStringLiteral("session:carol@sandbox.example"), nullptr);
    const QByteArrayList bob =
        authHeaders(portal.info(), QStringLiteral("session:bob@sandbox.example"), nullptr);
    for (int i = 0; i < 3; ++i)
        QCOMPARE(call(portal, makeRequest("GET", QStringLiteral("/api/2.0/keys"), carol)).status,
                 200);

    const PortalResponse limited =
        call(portal, makeRequest("DELETE",
                                 QStringLiteral("/api/2.0/keys/") +
                                     keyId(portal.info(), QStringLiteral("Carol read-only")),
                                 carol));
    QCOMPARE(limited.status, 429);
    QVERIFY(limited.body.isEmpty());
    QVERIFY(limited.header("Retry-After").toInt() >= 1);
    QVERIFY(limited.header("Retry-After").toInt() <= 60);
    QCOMPARE(limited.header("X-RateLimit-Limit"), QByteArray("3"));
    QCOMPARE(limited.header("X-RateLimit-Remaining"), QByteArray("0"));
    QVERIFY(limited.header("X-RateLimit-Reset").toLongLong() >= QDateTime::currentSecsSinceEpoch());
    QVERIFY(portal.info().keyByName(QStringLiteral("Carol read-only")));

    // The limit is per user.
    QCOMPARE(call(portal, makeRequest("GET", QStringLiteral("/api/2.0/keys"), bob)).status, 200);
}

void TestSandboxPortal::rateLimit_concurrentWrites_answers429UntilOneFinishes()
{
    PortalOptions options;
    options.limits.concurrentWrites = 2;
    SandboxPortal portal(options);
    const SandboxInfo info = portal.info();
    const QByteArrayList alice =
        authHeaders(info, QStringLiteral("session:alice@sandbox.example"), nullptr);
    const auto deleteRequest = [&](const QString &name) {
        return makeRequest("DELETE", QStringLiteral("/api/2.0/keys/") + keyId(info, name), alice);
    };
    const PortalResponse first = portal.handle(deleteRequest(QStringLiteral("CI pipeline")));
    const PortalResponse second = portal.handle(deleteRequest(QStringLiteral("Backup script")));
    QCOMPARE(first.status, 200);
    QCOMPARE(second.status, 200);
    const PortalResponse third = portal.handle(deleteRequest(QStringLiteral("Monitoring")));
    QCOMPARE(third.status, 429);
    portal.finish(third.ticket);
    // GETs have their own budget.
    QCOMPARE(call(portal, makeRequest("GET", QStringLiteral("/api/2.0/keys"), alice)).status, 200);

    portal.finish(first.ticket);
    QCOMPARE(call(portal, deleteRequest(QStringLiteral("Monitoring"))).status, 200);
    portal.finish(second.ticket);
}

void TestSandboxPortal::rateLimit_keyCreations_fivePerWindow()
{
    SandboxPortal portal;
    const QByteArrayList carol =
        authHeaders(portal.info(), QStringLiteral("session:carol@sandbox.example"), nullptr);
    for (int i = 0; i < 5; ++i) {
        const PortalResponse created =
            call(portal, makeRequest("POST", QStringLiteral("/api/2.0/keys"), carol,
                                     QStringLiteral(R"({"name":"k%1"})").arg(i).toUtf8()));
        QCOMPARE(created.status, 200);
    }
    const PortalResponse sixth =
        call(portal, makeRequest("POST", QStringLiteral("/api/2.0/keys"), carol,
                                 QByteArrayLiteral(R"({"name":"k6"})")));
    QCOMPARE(sixth.status, 429);
    QVERIFY(sixth.header("Retry-After").toInt() > 60);
    QCOMPARE(sixth.header("X-RateLimit-Limit"), QByteArray("5"));
}

void TestSandboxPortal::rateLimit_concurrencyLimiter_answersEmpty429WithoutAnyHeader()
{
    PortalOptions options;
    options.limits.concurrentWrites = 1;
    SandboxPortal portal(options);
    const SandboxInfo info = portal.info();
    const QByteArrayList alice =
        authHeaders(info, QStringLiteral("session:alice@sandbox.example"), nullptr);
    const PortalResponse first = portal.handle(makeRequest(
        "DELETE", QStringLiteral("/api/2.0/keys/") + keyId(info, QStringLiteral("CI pipeline")),
        alice));
    QCOMPARE(first.status, 200);
    const PortalResponse second = portal.handle(makeRequest(
        "PUT", QStringLiteral("/api/2.0/keys/") + keyId(info, QStringLiteral("Backup script")),
        alice, QByteArrayLiteral(R"({"isActive":false})")));
    QCOMPARE(second.status, 429);
    QVERIFY(second.body.isEmpty());
    QVERIFY2(second.headers.isEmpty(),
             second.headers.isEmpty() ? "" : second.headers.constFirst().first.constData());
    portal.finish(second.ticket);
    // The refused PUT changed nothing.
    QVERIFY(portal.info().keyByName(QStringLiteral("Backup script"))->isActive);
    portal.finish(first.ticket);
}

void TestSandboxPortal::rateLimit_dailyWrites_countPostAndPutNotDelete()
{
    QCOMPARE(PortalLimits().dailyWrites, 10000);
    PortalOptions options;
    options.limits.dailyWrites = 3;
    options.limits.keyCreations = 0;
    SandboxPortal portal(options);
    QDateTime clock = QDateTime::currentDateTimeUtc();
    portal.setClock([&clock] { return clock; });
    const SandboxInfo info = portal.info();
    const QByteArrayList alice =
        authHeaders(info, QStringLiteral("session:alice@sandbox.example"), nullptr);
    const QString backup =
        QStringLiteral("/api/2.0/keys/") + keyId(info, QStringLiteral("Backup script"));
    QCOMPARE(call(portal, makeRequest("PUT", backup, alice, R"({"isActive":false})")).status, 200);
    QCOMPARE(call(portal, makeRequest("POST", QStringLiteral("/api/2.0/keys"), alice,
                                      R"({"name":"daily"})"))
                 .status,
             200);
    QCOMPARE(call(portal, makeRequest("DELETE",
                                      QStringLiteral("/api/2.0/keys/") +
                                          keyId(info, QStringLiteral("CI pipeline")),
                                      alice))
                 .status,
             200);
    QCOMPARE(call(portal, makeRequest("PUT", backup, alice, R"({"isActive":true})")).status, 200);
    const PortalResponse limited =
        call(portal, makeRequest("PUT", backup, alice, R"({"isActive":false})"));
    QCOMPARE(limited.status, 429);
    QVERIFY(limited.body.isEmpty());
    QCOMPARE(limited.header("X-RateLimit-Limit"), QByteArray("3"));
    QVERIFY(limited.header("Retry-After").toInt() > 23 * 3600);
    // Deletes are not part of the daily write limit.
    QCOMPARE(call(portal, makeRequest("DELETE",
                                      QStringLiteral("/api/2.0/keys/") +
                                          keyId(info, QStringLiteral("Monitoring")),
                                      alice))
                 .status,
             200);
    clock = clock.addSecs(24 * 3600 + 1);
    QCOMPARE(call(portal, makeRequest("PUT", backup, alice, R"({"isActive":false})")).status, 200);
}

void TestSandboxPortal::control_limits_changeConcurrencyAndLatencyAtRuntime()
{
    SandboxPortal portal;
    const PortalResponse initial =
        portal.handle(makeRequest("GET", QStringLiteral("/__sandbox/limits"), {}));
    QCOMPARE(initial.status, 200);
    QCOMPARE(initial.json().value(QStringLiteral("concurrentWrites")).toInt(), 15);
    QCOMPARE(initial.json().value(QStringLiteral("dailyWrites")).toInt(), 10000);
    QCOMPARE(initial.json().value(QStringLiteral("latencyMs")).toInt(-1), 0);

    const PortalResponse set =
        portal.handle(makeRequest("POST", QStringLiteral("/__sandbox/limits"), {},
                                  QByteArrayLiteral(R"({"concurrentWrites":1,"latencyMs":50})")));
    QCOMPARE(set.status, 200);
    QCOMPARE(set.json().value(QStringLiteral("concurrentWrites")).toInt(), 1);
    QCOMPARE(set.json().value(QStringLiteral("concurrentGets")).toInt(), 50); // untouched
    QCOMPARE(portal.options().limits.concurrentWrites, 1);

    const SandboxInfo info = portal.info();
    const QByteArrayList alice =
        authHeaders(info, QStringLiteral("session:alice@sandbox.example"), nullptr);
    const PortalResponse first = portal.handle(makeRequest(
        "DELETE", QStringLiteral("/api/2.0/keys/") + keyId(info, QStringLiteral("CI pipeline")),
        alice));
    QCOMPARE(first.status, 200);
    QCOMPARE(first.delivery.delayMs, 50);
    const PortalResponse second = portal.handle(makeRequest(
        "DELETE", QStringLiteral("/api/2.0/keys/") + keyId(info, QStringLiteral("Monitoring")),
        alice));
    QCOMPARE(second.status, 429);
    portal.finish(second.ticket);
    portal.finish(first.ticket);

    for (const QByteArray &bad :
         {QByteArrayLiteral(R"({"concurrentWrites":-1})"), QByteArrayLiteral(R"({"bogus":1})"),
          QByteArrayLiteral(R"({"latencyMs":"x"})"), QByteArrayLiteral("[]")}) {
        const PortalResponse refused =
            portal.handle(makeRequest("POST", QStringLiteral("/__sandbox/limits"), {}, bad));
        QCOMPARE(refused.status, 400);
    }
    QCOMPARE(portal.options().limits.concurrentWrites, 1);
    QCOMPARE(portal.options().baseLatencyMs, 50);
}

void TestSandboxPortal::control_reset_takesTheNumberOfGeneratedKeys()
{
    SandboxPortal portal;
    const PortalResponse reset = portal.handle(makeRequest(
        "POST", QStringLiteral("/__sandbox/reset"), {}, QByteArrayLiteral(R"({"seedKeys":300})")));
    QCOMPARE(reset.status, 200);
    QCOMPARE(reset.json().value(QStringLiteral("keys")).toInt(), 313);
    const SandboxInfo info = portal.info();
    const SandboxKey *generated = info.keyByName(QStringLiteral("Generated key 300"));
    QVERIFY(generated);
    QCOMPARE(generated->secret, SandboxPortal::secretFor(QStringLiteral("generated:299")));
    QCOMPARE(portal
                 .handle(makeRequest("POST", QStringLiteral("/__sandbox/reset"), {},
                                     QByteArrayLiteral(R"({"seedKeys":-2})")))
                 .status,
             400);
}

void TestSandboxPortal::faults_status502_isNginxHtmlForCountRequests()
{
    SandboxPortal portal;
    const QByteArrayList alice =
        authHeaders(portal.info(), QStringLiteral("session:alice@sandbox.example"), nullptr);
    FaultSettings faults;
    faults.status = 502;
    faults.count = 2;
    portal.setFaults(faults);
    for (int i = 0; i < 2; ++i) {
        const PortalResponse response =
            call(portal, makeRequest("GET", QStringLiteral("/api/2.0/keys"), alice));
        QCOMPARE(response.status, 502);
        QCOMPARE(response.header("Content-Type"), QByteArray("text/html"));
        QCOMPARE(response.header("Server"), QByteArray("nginx"));
        // DocSpace's nginx serves custom_50x.html, titled "500 Error Page" even for 502.
        QVERIFY2(response.body.contains("<title>500 Error Page</title>"),
                 response.body.constData());
    }
    QCOMPARE(call(portal, makeRequest("GET", QStringLiteral("/api/2.0/keys"), alice)).status, 200);
    QVERIFY(portal.faults().isEmpty());
}

void TestSandboxPortal::faults_rateLimitAndRedirect_shortCircuitThePortal()
{
    SandboxPortal portal;
    const SandboxInfo info = portal.info();
    const QByteArrayList alice =
        authHeaders(info, QStringLiteral("session:alice@sandbox.example"), nullptr);
    const QString path =
        QStringLiteral("/api/2.0/keys/") + keyId(info, QStringLiteral("CI pipeline"));

    FaultSettings limited;
    limited.rateLimitRetryAfter = 7;
    limited.count = 1;
    portal.setFaults(limited);
    const PortalResponse throttled = call(portal, makeRequest("DELETE", path, alice));
    QCOMPARE(throttled.status, 429);
    QCOMPARE(throttled.header("Retry-After"), QByteArray("7"));
    QVERIFY(!throttled.header("X-RateLimit-Reset").isEmpty());
    QVERIFY(portal.info().keyByName(QStringLiteral("CI pipeline")));

    FaultSettings redirect;
    redirect.redirectLocation = QStringLiteral("https://elsewhere.test/api/2.0/keys");
    redirect.redirectStatus = 308;
    redirect.count = 1;
    portal.setFaults(redirect);
    const PortalResponse moved = call(portal, makeRequest("DELETE", path, alice));
    QCOMPARE(moved.status, 308);
    QCOMPARE(moved.header("Location"), QByteArray("https://elsewhere.test/api/2.0/keys"));
    QVERIFY(portal.info().keyByName(QStringLiteral("CI pipeline")));
}

void TestSandboxPortal::faults_transportDirectives_reachTheTransport()
{
    PortalOptions options;
    options.baseLatencyMs = 5;
    SandboxPortal portal(options);
    const SandboxInfo info = portal.info();
    const QByteArrayList alice =
        authHeaders(info, QStringLiteral("session:alice@sandbox.example"), nullptr);
    FaultSettings faults;
    faults.latencyMs = 250;
    faults.truncate = true;
    faults.slowBodyMs = 100;
    faults.count = 1;
    portal.setFaults(faults);
    const QString path =
        QStringLiteral("/api/2.0/keys/") + keyId(info, QStringLiteral("CI pipeline"));
    const PortalResponse response = call(portal, makeRequest("DELETE", path, alice));
    QCOMPARE(response.status, 200);
    QCOMPARE(response.delivery.delayMs, 255);
    QVERIFY(response.delivery.truncate);
    QCOMPARE(response.delivery.slowBodyMs, 100);
    QVERIFY(!response.delivery.drop);
    // The portal did its work; only the answer gets lost on the way.
    QVERIFY(!portal.info().keyByName(QStringLiteral("CI pipeline")));

    const PortalResponse next =
        call(portal, makeRequest("GET", QStringLiteral("/api/2.0/keys"), alice));
    QCOMPARE(next.delivery.delayMs, 5);
    QVERIFY(!next.delivery.truncate);
}

void TestSandboxPortal::control_notFaultedNotCountedAndLoopbackOnly()
{
    SandboxPortal portal;
    FaultSettings faults;
    faults.status = 503;
    faults.latencyMs = 1000;
    portal.setFaults(faults);

    const PortalResponse stats =
        portal.handle(makeRequest("GET", QStringLiteral("/__sandbox/stats"), {}));
    QCOMPARE(stats.status, 200);
    QCOMPARE(stats.ticket, quint64(0));
    QCOMPARE(stats.delivery.delayMs, 0);
    QCOMPARE(stats.json().value(QStringLiteral("requests")).toInt(-1), 0);

    const PortalResponse cleared =
        portal.handle(makeRequest("DELETE", QStringLiteral("/__sandbox/faults"), {}));
    QCOMPARE(cleared.status, 200);
    QVERIFY(portal.faults().isEmpty());

    PortalRequest remote = makeRequest("GET", QStringLiteral("/__sandbox/info"), {});
    remote.peer = QHostAddress(QStringLiteral("192.0.2.10"));
    const PortalResponse hidden = portal.handle(remote);
    QCOMPARE(hidden.status, 404);
    QVERIFY(hidden.body.isEmpty());

    const PortalResponse posted =
        portal.handle(makeRequest("POST", QStringLiteral("/__sandbox/faults"), {},
                                  QByteArrayLiteral(R"({"status":504,"count":1})")));
    QCOMPARE(posted.status, 200);
    QCOMPARE(portal.faults().status, 504);
    QCOMPARE(portal.faults().count, 1);

    const PortalResponse bad = portal.handle(makeRequest(
        "POST", QStringLiteral("/__sandbox/faults"), {}, QByteArrayLiteral(R"({"bogus":1})")));
    QCOMPARE(bad.status, 400);

    call(portal,
         makeRequest(
             "DELETE",
             QStringLiteral("/api/2.0/keys/") + keyId(portal.info(), QStringLiteral("CI pipeline")),
             authHeaders(portal.info(), QStringLiteral("session:alice@sandbox.example"), nullptr)));
    QVERIFY(portal.info().keyByName(QStringLiteral("CI pipeline"))); // the 504 kept it
    const PortalResponse reset =
        portal.handle(makeRequest("POST", QStringLiteral("/__sandbox/reset"), {}));
    QCOMPARE(reset.status, 200);
    QCOMPARE(reset.json().value(QStringLiteral("keys")).toInt(), 13);
}

void TestSandboxPortal::stats_countInFlightAndMaxInFlight()
{
    SandboxPortal portal;
    const QByteArrayList alice =
        authHeaders(portal.info(), QStringLiteral("session:alice@sandbox.example"), nullptr);
    QList<quint64> tickets;
    for (int i = 0; i < 4; ++i)
        tickets << portal.handle(makeRequest("GET", QStringLiteral("/api/2.0/keys"), alice)).ticket;
    QCOMPARE(portal.stats().inFlight, 4);
    QCOMPARE(portal.stats().maxInFlight, 4);
    for (quint64 ticket : tickets)
        portal.finish(ticket);
    QCOMPARE(portal.stats().inFlight, 0);
    QCOMPARE(portal.stats().maxInFlight, 4);
    QCOMPARE(portal.stats().requests, quint64(4));
    portal.resetStats();
    QCOMPARE(portal.stats().maxInFlight, 0);
    QCOMPARE(portal.stats().requests, quint64(0));
}

void TestSandboxPortal::requestLog_recordsSchemeWordNeverTheSecret()
{
    SandboxPortal portal;
    const SandboxInfo info = portal.info();
    call(portal, makeRequest("GET", QStringLiteral("/api/2.0/keys"),
                             authHeaders(info, QStringLiteral("bearer:Admin console"), nullptr)));
    call(portal, makeRequest("GET", QStringLiteral("/api/2.0/keys"),
                             authHeaders(info, QStringLiteral("raw:Admin console"), nullptr)));
    call(portal,
         makeRequest("GET", QStringLiteral("/api/2.0/keys"),
                     authHeaders(info, QStringLiteral("basic:bob@sandbox.example"), nullptr)));
    call(portal, makeRequest("GET", QStringLiteral("/api/2.0/keys"), {}));
    portal.handle(makeRequest("GET", QStringLiteral("/__sandbox/stats"), {}));

    const QList<RequestLogEntry> log = portal.requestLog();
    QCOMPARE(log.size(), 4);
    QCOMPARE(log.at(0).authorizationScheme, QStringLiteral("Bearer"));
    QCOMPARE(log.at(1).authorizationScheme, QStringLiteral("raw"));
    QCOMPARE(log.at(1).status, 401);
    QCOMPARE(log.at(2).authorizationScheme, QStringLiteral("Basic"));
    QCOMPARE(log.at(3).hasAuthorization, false);
    QCOMPARE(log.at(3).host, kHost);
    const QByteArray dumped =
        portal.handle(makeRequest("GET", QStringLiteral("/__sandbox/requests"), {})).body;
    QVERIFY(!dumped.contains(info.keyByName(QStringLiteral("Admin console"))->secret.toLatin1()));
    QVERIFY(dumped.contains("\"authorizationScheme\": \"raw\""));
}

void TestSandboxPortal::seed_isDeterministicAcrossInstances()
{
    SandboxPortal first;
    SandboxPortal second;
    const SandboxInfo a = first.info();
    const SandboxInfo b = second.info();
    QCOMPARE(a.users.size(), 4);
    QCOMPARE(a.keys.size(), b.keys.size());
    for (int i = 0; i < a.users.size(); ++i) {
        QCOMPARE(a.users.at(i).id, b.users.at(i).id);
        QCOMPARE(a.users.at(i).sessionToken, b.users.at(i).sessionToken);
    }
    for (const SandboxKey &key : a.keys) {
        const SandboxKey *twin = b.keyByName(key.name);
        QVERIFY(twin);
        QCOMPARE(twin->id, key.id);
        QCOMPARE(twin->secret, key.secret);
        QVERIFY(kFullSecret.match(key.secret).hasMatch());
    }
    QCOMPARE(a.keyByName(QStringLiteral("Admin console"))->secret,
             SandboxPortal::secretFor(QStringLiteral("Admin console")));
    QCOMPARE(a.userByEmail(QStringLiteral("alice@sandbox.example"))->role, SandboxRole::Owner);
    QCOMPARE(a.userByEmail(QStringLiteral("dave@sandbox.example"))->role, SandboxRole::Guest);
}

// The time it takes is a budget in bench/bench_sandbox.cpp, not a test: timing fails under
// sanitizers and on a loaded machine.
void TestSandboxPortal::seedKeys_tenThousand_areListable()
{
    PortalOptions options;
    options.seedKeys = 10000;
    SandboxPortal portal(options);
    const PortalResponse list = call(
        portal, makeRequest("GET", QStringLiteral("/api/2.0/keys"),
                            authHeaders(portal.info(),
                                        QStringLiteral("session:bob@sandbox.example"), nullptr)));
    QCOMPARE(list.json().value(QStringLiteral("response")).toArray().size(), 10013);

    int expired = 0;
    int inactive = 0;
    int neverUsed = 0;
    const QDateTime current = portal.now();
    for (const SandboxKey &key : portal.keys()) {
        expired += key.isExpiredAt(current) ? 1 : 0;
        inactive += key.isActive ? 0 : 1;
        neverUsed += key.lastUsed.isValid() ? 0 : 1;
    }
    QVERIFY(expired > 500);
    QVERIFY(inactive > 500);
    QVERIFY(neverUsed > 1000);
}

void TestSandboxPortal::state_roundTripsThroughFile()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString path = dir.filePath(QStringLiteral("state.json"));
    QString secret;
    {
        SandboxPortal portal;
        const QJsonObject created =
            call(portal,
                 makeRequest("POST", QStringLiteral("/api/2.0/keys"),
                             authHeaders(portal.info(),
                                         QStringLiteral("session:carol@sandbox.example"), nullptr),
                             QByteArrayLiteral(R"({"name":"Persisted","expiresInDays":2})")))
                .json()
                .value(QStringLiteral("response"))
                .toObject();
        secret = created.value(QStringLiteral("key")).toString();
        QString error;
        QVERIFY2(portal.saveState(path, &error), qPrintable(error));
    }
    SandboxPortal restored;
    QString error;
    QVERIFY2(restored.loadState(path, &error), qPrintable(error));
    const SandboxInfo info = restored.info();
    const SandboxKey *key = info.keyByName(QStringLiteral("Persisted"));
    QVERIFY(key);
    QCOMPARE(key->secret, secret);
    QVERIFY(key->expiresAt.isValid());
    QCOMPARE(call(restored, makeRequest("GET", QStringLiteral("/api/2.0/keys/@self"),
                                        {"Bearer " + secret.toLatin1()}))
                 .status,
             200);
}

void TestSandboxPortal::faultSettings_parseFromJsonAndKeyValueText()
{
    QString error;
    const auto fromText = FaultSettings::fromString(
        QStringLiteral("latencyMs=300,status=503,count=2,truncate"), &error);
    QVERIFY2(fromText.has_value(), qPrintable(error));
    QCOMPARE(fromText->latencyMs, 300);
    QCOMPARE(fromText->status, 503);
    QCOMPARE(fromText->count, 2);
    QVERIFY(fromText->truncate);

    const auto fromJson = FaultSettings::fromString(
        QStringLiteral(
            R"({"redirect":{"location":"/api/2.0/keys","status":302},"rateLimit":{"retryAfter":4}})"),
        &error);
    QVERIFY2(fromJson.has_value(), qPrintable(error));
    QCOMPARE(fromJson->redirectLocation, QStringLiteral("/api/2.0/keys"));
    QCOMPARE(fromJson->redirectStatus, 302);
    QCOMPARE(fromJson->rateLimitRetryAfter, 4);
    QCOMPARE(fromJson->count, -1);

    QVERIFY(!FaultSettings::fromString(QStringLiteral(R"({"status":42})"), &error).has_value());
    QVERIFY(!error.isEmpty());
}

QTEST_GUILESS_MAIN(TestSandboxPortal)
#include "tst_sandboxportal.moc"
