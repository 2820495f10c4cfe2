// The sandbox reproduces the real DocSpace server where it used to differ (issue 12): scopes,
// PUT and POST details, authentication schemes, HTML-encoded display names, removed and disabled
// users, portal states, the version endpoint and the behaviour of versions before 3.7.1.
#include "sandboxanswers.h"
#include "sandboxportal.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QtTest>

namespace {

const QByteArray kHost = QByteArrayLiteral("portal.test");

PortalRequest request(const QByteArray &method, const QString &path,
                      const QByteArray &authorization = {}, const QByteArray &body = {})
{
    PortalRequest r;
    r.method = method;
    r.path = path;
    r.headers.append({QByteArrayLiteral("Host"), kHost});
    if (!authorization.isEmpty())
        r.headers.append({QByteArrayLiteral("Authorization"), authorization});
    r.body = body;
    return r;
}

PortalResponse call(SandboxPortal &portal, const PortalRequest &r)
{
    const PortalResponse response = portal.handle(r);
    portal.finish(response.ticket);
    return response;
}

QByteArray session(const SandboxPortal &portal, const QString &login)
{
    return portal.info()
        .userByEmail(login + QStringLiteral("@sandbox.example"))
        ->sessionToken.toLatin1();
}

QByteArray bearer(const SandboxPortal &portal, const QString &keyName)
{
    return QByteArrayLiteral("Bearer ") + portal.info().keyByName(keyName)->secret.toLatin1();
}

QString keyPath(const SandboxPortal &portal, const QString &keyName)
{
    return QStringLiteral("/api/2.0/keys/") +
           portal.info().keyByName(keyName)->id.toString(QUuid::WithoutBraces);
}

QJsonObject listedKey(const PortalResponse &list, const QString &name)
{
    for (const QJsonValue &value : list.json().value(QStringLiteral("response")).toArray()) {
        if (value.toObject().value(QStringLiteral("name")).toString() == name)
            return value.toObject();
    }
    return {};
}

QString errorMessage(const PortalResponse &response)
{
    return response.json()
        .value(QStringLiteral("error"))
        .toObject()
        .value(QStringLiteral("message"))
        .toString();
}

QString problemMessage(const PortalResponse &response, const QString &field)
{
    return response.json()
        .value(QStringLiteral("response"))
        .toObject()
        .value(QStringLiteral("errors"))
        .toObject()
        .value(field)
        .toArray()
        .at(0)
        .toString();
}

PortalOptions version36()
{
    PortalOptions options;
    options.settings.version = *DocSpaceVersion::parse(QStringLiteral("3.6"));
    return options;
}

} // namespace

class TestSandboxBehaviour : public QObject
{
    Q_OBJECT

private slots:
    void missingScope_is403WithEmptyBody();
    void peopleSelf_acceptsSelfAndStarScopesNotAccountsRead_data();
    void peopleSelf_acceptsSelfAndStarScopesNotAccountsRead();
    void put_unknownId_is500NullReference();
    void put_emptyPermissionsAndEmptyName_changeNothing();
    void starPermission_isEmptyOnPostAndNullOnPut();
    void invalidPermissions_areArgumentException_afterOwnershipAndExpiry();
    void post_expiresInDays_mustBe1To365();
    void post_nameOver30_hasTheServersMessage();
    void post_missingName_isMissingRequiredProperty();
    void guest_cannotCreateKeys();
    void developerToolsForAdminsOnly_refusesPostOnly();
    void bearerScheme_isCaseSensitive_andCarriesSessionTokens();
    void cookie_winsOverTheAuthorizationHeader();
    void displayNames_areHtmlEncodedEverywhere();
    void htmlEncode_followsDotNetRules();
    void removedUser_becomesThePlaceholder();
    void disabledUser_keysAndSessionsGet401();
    void list_countIsOneWhateverTheNumberOfKeys();
    void dates_zeroOffsetIsZ();
    void gatewayErrors_serveCustom50xPage_data();
    void gatewayErrors_serveCustom50xPage();
    void postKeys_fivePerFifteenMinutes();
    void portalStates_answerEveryCallAsTheServerDoes_data();
    void portalStates_answerEveryCallAsTheServerDoes();
    void portalStates_switchAtRuntimeThroughTheControlPath();
    void versionBuild_isAnonymousAndAnswersWhenUnpaid();
    void version36_nonUuidDelete_is400ValidationProblem();
    void version36_putDoesNotRefuseExpiredKeys();
    void version36_anyScopeManagesKeys();
    void version37_fileScopeCannotDeleteKeys();
    void versionParse_acceptsShortAndFullForms();
};

void TestSandboxBehaviour::missingScope_is403WithEmptyBody()
{
    SandboxPortal portal;
    const PortalResponse response =
        call(portal, request("DELETE", keyPath(portal, QStringLiteral("Monitoring")),
                             bearer(portal, QStringLiteral("Read-only reporting"))));
    QCOMPARE(response.status, 403);
    QVERIFY2(response.body.isEmpty(), response.body.constData());
    QVERIFY(portal.info().keyByName(QStringLiteral("Monitoring")));
}

void TestSandboxBehaviour::peopleSelf_acceptsSelfAndStarScopesNotAccountsRead_data()
{
    QTest::addColumn<QStringList>("permissions");
    QTest::addColumn<int>("status");
    QTest::newRow("*:read") << QStringList{QStringLiteral("*:read")} << 200;
    QTest::newRow("*:write") << QStringList{QStringLiteral("*:write")} << 200;
    QTest::newRow("accounts.self:read") << QStringList{QStringLiteral("accounts.self:read")} << 200;
    QTest::newRow("accounts.self:write")
        << QStringList{QStringLiteral("accounts.self:write")} << 200;
    QTest::newRow("accounts:read is not enough")
        << QStringList{QStringLiteral("accounts:read")} << 403;
    QTest::newRow("files:read") << QStringList{QStringLiteral("files:read")} << 403;
}

void TestSandboxBehaviour::peopleSelf_acceptsSelfAndStarScopesNotAccountsRead()
{
    QFETCH(QStringList, permissions);
    QFETCH(int, status);
    SandboxPortal portal;
    const QByteArray body =
        QJsonDocument(
            QJsonObject{{QStringLiteral("name"), QStringLiteral("scoped")},
                        {QStringLiteral("permissions"), QJsonArray::fromStringList(permissions)}})
            .toJson(QJsonDocument::Compact);
    const PortalResponse created = call(
        portal, request("POST", QStringLiteral("/api/2.0/keys"), session(portal, "alice"), body));
    QCOMPARE(created.status, 200);
    const QByteArray secret = created.json()
                                  .value(QStringLiteral("response"))
                                  .toObject()
                                  .value(QStringLiteral("key"))
                                  .toString()
                                  .toLatin1();
    const PortalResponse self =
        call(portal, request("GET", QStringLiteral("/api/2.0/people/@self"), "Bearer " + secret));
    QCOMPARE(self.status, status);
    if (status == 403)
        QVERIFY(self.body.isEmpty());
}

void TestSandboxBehaviour::put_unknownId_is500NullReference()
{
    SandboxPortal portal;
    const PortalResponse response = call(
        portal, request("PUT", QStringLiteral("/api/2.0/keys/0b7e1c7a-1111-4222-8333-944445555666"),
                        session(portal, "alice"), R"({"isActive":false})"));
    QCOMPARE(response.status, 500);
    QCOMPARE(response.json()
                 .value(QStringLiteral("error"))
                 .toObject()
                 .value(QStringLiteral("type"))
                 .toString(),
             QStringLiteral("System.NullReferenceException"));
}

void TestSandboxBehaviour::put_emptyPermissionsAndEmptyName_changeNothing()
{
    SandboxPortal portal;
    const SandboxKey before = *portal.info().keyByName(QStringLiteral("Backup script"));
    const PortalResponse response =
        call(portal, request("PUT", keyPath(portal, QStringLiteral("Backup script")),
                             session(portal, "alice"), R"({"name":"","permissions":[]})"));
    QCOMPARE(response.status, 200);
    QCOMPARE(response.json().value(QStringLiteral("response")).toBool(), true);
    const SandboxKey after = *portal.key(before.id);
    QCOMPARE(after.name, before.name);
    QCOMPARE(after.permissions, before.permissions);
    QVERIFY(!after.permissionsNull);
}

void TestSandboxBehaviour::starPermission_isEmptyOnPostAndNullOnPut()
{
    SandboxPortal portal;
    const QByteArray alice = session(portal, "alice");
    const PortalResponse created =
        call(portal, request("POST", QStringLiteral("/api/2.0/keys"), alice,
                             R"({"name":"star","permissions":["*"]})"));
    QCOMPARE(created.status, 200);
    const QJsonObject key = created.json().value(QStringLiteral("response")).toObject();
    QVERIFY(key.value(QStringLiteral("permissions")).isArray());
    QCOMPARE(key.value(QStringLiteral("permissions")).toArray().size(), 0);

    const PortalResponse put =
        call(portal, request("PUT", keyPath(portal, QStringLiteral("Backup script")), alice,
                             R"({"permissions":["*"]})"));
    QCOMPARE(put.json().value(QStringLiteral("response")).toBool(), true);
    const PortalResponse list =
        call(portal, request("GET", QStringLiteral("/api/2.0/keys"), alice));
    const QJsonObject listed = listedKey(list, QStringLiteral("Backup script"));
    QVERIFY(!listed.isEmpty());
    QVERIFY2(!listed.contains(QStringLiteral("permissions")),
             QJsonDocument(listed).toJson().constData());
    // And the key is unrestricted now: it may list keys.
    QCOMPARE(call(portal, request("GET", QStringLiteral("/api/2.0/keys"),
                                  bearer(portal, QStringLiteral("Backup script"))))
                 .status,
             200);
}

void TestSandboxBehaviour::invalidPermissions_areArgumentException_afterOwnershipAndExpiry()
{
    SandboxPortal portal;
    const QByteArray bad = R"({"permissions":["everything"]})";
    // Another user's key, caller not an administrator: false before the permissions are read.
    const PortalResponse notOwner =
        call(portal, request("PUT", keyPath(portal, QStringLiteral("Admin console")),
                             session(portal, "carol"), bad));
    QCOMPARE(notOwner.status, 200);
    QCOMPARE(notOwner.json().value(QStringLiteral("response")).toBool(true), false);
    // An expired key: false as well.
    const PortalResponse expired =
        call(portal, request("PUT", keyPath(portal, QStringLiteral("Old migration")),
                             session(portal, "alice"), bad));
    QCOMPARE(expired.json().value(QStringLiteral("response")).toBool(true), false);
    // The owner's live key: the ArgumentException envelope.
    const PortalResponse own =
        call(portal, request("PUT", keyPath(portal, QStringLiteral("Backup script")),
                             session(portal, "alice"), bad));
    QCOMPARE(own.status, 400);
    QCOMPARE(own.json().value(QStringLiteral("status")).toInt(), 1);
    QCOMPARE(errorMessage(own), QStringLiteral("Permissions are not valid."));
    QCOMPARE(own.json()
                 .value(QStringLiteral("error"))
                 .toObject()
                 .value(QStringLiteral("type"))
                 .toString(),
             QStringLiteral("System.ArgumentException"));
    const PortalResponse post =
        call(portal, request("POST", QStringLiteral("/api/2.0/keys"), session(portal, "alice"),
                             R"({"name":"x","permissions":["files:read","nope"]})"));
    QCOMPARE(post.status, 400);
    QCOMPARE(errorMessage(post), QStringLiteral("Permissions are not valid."));
}

void TestSandboxBehaviour::post_expiresInDays_mustBe1To365()
{
    SandboxPortal portal;
    const QByteArray alice = session(portal, "alice");
    for (const char *days : {"0", "366", "-1"}) {
        const PortalResponse response =
            call(portal, request("POST", QStringLiteral("/api/2.0/keys"), alice,
                                 QByteArray(R"({"name":"d","expiresInDays":)") + days + "}"));
        QCOMPARE(response.status, 400);
        QCOMPARE(problemMessage(response, QStringLiteral("ExpiresInDays")),
                 QStringLiteral("Incorrect number of days. Value must be between 1 and 365"));
    }
    for (const char *days : {"1", "365"}) {
        const PortalResponse response =
            call(portal, request("POST", QStringLiteral("/api/2.0/keys"), alice,
                                 QByteArray(R"({"name":"d","expiresInDays":)") + days + "}"));
        QCOMPARE(response.status, 200);
    }
}

void TestSandboxBehaviour::post_nameOver30_hasTheServersMessage()
{
    SandboxPortal portal;
    for (const QByteArray &method : {QByteArrayLiteral("POST"), QByteArrayLiteral("PUT")}) {
        const QString path = method == "POST" ? QStringLiteral("/api/2.0/keys")
                                              : keyPath(portal, QStringLiteral("Backup script"));
        const PortalResponse response =
            call(portal, request(method, path, session(portal, "alice"),
                                 R"({"name":"0123456789012345678901234567890"})"));
        QCOMPARE(response.status, 400);
        QCOMPARE(problemMessage(response, QStringLiteral("Name")),
                 QStringLiteral("Incorrect name. Length must be less than 30"));
    }
}

void TestSandboxBehaviour::post_missingName_isMissingRequiredProperty()
{
    SandboxPortal portal;
    const PortalResponse response = call(
        portal, request("POST", QStringLiteral("/api/2.0/keys"), session(portal, "alice"), "{}"));
    QCOMPARE(response.status, 400);
    QVERIFY(problemMessage(response, QStringLiteral("$"))
                .contains(QLatin1String("missing required properties including: 'name'")));
    const PortalResponse empty = call(portal, request("POST", QStringLiteral("/api/2.0/keys"),
                                                      session(portal, "alice"), R"({"name":""})"));
    QCOMPARE(problemMessage(empty, QStringLiteral("Name")),
             QStringLiteral("The Name field is required."));
}

void TestSandboxBehaviour::guest_cannotCreateKeys()
{
    SandboxPortal portal;
    const int before = int(portal.keys().size());
    const PortalResponse response =
        call(portal, request("POST", QStringLiteral("/api/2.0/keys"), session(portal, "dave"),
                             R"({"name":"guest key"})"));
    QCOMPARE(response.status, 403);
    QCOMPARE(errorMessage(response), QStringLiteral("Access denied"));
    QCOMPARE(response.json()
                 .value(QStringLiteral("error"))
                 .toObject()
                 .value(QStringLiteral("type"))
                 .toString(),
             QStringLiteral("System.UnauthorizedAccessException"));
    QCOMPARE(int(portal.keys().size()), before);
    // The guest still lists their own keys.
    QCOMPARE(call(portal, request("GET", QStringLiteral("/api/2.0/keys"), session(portal, "dave")))
                 .status,
             200);
}

void TestSandboxBehaviour::developerToolsForAdminsOnly_refusesPostOnly()
{
    PortalOptions options;
    options.settings.developerToolsAdminsOnly = true;
    SandboxPortal portal(options);
    const QByteArray carol = session(portal, "carol");
    const PortalResponse post =
        call(portal, request("POST", QStringLiteral("/api/2.0/keys"), carol, R"({"name":"mine"})"));
    QCOMPARE(post.status, 403);
    QCOMPARE(errorMessage(post), QStringLiteral("Access denied"));
    // Listing, PUT and DELETE never check that setting.
    QCOMPARE(call(portal, request("GET", QStringLiteral("/api/2.0/keys"), carol)).status, 200);
    QCOMPARE(call(portal, request("PUT", keyPath(portal, QStringLiteral("Carol read-only")), carol,
                                  R"({"isActive":false})"))
                 .json()
                 .value(QStringLiteral("response"))
                 .toBool(),
             true);
    QCOMPARE(
        call(portal, request("DELETE", keyPath(portal, QStringLiteral("Carol read-only")), carol))
            .json()
            .value(QStringLiteral("response"))
            .toBool(),
        true);
    // Administrators may still create keys.
    QCOMPARE(call(portal, request("POST", QStringLiteral("/api/2.0/keys"), session(portal, "bob"),
                                  R"({"name":"admin"})"))
                 .status,
             200);
}

void TestSandboxBehaviour::bearerScheme_isCaseSensitive_andCarriesSessionTokens()
{
    SandboxPortal portal;
    const QByteArray secret =
        portal.info().keyByName(QStringLiteral("Admin console"))->secret.toLatin1();
    const QString path = QStringLiteral("/api/2.0/people/@self");
    QCOMPARE(call(portal, request("GET", path, "Bearer " + secret)).status, 200);
    QCOMPARE(call(portal, request("GET", path, "bearer " + secret)).status, 401);
    QCOMPARE(call(portal, request("GET", path, "BEARER " + secret)).status, 401);
    QCOMPARE(call(portal, request("GET", path, secret)).status, 401);
    QCOMPARE(call(portal, request("GET", path, session(portal, "carol"))).status, 200);
    const PortalResponse bearerSession =
        call(portal, request("GET", path, "Bearer " + session(portal, "carol")));
    QCOMPARE(bearerSession.status, 200);
    QCOMPARE(bearerSession.json()
                 .value(QStringLiteral("response"))
                 .toObject()
                 .value(QStringLiteral("email"))
                 .toString(),
             QStringLiteral("carol@sandbox.example"));
}

void TestSandboxBehaviour::cookie_winsOverTheAuthorizationHeader()
{
    SandboxPortal portal;
    PortalRequest r = request("GET", QStringLiteral("/api/2.0/people/@self"),
                              bearer(portal, QStringLiteral("Admin console")));
    r.headers.append({QByteArrayLiteral("Cookie"),
                      QByteArrayLiteral("asc_auth_key=") + session(portal, "carol")});
    const PortalResponse response = call(portal, r);
    QCOMPARE(response.status, 200);
    QCOMPARE(response.json()
                 .value(QStringLiteral("response"))
                 .toObject()
                 .value(QStringLiteral("email"))
                 .toString(),
             QStringLiteral("carol@sandbox.example"));
    // A bad cookie is not rescued by a good header.
    PortalRequest bad = request("GET", QStringLiteral("/api/2.0/people/@self"),
                                bearer(portal, QStringLiteral("Admin console")));
    bad.headers.append({QByteArrayLiteral("Cookie"), QByteArrayLiteral("asc_auth_key=nonsense")});
    QCOMPARE(call(portal, bad).status, 401);
}

void TestSandboxBehaviour::displayNames_areHtmlEncodedEverywhere()
{
    SandboxPortal portal;
    const SandboxInfo info = portal.info();
    const SandboxUser *bob = info.userByEmail(QStringLiteral("bob@sandbox.example"));
    QCOMPARE(bob->displayName(), QStringLiteral("Zo\u00eb O'Brien & Co"));
    QCOMPARE(bob->role, SandboxRole::Admin);
    const QString encoded = QStringLiteral("Zo&#235; O&#39;Brien &amp; Co");

    const PortalResponse self = call(
        portal, request("GET", QStringLiteral("/api/2.0/people/@self"), session(portal, "bob")));
    QCOMPARE(self.json()
                 .value(QStringLiteral("response"))
                 .toObject()
                 .value(QStringLiteral("displayName"))
                 .toString(),
             encoded);
    const PortalResponse list =
        call(portal, request("GET", QStringLiteral("/api/2.0/keys"), session(portal, "alice")));
    QCOMPARE(listedKey(list, QStringLiteral("Monitoring"))
                 .value(QStringLiteral("createBy"))
                 .toObject()
                 .value(QStringLiteral("displayName"))
                 .toString(),
             encoded);
    const PortalResponse selfKey =
        call(portal, request("GET", QStringLiteral("/api/2.0/keys/@self"),
                             bearer(portal, QStringLiteral("Monitoring"))));
    QCOMPARE(selfKey.json()
                 .value(QStringLiteral("response"))
                 .toObject()
                 .value(QStringLiteral("createBy"))
                 .toObject()
                 .value(QStringLiteral("displayName"))
                 .toString(),
             encoded);
    // Key names are not encoded.
    QCOMPARE(listedKey(list, QStringLiteral("Bob's admin tools"))
                 .value(QStringLiteral("name"))
                 .toString(),
             QStringLiteral("Bob's admin tools"));
}

void TestSandboxBehaviour::htmlEncode_followsDotNetRules()
{
    QCOMPARE(SandboxAnswers::htmlEncode(QStringLiteral("<a href=\"x\">'&'</a>")),
             QStringLiteral("&lt;a href=&quot;x&quot;&gt;&#39;&amp;&#39;&lt;/a&gt;"));
    QCOMPARE(SandboxAnswers::htmlEncode(QStringLiteral("\u00a0\u00e9\u00ff\u0100")),
             QStringLiteral("&#160;&#233;&#255;\u0100"));
    QCOMPARE(SandboxAnswers::htmlEncode(QString::fromUtf8("\xF0\x9F\x98\x80")),
             QStringLiteral("&#128512;"));
}

void TestSandboxBehaviour::removedUser_becomesThePlaceholder()
{
    SandboxPortal portal;
    const PortalResponse removed =
        call(portal, request("POST", QStringLiteral("/__sandbox/user"), {},
                             R"({"email":"carol@sandbox.example","remove":true})"));
    QCOMPARE(removed.status, 200);
    const PortalResponse list =
        call(portal, request("GET", QStringLiteral("/api/2.0/keys"), session(portal, "alice")));
    const QJsonObject createBy = listedKey(list, QStringLiteral("Carol's notebook"))
                                     .value(QStringLiteral("createBy"))
                                     .toObject();
    QCOMPARE(createBy.value(QStringLiteral("id")).toString(),
             QStringLiteral("4a515a15-d4d6-4b8e-828e-e0586f18f3a3"));
    QCOMPARE(createBy.value(QStringLiteral("displayName")).toString(),
             QStringLiteral("Profile removed"));
    // The removed user's keys authenticate nobody.
    QCOMPARE(call(portal, request("GET", QStringLiteral("/api/2.0/keys"),
                                  bearer(portal, QStringLiteral("Carol read-only"))))
                 .status,
             401);
}

void TestSandboxBehaviour::disabledUser_keysAndSessionsGet401()
{
    SandboxPortal portal;
    const QByteArray key = bearer(portal, QStringLiteral("Carol read-only"));
    const QByteArray token = session(portal, "carol");
    QCOMPARE(call(portal, request("GET", QStringLiteral("/api/2.0/keys"), key)).status, 200);
    QCOMPARE(call(portal, request("POST", QStringLiteral("/__sandbox/user"), {},
                                  R"({"email":"carol@sandbox.example","disabled":true})"))
                 .status,
             200);
    QCOMPARE(call(portal, request("GET", QStringLiteral("/api/2.0/keys"), key)).status, 401);
    QCOMPARE(call(portal, request("GET", QStringLiteral("/api/2.0/keys"), token)).status, 401);
    QCOMPARE(call(portal, request("POST", QStringLiteral("/__sandbox/user"), {},
                                  R"({"email":"carol@sandbox.example","disabled":false})"))
                 .status,
             200);
    QCOMPARE(call(portal, request("GET", QStringLiteral("/api/2.0/keys"), key)).status, 200);
}

void TestSandboxBehaviour::list_countIsOneWhateverTheNumberOfKeys()
{
    PortalOptions options;
    options.seedKeys = 50;
    SandboxPortal portal(options);
    const PortalResponse list =
        call(portal, request("GET", QStringLiteral("/api/2.0/keys"), session(portal, "alice")));
    QCOMPARE(list.json().value(QStringLiteral("response")).toArray().size(), 63);
    QCOMPARE(list.json().value(QStringLiteral("count")).toInt(), 1);
}

void TestSandboxBehaviour::dates_zeroOffsetIsZ()
{
    PortalOptions options;
    options.tzOffsetSeconds = 0;
    SandboxPortal portal(options);
    const QDateTime date =
        QDateTime::fromString(QStringLiteral("2026-07-01T15:34:56.123Z"), Qt::ISODateWithMs);
    QCOMPARE(portal.formatDate(date), QStringLiteral("2026-07-01T15:34:56.1230000Z"));
    const PortalResponse list =
        call(portal, request("GET", QStringLiteral("/api/2.0/keys"), session(portal, "alice")));
    QVERIFY(listedKey(list, QStringLiteral("Admin console"))
                .value(QStringLiteral("createOn"))
                .toString()
                .endsWith(QLatin1Char('Z')));
}

void TestSandboxBehaviour::gatewayErrors_serveCustom50xPage_data()
{
    QTest::addColumn<int>("status");
    QTest::newRow("502") << 502;
    QTest::newRow("503") << 503;
    QTest::newRow("504") << 504;
}

void TestSandboxBehaviour::gatewayErrors_serveCustom50xPage()
{
    QFETCH(int, status);
    SandboxPortal portal;
    FaultSettings faults;
    faults.status = status;
    faults.count = 1;
    portal.setFaults(faults);
    const PortalResponse response =
        call(portal, request("GET", QStringLiteral("/api/2.0/keys"), session(portal, "alice")));
    QCOMPARE(response.status, status);
    QCOMPARE(response.header("Content-Type"), QByteArray("text/html"));
    QVERIFY(response.body.contains("<title>500 Error Page</title>"));
    QVERIFY(!response.body.startsWith('{'));

    // "page": "nginx" plays another proxy in front of the portal: nginx's default page.
    QString error;
    const auto plain = FaultSettings::fromString(
        QStringLiteral("status=%1,page=nginx,count=1").arg(status), &error);
    QVERIFY2(plain, qPrintable(error));
    QVERIFY(plain->plainNginxPage);
    portal.setFaults(*plain);
    const PortalResponse nginx =
        call(portal, request("GET", QStringLiteral("/api/2.0/keys"), session(portal, "alice")));
    QCOMPARE(nginx.status, status);
    QVERIFY2(nginx.body.contains("<center>nginx</center>"), nginx.body.constData());
    QVERIFY(!nginx.body.contains("500 Error Page"));
    QVERIFY(!FaultSettings::fromString(QStringLiteral("status=502,page=apache"), &error));
}

void TestSandboxBehaviour::postKeys_fivePerFifteenMinutes()
{
    SandboxPortal portal;
    QDateTime clock = QDateTime::currentDateTimeUtc();
    portal.setClock([&clock] { return clock; });
    const QByteArray alice = session(portal, "alice");
    for (int i = 0; i < 5; ++i)
        QCOMPARE(call(portal,
                      request("POST", QStringLiteral("/api/2.0/keys"), alice, R"({"name":"five"})"))
                     .status,
                 200);
    const PortalResponse sixth =
        call(portal, request("POST", QStringLiteral("/api/2.0/keys"), alice, R"({"name":"six"})"));
    QCOMPARE(sixth.status, 429);
    QVERIFY(sixth.header("Retry-After").toInt() > 14 * 60);
    QVERIFY(!sixth.header("X-RateLimit-Reset").isEmpty());
    clock = clock.addSecs(15 * 60 + 1);
    QCOMPARE(
        call(portal, request("POST", QStringLiteral("/api/2.0/keys"), alice, R"({"name":"later"})"))
            .status,
        200);
}

void TestSandboxBehaviour::portalStates_answerEveryCallAsTheServerDoes_data()
{
    QTest::addColumn<QString>("state");
    QTest::addColumn<QByteArray>("method");
    QTest::addColumn<QString>("path");
    QTest::addColumn<bool>("authorized");
    QTest::addColumn<int>("status");
    QTest::addColumn<QByteArray>("body");
    const QString keys = QStringLiteral("/api/2.0/keys");
    const QString build = QStringLiteral("/api/2.0/settings/version/build");
    const QByteArray restricted = "\"The access to the portal is restricted\"";
    QTest::newRow("unpaid list") << "unpaid" << QByteArray("GET") << keys << true << 402
                                 << QByteArray();
    QTest::newRow("unpaid delete")
        << "unpaid" << QByteArray("DELETE") << QStringLiteral("/api/2.0/keys/{Monitoring}") << true
        << 402 << QByteArray();
    QTest::newRow("unpaid without credentials")
        << "unpaid" << QByteArray("GET") << keys << false << 402 << QByteArray();
    QTest::newRow("suspended list")
        << "suspended" << QByteArray("GET") << keys << true << 404 << QByteArray();
    QTest::newRow("suspended version")
        << "suspended" << QByteArray("GET") << build << false << 404 << QByteArray();
    QTest::newRow("transferring delete")
        << "transferring" << QByteArray("DELETE") << QStringLiteral("/api/2.0/keys/{Monitoring}")
        << true << 403 << QByteArray();
    QTest::newRow("transferring version")
        << "transferring" << QByteArray("GET") << build << false << 403 << QByteArray();
    QTest::newRow("ip restricted list")
        << "ipRestricted" << QByteArray("GET") << keys << true << 403 << restricted;
    QTest::newRow("ip restricted delete")
        << "ipRestricted" << QByteArray("DELETE") << QStringLiteral("/api/2.0/keys/{Monitoring}")
        << true << 403 << restricted;
}

void TestSandboxBehaviour::portalStates_answerEveryCallAsTheServerDoes()
{
    QFETCH(QString, state);
    QFETCH(QByteArray, method);
    QFETCH(QString, path);
    QFETCH(bool, authorized);
    QFETCH(int, status);
    QFETCH(QByteArray, body);
    PortalOptions options;
    options.settings.state = *portalStateFromName(state);
    SandboxPortal portal(options);
    QString expanded = path;
    expanded.replace(QStringLiteral("/{Monitoring}"),
                     QLatin1Char('/') + portal.info()
                                            .keyByName(QStringLiteral("Monitoring"))
                                            ->id.toString(QUuid::WithoutBraces));
    const PortalResponse response = call(
        portal, request(method, expanded, authorized ? session(portal, "alice") : QByteArray()));
    QCOMPARE(response.status, status);
    QCOMPARE(response.body, body);
    QVERIFY(portal.info().keyByName(QStringLiteral("Monitoring"))); // nothing was deleted
}

void TestSandboxBehaviour::portalStates_switchAtRuntimeThroughTheControlPath()
{
    SandboxPortal portal;
    const QByteArray alice = session(portal, "alice");
    const auto setState = [&portal](const QByteArray &json) {
        return call(portal, request("POST", QStringLiteral("/__sandbox/portal"), {}, json));
    };
    QCOMPARE(setState(R"({"state":"unpaid"})").status, 200);
    QCOMPARE(call(portal, request("GET", QStringLiteral("/api/2.0/keys"), alice)).status, 402);
    QCOMPARE(setState(R"({"state":"ipRestricted"})").status, 200);
    QCOMPARE(call(portal, request("GET", QStringLiteral("/api/2.0/keys"), alice)).status, 403);
    QCOMPARE(setState(R"({"state":"normal","developerToolsAdminsOnly":true,"version":"3.6"})")
                 .json()
                 .value(QStringLiteral("version"))
                 .toString(),
             QStringLiteral("3.6.1.1610"));
    QCOMPARE(call(portal, request("GET", QStringLiteral("/api/2.0/keys"), alice)).status, 200);
    QVERIFY(portal.settings().developerToolsAdminsOnly);
    const PortalResponse shown =
        call(portal, request("GET", QStringLiteral("/__sandbox/portal"), {}));
    QCOMPARE(shown.json().value(QStringLiteral("state")).toString(), QStringLiteral("normal"));
    QCOMPARE(setState(R"({"state":"bankrupt"})").status, 400);
    QCOMPARE(setState(R"({"version":"2.0"})").status, 400);
    QCOMPARE(setState(R"({"color":"red"})").status, 400);
}

void TestSandboxBehaviour::versionBuild_isAnonymousAndAnswersWhenUnpaid()
{
    PortalOptions options;
    options.settings.state = PortalState::Unpaid;
    SandboxPortal portal(options);
    const PortalResponse response =
        call(portal, request("GET", QStringLiteral("/api/2.0/settings/version/build")));
    QCOMPARE(response.status, 200);
    const QJsonObject build = response.json().value(QStringLiteral("response")).toObject();
    QVERIFY2(build.value(QStringLiteral("docSpace")).toString().startsWith(QLatin1String("3.7.2.")),
             response.body.constData());
    QVERIFY(build.contains(QStringLiteral("documentServer")));

    SandboxPortal old(version36());
    QVERIFY(call(old, request("GET", QStringLiteral("/api/2.0/settings/version/build")))
                .json()
                .value(QStringLiteral("response"))
                .toObject()
                .value(QStringLiteral("docSpace"))
                .toString()
                .startsWith(QLatin1String("3.6.1.")));
}

void TestSandboxBehaviour::version36_nonUuidDelete_is400ValidationProblem()
{
    SandboxPortal old(version36());
    const PortalResponse response = call(
        old, request("DELETE", QStringLiteral("/api/2.0/keys/not-a-uuid"), session(old, "alice")));
    QCOMPARE(response.status, 400);
    QCOMPARE(response.json().value(QStringLiteral("status")).toInt(), 1);
    QCOMPARE(response.json()
                 .value(QStringLiteral("response"))
                 .toObject()
                 .value(QStringLiteral("title"))
                 .toString(),
             QStringLiteral("One or more validation errors occurred."));
    SandboxPortal current;
    QCOMPARE(call(current, request("DELETE", QStringLiteral("/api/2.0/keys/not-a-uuid"),
                                   session(current, "alice")))
                 .status,
             404);
}

void TestSandboxBehaviour::version36_putDoesNotRefuseExpiredKeys()
{
    SandboxPortal old(version36());
    const PortalResponse response =
        call(old, request("PUT", keyPath(old, QStringLiteral("Old migration")),
                          session(old, "alice"), R"({"name":"Renamed migration"})"));
    QCOMPARE(response.json().value(QStringLiteral("response")).toBool(), true);
    QVERIFY(old.info().keyByName(QStringLiteral("Renamed migration")));
    SandboxPortal current;
    QCOMPARE(call(current, request("PUT", keyPath(current, QStringLiteral("Old migration")),
                                   session(current, "alice"), R"({"name":"Renamed migration"})"))
                 .json()
                 .value(QStringLiteral("response"))
                 .toBool(true),
             false);
}

void TestSandboxBehaviour::version36_anyScopeManagesKeys()
{
    SandboxPortal old(version36());
    // "Backup script" has only files:read and rooms:read.
    const QByteArray fileScoped = bearer(old, QStringLiteral("Backup script"));
    QCOMPARE(call(old, request("GET", QStringLiteral("/api/2.0/keys"), fileScoped)).status, 200);
    const PortalResponse deleted =
        call(old, request("DELETE", keyPath(old, QStringLiteral("Monitoring")), fileScoped));
    QCOMPARE(deleted.status, 200);
    QCOMPARE(deleted.json().value(QStringLiteral("response")).toBool(), true);
    QVERIFY(!old.info().keyByName(QStringLiteral("Monitoring")));
}

void TestSandboxBehaviour::version37_fileScopeCannotDeleteKeys()
{
    SandboxPortal current;
    const PortalResponse refused =
        call(current, request("DELETE", keyPath(current, QStringLiteral("Monitoring")),
                              bearer(current, QStringLiteral("Backup script"))));
    QCOMPARE(refused.status, 403);
    QVERIFY(refused.body.isEmpty());
    QVERIFY(current.info().keyByName(QStringLiteral("Monitoring")));
}

void TestSandboxBehaviour::versionParse_acceptsShortAndFullForms()
{
    QCOMPARE(DocSpaceVersion::parse(QStringLiteral("3.7"))->toString(),
             QStringLiteral("3.7.2.1720"));
    QCOMPARE(DocSpaceVersion::parse(QStringLiteral("3.6"))->toString(),
             QStringLiteral("3.6.1.1610"));
    QCOMPARE(DocSpaceVersion::parse(QStringLiteral("3.7.1.42"))->toString(),
             QStringLiteral("3.7.1.42"));
    QVERIFY(DocSpaceVersion::parse(QStringLiteral("3.7.1"))->keyIdRouteIsUuid());
    QVERIFY(!DocSpaceVersion::parse(QStringLiteral("3.7.0"))->keyIdRouteIsUuid());
    QVERIFY(DocSpaceVersion::parse(QStringLiteral("3.2.1"))->anyScopeManagesKeys());
    QVERIFY(!DocSpaceVersion::parse(QStringLiteral("3.2.0"))->anyScopeManagesKeys());
    QVERIFY(!DocSpaceVersion::parse(QStringLiteral("3.0")));
    QVERIFY(!DocSpaceVersion::parse(QStringLiteral("three")));
    QCOMPARE(PortalSettings().version.toString(), QStringLiteral("3.7.2.1720"));
}

QTEST_GUILESS_MAIN(TestSandboxBehaviour)
#include "tst_sandboxbehaviour.moc"
