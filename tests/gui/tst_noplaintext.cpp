// The whole no-plaintext promise, end to end: profiles created and keys revoked through the real
// window and through the CLI, with the real keychain (gnome-keyring on a private D-Bus session)
// and the real settings location, all under a throw-away HOME (tests/run-with-keyring.sh).
// Afterwards no file under HOME holds either token.
#include "homescan.h"
#include "mainwindow.h"
#include "messagebox.h"
#include "profiledialog.h"
#include "profilestore.h"
#include "sandboxserver.h"
#include "secretstore.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QLineEdit>
#include <QProcess>
#include <QPushButton>
#include <QSignalSpy>
#include <QTest>

#include <memory>

class TestNoPlaintext : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase()
    {
        QVERIFY2(testHomePath().contains(QLatin1String("dsk-home")),
                 "run through tests/run-with-keyring.sh: the test searches its own HOME");
    }

    void guiAndCliProfilesAndRevocations_leaveNoTokenInAnyFile()
    {
        SandboxServer sandbox;
        QVERIFY(sandbox.listen(QHostAddress::LocalHost, 0, -1));
        const SandboxInfo info = sandbox.info();
        const QString guiToken = info.keyByName(QStringLiteral("Admin console"))->secret;
        const QString cliToken =
            info.userByEmail(QStringLiteral("bob@sandbox.example"))->sessionToken;
        const QString portal = sandbox.httpUrl().toString();
        const auto keyId = [&info](const char *name) {
            return info.keyByName(QString::fromUtf8(name))->id.toString(QUuid::WithoutBraces);
        };

        // The window, on the real settings location and the real keychain.
        ProfileStore profiles;
        profiles.load();
        KeychainSecretStore keychain;
        {
            MainWindow window(MainWindow::Services{nullptr, &profiles, &keychain});
            window.show();
            QVERIFY(QTest::qWaitForWindowExposed(&window));
            QVERIFY(keychain.isPersistent());

            QTest::mouseClick(window.findChild<QPushButton *>(QStringLiteral("newProfileButton")),
                              Qt::LeftButton);
            ProfileDialog *dialog = window.profileDialog();
            QVERIFY(dialog);
            dialog->findChild<QLineEdit *>(QStringLiteral("nameEdit"))
                ->setText(QStringLiteral("GUI portal"));
            dialog->findChild<QLineEdit *>(QStringLiteral("portalEdit"))->setText(portal);
            dialog->findChild<QLineEdit *>(QStringLiteral("tokenEdit"))->setText(guiToken);
            QTest::mouseClick(dialog->findChild<QDialogButtonBox *>(QStringLiteral("buttonBox"))
                                  ->button(QDialogButtonBox::Save),
                              Qt::LeftButton);
            QTRY_VERIFY(!window.profileDialog());
            auto *combo = window.findChild<QComboBox *>(QStringLiteral("profileCombo"));
            QTRY_COMPARE(combo->currentText(), QStringLiteral("GUI portal"));

            // Revoke through the window with that profile.
            window.setKeyId(keyId("CI pipeline"));
            MessageBox::setNextAnswer(QMessageBox::Ok);
            auto *revoke = window.findChild<QPushButton *>(QStringLiteral("revokeButton"));
            QTRY_VERIFY(revoke->isEnabled());
            QTest::mouseClick(revoke, Qt::LeftButton);
            QTRY_VERIFY_WITH_TIMEOUT(!sandbox.portal().key(QUuid::fromString(keyId("CI pipeline"))),
                                     15000);
            QCOMPARE(sandbox.requestLog().constLast().authorizationScheme,
                     QStringLiteral("Bearer"));
            window.close();
        }

        // The CLI: a second profile through standard input, and a revocation with it.
        const auto cli = [](const QStringList &args, const QByteArray &input) {
            QProcess process;
            QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
            env.remove(QStringLiteral("DOCSPACE_TOKEN"));
            process.setProcessEnvironment(env);
            QSignalSpy finished(&process, &QProcess::finished);
            process.start(QStringLiteral(DSK_CLI_PATH), args);
            process.write(input);
            process.closeWriteChannel();
            finished.wait(30000);
            return std::make_pair(process.exitCode(),
                                  QString::fromUtf8(process.readAllStandardOutput() +
                                                    process.readAllStandardError()));
        };
        const auto added =
            cli({QStringLiteral("profiles"), QStringLiteral("add"), QStringLiteral("CLI portal"),
                 QStringLiteral("--portal"), portal, QStringLiteral("--token-stdin")},
                cliToken.toUtf8() + '\n');
        QCOMPARE(added.first, 0);
        const auto revoked =
            cli({QStringLiteral("revoke"), QStringLiteral("--profile"),
                 QStringLiteral("CLI portal"), QStringLiteral("--yes"), keyId("Backup script")},
                {});
        QVERIFY2(revoked.first == 0, qPrintable(revoked.second));
        QVERIFY(!revoked.second.contains(cliToken));

        // The window sees the CLI's profile, from the same settings.
        ProfileStore reread;
        reread.load();
        QVERIFY(reread.find(QStringLiteral("GUI portal")));
        QVERIFY(reread.find(QStringLiteral("CLI portal")));

        // Neither token is in any file under HOME: settings, keyring files, anything.
        for (const QString &token : {guiToken, cliToken}) {
            const QStringList hits = filesUnderHomeContaining(token);
            QVERIFY2(hits.isEmpty(), qPrintable(hits.join(QLatin1Char(' '))));
        }
#ifndef Q_OS_WIN
        // ...while the search did see the settings file that names both profiles. (Windows keeps
        // settings in the registry, not in a file: nothing to find there.)
        QVERIFY(!filesUnderHomeContaining(QStringLiteral("CLI portal")).isEmpty());
        QVERIFY(!filesUnderHomeContaining(QStringLiteral("GUI portal")).isEmpty());
#endif
    }
};

QTEST_MAIN(TestNoPlaintext)
#include "tst_noplaintext.moc"
