#include "batchrunner.h"
#include "hygienereportview.h"
#include "keylistmodel.h"
#include "keysview.h"
#include "windowfixture.h"

#include <QDialog>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSettings>
#include <QSignalSpy>
#include <QStatusBar>
#include <QTabWidget>
#include <QTableView>

// The three dangers of issue 11, each driven through the real window against the in-process
// sandbox: a stale key list acted on with another portal's connection, the Report locking the
// window out with its own key, and bulk deactivation without a question. "Nothing was sent" is
// proved on the sandboxes' request logs, after a later request through the same window has
// arrived: never with a fixed sleep.
class TestKeyChanges : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();

    void switchProfile_staleListCannotBeRevokedOnEitherPortal();
    void editToken_listIsClearedAndConfirmationNamesThePortal();
    void report_everyPermissionWithOwnKey_asksTwiceAndSkipMyKeySkipsOnlyIt();
    void report_ownKeyQuestionCancelled_sendsNothing();
    void bulkDeactivate_asksAndCancelSendsNothing();
    void reactivate_asksToo();

private:
    void startOnSandbox();
    void loadKeys(SandboxServer *sandbox);
    void selectByName(const QStringList &names);
    // Sends a key-list read through the window and waits until `sandbox` has logged it: every
    // request the window made before it has arrived by then.
    void markerThrough(SandboxServer *sandbox);
    static int count(SandboxServer *sandbox, const QByteArray &method);
    QString idOf(SandboxServer *sandbox, const QString &name) const;
    QDialog *confirmDialog() const;

    QTemporaryDir m_settingsDir;
    WindowFixture m_fixture;
    std::unique_ptr<SandboxServer> m_other;
    KeysView *m_keys = nullptr;
};

void TestKeyChanges::initTestCase()
{
    QVERIFY(m_settingsDir.isValid());
    QCoreApplication::setOrganizationName(QStringLiteral("DocSpaceKeysTests"));
    QCoreApplication::setApplicationName(QStringLiteral("tst_keychanges"));
    QSettings::setPath(QSettings::NativeFormat, QSettings::UserScope, m_settingsDir.path());
    QSettings::setPath(QSettings::IniFormat, QSettings::UserScope, m_settingsDir.path());
}

void TestKeyChanges::init()
{
    QVERIFY(m_fixture.setUp());
    m_other = std::make_unique<SandboxServer>();
    QVERIFY(m_other->listen(QHostAddress(QHostAddress::LocalHost), 0, 0));
}

void TestKeyChanges::cleanup()
{
    m_keys = nullptr;
    m_fixture.tearDown();
    m_other.reset();
}

void TestKeyChanges::startOnSandbox()
{
    MainWindow *window = m_fixture.startWindow();
    window->selectProfile(QUuid(), false);
    window->setPortalAddress(m_fixture.httpPortal());
    window->setToken(m_fixture.keySecret(QStringLiteral("Admin console")));
    m_keys = window->keysView();
}

void TestKeyChanges::loadKeys(SandboxServer *sandbox)
{
    const int expected = int(sandbox->portal().keys().size());
    QTest::mouseClick(m_fixture.find<QPushButton>("refreshKeysButton"), Qt::LeftButton);
    QTRY_COMPARE(m_keys->model()->rowCount(), expected);
    QTRY_VERIFY(!m_keys->isLoading());
    // "This token" is known: the own key is marked and asked about apart.
    QTRY_VERIFY(!m_keys->model()->ownKeyId().isEmpty());
}

void TestKeyChanges::selectByName(const QStringList &names)
{
    QTableView *table = m_fixture.find<QTableView>("keyTable");
    table->clearSelection();
    for (int row = 0; row < m_keys->proxy()->rowCount(); ++row) {
        const QModelIndex index = m_keys->proxy()->index(row, 0);
        const ApiKey &key = m_keys->model()->keyAt(m_keys->proxy()->mapToSource(index).row());
        if (names.contains(key.name))
            table->selectionModel()->select(index, QItemSelectionModel::Select |
                                                       QItemSelectionModel::Rows);
    }
    QCOMPARE(m_keys->selectedKeys().size(), names.size());
}

void TestKeyChanges::markerThrough(SandboxServer *sandbox)
{
    const auto reads = [sandbox] {
        int n = 0;
        for (const RequestLogEntry &entry : sandbox->requestLog())
            n += entry.method == "GET" && entry.path.startsWith(QLatin1String("/api/2.0/keys"));
        return n;
    };
    const int before = reads();
    QTRY_VERIFY(!m_keys->isLoading() && !m_keys->isBatchRunning());
    m_keys->refresh();
    QTRY_VERIFY_WITH_TIMEOUT(reads() > before, 10000);
    QTRY_VERIFY(!m_keys->isLoading());
}

int TestKeyChanges::count(SandboxServer *sandbox, const QByteArray &method)
{
    int n = 0;
    for (const RequestLogEntry &entry : sandbox->requestLog())
        n += entry.method == method;
    return n;
}

QString TestKeyChanges::idOf(SandboxServer *sandbox, const QString &name) const
{
    for (const SandboxKey &key : sandbox->portal().keys()) {
        if (key.name == name)
            return key.id.toString(QUuid::WithoutBraces);
    }
    return {};
}

QDialog *TestKeyChanges::confirmDialog() const
{
    QDialog *dialog = nullptr;
    const auto found = [&dialog, this] {
        dialog = m_fixture.m_window->findChild<QDialog *>(QStringLiteral("batchConfirmDialog"));
        return dialog && dialog->isVisible();
    };
    return QTest::qWaitFor(found, 5000) ? dialog : nullptr;
}

void TestKeyChanges::switchProfile_staleListCannotBeRevokedOnEitherPortal()
{
    const QString first = m_fixture.httpPortal();
    const QString second = m_other->httpUrl().toString();
    m_fixture.seedProfile(QStringLiteral("First"), first,
                          m_fixture.keySecret(QStringLiteral("Admin console")));
    const SandboxInfo otherInfo = m_other->info();
    const SandboxKey *otherAdmin = otherInfo.keyByName(QStringLiteral("Admin console"));
    QVERIFY(otherAdmin);
    m_fixture.seedProfile(QStringLiteral("Second"), second, otherAdmin->secret);
    MainWindow *window = m_fixture.startWindow();
    m_keys = window->keysView();
    m_fixture.choose(QStringLiteral("First"));
    auto *tokenEdit = m_fixture.find<QLineEdit>("tokenEdit");
    QTRY_VERIFY2(!tokenEdit->text().isEmpty(), qPrintable(window->statusBar()->currentMessage()));
    loadKeys(m_fixture.m_sandbox.get());
    auto *portalLabel = m_fixture.find<QLabel>("keysPortalLabel");
    QVERIFY2(portalLabel->isVisible() && portalLabel->text().contains(first),
             qPrintable(portalLabel->text()));
    QVERIFY(portalLabel->text().contains(QStringLiteral("First")));
    selectByName({QStringLiteral("CI pipeline"), QStringLiteral("Backup script")});
    QVERIFY(m_fixture.find<QPushButton>("revokeSelectedButton")->isEnabled());

    // Another profile, another portal: the list of the first one is gone with its selection.
    m_fixture.choose(QStringLiteral("Second"));
    QCOMPARE(window->currentProfileId().isNull(), false);
    QTRY_COMPARE(m_fixture.find<QLineEdit>("portalEdit")->text(), second);
    QTRY_VERIFY(!tokenEdit->text().isEmpty());
    QCOMPARE(m_keys->model()->rowCount(), 0);
    QVERIFY(m_keys->selectedKeys().isEmpty());
    QVERIFY(!portalLabel->isVisible());
    QVERIFY(!m_fixture.find<QPushButton>("revokeSelectedButton")->isEnabled());

    // Every way of revoking the selection, with every question answered yes: nothing to act on.
    MessageBox::setNextAnswers({QMessageBox::Ok, QMessageBox::Ok, QMessageBox::Ok});
    m_keys->revokeSelected();
    m_keys->deactivateSelected();
    QTest::keyClick(m_fixture.find<QTableView>("keyTable"), Qt::Key_Delete);
    QVERIFY(!m_keys->isBatchRunning());
    QCOMPARE(MessageBox::pendingAnswers(), 3); // not even asked
    MessageBox::setNextAnswer(QMessageBox::NoButton);

    markerThrough(m_other.get());
    QCOMPARE(count(m_other.get(), "DELETE"), 0);
    QCOMPARE(count(m_fixture.m_sandbox.get(), "DELETE"), 0);
    QCOMPARE(count(m_other.get(), "PUT"), 0);
    QCOMPARE(count(m_fixture.m_sandbox.get(), "PUT"), 0);

    // The list read now is the second portal's, and says so; its confirmation names it.
    QTRY_COMPARE(m_keys->model()->rowCount(), int(m_other->portal().keys().size()));
    QVERIFY2(portalLabel->isVisible() && portalLabel->text().contains(second),
             qPrintable(portalLabel->text()));
    selectByName({QStringLiteral("CI pipeline")});
    MessageBox::setNextAnswer(QMessageBox::Cancel);
    m_keys->revokeSelected();
    QVERIFY2(MessageBox::lastText().contains(second), qPrintable(MessageBox::lastText()));
    QVERIFY(MessageBox::lastText().contains(QStringLiteral("Second")));
    QVERIFY(MessageBox::lastText().contains(QStringLiteral("CI pipeline")));
    QVERIFY(!MessageBox::lastText().contains(first));
}

void TestKeyChanges::editToken_listIsClearedAndConfirmationNamesThePortal()
{
    startOnSandbox();
    loadKeys(m_fixture.m_sandbox.get());
    selectByName({QStringLiteral("CI pipeline")});
    // Another token for the same portal: another user, another list.
    m_fixture.m_window->setToken(m_fixture.sessionTokenOf(SandboxRole::Member));
    QCOMPARE(m_keys->model()->rowCount(), 0);
    QVERIFY(m_keys->model()->ownKeyId().isEmpty());
    MessageBox::setNextAnswers({QMessageBox::Ok, QMessageBox::Ok});
    m_keys->revokeSelected();
    QCOMPARE(MessageBox::pendingAnswers(), 2);
    MessageBox::setNextAnswer(QMessageBox::NoButton);
    markerThrough(m_fixture.m_sandbox.get());
    QCOMPARE(count(m_fixture.m_sandbox.get(), "DELETE"), 0);

    // The single-id form names the portal and, from the list of this same connection, the key.
    m_fixture.m_window->setToken(m_fixture.keySecret(QStringLiteral("Admin console")));
    loadKeys(m_fixture.m_sandbox.get());
    m_fixture.m_window->setKeyId(idOf(m_fixture.m_sandbox.get(), QStringLiteral("Monitoring")));
    MessageBox::setNextAnswer(QMessageBox::Cancel);
    m_fixture.m_window->revoke();
    QVERIFY2(MessageBox::lastText().contains(m_fixture.httpPortal()),
             qPrintable(MessageBox::lastText()));
    QVERIFY(MessageBox::lastText().contains(QStringLiteral("Monitoring")));
    QVERIFY(!m_fixture.m_window->isBusy());
}

void TestKeyChanges::report_everyPermissionWithOwnKey_asksTwiceAndSkipMyKeySkipsOnlyIt()
{
    startOnSandbox();
    auto *tabs = m_fixture.find<QTabWidget>("mainTabs");
    HygieneReportView *report = m_fixture.m_window->reportView();
    tabs->setCurrentWidget(report);
    QTRY_VERIFY(report->hasReport());
    const HygieneFinding *finding = report->report().finding(QStringLiteral("unrestricted"));
    QVERIFY(finding);
    const QString own = idOf(m_fixture.m_sandbox.get(), QStringLiteral("Admin console"));
    QCOMPARE(report->ownKeyId(), own);
    QStringList ids;
    for (const ApiKey &key : finding->keys)
        ids << key.id;
    QVERIFY2(ids.contains(own), "the window's own key has every permission");
    QVERIFY(ids.size() >= 2);

    // Yes to the list, then "Skip my key" to the second question.
    MessageBox::setNextAnswers({QMessageBox::Ok, QMessageBox::No});
    QSignalSpy finished(report, &HygieneReportView::actionFinished);
    QTest::mouseClick(report->findChild<QPushButton *>(QStringLiteral("action-unrestricted")),
                      Qt::LeftButton);
    QCOMPARE(MessageBox::pendingAnswers(), 0); // asked twice
    QVERIFY2(MessageBox::lastText().contains(QStringLiteral("loses access")),
             qPrintable(MessageBox::lastText()));
    QVERIFY(MessageBox::lastText().contains(QStringLiteral("Admin console")));
    QVERIFY(finished.wait(15000));
    const BatchSummary summary = finished.first().first().value<BatchSummary>();
    QCOMPARE(summary.total, int(ids.size()) - 1);
    QCOMPARE(summary.succeeded, int(ids.size()) - 1);
    for (const QString &id : std::as_const(ids)) {
        const std::optional<SandboxKey> key = m_fixture.m_sandbox->portal().key(QUuid(id));
        QVERIFY(key);
        QCOMPARE(key->isActive, id == own);
    }
    // Still signed in: the report reads the list again with the same token.
    QTRY_VERIFY(report->hasReport() && !report->isLoading());
    QCOMPARE(count(m_fixture.m_sandbox.get(), "PUT"), int(ids.size()) - 1);
}

void TestKeyChanges::report_ownKeyQuestionCancelled_sendsNothing()
{
    startOnSandbox();
    auto *tabs = m_fixture.find<QTabWidget>("mainTabs");
    HygieneReportView *report = m_fixture.m_window->reportView();
    tabs->setCurrentWidget(report);
    QTRY_VERIFY(report->hasReport());
    MessageBox::setNextAnswers({QMessageBox::Ok, QMessageBox::Cancel});
    QTest::mouseClick(report->findChild<QPushButton *>(QStringLiteral("action-unrestricted")),
                      Qt::LeftButton);
    QCOMPARE(MessageBox::pendingAnswers(), 0);
    QVERIFY(!report->isRunning());
    tabs->setCurrentWidget(m_fixture.find<QWidget>("revokeTab"));
    markerThrough(m_fixture.m_sandbox.get());
    QCOMPARE(count(m_fixture.m_sandbox.get(), "PUT"), 0);
    QVERIFY(m_fixture.m_sandbox->portal()
                .key(QUuid(idOf(m_fixture.m_sandbox.get(), QStringLiteral("Admin console"))))
                ->isActive);
}

void TestKeyChanges::bulkDeactivate_asksAndCancelSendsNothing()
{
    startOnSandbox();
    loadKeys(m_fixture.m_sandbox.get());
    const QStringList three{QStringLiteral("CI pipeline"), QStringLiteral("Backup script"),
                            QStringLiteral("Monitoring")};
    selectByName(three);
    QTest::mouseClick(m_fixture.find<QPushButton>("deactivateButton"), Qt::LeftButton);
    QDialog *dialog = confirmDialog();
    QVERIFY(dialog);
    const QString question = dialog->findChild<QLabel *>(QStringLiteral("confirmQuestion"))->text();
    QVERIFY2(question.contains(QStringLiteral("Deactivate 3")), qPrintable(question));
    // The same plural message as for one key, naming them.
    for (const QString &name : three)
        QVERIFY2(question.contains(name), qPrintable(question));
    QVERIFY(question.contains(m_fixture.httpPortal()));
    const QString list =
        dialog->findChild<QPlainTextEdit *>(QStringLiteral("confirmKeyList"))->toPlainText();
    for (const QString &name : three)
        QVERIFY2(list.contains(name), qPrintable(list));
    QVERIFY(list.contains(QStringLiteral("owner ")));
    QCOMPARE(count(m_fixture.m_sandbox.get(), "PUT"), 0);
    dialog->reject();
    markerThrough(m_fixture.m_sandbox.get());
    QCOMPARE(count(m_fixture.m_sandbox.get(), "PUT"), 0);

    selectByName(three);
    QTest::mouseClick(m_fixture.find<QPushButton>("deactivateButton"), Qt::LeftButton);
    dialog = confirmDialog();
    QVERIFY(dialog);
    QTest::mouseClick(dialog->findChild<QPushButton *>(QStringLiteral("confirmAcceptButton")),
                      Qt::LeftButton);
    QTRY_COMPARE(count(m_fixture.m_sandbox.get(), "PUT"), 3);
}

void TestKeyChanges::reactivate_asksToo()
{
    startOnSandbox();
    loadKeys(m_fixture.m_sandbox.get());
    selectByName({QStringLiteral("Disabled webhook")});
    MessageBox::setNextAnswer(QMessageBox::Cancel);
    QTest::mouseClick(m_fixture.find<QPushButton>("reactivateButton"), Qt::LeftButton);
    const QString question = MessageBox::lastText().section(QLatin1Char('\n'), 0, 0);
    QVERIFY2(question.startsWith(QStringLiteral("Reactivate 1 API key")) &&
                 question.contains(QStringLiteral("Disabled webhook")),
             qPrintable(MessageBox::lastText()));
    QVERIFY(!m_keys->isBatchRunning());
    markerThrough(m_fixture.m_sandbox.get());
    QCOMPARE(count(m_fixture.m_sandbox.get(), "PUT"), 0);
}

QTEST_MAIN(TestKeyChanges)
#include "tst_keychanges.moc"
