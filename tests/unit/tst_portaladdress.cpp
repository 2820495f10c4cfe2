#include "portaladdress.h"

#include <QTest>

class TestPortalAddress : public QObject
{
    Q_OBJECT

private slots:
    void parse_acceptedForms_normaliseToOrigin_data()
    {
        QTest::addColumn<QString>("input");
        QTest::addColumn<QString>("origin");
        QTest::newRow("bare host") << "portal.example.com"
                                   << "https://portal.example.com";
        QTest::newRow("trailing slash") << "https://portal.example.com/"
                                        << "https://portal.example.com";
        QTest::newRow("upper case") << "HTTPS://PORTAL.Example.COM"
                                    << "https://portal.example.com";
        QTest::newRow("spaces around") << "  portal.example.com/  "
                                       << "https://portal.example.com";
        QTest::newRow("path and query dropped")
            << "https://portal.example.com/rooms/shared?folder=1#x"
            << "https://portal.example.com";
        QTest::newRow("default port dropped") << "https://portal.example.com:443"
                                              << "https://portal.example.com";
        QTest::newRow("custom port kept") << "portal.example.com:8443"
                                          << "https://portal.example.com:8443";
        QTest::newRow("http loopback") << "http://127.0.0.1:8088/"
                                       << "http://127.0.0.1:8088";
        QTest::newRow("ipv6 loopback") << "http://[::1]:8088"
                                       << "http://[::1]:8088";
    }
    void parse_acceptedForms_normaliseToOrigin()
    {
        QFETCH(QString, input);
        QFETCH(QString, origin);
        const PortalAddress address = PortalAddress::parse(input);
        QVERIFY2(address.isValid(), qPrintable(address.errorString()));
        QCOMPARE(address.toString(), origin);
    }

    void parse_rejectedForms_sayWhy_data()
    {
        QTest::addColumn<QString>("input");
        QTest::addColumn<QString>("mentions");
        QTest::newRow("empty") << "   "
                               << "Enter the portal address";
        QTest::newRow("ftp scheme") << "ftp://portal.example.com"
                                    << "ftp://";
        QTest::newRow("user info") << "https://admin:secret@portal.example.com"
                                   << "user name";
        QTest::newRow("empty host") << "https:///api/2.0"
                                    << "host";
        QTest::newRow("space inside") << "portal example.com"
                                      << "spaces";
    }
    void parse_rejectedForms_sayWhy()
    {
        QFETCH(QString, input);
        QFETCH(QString, mentions);
        const PortalAddress address = PortalAddress::parse(input);
        QVERIFY(!address.isValid());
        QVERIFY2(address.errorString().contains(mentions), qPrintable(address.errorString()));
    }

    void isLoopback_onlyForThisMachine_data()
    {
        QTest::addColumn<QString>("input");
        QTest::addColumn<bool>("loopback");
        QTest::newRow("127.0.0.1") << "http://127.0.0.1" << true;
        QTest::newRow("127.1.2.3") << "http://127.1.2.3" << true;
        QTest::newRow("localhost") << "http://LOCALHOST:8088" << true;
        QTest::newRow("::1") << "http://[::1]" << true;
        QTest::newRow("lan address") << "http://192.168.1.10" << false;
        QTest::newRow("name") << "http://portal.example.com" << false;
        QTest::newRow("localhost lookalike") << "http://localhost.example.com" << false;
    }
    void isLoopback_onlyForThisMachine()
    {
        QFETCH(QString, input);
        QFETCH(bool, loopback);
        QCOMPARE(PortalAddress::parse(input).isLoopback(), loopback);
    }

    void apiUrl_appendsPathToOrigin()
    {
        const PortalAddress address = PortalAddress::parse(QStringLiteral("portal.example.com/x/"));
        QCOMPARE(address.apiUrl(QStringLiteral("/api/2.0/keys/abc")).toString(),
                 QStringLiteral("https://portal.example.com/api/2.0/keys/abc"));
    }

    void sameOrigin_comparesSchemeHostAndPort()
    {
        const QUrl base(QStringLiteral("https://portal.example.com"));
        QVERIFY(PortalAddress::sameOrigin(
            base, QUrl(QStringLiteral("https://PORTAL.example.com:443/a"))));
        QVERIFY(
            !PortalAddress::sameOrigin(base, QUrl(QStringLiteral("http://portal.example.com/a"))));
        QVERIFY(!PortalAddress::sameOrigin(
            base, QUrl(QStringLiteral("https://portal.example.com:8443"))));
        QVERIFY(!PortalAddress::sameOrigin(base, QUrl(QStringLiteral("https://evil.example.com"))));
    }
};

QTEST_GUILESS_MAIN(TestPortalAddress)
#include "tst_portaladdress.moc"
