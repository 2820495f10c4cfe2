#include "toolscontroller.h"
#include "ui_mainwindow.h"

#include "accessiblenames.h"

#include "batchrunner.h"
#include "historyrecorder.h"
#include "historyview.h"
#include "hygienereportview.h"
#include "keylistmodel.h"
#include "keysview.h"
#include "leakedsecretdialog.h"
#include "messagebox.h"
#include "settingsdialog.h"
#include "statusmodel.h"

#include <QMainWindow>
#include <QStatusBar>

ToolsController::ToolsController(Ui::MainWindow *ui, QMainWindow *window, HistoryRecorder *history,
                                 const QString &uiSettingsPath, Hooks hooks)
    : QObject(window)
    , m_ui(ui)
    , m_window(window)
    , m_history(history)
    , m_uiSettingsPath(uiSettingsPath)
    , m_hooks(std::move(hooks))
{
    setUp();
}

void ToolsController::closeAll()
{
    // They record into the history while they run: gone before it is.
    delete m_leakedDialog;
    delete m_reportView;
}

LeakedSecretDialog *ToolsController::leakedSecretDialog() const
{
    return m_leakedDialog;
}

SettingsDialog *ToolsController::settingsDialog() const
{
    return m_settingsDialog;
}

void ToolsController::retranslate()
{
    m_ui->mainTabs->setTabText(m_ui->mainTabs->indexOf(m_historyView), tr("History"));
    m_ui->mainTabs->setTabText(m_ui->mainTabs->indexOf(m_reportView), tr("Report"));
    m_ui->mainTabs->setTabToolTip(m_ui->mainTabs->indexOf(m_historyView),
                                  tr("Every revocation, deactivation and reactivation recorded "
                                     "on this computer, by the window and the command line"));
    m_ui->mainTabs->setTabToolTip(m_ui->mainTabs->indexOf(m_reportView),
                                  tr("Which keys of the portal are a risk before they leak"));
    Accessible::setName(m_historyView, tr("History"));
    Accessible::setName(m_reportView, tr("Key hygiene report"));
}

void ToolsController::setUp()
{
    m_historyView =
        new HistoryView(m_history->path(), m_ui->mainTabs, HistoryView::Load::WhenShown);
    m_historyView->setObjectName(QStringLiteral("historyView"));
    m_ui->mainTabs->addTab(m_historyView, QString());
    m_reportView = new HygieneReportView(AdminConnection(), m_history, m_ui->mainTabs);
    m_reportView->setObjectName(QStringLiteral("reportView"));
    m_ui->mainTabs->addTab(m_reportView, QString());
    m_ui->mainTabs->setCurrentWidget(m_ui->revokeTab);
    connect(m_ui->mainTabs, &QTabWidget::currentChanged, this, &ToolsController::onTabChanged);

    connect(m_history, &HistoryRecorder::appendFailed, m_ui->historyWarning, &WarningBar::setText);

    // Every batch (keys list, paste, Report, leaked-secret dialog) runs in a BatchRunner, which
    // writes the history before it hands a bunch of outcomes to the status panel.
    connect(m_ui->keysView, &KeysView::batchFinished, m_historyView, &HistoryView::reload);

    connect(m_reportView->runner(), &BatchRunner::outcomesReady, m_ui->statusPanel,
            &StatusPanel::addOutcomes);
    connect(m_reportView, &HygieneReportView::actionFinished, this,
            [this](const BatchSummary &summary, KeyOperation operation) {
                m_historyView->reload();
                m_window->statusBar()->showMessage(summary.sentence(operation), 10000);
            });
    connect(m_reportView, &HygieneReportView::keysChanged, this,
            &ToolsController::keysChangedElsewhere);

    connect(m_ui->leakedSecretButton, &QPushButton::clicked, this,
            &ToolsController::openLeakedSecretDialog);
    connect(m_ui->actionRevokeLeakedSecret, &QAction::triggered, this,
            &ToolsController::openLeakedSecretDialog);
    connect(m_ui->actionSettings, &QAction::triggered, this, &ToolsController::openSettings);

    // The report and the dialog follow the fields, once typing has settled.
    m_connectionUpdate.setSingleShot(true);
    m_connectionUpdate.setInterval(400);
    connect(&m_connectionUpdate, &QTimer::timeout, this, &ToolsController::updateAdminConnection);
    for (QLineEdit *edit : {m_ui->portalEdit, m_ui->tokenEdit}) {
        connect(edit, &QLineEdit::textChanged, this, &ToolsController::scheduleConnectionUpdate);
    }
    connect(m_ui->schemeCombo, &QComboBox::currentIndexChanged, this,
            &ToolsController::scheduleConnectionUpdate);
    connect(m_ui->allowHttpCheck, &QCheckBox::toggled, this,
            &ToolsController::scheduleConnectionUpdate);
}

void ToolsController::scheduleConnectionUpdate()
{
    m_connectionUpdate.start();
}

void ToolsController::updateAdminConnection()
{
    m_connectionUpdate.stop();
    const AdminConnection admin = m_hooks.adminConnection();
    const QByteArray signature = admin.signature();
    if (signature == m_adminSignature)
        return;
    m_adminSignature = signature;
    m_admin = admin;
    // A batch already confirmed finishes on the connection it was confirmed for; the new one
    // is handed over when it ends.
    if (m_leakedDialog && !m_leakedDialog->isRevoking())
        m_leakedDialog->setConnection(admin);
    if (m_ui->mainTabs->currentWidget() == m_reportView && !m_reportView->isRunning()) {
        m_reportStale = false;
        m_reportView->setConnection(admin);
    } else {
        m_reportStale = true;
    }
}

void ToolsController::onTabChanged(int index)
{
    if (m_ui->mainTabs->widget(index) != m_reportView)
        return;
    if (m_connectionUpdate.isActive())
        updateAdminConnection();
    if (m_reportStale && !m_reportView->isRunning()) {
        m_reportStale = false;
        m_reportView->setConnection(m_admin);
    }
}

void ToolsController::keysChangedElsewhere()
{
    // Keys changed (perhaps this token's own): what the connection test said may not hold.
    m_hooks.clearConnectionResult();
    // The keys view shows what the portal has now, if it shows anything yet.
    if (m_ui->keysView->model()->rowCount() > 0 && !m_ui->keysView->isBatchRunning())
        m_ui->keysView->refresh();
}

void ToolsController::openLeakedSecretDialog()
{
    if (m_leakedDialog) {
        m_leakedDialog->raise();
        m_leakedDialog->activateWindow();
        return;
    }
    ConnectionSettings settings;
    QString error;
    if (!m_hooks.keysConnection(&settings, &error)) {
        // The fields say what is missing.
        m_ui->mainTabs->setCurrentWidget(m_ui->revokeTab);
        m_window->statusBar()->showMessage(error, 8000);
        return;
    }
    updateAdminConnection();
    auto *dialog = new LeakedSecretDialog(m_admin, m_history, m_window);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog->runner(), &BatchRunner::outcomesReady, m_ui->statusPanel,
            &StatusPanel::addOutcomes);
    connect(dialog, &LeakedSecretDialog::revocationFinished, this,
            [this](const BatchSummary &summary) {
                m_historyView->reload();
                m_window->statusBar()->showMessage(summary.sentence(KeyOperation::Revoke), 10000);
                // The fields may have changed while it ran.
                m_adminSignature.clear();
                scheduleConnectionUpdate();
            });
    connect(dialog, &LeakedSecretDialog::keysChanged, this, &ToolsController::keysChangedElsewhere);
    m_leakedDialog = dialog;
    dialog->show();
}

void ToolsController::openSettings()
{
    if (m_settingsDialog) {
        m_settingsDialog->raise();
        m_settingsDialog->activateWindow();
        return;
    }
    auto *dialog = new SettingsDialog(m_uiSettingsPath, m_window);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    m_settingsDialog = dialog;
    dialog->open();
}

void ToolsController::showAbout(const QString &tokenStore)
{
    MessageBox::about(m_window, tr("About DocSpace Keys"),
                      tr("DocSpace Keys %1\n\n"
                         "Revokes API keys of ONLYOFFICE DocSpace portals.\n"
                         "Tokens of saved profiles are kept in %2; never in a file, never "
                         "logged.\n\n"
                         "Built with Qt %3, running on Qt %4.")
                          .arg(QStringLiteral(DSK_VERSION), tokenStore,
                               QStringLiteral(QT_VERSION_STR), QString::fromLatin1(qVersion())));
}

HygieneReportView *ToolsController::reportView() const
{
    return m_reportView;
}
