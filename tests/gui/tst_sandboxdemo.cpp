#include "sandboxdemo.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>

namespace {
QJsonObject key(const char *id, const char *name, const char *owner, const char *secret)
{
    return QJsonObject{{QStringLiteral("id"), QLatin1String(id)},
                       {QStringLiteral("name"), QLatin1String(name)},
                       {QStringLiteral("owner"), QLatin1String(owner)},
                       {QStringLiteral("secret"), QLatin1String(secret)},
                       {QStringLiteral("isActive"), true}};
}

QByteArray info(const char *httpsUrl)
{
    const QJsonArray users{QJsonObject{{QStringLiteral("id"), QStringLiteral("u1")},
                                       {QStringLiteral("role"), QStringLiteral("owner")},
                                       {QStringLiteral("email"), QStringLiteral("alice@x")}},
                           QJsonObject{{QStringLiteral("id"), QStringLiteral("u2")},
                                       {QStringLiteral("role"), QStringLiteral("member")},
                                       {QStringLiteral("email"), QStringLiteral("carol@x")}}};
    // A member's "Admin console" comes first: demo mode must still pick the owner's.
    const QJsonArray keys{key("k0", "Admin console", "carol@x", "sk-carol"),
                          key("k1", "Backup script", "alice@x", "sk-b"),
                          key("k2", "Zapier integration", "alice@x", "sk-z"),
                          key("k3", "Admin console", "alice@x", "sk-admin")};
    const QJsonObject object{{QStringLiteral("httpUrl"), QStringLiteral("http://127.0.0.1:8088")},
                             {QStringLiteral("httpsUrl"), QLatin1String(httpsUrl)},
                             {QStringLiteral("certificateSha256"), QStringLiteral("f382")},
                             {QStringLiteral("users"), users},
                             {QStringLiteral("keys"), keys}};
    return QJsonDocument(object).toJson();
}
} // namespace

class TestSandboxDemo : public QObject
{
    Q_OBJECT

private slots:
    void fromJson_https_prefillsOwnerKeysAndPinsCertificate()
    {
        SandboxDemo demo;
        QString error;
        QVERIFY2(SandboxDemo::fromJson(info("https://127.0.0.1:8443"), &demo, &error),
                 qPrintable(error));
        QCOMPARE(demo.portal, QStringLiteral("https://127.0.0.1:8443"));
        QCOMPARE(demo.token, QStringLiteral("sk-admin"));
        QCOMPARE(demo.keyId, QStringLiteral("k2"));
        QCOMPARE(demo.keyName, QStringLiteral("Zapier integration"));
        QCOMPARE(demo.certificateSha256, QStringLiteral("f382"));
    }

    void fromJson_noHttps_usesHttpWithoutPin()
    {
        SandboxDemo demo;
        QString error;
        QVERIFY(SandboxDemo::fromJson(info(""), &demo, &error));
        QCOMPARE(demo.portal, QStringLiteral("http://127.0.0.1:8088"));
        QVERIFY(demo.certificateSha256.isEmpty());
    }

    void fromJson_garbage_explainsProblem()
    {
        SandboxDemo demo;
        QString error;
        QVERIFY(!SandboxDemo::fromJson("{not json", &demo, &error));
        QVERIFY(!error.isEmpty());
        const QByteArray noKeys =
            QJsonDocument(QJsonObject{{QStringLiteral("httpUrl"), QStringLiteral("http://x")}})
                .toJson();
        QVERIFY(!SandboxDemo::fromJson(noKeys, &demo, &error));
        QVERIFY(error.contains(QStringLiteral("Admin console")));
    }

    void load_missingFile_explainsProblem()
    {
        SandboxDemo demo;
        QString error;
        QVERIFY(!SandboxDemo::load(QStringLiteral("/nonexistent/info.json"), &demo, &error));
        QVERIFY(error.contains(QStringLiteral("/nonexistent/info.json")));
    }
};

QTEST_GUILESS_MAIN(TestSandboxDemo)
#include "tst_sandboxdemo.moc"
