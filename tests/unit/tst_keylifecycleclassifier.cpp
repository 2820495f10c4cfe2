// Permissions both ways, and the classification of POST and PUT answers: one row per case of
// ../shared/docspace-api.md.
#include "keycreation.h"
#include "keypermissions.h"
#include "keyrotation.h"

#include <QTest>

namespace {
HttpExchange answer(int status, const QByteArray &body, const QByteArray &retryAfter = {})
{
    HttpExchange e;
    e.httpStatus = status;
    e.body = body;
    e.contentType = "application/json";
    e.retryAfter = retryAfter;
    return e;
}
QByteArray errorEnvelope(int status, const char *message, const char *type)
{
    return QByteArray("{\"status\":1,\"statusCode\":") + QByteArray::number(status) +
           ",\"error\":{\"message\":\"" + message + "\",\"type\":\"" + type +
           "\",\"stack\":\"   at ASC...\",\"hresult\":-1}}";
}
} // namespace

class TestKeyLifecycleClassifier : public QObject
{
    Q_OBJECT

private slots:
    void fromScopes_readsAsThePortalsPage_data()
    {
        QTest::addColumn<QStringList>("scopes");
        QTest::addColumn<int>("mode");
        QTest::newRow("empty") << QStringList() << int(KeyPermissions::Mode::All);
        QTest::newRow("star") << QStringList{QStringLiteral("*")} << int(KeyPermissions::Mode::All);
        QTest::newRow("read") << QStringList{QStringLiteral("*:read")}
                              << int(KeyPermissions::Mode::ReadOnly);
        QTest::newRow("write alone")
            << QStringList{QStringLiteral("*:write")} << int(KeyPermissions::Mode::Restricted);
        QTest::newRow("files") << QStringList{QStringLiteral("files:read"),
                                              QStringLiteral("files:write")}
                               << int(KeyPermissions::Mode::Restricted);
    }
    void fromScopes_readsAsThePortalsPage()
    {
        QFETCH(QStringList, scopes);
        QFETCH(int, mode);
        QCOMPARE(int(KeyPermissions::fromScopes(scopes).mode), mode);
    }

    void restricted_roundTripsThroughScopes()
    {
        KeyPermissions p;
        p.mode = KeyPermissions::Mode::Restricted;
        p.setAccess(KeyPermissions::Resource::Profile, KeyPermissions::Access::Write);
        p.setAccess(KeyPermissions::Resource::Accounts, KeyPermissions::Access::Read);
        QCOMPARE(p.toScopes(), (QStringList{QStringLiteral("accounts.self:read"),
                                            QStringLiteral("accounts.self:write"),
                                            QStringLiteral("accounts:read")}));
        QCOMPARE(KeyPermissions::fromScopes(p.toScopes()), p);
        QVERIFY(p.description().contains(QLatin1String("Profile: read and write")));
        QVERIFY(p.description().contains(QLatin1String("Accounts: read")));
    }

    void all_isSentAsStar_soThatPutWidensTheKey()
    {
        QCOMPARE(KeyPermissions::all().toScopes(), QStringList{QStringLiteral("*")});
        QCOMPARE(KeyPermissions::readOnly().toScopes(), QStringList{QStringLiteral("*:read")});
    }

    void parse_acceptsTheCliForms_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QStringList>("scopes");
        QTest::newRow("all") << QStringLiteral("all") << QStringList{QStringLiteral("*")};
        QTest::newRow("read-only")
            << QStringLiteral("read-only") << QStringList{QStringLiteral("*:read")};
        QTest::newRow("list") << QStringLiteral("files:write, rooms:read")
                              << QStringList{QStringLiteral("files:read"),
                                             QStringLiteral("files:write"),
                                             QStringLiteral("rooms:read")};
        QTest::newRow("portal scope") << QStringLiteral("accounts.self:read")
                                      << QStringList{QStringLiteral("accounts.self:read")};
    }
    void parse_acceptsTheCliForms()
    {
        QFETCH(QString, text);
        QFETCH(QStringList, scopes);
        QString error;
        const auto parsed = KeyPermissions::parse(text, &error);
        QVERIFY2(parsed, qPrintable(error));
        QCOMPARE(parsed->toScopes(), scopes);
        QCOMPARE(KeyPermissions::parse(parsed->toText(), &error)->toScopes(), scopes);
    }

    void parse_refusesNonsenseAndNothing()
    {
        QString error;
        QVERIFY(!KeyPermissions::parse(QStringLiteral("files:delete"), &error));
        QVERIFY(!KeyPermissions::parse(QStringLiteral("documents:read"), &error));
        QVERIFY(!KeyPermissions::parse(QStringLiteral(","), &error));
        QVERIFY(error.contains(QLatin1String("every permission")));
    }

    void checkOffered_namesScopesThePortalLacks()
    {
        KeyPermissions p;
        p.mode = KeyPermissions::Mode::Restricted;
        p.setAccess(KeyPermissions::Resource::Rooms, KeyPermissions::Access::Read);
        QVERIFY(p.checkOffered({QStringLiteral("rooms:read")}).isEmpty());
        QVERIFY(
            p.checkOffered({QStringLiteral("files:read")}).contains(QLatin1String("rooms:read")));
        QVERIFY(p.checkOffered({}).isEmpty()); // unknown: left to the portal
    }

    void classifyCreate_answers_data()
    {
        QTest::addColumn<int>("status");
        QTest::addColumn<QByteArray>("body");
        QTest::addColumn<bool>("ok");
        QTest::addColumn<int>("kind");
        QTest::addColumn<QString>("says");
        const QByteArray created =
            "{\"response\":{\"id\":\"3f2b6c1e-8a4d-4e9b-9c71-2d5e8f0a1b23\",\"name\":\"N\","
            "\"key\":\"sk-" +
            QByteArray(64, 'a') +
            "\",\"keyPostfix\":\"aaaa\",\"permissions\":[],\"createOn\":\"2026-07-01T15:34:56."
            "0000000+03:00\",\"isActive\":true},\"status\":0,\"statusCode\":200}";
        QTest::newRow("200 with the secret") << 200 << created << true << 0 << QString();
        QTest::newRow("201 with the secret") << 201 << created << true << 0 << QString();
        QTest::newRow("masked secret")
            << 200 << QByteArray(created).replace("sk-aaaa", "sk-***a") << false
            << int(OutcomeKind::BadResponse) << QStringLiteral("did not send its secret");
        QTest::newRow("guest or restricted developer tools")
            << 403 << errorEnvelope(403, "Access denied", "System.UnauthorizedAccessException")
            << false << int(OutcomeKind::Forbidden) << QStringLiteral("guests");
        QTest::newRow("scope missing, empty body")
            << 403 << QByteArray() << false << int(OutcomeKind::Forbidden)
            << QStringLiteral("*:write");
        QTest::newRow("days out of range")
            << 400
            << errorEnvelope(400, "Incorrect number of days. Value must be between 1 and 365",
                             "System.ArgumentException")
            << false << int(OutcomeKind::BadResponse) << QStringLiteral("1 to 365");
        QTest::newRow("name too long")
            << 400
            << errorEnvelope(400, "Incorrect name. Length must be less than 30",
                             "System.ArgumentException")
            << false << int(OutcomeKind::BadResponse) << QStringLiteral("30 characters");
        QTest::newRow("permissions not valid")
            << 400 << errorEnvelope(400, "Permissions are not valid.", "System.ArgumentException")
            << false << int(OutcomeKind::BadResponse) << QStringLiteral("permissions");
        QTest::newRow("validation problem in a 200")
            << 200
            << QByteArray("{\"status\":1,\"response\":{\"title\":\"One or more validation errors "
                          "occurred.\",\"status\":400,\"errors\":{\"Name\":[\"The Name field is "
                          "required.\"]}}}")
            << false << int(OutcomeKind::BadResponse) << QStringLiteral("name");
        QTest::newRow("not a DocSpace answer")
            << 200 << QByteArray("<html><title>Login</title></html>") << false
            << int(OutcomeKind::BadResponse) << QStringLiteral("web page");
    }
    void classifyCreate_answers()
    {
        QFETCH(int, status);
        QFETCH(QByteArray, body);
        QFETCH(bool, ok);
        QFETCH(int, kind);
        QFETCH(QString, says);
        const KeyCreateResult result = KeyLifecycleClassifier::classifyCreate(answer(status, body));
        QCOMPARE(result.ok, ok);
        if (ok) {
            QCOMPARE(result.secret, QStringLiteral("sk-") + QString(64, QLatin1Char('a')));
            QCOMPARE(result.key.keyPostfix, QStringLiteral("aaaa"));
            return;
        }
        QCOMPARE(int(result.failure.kind), kind);
        QVERIFY2(result.failure.sentence.contains(says, Qt::CaseInsensitive),
                 qPrintable(result.failure.sentence));
        QVERIFY(!result.failure.sentence.contains(QLatin1String("at ASC")));
    }

    void classifyCreate_rateLimited_saysWhenToTryAgain()
    {
        const KeyCreateResult result =
            KeyLifecycleClassifier::classifyCreate(answer(429, {}, "600"));
        QCOMPARE(result.failure.kind, OutcomeKind::RateLimited);
        QCOMPARE(result.failure.retryAfterSeconds, 600);
        QVERIFY2(result.failure.sentence.contains(QLatin1String("10 minute")),
                 qPrintable(result.failure.sentence));
    }

    void classifyEdit_answers()
    {
        const QString id = QStringLiteral("3f2b6c1e-8a4d-4e9b-9c71-2d5e8f0a1b23");
        QVERIFY(KeyLifecycleClassifier::classifyEdit(id, answer(200, "{\"response\":true}")).ok);
        const KeyEditResult refused =
            KeyLifecycleClassifier::classifyEdit(id, answer(200, "{\"response\":false}"));
        QCOMPARE(refused.outcome.kind, OutcomeKind::Refused);
        QVERIFY(refused.outcome.sentence.contains(QLatin1String("Expired")));
        const KeyEditResult unknown = KeyLifecycleClassifier::classifyEdit(
            id, answer(500, errorEnvelope(500, "Object reference not set",
                                          "System.NullReferenceException")));
        QCOMPARE(unknown.outcome.kind, OutcomeKind::NotFound);
        const KeyEditResult invalid = KeyLifecycleClassifier::classifyEdit(
            id, answer(400, errorEnvelope(400, "Permissions are not valid.",
                                          "System.ArgumentException")));
        QVERIFY(!invalid.ok);
        QVERIFY(invalid.outcome.sentence.contains(QLatin1String("permissions")));
    }

    void lifetimeDays_isTheWholeLifetime()
    {
        ApiKey key;
        key.createOn = QDateTime(QDate(2026, 1, 1), QTime(12, 0), Qt::UTC);
        QCOMPARE(KeyRotation::lifetimeDays(key), 0);
        key.expiresAt = key.createOn.addDays(90);
        QCOMPARE(KeyRotation::lifetimeDays(key), 90);
        key.expiresAt = key.createOn.addSecs(3600);
        QCOMPARE(KeyRotation::lifetimeDays(key), 1);
        key.expiresAt = key.createOn.addDays(900);
        QCOMPARE(KeyRotation::lifetimeDays(key), 365);
    }
};

QTEST_GUILESS_MAIN(TestKeyLifecycleClassifier)
#include "tst_keylifecycleclassifier.moc"
