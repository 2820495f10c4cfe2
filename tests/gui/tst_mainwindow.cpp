#include "mainwindow.h"
#include "messagebox.h"
#include "profilestore.h"
#include "sandboxserver.h"
#include "secretstore.h"
#include "statusmodel.h"
#include "statuspanel.h"
#include "tlsserving.h"

#include <QAction>
#include <QCheckBox>
#include <QClipboard>
#include <QComboBox>
#include <QDirIterator>
#include <QGuiApplication>
#include <QLabel>
#include <QLineEdit>
#include <QListView>
#include <QNetworkReply>
#include <QProgressBar>
#include <QPushButton>
#include <QSettings>
#include <QSignalSpy>
#include <QStatusBar>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

class TestMainWindow : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();

    void revoke_validInputs_showsRevokedEntry();
    void revoke_sameIdTwice_reportsNotFound();
    void revoke_invalidId_showsInlineMessageAndSendsNothing();
    void revoke_confirmationCancelled_sendsNothing();
    void revoke_ctrlReturn_asksAndRevokes();
    void revoke_anotherUsersKeyAsMember_reportsRefused();
    void revoke_rateLimited_statusBarSaysRetryingThenRevokes();
    void cancel_slowPortal_reportsCancelledAndReenables();
    void tokenField_default_isMaskedAndToggleShowsIt();
    void portal_plainHttpRemote_requiresVisibleOptIn();
    void portal_plainHttpLoopback_needsNoOptIn();
    void copy_afterRevoke_putsEntryTextOnClipboard();
    void revoke_untrustedCertificate_offersTrustThenSucceeds();
    void revoke_pinnedCertificateChanged_namesOldAndNewFingerprint();
    void settings_afterRevokeWithoutProfile_tokenInNoFile();
    void token_clearedAfterTyping_showsInlineMessage();
    void about_helpMenu_showsVersionAndTitleIsFixed();

private:
    template<typename T> T *find(const char *name) const
    {
        T *widget = m_window->findChild<T *>(QLatin1String(name));
        if (!widget)
            qFatal("no child named %s", name);
        return widget;
    }
    // Types into the fields like a user would.
    void fill(const QString &portal, const QString &token, const QString &keyId);
    QString adminToken() const;
    QString keyIdOf(const QString &name) const;
    int deleteRequests() const;
    QModelIndex newestEntry() const;
    int entryCount() const;

    std::unique_ptr<MainWindow> makeWindow();

    QTemporaryDir m_settingsDir;
    std::unique_ptr<QTemporaryDir> m_profileDir;
    std::unique_ptr<ProfileStore> m_profiles;
    std::unique_ptr<MemorySecretStore> m_secrets;
    std::unique_ptr<SandboxServer> m_sandbox;
    std::unique_ptr<MainWindow> m_window;
};

void TestMainWindow::initTestCase()
{
    QVERIFY(m_settingsDir.isValid());
    QCoreApplication::setOrganizationName(QStringLiteral("DocSpaceKeysTests"));
    QCoreApplication::setApplicationName(QStringLiteral("tst_mainwindow"));
    QSettings::setPath(QSettings::NativeFormat, QSettings::UserScope, m_settingsDir.path());
    QSettings::setPath(QSettings::IniFormat, QSettings::UserScope, m_settingsDir.path());
}

void TestMainWindow::init()
{
    QSettings().clear();
    m_sandbox = std::make_unique<SandboxServer>();
    QVERIFY2(m_sandbox->listen(QHostAddress(QHostAddress::LocalHost), 0, 0),
             qPrintable(m_sandbox->errorString()));
    m_profileDir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_profileDir->isValid());
    m_profiles = std::make_unique<ProfileStore>(m_profileDir->filePath("profiles.ini"));
    m_profiles->load();
    m_secrets = std::make_unique<MemorySecretStore>();
    m_window = makeWindow();
    m_window->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
}

void TestMainWindow::cleanup()
{
    MessageBox::setNextAnswer(QMessageBox::NoButton);
    m_window.reset();
    m_secrets.reset();
    m_profiles.reset();
    m_profileDir.reset();
    m_sandbox.reset();
}

std::unique_ptr<MainWindow> TestMainWindow::makeWindow()
{
    return std::make_unique<MainWindow>(
        MainWindow::Services{nullptr, m_profiles.get(), m_secrets.get()});
}

void TestMainWindow::fill(const QString &portal, const QString &token, const QString &keyId)
{
    const auto type = [](QLineEdit *edit, const QString &text) {
        edit->clear();
        QTest::keyClicks(edit, text);
    };
    type(find<QLineEdit>("portalEdit"), portal);
    type(find<QLineEdit>("tokenEdit"), token);
    type(find<QLineEdit>("keyIdEdit"), keyId);
}

QString TestMainWindow::adminToken() const
{
    const SandboxInfo info = m_sandbox->info();
    const SandboxKey *key = info.keyByName(QStringLiteral("Admin console"));
    return key ? key->secret : QString();
}

QString TestMainWindow::keyIdOf(const QString &name) const
{
    const SandboxInfo info = m_sandbox->info();
    const SandboxKey *key = info.keyByName(name);
    return key ? key->id.toString(QUuid::WithoutBraces) : QString();
}

int TestMainWindow::deleteRequests() const
{
    int count = 0;
    for (const RequestLogEntry &entry : m_sandbox->requestLog()) {
        if (entry.method == "DELETE")
            ++count;
    }
    return count;
}

QModelIndex TestMainWindow::newestEntry() const
{
    return find<StatusPanel>("statusPanel")->model()->index(0, 0);
}

int TestMainWindow::entryCount() const
{
    return find<StatusPanel>("statusPanel")->model()->rowCount();
}

void TestMainWindow::revoke_validInputs_showsRevokedEntry()
{
    const QString keyId = keyIdOf(QStringLiteral("Zapier integration"));
    QVERIFY(!keyId.isEmpty());
    fill(m_sandbox->httpUrl().toString(), adminToken(), keyId);
    auto *revokeButton = find<QPushButton>("revokeButton");
    QVERIFY(revokeButton->isEnabled());

    MessageBox::setNextAnswer(QMessageBox::Ok);
    QTest::mouseClick(revokeButton, Qt::LeftButton);
    // One plural message for any count, naming the key: "Revoke 1 API key: <id>?".
    const QString question = MessageBox::lastText().section(QLatin1Char('\n'), 0, 0);
    QVERIFY2(question.startsWith(QStringLiteral("Revoke 1 API key")) && question.contains(keyId),
             qPrintable(question));
    QVERIFY(MessageBox::lastText().contains(QStringLiteral("cannot be undone")));
    QVERIFY(find<QProgressBar>("busyIndicator")->isVisible());
    QVERIFY(find<QPushButton>("cancelButton")->isEnabled());
    QVERIFY(!revokeButton->isEnabled());

    QTRY_COMPARE(entryCount(), 1);
    const QModelIndex entry = newestEntry();
    QCOMPARE(entry.data(StatusModel::KindNameRole).toString(), QStringLiteral("revoked"));
    QVERIFY(entry.data(StatusModel::HeadlineRole).toString().contains(keyId));
    QVERIFY(entry.data(StatusModel::HeadlineRole).toString().contains(QStringLiteral("HTTP 200")));
    QVERIFY(!entry.data(StatusModel::SentenceRole).toString().isEmpty());
    QVERIFY(!find<QProgressBar>("busyIndicator")->isVisible());
    QVERIFY(!find<QPushButton>("cancelButton")->isEnabled());
    QVERIFY(revokeButton->isEnabled());
    QCOMPARE(deleteRequests(), 1);
    QVERIFY(!m_window->statusBar()->currentMessage().contains(adminToken()));
}

void TestMainWindow::revoke_sameIdTwice_reportsNotFound()
{
    const QString keyId = keyIdOf(QStringLiteral("Backup script"));
    fill(m_sandbox->httpUrl().toString(), adminToken(), keyId);

    MessageBox::setNextAnswer(QMessageBox::Ok);
    QTest::mouseClick(find<QPushButton>("revokeButton"), Qt::LeftButton);
    QTRY_COMPARE(entryCount(), 1);
    QCOMPARE(newestEntry().data(StatusModel::KindNameRole).toString(), QStringLiteral("revoked"));

    MessageBox::setNextAnswer(QMessageBox::Ok);
    QTRY_VERIFY(find<QPushButton>("revokeButton")->isEnabled());
    QTest::mouseClick(find<QPushButton>("revokeButton"), Qt::LeftButton);
    QTRY_COMPARE(entryCount(), 2);
    QCOMPARE(newestEntry().data(StatusModel::KindNameRole).toString(), QStringLiteral("not_found"));
    QVERIFY(newestEntry().data(StatusModel::HeadlineRole).toString().contains(keyId));
}

void TestMainWindow::revoke_invalidId_showsInlineMessageAndSendsNothing()
{
    fill(m_sandbox->httpUrl().toString(), adminToken(), QStringLiteral("not-a-key-id"));

    auto *keyIdError = find<QLabel>("keyIdError");
    QVERIFY(keyIdError->isVisible());
    QVERIFY(!keyIdError->text().isEmpty());
    QVERIFY(!find<QLabel>("portalError")->isVisible());
    QVERIFY(!find<QLabel>("tokenError")->isVisible());
    QVERIFY(!find<QPushButton>("revokeButton")->isEnabled());

    // Neither the shortcut nor a stray answer gets anything sent.
    MessageBox::setNextAnswer(QMessageBox::Ok);
    QTest::keyClick(find<QLineEdit>("keyIdEdit"), Qt::Key_Return, Qt::ControlModifier);
    QTest::keyClick(find<QLineEdit>("keyIdEdit"), Qt::Key_Enter, Qt::ControlModifier);
    // Nothing is on its way: no reply exists (a request sent would have one until it is done).
    QVERIFY(QTest::qWaitFor([this] { return m_window->findChildren<QNetworkReply *>().isEmpty(); },
                            5000));
    QCOMPARE(entryCount(), 0);
    QVERIFY(m_sandbox->requestLog().isEmpty());

    // Fixing the id clears the message and enables Revoke.
    find<QLineEdit>("keyIdEdit")->clear();
    QTest::keyClicks(find<QLineEdit>("keyIdEdit"), keyIdOf(QStringLiteral("CI pipeline")));
    QVERIFY(!keyIdError->isVisible());
    QVERIFY(find<QPushButton>("revokeButton")->isEnabled());
}

void TestMainWindow::revoke_confirmationCancelled_sendsNothing()
{
    fill(m_sandbox->httpUrl().toString(), adminToken(), keyIdOf(QStringLiteral("CI pipeline")));

    MessageBox::setNextAnswer(QMessageBox::Cancel);
    QTest::mouseClick(find<QPushButton>("revokeButton"), Qt::LeftButton);
    QVERIFY(!m_window->isBusy());
    // Nothing is on its way: no reply exists (a request sent would have one until it is done).
    QVERIFY(QTest::qWaitFor([this] { return m_window->findChildren<QNetworkReply *>().isEmpty(); },
                            5000));
    QCOMPARE(entryCount(), 0);
    QVERIFY(m_sandbox->requestLog().isEmpty());
    QVERIFY(find<QPushButton>("revokeButton")->isEnabled());
}

void TestMainWindow::revoke_ctrlReturn_asksAndRevokes()
{
    fill(m_sandbox->httpUrl().toString(), adminToken(), keyIdOf(QStringLiteral("CI pipeline")));

    MessageBox::setNextAnswer(QMessageBox::Ok);
    QTest::keyClick(find<QLineEdit>("keyIdEdit"), Qt::Key_Return, Qt::ControlModifier);
    QTRY_COMPARE(entryCount(), 1);
    QCOMPARE(newestEntry().data(StatusModel::KindNameRole).toString(), QStringLiteral("revoked"));
    QCOMPARE(deleteRequests(), 1);
}

void TestMainWindow::revoke_anotherUsersKeyAsMember_reportsRefused()
{
    const SandboxInfo info = m_sandbox->info();
    const SandboxUser *carol = nullptr;
    for (const SandboxUser &user : info.users) {
        if (user.role == SandboxRole::Member)
            carol = &user;
    }
    QVERIFY(carol);
    fill(m_sandbox->httpUrl().toString(), carol->sessionToken,
         keyIdOf(QStringLiteral("Zapier integration")));
    find<QComboBox>("schemeCombo")->setCurrentIndex(2); // session token

    MessageBox::setNextAnswer(QMessageBox::Ok);
    QTest::mouseClick(find<QPushButton>("revokeButton"), Qt::LeftButton);
    QTRY_COMPARE(entryCount(), 1);
    QCOMPARE(newestEntry().data(StatusModel::KindNameRole).toString(), QStringLiteral("refused"));
}

void TestMainWindow::revoke_rateLimited_statusBarSaysRetryingThenRevokes()
{
    FaultSettings faults;
    faults.rateLimitRetryAfter = 1;
    faults.count = 1;
    m_sandbox->setFaults(faults);
    fill(m_sandbox->httpUrl().toString(), adminToken(), keyIdOf(QStringLiteral("CI pipeline")));

    MessageBox::setNextAnswer(QMessageBox::Ok);
    QTest::mouseClick(find<QPushButton>("revokeButton"), Qt::LeftButton);
    QTRY_COMPARE(m_window->statusBar()->currentMessage(),
                 QStringLiteral("Rate limited by the portal, retrying in 1 s…"));
    QVERIFY(m_window->isBusy());
    QTRY_COMPARE_WITH_TIMEOUT(entryCount(), 1, 10000);
    QCOMPARE(newestEntry().data(StatusModel::KindNameRole).toString(), QStringLiteral("revoked"));
    QCOMPARE(deleteRequests(), 2);
}

void TestMainWindow::cancel_slowPortal_reportsCancelledAndReenables()
{
    FaultSettings faults;
    faults.latencyMs = 20000;
    m_sandbox->setFaults(faults);
    fill(m_sandbox->httpUrl().toString(), adminToken(), keyIdOf(QStringLiteral("CI pipeline")));

    MessageBox::setNextAnswer(QMessageBox::Ok);
    QTest::mouseClick(find<QPushButton>("revokeButton"), Qt::LeftButton);
    auto *cancelButton = find<QPushButton>("cancelButton");
    QVERIFY(cancelButton->isEnabled());
    QTRY_COMPARE(deleteRequests(), 1); // the request is at the portal, waiting
    QTest::mouseClick(cancelButton, Qt::LeftButton);
    QTRY_COMPARE(entryCount(), 1);
    QCOMPARE(newestEntry().data(StatusModel::KindNameRole).toString(), QStringLiteral("cancelled"));
    QVERIFY(!cancelButton->isEnabled());
    QVERIFY(find<QPushButton>("revokeButton")->isEnabled());
    QVERIFY(!find<QProgressBar>("busyIndicator")->isVisible());
}

void TestMainWindow::tokenField_default_isMaskedAndToggleShowsIt()
{
    auto *tokenEdit = find<QLineEdit>("tokenEdit");
    QCOMPARE(tokenEdit->echoMode(), QLineEdit::Password);
    auto *toggle = find<QAction>("showTokenButton");
    QVERIFY(!toggle->icon().isNull());

    toggle->trigger();
    QCOMPARE(tokenEdit->echoMode(), QLineEdit::Normal);
    toggle->trigger();
    QCOMPARE(tokenEdit->echoMode(), QLineEdit::Password);

    // A token put in (from a profile or the keychain) shows from its start, not scrolled to its
    // end; one typed keeps the cursor where the typing is.
    m_window->setToken(adminToken());
    QCOMPARE(tokenEdit->cursorPosition(), 0);
    tokenEdit->clear();
    tokenEdit->setFocus();
    QTRY_VERIFY(tokenEdit->hasFocus());
    QTest::keyClicks(tokenEdit, QStringLiteral("sk-typed"));
    QCOMPARE(tokenEdit->cursorPosition(), 8);
}

void TestMainWindow::portal_plainHttpRemote_requiresVisibleOptIn()
{
    fill(QStringLiteral("http://portal.example.com"), adminToken(),
         keyIdOf(QStringLiteral("CI pipeline")));
    auto *allowHttp = find<QCheckBox>("allowHttpCheck");
    QVERIFY(allowHttp->isVisible());
    QVERIFY(!allowHttp->isChecked());
    QVERIFY(allowHttp->text().remove(QLatin1Char('&')).contains(QStringLiteral("clear text")));
    QVERIFY(!find<QPushButton>("revokeButton")->isEnabled());

    allowHttp->click();
    QVERIFY(find<QPushButton>("revokeButton")->isEnabled());

    // Back to HTTPS: the opt-in disappears and is forgotten.
    auto *portalEdit = find<QLineEdit>("portalEdit");
    portalEdit->clear();
    QTest::keyClicks(portalEdit, QStringLiteral("https://portal.example.com"));
    QVERIFY(!allowHttp->isVisible());
    QVERIFY(!allowHttp->isChecked());
    QVERIFY(find<QPushButton>("revokeButton")->isEnabled());
}

void TestMainWindow::portal_plainHttpLoopback_needsNoOptIn()
{
    fill(m_sandbox->httpUrl().toString(), adminToken(), keyIdOf(QStringLiteral("CI pipeline")));
    QVERIFY(!find<QCheckBox>("allowHttpCheck")->isVisible());
    QVERIFY(find<QPushButton>("revokeButton")->isEnabled());
}

void TestMainWindow::copy_afterRevoke_putsEntryTextOnClipboard()
{
    const QString keyId = keyIdOf(QStringLiteral("Zapier integration"));
    fill(m_sandbox->httpUrl().toString(), adminToken(), keyId);
    MessageBox::setNextAnswer(QMessageBox::Ok);
    QTest::mouseClick(find<QPushButton>("revokeButton"), Qt::LeftButton);
    QTRY_COMPARE(entryCount(), 1);

    QGuiApplication::clipboard()->clear();
    QTest::mouseClick(find<QPushButton>("copyButton"), Qt::LeftButton);
    const QString copied = QGuiApplication::clipboard()->text();
    QVERIFY(copied.contains(keyId));
    QVERIFY(copied.contains(QStringLiteral("Revoked")));
    QVERIFY(copied.contains(m_sandbox->httpUrl().host()));
    QVERIFY(!copied.contains(adminToken()));

    QTest::mouseClick(find<QPushButton>("clearButton"), Qt::LeftButton);
    QCOMPARE(entryCount(), 0);
}

void TestMainWindow::revoke_untrustedCertificate_offersTrustThenSucceeds()
{
    DSK_SKIP_UNLESS_HTTPS_SERVES();
    const QString keyId = keyIdOf(QStringLiteral("Zapier integration"));
    fill(m_sandbox->httpsUrl().toString(), adminToken(), keyId);

    MessageBox::setNextAnswer(QMessageBox::Ok);
    QTest::mouseClick(find<QPushButton>("revokeButton"), Qt::LeftButton);
    QTRY_COMPARE(entryCount(), 1);
    const QModelIndex failed = newestEntry();
    QCOMPARE(failed.data(StatusModel::KindNameRole).toString(), QStringLiteral("tls_error"));
    const QString fingerprint = failed.data(StatusModel::FingerprintRole).toString();
    QCOMPARE(fingerprint.toLower().remove(QLatin1Char(':')),
             QString::fromLatin1(m_sandbox->certificateSha256()));
    QVERIFY(failed.data(StatusModel::DetailsRole)
                .toStringList()
                .join(QLatin1Char('\n'))
                .contains(fingerprint));
    QCOMPARE(deleteRequests(), 0);

    auto *trustButton = find<QPushButton>("trustCertificateButton");
    QVERIFY(trustButton->isVisible());
    QVERIFY(trustButton->text()
                .remove(QLatin1Char('&'))
                .contains(QStringLiteral("Trust this certificate")));

    // Declining the trust keeps the certificate untrusted.
    MessageBox::setNextAnswer(QMessageBox::Cancel);
    QTest::mouseClick(trustButton, Qt::LeftButton);
    QVERIFY(MessageBox::lastText().contains(fingerprint));
    QVERIFY(trustButton->isVisible());

    MessageBox::setNextAnswer(QMessageBox::Ok);
    QTest::mouseClick(trustButton, Qt::LeftButton);
    QVERIFY(!trustButton->isVisible());
    QVERIFY(newestEntry().data(StatusModel::CertificateTrustedRole).toBool());

    MessageBox::setNextAnswer(QMessageBox::Ok);
    QTest::mouseClick(find<QPushButton>("revokeButton"), Qt::LeftButton);
    QTRY_COMPARE(entryCount(), 2);
    QCOMPARE(newestEntry().data(StatusModel::KindNameRole).toString(), QStringLiteral("revoked"));
    QCOMPARE(deleteRequests(), 1);
}

void TestMainWindow::revoke_pinnedCertificateChanged_namesOldAndNewFingerprint()
{
    DSK_SKIP_UNLESS_HTTPS_SERVES();
    // Trusted before, by this fingerprint; the portal now shows another certificate.
    const QString pinned = QStringLiteral(
        "AA:BB:CC:DD:EE:FF:00:11:22:33:44:55:66:77:88:99:AA:BB:CC:DD:EE:FF:00:11:22:33:44:55:66:"
        "77:88:99");
    QString error;
    QVERIFY2(m_window->trustCertificate(m_sandbox->httpsUrl().toString(), pinned, &error),
             qPrintable(error));
    fill(m_sandbox->httpsUrl().toString(), adminToken(),
         keyIdOf(QStringLiteral("Zapier integration")));
    MessageBox::setNextAnswer(QMessageBox::Ok);
    QTest::mouseClick(find<QPushButton>("revokeButton"), Qt::LeftButton);
    QTRY_COMPARE(entryCount(), 1);
    const QModelIndex failed = newestEntry();
    QCOMPARE(failed.data(StatusModel::KindNameRole).toString(), QStringLiteral("tls_error"));
    const QString now = failed.data(StatusModel::FingerprintRole).toString();
    const QString sentence = failed.data(StatusModel::SentenceRole).toString();
    QVERIFY2(sentence.contains(QStringLiteral("has changed")) && sentence.contains(pinned) &&
                 sentence.contains(now) && now != pinned,
             qPrintable(sentence));
    QCOMPARE(deleteRequests(), 0);
}

void TestMainWindow::settings_afterRevokeWithoutProfile_tokenInNoFile()
{
    fill(m_sandbox->httpUrl().toString(), adminToken(), keyIdOf(QStringLiteral("CI pipeline")));
    find<QComboBox>("schemeCombo")->setCurrentIndex(1); // API key
    MessageBox::setNextAnswer(QMessageBox::Ok);
    QTest::mouseClick(find<QPushButton>("revokeButton"), Qt::LeftButton);
    QTRY_COMPARE(entryCount(), 1);
    m_window->close();
    QVERIFY(!m_window->isVisible());

    // Without a profile nothing is saved at all, least of all the token.
    for (const QString &root : {m_settingsDir.path(), m_profileDir->path()}) {
        QDirIterator files(root, QDir::Files | QDir::Hidden, QDirIterator::Subdirectories);
        while (files.hasNext()) {
            QFile file(files.next());
            QVERIFY(file.open(QIODevice::ReadOnly));
            QVERIFY2(!file.readAll().contains(adminToken().toLatin1()),
                     qPrintable(file.fileName()));
        }
    }
    QVERIFY(m_profiles->profiles().isEmpty());

    // A new window starts without a profile and with empty fields.
    m_window = makeWindow();
    QCOMPARE(find<QComboBox>("profileCombo")->currentIndex(), 0);
    QVERIFY(find<QLineEdit>("tokenEdit")->text().isEmpty());
}

void TestMainWindow::token_clearedAfterTyping_showsInlineMessage()
{
    auto *tokenEdit = find<QLineEdit>("tokenEdit");
    auto *tokenError = find<QLabel>("tokenError");
    QVERIFY(!tokenError->isVisible()); // nothing typed yet: no scolding
    QTest::keyClicks(tokenEdit, QStringLiteral("x"));
    QTest::keyClick(tokenEdit, Qt::Key_Backspace);
    QVERIFY(tokenError->isVisible());
    QVERIFY(tokenError->text().startsWith(QStringLiteral("Enter the access token")));
}

void TestMainWindow::about_helpMenu_showsVersionAndTitleIsFixed()
{
    fill(m_sandbox->httpUrl().toString(), adminToken(), keyIdOf(QStringLiteral("CI pipeline")));
    QCOMPARE(m_window->windowTitle(), QStringLiteral("DocSpace Keys"));
    QVERIFY(!m_window->windowIcon().isNull());
    MessageBox::setNextAnswer(QMessageBox::Ok);
    find<QAction>("actionAbout")->trigger();
    QVERIFY(MessageBox::lastText().contains(QStringLiteral(DSK_VERSION)));
    QVERIFY(!MessageBox::lastText().contains(adminToken()));
}

QTEST_MAIN(TestMainWindow)
#include "tst_mainwindow.moc"
