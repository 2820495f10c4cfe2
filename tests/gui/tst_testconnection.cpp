#include "sandboxdemo.h"
#include "tlsserving.h"
#include "windowfixture.h"

#include <QJsonDocument>
#include <QPushButton>

// "Test connection" in the real window against the sandbox portal.
class TestConnectionInWindow : public QObject, public WindowFixture
{
    Q_OBJECT

private slots:
    void init()
    {
        QVERIFY(setUp());
        startWindow();
    }
    void cleanup() { tearDown(); }

    void adminConsoleKey_showsOwnerAndKeyName();
    void memberSessionToken_showsMemberAndNotAdministratorWarning();
    void readOnlyKey_warnsItCannotRevoke();
    void wrongToken_showsUnauthorizedSentence();
    void untrustedCertificate_offersTrustThenSignsIn();
    void profileWithPinnedCertificate_signsInOverHttps();
    void slowPortal_cancelReportsCancelled();
    void invalidFields_buttonDisabledAndNothingSent();
    void demoMode_sandboxProfileSelectedAndSignsInOverPinnedHttps();

private:
    void fill(const QString &portal, const QString &token);
    void runTest();
    // Every line the result area shows, one per line.
    QString resultText() const;
    QStringList linesNamed(const char *name) const;
};

void TestConnectionInWindow::fill(const QString &portal, const QString &token)
{
    type(find<QLineEdit>("portalEdit"), portal);
    type(find<QLineEdit>("tokenEdit"), token);
}

void TestConnectionInWindow::runTest()
{
    auto *button = find<QPushButton>("testConnectionButton");
    QVERIFY(button->isEnabled());
    QTest::mouseClick(button, Qt::LeftButton);
    QTRY_VERIFY_WITH_TIMEOUT(!m_window->isBusy(), 15000);
}

QString TestConnectionInWindow::resultText() const
{
    QStringList lines;
    for (const QLabel *label : find<QWidget>("connectionResult")->findChildren<QLabel *>()) {
        if (!label->text().isEmpty())
            lines << label->text();
    }
    return lines.join(QLatin1Char('\n'));
}

QStringList TestConnectionInWindow::linesNamed(const char *name) const
{
    QStringList lines;
    for (const QLabel *label :
         find<QWidget>("connectionResult")->findChildren<QLabel *>(QLatin1String(name)))
        lines << label->text();
    return lines;
}

void TestConnectionInWindow::adminConsoleKey_showsOwnerAndKeyName()
{
    fill(httpPortal(), keySecret(QStringLiteral("Admin console")));
    runTest();
    QVERIFY(find<QWidget>("connectionResult")->isVisible());
    QCOMPARE(linesNamed("connectionSummary"),
             QStringList{QStringLiteral("Signed in as Alice Owner (owner)")});
    QCOMPARE(linesNamed("connectionKey").size(), 1);
    QVERIFY(linesNamed("connectionKey").first().contains(QStringLiteral("\"Admin console\"")));
    QVERIFY(linesNamed("connectionWarning").isEmpty());
    QVERIFY(!resultText().contains(keySecret(QStringLiteral("Admin console"))));
    QVERIFY(find<QPushButton>("testConnectionButton")->isEnabled());
}

void TestConnectionInWindow::memberSessionToken_showsMemberAndNotAdministratorWarning()
{
    fill(httpPortal(), sessionTokenOf(SandboxRole::Member));
    runTest();
    QCOMPARE(linesNamed("connectionSummary"),
             QStringList{QStringLiteral("Signed in as Carol Member (member)")});
    QVERIFY(linesNamed("connectionKey").isEmpty()); // a session token is no key
    const QStringList warnings = linesNamed("connectionWarning");
    QCOMPARE(warnings.size(), 1);
    QVERIFY(warnings.first().contains(QStringLiteral("not an administrator")));
}

void TestConnectionInWindow::readOnlyKey_warnsItCannotRevoke()
{
    fill(httpPortal(), keySecret(QStringLiteral("Read-only reporting")));
    runTest();
    QVERIFY(linesNamed("connectionSummary").first().startsWith(QStringLiteral("Signed in as")));
    QVERIFY(linesNamed("connectionKey").first().contains(QStringLiteral("Read-only reporting")));
    QVERIFY(linesNamed("connectionWarning")
                .join(QLatin1Char('\n'))
                .contains(QStringLiteral("cannot revoke keys")));
}

void TestConnectionInWindow::wrongToken_showsUnauthorizedSentence()
{
    fill(httpPortal(), QStringLiteral("sk-") + QString(64, QLatin1Char('0')));
    runTest();
    QVERIFY(linesNamed("connectionSummary").first().contains(QStringLiteral("Could not sign in")));
    const QStringList failure = linesNamed("connectionFailure");
    QCOMPARE(failure.size(), 1);
    QVERIFY(
        failure.first().startsWith(QStringLiteral("The portal did not accept the access token.")));
    QVERIFY(!resultText().contains(QStringLiteral("Signed in as")));
}

void TestConnectionInWindow::untrustedCertificate_offersTrustThenSignsIn()
{
    DSK_SKIP_UNLESS_HTTPS_SERVES();
    fill(httpsPortal(), keySecret(QStringLiteral("Admin console")));
    runTest();
    const QString fingerprint = linesNamed("connectionFingerprint").value(0);
    QVERIFY(fingerprint.toLower()
                .remove(QLatin1Char(':'))
                .contains(QString::fromLatin1(m_sandbox->certificateSha256())));
    auto *trust = find<QWidget>("connectionResult")
                      ->findChild<QPushButton *>(QStringLiteral("connectionTrustButton"));
    QVERIFY(trust);
    QTRY_VERIFY(trust->isVisible()); // shown by the result view once it lays out

    MessageBox::setNextAnswer(QMessageBox::Ok);
    QTest::mouseClick(trust, Qt::LeftButton);
    QVERIFY(MessageBox::lastText().contains(QStringLiteral("SHA-256 fingerprint")));
    QVERIFY(!linesNamed("connectionTrusted").isEmpty());

    runTest();
    QCOMPARE(linesNamed("connectionSummary"),
             QStringList{QStringLiteral("Signed in as Alice Owner (owner)")});
}

void TestConnectionInWindow::profileWithPinnedCertificate_signsInOverHttps()
{
    DSK_SKIP_UNLESS_HTTPS_SERVES();
    PortalProfile profile = seedProfile(QStringLiteral("Pinned"), httpsPortal(),
                                        keySecret(QStringLiteral("Admin console")));
    {
        ProfileStore store(iniPath());
        store.load();
        profile.pinnedSha256 = QString::fromLatin1(m_sandbox->certificateSha256());
        QString error;
        QVERIFY2(store.upsert(profile, &error), qPrintable(error));
        QVERIFY(store.save());
    }
    startWindow();
    choose(QStringLiteral("Pinned"));
    QTRY_VERIFY(!find<QLineEdit>("tokenEdit")->text().isEmpty());
    runTest();
    QCOMPARE(linesNamed("connectionSummary"),
             QStringList{QStringLiteral("Signed in as Alice Owner (owner)")});
}

void TestConnectionInWindow::slowPortal_cancelReportsCancelled()
{
    FaultSettings faults;
    faults.latencyMs = 20000;
    m_sandbox->setFaults(faults);
    fill(httpPortal(), keySecret(QStringLiteral("Admin console")));
    QTest::mouseClick(find<QPushButton>("testConnectionButton"), Qt::LeftButton);
    QVERIFY(m_window->isBusy());
    QVERIFY(find<QWidget>("busyIndicator")->isVisible());
    QVERIFY(!linesNamed("connectionProgress").isEmpty());
    QTRY_VERIFY(!m_sandbox->requestLog().isEmpty());

    QTest::mouseClick(find<QPushButton>("cancelButton"), Qt::LeftButton);
    QTRY_VERIFY(!m_window->isBusy());
    QVERIFY(linesNamed("connectionSummary").first().contains(QStringLiteral("cancelled")));
    QVERIFY(find<QPushButton>("testConnectionButton")->isEnabled());
}

void TestConnectionInWindow::invalidFields_buttonDisabledAndNothingSent()
{
    fill(QStringLiteral("not a portal at all"), keySecret(QStringLiteral("Admin console")));
    QVERIFY(!find<QPushButton>("testConnectionButton")->isEnabled());
    m_window->testConnection();
    QVERIFY(find<QLabel>("portalError")->isVisible());
    QVERIFY(!m_window->isBusy());
    QVERIFY(m_sandbox->requestLog().isEmpty());
}

void TestConnectionInWindow::demoMode_sandboxProfileSelectedAndSignsInOverPinnedHttps()
{
    DSK_SKIP_UNLESS_HTTPS_SERVES();
    SandboxDemo demo;
    QString error;
    QVERIFY2(
        SandboxDemo::fromJson(QJsonDocument(m_sandbox->info().toJson()).toJson(), &demo, &error),
        qPrintable(error));
    {
        ProfileStore store(iniPath());
        store.load();
        PortalProfile installed;
        QVERIFY2(demo.install(&store, m_secrets.get(), &installed, &error), qPrintable(error));
        QCOMPARE(installed.pinnedSha256, demo.certificateSha256);
    }
    QVERIFY(!iniContents().contains(demo.token.toUtf8()));

    startWindow();
    QCOMPARE(find<QComboBox>("profileCombo")->currentText(),
             QStringLiteral("Sandbox portal (demo)"));
    QCOMPARE(find<QLineEdit>("portalEdit")->text(), httpsPortal());
    QTRY_COMPARE(find<QLineEdit>("tokenEdit")->text(), demo.token);
    runTest();
    QCOMPARE(linesNamed("connectionSummary"),
             QStringList{QStringLiteral("Signed in as Alice Owner (owner)")});
}

QTEST_MAIN(TestConnectionInWindow)
#include "tst_testconnection.moc"
