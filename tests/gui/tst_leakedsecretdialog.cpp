// "Revoke leaked secret" on its own against the in-process sandbox: a secret pasted in a log is
// identified through keys/@self and revoked with the administrator's token after a confirmation
// naming the key; a revoked secret "no longer works"; a deactivated key's secret only offers a
// candidate that is never revoked unless ticked and confirmed; and the secret ends up in no file.
#include "docspaceclient.h"
#include "historylog.h"
#include "historyrecorder.h"
#include "homescan.h"
#include "leakedsecretdialog.h"
#include "messagebox.h"
#include "sandboxserver.h"

#include <QCheckBox>
#include <QClipboard>
#include <QGuiApplication>
#include <QLabel>
#include <QNetworkAccessManager>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QTest>

class TestLeakedSecretDialog : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<SandboxServer> m_server;
    std::unique_ptr<QNetworkAccessManager> m_network;
    std::unique_ptr<HistoryRecorder> m_recorder;
    SandboxInfo m_info;

    const SandboxKey &key(const char *name) const
    {
        return *m_info.keyByName(QString::fromUtf8(name));
    }
    QString id(const char *name) const { return key(name).id.toString(QUuid::WithoutBraces); }
    bool exists(const char *name) const { return m_server->portal().key(key(name).id).has_value(); }
    AdminConnection admin(const QString &token = {}) const
    {
        AdminConnection connection;
        connection.network = m_network.get();
        connection.settings.portal = PortalAddress::parse(m_server->httpUrl().toString());
        connection.settings.token = token.isEmpty() ? key("Admin console").secret : token;
        connection.profile = QStringLiteral("Sandbox");
        connection.actor = QStringLiteral("Alice Owner");
        return connection;
    }
    int deletes() const
    {
        int count = 0;
        for (const RequestLogEntry &entry : m_server->requestLog())
            count += entry.method == "DELETE" ? 1 : 0;
        return count;
    }
    static void find(LeakedSecretDialog &dialog, const QString &text)
    {
        // What a paste does: the text lands in the box.
        dialog.findChild<QPlainTextEdit *>(QStringLiteral("leakedTextEdit"))->setPlainText(text);
        QTest::mouseClick(dialog.findChild<QPushButton *>(QStringLiteral("findKeysButton")),
                          Qt::LeftButton);
        QTRY_VERIFY_WITH_TIMEOUT(!dialog.isIdentifying(), 15000);
    }
    template<typename T> static T *child(const QWidget &parent, const QString &name)
    {
        T *widget = parent.findChild<T *>(name);
        if (!widget)
            qFatal("no child named %s", qPrintable(name));
        return widget;
    }
    static QStringList names(const QList<ApiKey> &keys)
    {
        QStringList result;
        for (const ApiKey &key : keys)
            result << key.name;
        return result;
    }
    static QStringList allLabelTexts(const QWidget &widget)
    {
        QStringList texts;
        for (const QLabel *label : widget.findChildren<QLabel *>())
            texts << label->text();
        for (const QAbstractButton *button : widget.findChildren<QAbstractButton *>())
            texts << button->text();
        return texts;
    }

private slots:
    void init()
    {
        m_server = std::make_unique<SandboxServer>();
        QVERIFY(m_server->listen(QHostAddress::LocalHost, 0, -1));
        m_info = m_server->info();
        m_network = std::make_unique<QNetworkAccessManager>();
        QFile::remove(HistoryLog::defaultPath());
        m_recorder = std::make_unique<HistoryRecorder>(QString(), QStringLiteral("gui"));
    }
    void cleanup()
    {
        MessageBox::setNextAnswer(QMessageBox::NoButton);
        m_recorder.reset();
        m_network.reset();
        m_server.reset();
    }

    void leakedSecretInALog_identifiedAndRevokedWithTheAdminToken()
    {
        const QString leaked = key("Carol's notebook").secret;
        LeakedSecretDialog dialog(admin(), m_recorder.get());
        dialog.show();
        QSignalSpy outcomes(&dialog, &LeakedSecretDialog::outcome);
        QSignalSpy finished(&dialog, &LeakedSecretDialog::revocationFinished);
        QSignalSpy changed(&dialog, &LeakedSecretDialog::keysChanged);
        find(dialog, QStringLiteral("12:00:01 POST /webhook ok\nAuthorization: Bearer ") + leaked +
                         QStringLiteral("\n12:00:02 done\n"));
        QCOMPARE(dialog.secretCount(), 1);
        // The box is emptied once the secrets are out of it; only the redacted form is shown.
        QVERIFY(child<QPlainTextEdit>(dialog, QStringLiteral("leakedTextEdit"))
                    ->toPlainText()
                    .isEmpty());
        QVERIFY(allLabelTexts(dialog).contains(LeakedSecrets::redacted(leaked)));
        for (const QString &text : allLabelTexts(dialog))
            QVERIFY(!text.contains(leaked));

        QCOMPARE(child<QLabel>(dialog, QStringLiteral("keyNameLabel"))->text(),
                 QStringLiteral("Carol's notebook"));
        QVERIFY(allLabelTexts(dialog).contains(QStringLiteral("Carol Member")));
        auto *choice = child<QCheckBox>(dialog, QStringLiteral("revoke-") + id("Carol's notebook"));
        QVERIFY(choice->isChecked());
        QCOMPARE(deletes(), 0); // nothing happens before the confirmation

        MessageBox::setNextAnswer(QMessageBox::Ok);
        QTest::mouseClick(child<QPushButton>(dialog, QStringLiteral("leakedRevokeButton")),
                          Qt::LeftButton);
        // The confirmation named the key, its owner and its ending, never the secret.
        QVERIFY(MessageBox::lastText().contains(QLatin1String("Carol's notebook")));
        QVERIFY(MessageBox::lastText().contains(QLatin1String("Carol Member")));
        QVERIFY(MessageBox::lastText().contains(leaked.right(4)));
        QVERIFY(!MessageBox::lastText().contains(leaked));
        QVERIFY(finished.wait(15000));

        QCOMPARE(outcomes.size(), 1);
        const auto outcome = outcomes.first().at(0).value<RevokeOutcome>();
        QCOMPARE(outcome.kind, OutcomeKind::Revoked);
        QCOMPARE(outcomes.first().at(1).value<ApiKey>().name, QStringLiteral("Carol's notebook"));
        QCOMPARE(changed.size(), 1);
        QVERIFY(!exists("Carol's notebook"));
        QVERIFY(!choice->isEnabled());
        QCOMPARE(child<QLabel>(dialog, QStringLiteral("result-") + id("Carol's notebook"))->text(),
                 QStringLiteral("Revoked"));

        // The DELETE went out with the administrator's key as Bearer, and the admin key was used.
        const QList<RequestLogEntry> log = m_server->requestLog();
        QCOMPARE(log.constLast().method, QByteArray("DELETE"));
        QVERIFY(log.constLast().path.endsWith(id("Carol's notebook")));
        QCOMPARE(log.constLast().authorizationScheme, QStringLiteral("Bearer"));
        QVERIFY(m_server->portal().key(key("Admin console").id)->lastUsed.isValid());

        // The history holds the id, name and ending; no file anywhere holds the secret.
        const HistoryLog::ReadResult history = HistoryLog().read();
        QCOMPARE(history.records.size(), 1);
        QCOMPARE(history.records.first().keyId, id("Carol's notebook"));
        QCOMPARE(history.records.first().keyName, QStringLiteral("Carol's notebook"));
        QCOMPARE(history.records.first().keyPostfix, leaked.right(4));
        QCOMPARE(history.records.first().profile, QStringLiteral("Sandbox"));
        QCOMPARE(history.records.first().actor, QStringLiteral("Alice Owner"));
        QFile historyFile(HistoryLog::defaultPath());
        QVERIFY(historyFile.open(QIODevice::ReadOnly));
        QVERIFY(!historyFile.readAll().contains(leaked.toUtf8()));
        const QStringList hits = filesUnderHomeContaining(leaked);
        QVERIFY2(hits.isEmpty(), qPrintable(hits.join(QLatin1Char(' '))));

        // Closing forgets everything.
        dialog.reject();
        QCOMPARE(dialog.secretCount(), 0);
        QVERIFY(!allLabelTexts(dialog).contains(LeakedSecrets::redacted(leaked)));
    }

    void adminSessionToken_deleteSentWithItNotTheSecret()
    {
        // With a session token for the admin, the DELETE is "raw": the leaked key was not used.
        QString session;
        for (const SandboxUser &user : m_info.users) {
            if (user.role == SandboxRole::Owner)
                session = user.sessionToken;
        }
        LeakedSecretDialog dialog(admin(session), m_recorder.get());
        QSignalSpy finished(&dialog, &LeakedSecretDialog::revocationFinished);
        find(dialog, key("CI pipeline").secret);
        MessageBox::setNextAnswer(QMessageBox::Ok);
        dialog.revokeSelected();
        QVERIFY(finished.wait(15000));
        QVERIFY(!exists("CI pipeline"));
        QCOMPARE(m_server->requestLog().constLast().method, QByteArray("DELETE"));
        QCOMPARE(m_server->requestLog().constLast().authorizationScheme, QStringLiteral("raw"));
    }

    void confirmationCancelled_nothingRevoked()
    {
        LeakedSecretDialog dialog(admin(), m_recorder.get());
        find(dialog, key("Backup script").secret);
        MessageBox::setNextAnswer(QMessageBox::Cancel);
        dialog.revokeSelected();
        QVERIFY(!dialog.isRevoking());
        QCOMPARE(deletes(), 0);
        QVERIFY(exists("Backup script"));
        QVERIFY(HistoryLog().read().records.isEmpty());
    }

    void alreadyRevokedSecret_saysNoLongerWorks()
    {
        const QString leaked = key("Backup script").secret;
        {
            DocSpaceClient client(m_network.get());
            client.setConnection(admin().settings);
            QSignalSpy revoked(client.revoke(id("Backup script")), &RevokeOperation::finished);
            QVERIFY(revoked.wait(15000));
            QVERIFY(!exists("Backup script"));
        }
        LeakedSecretDialog dialog(admin(), m_recorder.get());
        find(dialog, leaked);
        QVERIFY(allLabelTexts(dialog).contains(QStringLiteral("No longer works.")));
        QVERIFY(child<QLabel>(dialog, QStringLiteral("failureLabel"))
                    ->text()
                    .contains(QLatin1String("already revoked")));
        QVERIFY(dialog.findChildren<QCheckBox *>().isEmpty());
        QVERIFY(!child<QPushButton>(dialog, QStringLiteral("leakedRevokeButton"))->isEnabled());
    }

    void deactivatedKey_candidateRevokedOnlyWhenTickedAndConfirmed()
    {
        LeakedSecretDialog dialog(admin(), m_recorder.get());
        QSignalSpy finished(&dialog, &LeakedSecretDialog::revocationFinished);
        find(dialog, QStringLiteral("leaked: ") + key("Disabled webhook").secret);
        QVERIFY(allLabelTexts(dialog).contains(QStringLiteral("No longer works.")));
        auto *candidate =
            child<QCheckBox>(dialog, QStringLiteral("candidate-") + id("Disabled webhook"));
        QVERIFY(candidate->text().contains(QLatin1String("Disabled webhook")));
        QVERIFY(candidate->text().contains(QLatin1String("deactivated")));
        QVERIFY(!candidate->isChecked());
        auto *revoke = child<QPushButton>(dialog, QStringLiteral("leakedRevokeButton"));
        QVERIFY(!revoke->isEnabled());
        dialog.revokeSelected(); // nothing ticked: nothing asked, nothing sent
        QCOMPARE(deletes(), 0);

        candidate->setChecked(true);
        QVERIFY(revoke->isEnabled());
        MessageBox::setNextAnswer(QMessageBox::Cancel);
        QTest::mouseClick(revoke, Qt::LeftButton);
        QCOMPARE(deletes(), 0);
        QVERIFY(exists("Disabled webhook"));

        MessageBox::setNextAnswer(QMessageBox::Ok);
        QTest::mouseClick(revoke, Qt::LeftButton);
        QVERIFY(finished.wait(15000));
        QVERIFY(!exists("Disabled webhook"));
        QCOMPARE(deletes(), 1);
    }

    void severalSecretsAndNearMisses_eachSecretOnce()
    {
        const QString a = key("Zapier integration").secret;
        const QString b = key("Monitoring").secret;
        QString upper = a;
        upper.replace(3, 10, QStringLiteral("ABCDEFABCD"));
        LeakedSecretDialog dialog(admin(), m_recorder.get());
        find(dialog, a + QStringLiteral("\n") + upper + QStringLiteral("\nx") + b +
                         QStringLiteral("\n\"") + b + QStringLiteral("\" ") + a);
        // Each secret once; upper-case hex and one glued to a letter are not secrets.
        QCOMPARE(dialog.secretCount(), 2);
        QCOMPARE(names(dialog.selectedKeys()),
                 (QStringList{QStringLiteral("Zapier integration"), QStringLiteral("Monitoring")}));
    }

    void pastedFromClipboard_clipboardClearedOfTheSecret()
    {
        const QString leaked = key("Zapier integration").secret;
        QClipboard *clipboard = QGuiApplication::clipboard();
        clipboard->setText(QStringLiteral("deploy.log: token=") + leaked);
        LeakedSecretDialog dialog(admin(), m_recorder.get());
        find(dialog, clipboard->text());
        QCOMPARE(dialog.secretCount(), 1);
        QVERIFY(!clipboard->text().contains(leaked));

        // Anything else on the clipboard is left alone.
        clipboard->setText(QStringLiteral("an unrelated note"));
        LeakedSecretDialog second(admin(), m_recorder.get());
        find(second, leaked);
        QCOMPARE(clipboard->text(), QStringLiteral("an unrelated note"));
    }

    void noSecret_saysSoAndKeepsTheText()
    {
        LeakedSecretDialog dialog(admin(), m_recorder.get());
        const qsizetype before = m_server->requestLog().size();
        find(dialog, QStringLiteral("sk-1234 is not a secret"));
        QCOMPARE(dialog.secretCount(), 0);
        QVERIFY(child<QLabel>(dialog, QStringLiteral("findResultLabel"))
                    ->text()
                    .contains(QLatin1String("No API-key secret")));
        QCOMPARE(child<QPlainTextEdit>(dialog, QStringLiteral("leakedTextEdit"))->toPlainText(),
                 QStringLiteral("sk-1234 is not a secret"));
        QCOMPARE(m_server->requestLog().size(), before);
        dialog.reject();
        QVERIFY(child<QPlainTextEdit>(dialog, QStringLiteral("leakedTextEdit"))
                    ->toPlainText()
                    .isEmpty());
    }
};

QTEST_MAIN(TestLeakedSecretDialog)
#include "tst_leakedsecretdialog.moc"
