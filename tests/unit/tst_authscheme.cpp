#include "apicall.h"
#include "authscheme.h"

#include <QTest>

class TestAuthScheme : public QObject
{
    Q_OBJECT

private slots:
    void authorizationHeader_choosesScheme_data()
    {
        QTest::addColumn<QString>("token");
        QTest::addColumn<int>("scheme");
        QTest::addColumn<QByteArray>("header");
        const QString key = QStringLiteral("sk-") + QString(64, QLatin1Char('a'));
        const QByteArray keyBytes = key.toLatin1();
        QTest::newRow("auto api key") << key << int(AuthScheme::Auto) << "Bearer " + keyBytes;
        QTest::newRow("auto pasted bearer")
            << "Bearer " + key << int(AuthScheme::Auto) << "Bearer " + keyBytes;
        QTest::newRow("auto pasted bearer jwt")
            << "  bearer eyJhbGciOi.x.y " << int(AuthScheme::Auto)
            << QByteArray("Bearer eyJhbGciOi.x.y");
        QTest::newRow("auto session token")
            << " 8f9a0b1c2d3e4f " << int(AuthScheme::Auto) << QByteArray("8f9a0b1c2d3e4f");
        QTest::newRow("forced api key")
            << "abc" << int(AuthScheme::ApiKey) << QByteArray("Bearer abc");
        QTest::newRow("forced session on sk") << key << int(AuthScheme::SessionToken) << keyBytes;
        // The portal matches "Bearer " case-sensitively: whatever was pasted, exactly that goes.
        QTest::newRow("auto pasted upper-case BEARER")
            << "BEARER " + key << int(AuthScheme::Auto) << "Bearer " + keyBytes;
        QTest::newRow("forced bearer on a session token")
            << " 8f9a0b1c2d3e4f " << int(AuthScheme::ApiKey) << QByteArray("Bearer 8f9a0b1c2d3e4f");
        QTest::newRow("forced bearer on a pasted bearer session token")
            << "bearer 8f9a0b1c2d3e4f" << int(AuthScheme::ApiKey)
            << QByteArray("Bearer 8f9a0b1c2d3e4f");
        QTest::newRow("forced session on a pasted bearer session token")
            << "Bearer 8f9a0b1c2d3e4f" << int(AuthScheme::SessionToken)
            << QByteArray("8f9a0b1c2d3e4f");
    }
    void authorizationHeader_choosesScheme()
    {
        QFETCH(QString, token);
        QFETCH(int, scheme);
        QFETCH(QByteArray, header);
        QCOMPARE(Auth::authorizationHeader(token, AuthScheme(scheme)), header);
    }

    void schemeNames_roundTrip()
    {
        for (AuthScheme s : {AuthScheme::Auto, AuthScheme::ApiKey, AuthScheme::SessionToken}) {
            AuthScheme parsed = AuthScheme::Auto;
            QVERIFY(Auth::parseSchemeName(Auth::schemeName(s), &parsed));
            QCOMPARE(parsed, s);
        }
        AuthScheme unused = AuthScheme::Auto;
        QVERIFY(!Auth::parseSchemeName(QStringLiteral("basic"), &unused));
        AuthScheme bearer = AuthScheme::Auto;
        QVERIFY(Auth::parseSchemeName(QStringLiteral("bearer"), &bearer));
        QCOMPARE(bearer, AuthScheme::ApiKey);
    }

    void userAgent_namesProductAndVersion()
    {
        QCOMPARE(ApiCall::userAgent(), QByteArray("docspace-keys/" DSK_VERSION));
    }
};

QTEST_GUILESS_MAIN(TestAuthScheme)
#include "tst_authscheme.moc"
