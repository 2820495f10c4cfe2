// The window with its History and Report tabs, "Revoke Leaked Secret" and the Settings dialog,
// against the in-process sandbox: every outcome in the history before it shows, records made by
// the command line and by the window in the History tab, the report's figures, and a language
// switch that changes the visible texts at once and is kept for the next start.
#include "../integration/clirunner.h"
#include "historylog.h"
#include "historymodel.h"
#include "historyrecorder.h"
#include "historyview.h"
#include "hygienereportview.h"
#include "keylistmodel.h"
#include "keysview.h"
#include "leakedsecretdialog.h"
#include "settingsdialog.h"
#include "statusmodel.h"
#include "statuspanel.h"
#include "translations.h"
#include "warningbar.h"
#include "windowfixture.h"

#include <QAction>
#include <QHeaderView>
#include <QMenuBar>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QTabBar>
#include <QTabWidget>
#include <QTableView>

class TestWindowIntegration : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();

    void history_cliRevocation_showsInHistoryTab();
    void history_revokeForm_recordedBeforeStatusEntryAndShownInTab();
    void history_keysViewBatch_recordsNameEndingProfileAndActor();
    void history_cannotAppend_warningBarAndOutcomeStillShown();
    void report_tab_showsFiguresOfTheSandbox();
    void leakedSecret_action_opensDialogOnCurrentConnection();
    void leakedSecret_noToken_pointsAtFieldsInsteadOfOpening();
    void language_settingsDialog_switchesAtOnceAndPersists();

private:
    MainWindow *startOnSandbox();
    QString idOf(const QString &name) const;
    QStringList historyLines(const QString &path) const;
    void revokeFromForm(const QString &keyId);
    void showTab(QWidget *page);

    WindowFixture m_fixture;
};

void TestWindowIntegration::init()
{
    QVERIFY(m_fixture.setUp());
}

void TestWindowIntegration::cleanup()
{
    m_fixture.tearDown();
    Translations::install(QStringLiteral("en"));
}

MainWindow *TestWindowIntegration::startOnSandbox()
{
    MainWindow *window = m_fixture.startWindow();
    window->selectProfile(QUuid(), false);
    window->setPortalAddress(m_fixture.httpPortal());
    // Alice's "Admin console" key: the owner, every scope.
    window->setToken(m_fixture.keySecret(QStringLiteral("Admin console")));
    return window;
}

QString TestWindowIntegration::idOf(const QString &name) const
{
    return m_fixture.m_sandbox->info().keyByName(name)->id.toString(QUuid::WithoutBraces);
}

QStringList TestWindowIntegration::historyLines(const QString &path) const
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    return QString::fromUtf8(file.readAll()).split(QLatin1Char('\n'), Qt::SkipEmptyParts);
}

void TestWindowIntegration::revokeFromForm(const QString &keyId)
{
    m_fixture.m_window->setKeyId(keyId);
    MessageBox::setNextAnswer(QMessageBox::Ok);
    QTest::mouseClick(m_fixture.find<QPushButton>("revokeButton"), Qt::LeftButton);
}

void TestWindowIntegration::showTab(QWidget *page)
{
    auto *tabs = m_fixture.find<QTabWidget>("mainTabs");
    const int index = tabs->indexOf(page);
    QVERIFY(index >= 0);
    // As a click on the tab would.
    QTest::mouseClick(tabs->tabBar(), Qt::LeftButton, {}, tabs->tabBar()->tabRect(index).center());
    QCOMPARE(tabs->currentWidget(), page);
}

void TestWindowIntegration::history_cliRevocation_showsInHistoryTab()
{
    // The file the command line writes too.
    m_fixture.m_useDefaultHistory = true;
    QFile::remove(HistoryLog::defaultPath());
    MainWindow *window = startOnSandbox();
    HistoryView *history = window->historyView();
    showTab(history);
    QCOMPARE(history->model()->rowCount(), 0);

    const QString id = idOf(QStringLiteral("Zapier integration"));
    const CliRun run = runCli(
        {QStringLiteral("revoke"), QStringLiteral("--portal"), m_fixture.httpPortal(),
         QStringLiteral("--yes"), id},
        {{QStringLiteral("DOCSPACE_TOKEN"), m_fixture.keySecret(QStringLiteral("Admin console"))}});
    QCOMPARE(run.exitCode, 0);

    QTRY_COMPARE(history->model()->rowCount(), 1);
    const QAbstractItemModel *rows = history->filterModel();
    // The CLI's record names the key, as the window's do.
    QVERIFY2(rows->index(0, HistoryModel::KeyColumn)
                 .data()
                 .toString()
                 .startsWith(QLatin1String("Zapier integration")),
             qPrintable(rows->index(0, HistoryModel::KeyColumn).data().toString()));
    QCOMPARE(rows->index(0, HistoryModel::OutcomeColumn).data().toString(),
             QStringLiteral("Revoked"));
    QVERIFY2(rows->index(0, HistoryModel::ByColumn)
                 .data()
                 .toString()
                 .endsWith(QLatin1String("(command line)")),
             qPrintable(rows->index(0, HistoryModel::ByColumn).data().toString()));
    QVERIFY(history->isVisible());
    QFile::remove(HistoryLog::defaultPath());
}

void TestWindowIntegration::history_revokeForm_recordedBeforeStatusEntryAndShownInTab()
{
    MainWindow *window = startOnSandbox();
    const QString path = m_fixture.historyPath();
    const QString id = idOf(QStringLiteral("Backup script"));

    // What the file holds at the moment the status entry appears.
    QStringList linesWhenShown;
    StatusModel *status = m_fixture.find<StatusPanel>("statusPanel")->model();
    connect(status, &StatusModel::rowsInserted, this, [&] { linesWhenShown = historyLines(path); });

    revokeFromForm(id);
    QTRY_COMPARE(status->rowCount(), 1);
    QCOMPARE(linesWhenShown.size(), 1);
    QVERIFY2(linesWhenShown.first().contains(id), qPrintable(linesWhenShown.first()));
    QVERIFY(linesWhenShown.first().contains(QLatin1String("\"revoked\"")));

    HistoryView *history = window->historyView();
    showTab(history);
    QTRY_COMPARE(history->model()->rowCount(), 1);
    const QAbstractItemModel *rows = history->filterModel();
    QVERIFY(rows->index(0, HistoryModel::KeyColumn).data().toString().contains(id));
    QCOMPARE(rows->index(0, HistoryModel::PortalColumn).data().toString(), m_fixture.httpPortal());
    QVERIFY(
        rows->index(0, HistoryModel::ByColumn).data().toString().contains(QLatin1String("window")));
    // The token never reaches the file.
    QVERIFY(!historyLines(path)
                 .join(QLatin1Char('\n'))
                 .contains(m_fixture.keySecret(QStringLiteral("Admin console"))));
}

void TestWindowIntegration::history_keysViewBatch_recordsNameEndingProfileAndActor()
{
    const PortalProfile profile =
        m_fixture.seedProfile(QStringLiteral("Sandbox portal"), m_fixture.httpPortal(),
                              m_fixture.keySecret(QStringLiteral("Admin console")));
    MainWindow *window = m_fixture.startWindow();
    m_fixture.choose(profile.name);
    QTRY_VERIFY(window->canTestConnection());
    KeysView *keys = window->keysView();
    QTest::mouseClick(m_fixture.find<QPushButton>("refreshKeysButton"), Qt::LeftButton);
    QTRY_VERIFY(keys->model()->rowCount() > 0 && !keys->isLoading());
    // Loading the list told the window who signs in.
    QTRY_COMPARE(window->adminConnection().actor, QStringLiteral("Alice Owner"));

    const int row = keys->model()->rowOf(idOf(QStringLiteral("Monitoring")));
    QVERIFY(row >= 0);
    const ApiKey key = keys->model()->keyAt(row);
    QStringList linesWhenShown;
    StatusModel *status = m_fixture.find<StatusPanel>("statusPanel")->model();
    connect(status, &StatusModel::rowsInserted, this,
            [&] { linesWhenShown = historyLines(m_fixture.historyPath()); });
    QVERIFY(keys->startBatch(KeyOperation::Revoke, {key.id}));
    QTRY_COMPARE(status->rowCount(), 1);
    QCOMPARE(linesWhenShown.size(), 1);

    const HistoryLog::ReadResult read = HistoryLog(m_fixture.historyPath()).read();
    QCOMPARE(read.records.size(), 1);
    const HistoryRecord &record = read.records.first();
    QCOMPARE(record.keyId, key.id);
    QCOMPARE(record.keyName, QStringLiteral("Monitoring"));
    QCOMPARE(record.keyPostfix, key.keyPostfix);
    QCOMPARE(record.profile, profile.name);
    QCOMPARE(record.actor, QStringLiteral("Alice Owner"));
    QCOMPARE(record.portal, m_fixture.httpPortal());
    QCOMPARE(record.outcome, QStringLiteral("revoked"));

    // The History tab (read when first shown) has the record, with the name.
    HistoryView *history = window->historyView();
    showTab(history);
    QTRY_COMPARE(history->model()->rowCount(), 1);
    QVERIFY(history->filterModel()
                ->index(0, HistoryModel::KeyColumn)
                .data()
                .toString()
                .contains(QLatin1String("Monitoring")));
}

void TestWindowIntegration::history_cannotAppend_warningBarAndOutcomeStillShown()
{
    // A folder that cannot be made: under a regular file.
    QFile blocker(m_fixture.m_dir->filePath(QStringLiteral("not-a-folder")));
    QVERIFY(blocker.open(QIODevice::WriteOnly));
    blocker.close();
    m_fixture.m_historyOverride = blocker.fileName() + QStringLiteral("/history.jsonl");
    startOnSandbox();
    auto *warning = m_fixture.find<WarningBar>("historyWarning");
    QVERIFY(!warning->isVisible());

    revokeFromForm(idOf(QStringLiteral("Zapier integration")));
    StatusModel *status = m_fixture.find<StatusPanel>("statusPanel")->model();
    QTRY_COMPARE(status->rowCount(), 1);
    QCOMPARE(status->index(0).data(StatusModel::KindNameRole).toString(),
             QStringLiteral("revoked"));
    QVERIFY(warning->isVisible());
    QVERIFY2(warning->text().contains(QLatin1String("not recorded")), qPrintable(warning->text()));
}

void TestWindowIntegration::report_tab_showsFiguresOfTheSandbox()
{
    MainWindow *window = startOnSandbox();
    HygieneReportView *report = window->reportView();
    QVERIFY(!report->hasReport()); // nothing is read before the tab is shown
    showTab(report);
    QTRY_VERIFY_WITH_TIMEOUT(report->hasReport(), 15000);

    const int total = int(m_fixture.m_sandbox->portal().keys().size());
    QCOMPARE(report->report().totalKeys, total);
    QCOMPARE(report->report().portal, m_fixture.httpPortal());
    const HygieneFinding *deactivated = report->report().finding(QStringLiteral("deactivated"));
    QVERIFY(deactivated);
    QCOMPARE(deactivated->keys.size(), 1);
    QCOMPARE(deactivated->keys.first().name, QStringLiteral("Disabled webhook"));
    auto *summary = report->findChild<QLabel *>(QStringLiteral("reportSummary"));
    QVERIFY2(summary->text().contains(QString::number(total)), qPrintable(summary->text()));
    QVERIFY(summary->isVisible());
}

void TestWindowIntegration::leakedSecret_action_opensDialogOnCurrentConnection()
{
    MainWindow *window = startOnSandbox();
    QVERIFY(!window->leakedSecretDialog());
    m_fixture.find<QAction>("actionRevokeLeakedSecret")->trigger();
    QTRY_VERIFY(window->leakedSecretDialog() && window->leakedSecretDialog()->isVisible());
    LeakedSecretDialog *dialog = window->leakedSecretDialog();
    QCOMPARE(window->adminConnection().portal(), m_fixture.httpPortal());

    // It asks the sandbox, the portal of the fields, which key a leaked secret is.
    const QString leaked = m_fixture.keySecret(QStringLiteral("Carol's notebook"));
    dialog->findChild<QPlainTextEdit *>(QStringLiteral("leakedTextEdit"))
        ->setPlainText(QStringLiteral("token=") + leaked);
    QTest::mouseClick(dialog->findChild<QPushButton *>(QStringLiteral("findKeysButton")),
                      Qt::LeftButton);
    QTRY_VERIFY_WITH_TIMEOUT(!dialog->isIdentifying(), 15000);
    auto *name = dialog->findChild<QLabel *>(QStringLiteral("keyNameLabel"));
    QVERIFY(name);
    QCOMPARE(name->text(), QStringLiteral("Carol's notebook"));

    // The button by the key list opens the same dialog rather than a second one.
    QTest::mouseClick(m_fixture.find<QPushButton>("leakedSecretButton"), Qt::LeftButton);
    QCOMPARE(window->findChildren<LeakedSecretDialog *>().size(), 1);
    dialog->close();
}

void TestWindowIntegration::leakedSecret_noToken_pointsAtFieldsInsteadOfOpening()
{
    MainWindow *window = m_fixture.startWindow();
    window->selectProfile(QUuid(), false);
    window->setPortalAddress(m_fixture.httpPortal());
    showTab(window->historyView());
    QTest::mouseClick(m_fixture.find<QPushButton>("leakedSecretButton"), Qt::LeftButton);
    QVERIFY(!window->leakedSecretDialog());
    QCOMPARE(m_fixture.find<QTabWidget>("mainTabs")->currentWidget(),
             m_fixture.find<QWidget>("revokeTab"));
    QVERIFY(m_fixture.find<QLabel>("tokenError")->isVisible());
}

void TestWindowIntegration::language_settingsDialog_switchesAtOnceAndPersists()
{
    MainWindow *window = startOnSandbox();
    auto *testButton = m_fixture.find<QPushButton>("testConnectionButton");
    auto *fileMenu = m_fixture.find<QMenu>("menuFile");
    QCOMPARE(testButton->text(), QStringLiteral("&Test Connection"));
    QCOMPARE(fileMenu->title(), QStringLiteral("&File"));
    const auto header = [window](int column) {
        return window->keysView()->table()->model()->headerData(column, Qt::Horizontal).toString();
    };
    QCOMPARE(header(KeyListModel::CreatedByColumn), QStringLiteral("Created by"));

    m_fixture.find<QAction>("actionSettings")->trigger();
    QTRY_VERIFY(window->settingsDialog() && window->settingsDialog()->isVisible());
    SettingsDialog *settings = window->settingsDialog();
    QCOMPARE(settings->objectName(), QStringLiteral("settingsDialog"));
    auto *combo = settings->findChild<QComboBox *>(QStringLiteral("languageCombo"));
    QVERIFY(combo);
    QCOMPARE(combo->count(), int(Translations::available().size()) + 1);
    QVERIFY(combo->itemText(0).startsWith(QLatin1String("System default (")));
    QCOMPARE(combo->currentIndex(), 0);
    const int german = combo->findData(QStringLiteral("de"));
    QCOMPARE(combo->itemText(german), QStringLiteral("Deutsch"));

    // As a user choosing it: applied at once, no restart.
    combo->setCurrentIndex(german);
    emit combo->activated(german);
    QTRY_COMPARE(testButton->text(), QStringLiteral("Verbindung &testen"));
    QCOMPARE(fileMenu->title(), QStringLiteral("&Datei"));
    QCOMPARE(m_fixture.find<QPushButton>("revokeButton")->text(),
             QStringLiteral("Schlüssel &widerrufen"));
    QCOMPARE(header(KeyListModel::CreatedByColumn), QStringLiteral("Erstellt von"));
    QCOMPARE(m_fixture.find<QPushButton>("refreshKeysButton")->text(),
             QStringLiteral("&Aktualisieren"));
    QCOMPARE(m_fixture.find<QPushButton>("copyButton")->text(), QStringLiteral("&Kopieren"));
    // The dialog itself stays on the choice.
    QCOMPARE(combo->currentData().toString(), QStringLiteral("de"));
    settings->close();

    // A new start: the saved choice is installed before the window is made.
    Translations::install(QStringLiteral("en"));
    QTest::qWait(0);
    QCOMPARE(LanguageSetting::saved(m_fixture.iniPath()), QStringLiteral("de"));
    QCOMPARE(LanguageSetting::apply(m_fixture.iniPath()), QStringLiteral("de"));
    window = startOnSandbox();
    testButton = m_fixture.find<QPushButton>("testConnectionButton");
    QCOMPARE(testButton->text(), QStringLiteral("Verbindung &testen"));
    QCOMPARE(m_fixture.find<QMenu>("menuFile")->title(), QStringLiteral("&Datei"));

    // And back to English, through the same dialog.
    m_fixture.find<QAction>("actionSettings")->trigger();
    QTRY_VERIFY(window->settingsDialog() && window->settingsDialog()->isVisible());
    combo = window->settingsDialog()->findChild<QComboBox *>(QStringLiteral("languageCombo"));
    QCOMPARE(combo->currentData().toString(), QStringLiteral("de"));
    const int english = combo->findData(QStringLiteral("en"));
    combo->setCurrentIndex(english);
    emit combo->activated(english);
    QTRY_COMPARE(testButton->text(), QStringLiteral("&Test Connection"));
    QCOMPARE(m_fixture.find<QMenu>("menuFile")->title(), QStringLiteral("&File"));
    QCOMPARE(LanguageSetting::saved(m_fixture.iniPath()), QStringLiteral("en"));
    window->settingsDialog()->close();
}

QTEST_MAIN(TestWindowIntegration)
#include "tst_windowintegration.moc"
