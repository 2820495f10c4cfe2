#include "mainwindow.h"
#include "accessiblenames.h"
#include "ui_mainwindow.h"

#include "batchrunner.h"
#include "connectionresultview.h"
#include "docspaceclient.h"
#include "filechooser.h"
#include "historyrecorder.h"
#include "historyview.h"
#include "hygienereportview.h"
#include "keychangeconfirmation.h"
#include "keyid.h"
#include "keylistmodel.h"
#include "keysview.h"
#include "leakedsecretdialog.h"
#include "lifecycleactions.h"
#include "messagebox.h"
#include "outcomestyle.h"
#include "portaladdress.h"
#include "profiledialog.h"
#include "profilestore.h"
#include "secretstore.h"
#include "settingsdialog.h"
#include "statusmodel.h"
#include "tokenvisibility.h"

#include <QCloseEvent>
#include <QCryptographicHash>
#include <QFile>
#include <QFileInfo>
#include <QInputDialog>
#include <QMenu>
#include <QNetworkAccessManager>
#include <QSaveFile>
#include <QShortcut>
#include <QStandardPaths>
#include <QStyle>

#include <algorithm>

// Q_INIT_RESOURCE has to be used outside of any namespace.
static void initGuiResources()
{
    Q_INIT_RESOURCE(resources);
}

namespace {
void setMessage(QLabel *label, const QString &message)
{
    label->setText(message);
    label->setVisible(!message.isEmpty());
}

QString lastDirectory()
{
    return QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
}
} // namespace

MainWindow::MainWindow(const Services &services, QWidget *parent)
    : QMainWindow(parent)
    , m_ui(std::make_unique<Ui::MainWindow>())
    , m_network(services.network ? services.network : new QNetworkAccessManager(this))
    , m_profiles(services.profiles)
    , m_secrets(services.secrets)
    , m_demoMode(services.demoMode)
    , m_client(new DocSpaceClient(m_network, this))
    , m_history(new HistoryRecorder(services.historyPath, QStringLiteral("gui"), this))
    , m_uiSettingsPath(services.uiSettingsPath)
{
    Q_ASSERT(m_profiles && m_secrets);
    initResources();
    m_ui->setupUi(this);
    setWindowIcon(QIcon(QStringLiteral(":/icons/docspace-keys.svg")));

    m_ui->schemeCombo->setItemData(0, static_cast<int>(AuthScheme::Auto));
    m_ui->schemeCombo->setItemData(1, static_cast<int>(AuthScheme::ApiKey));
    m_ui->schemeCombo->setItemData(2, static_cast<int>(AuthScheme::SessionToken));
    addTokenVisibilityToggle(m_ui->tokenEdit);

    m_ui->schemeHint->setContentsMargins(6, 0, 0, 0);
    m_ui->allowHttpCheck->setIcon(QIcon(QStringLiteral(":/icons/warning.svg")));
    m_ui->allowHttpCheck->setVisible(false);
    m_ui->busyIndicator->setVisible(false);
    // Showing and hiding the busy indicator must not shift the buttons next to it.
    QSizePolicy busyPolicy = m_ui->busyIndicator->sizePolicy();
    busyPolicy.setRetainSizeWhenHidden(true);
    m_ui->busyIndicator->setSizePolicy(busyPolicy);
    m_ui->cancelButton->setEnabled(false);
    m_ui->cancelButton->setShortcut(QKeySequence(Qt::Key_Escape));
    m_ui->revokeButton->setDefault(false);
    m_ui->actionQuit->setShortcut(QKeySequence::Quit);
    m_connectionView = new ConnectionResultView(m_ui->connectionResult, this);
    connect(m_connectionView, &ConnectionResultView::trustRequested, this,
            &MainWindow::onTrustCertificateRequested);
    m_ui->profileModifiedBar->setVisible(false);
    // The profile selector lines up with the fields below it.
    int labelWidth = 0;
    for (QLabel *label : {m_ui->profileLabel, m_ui->portalLabel, m_ui->tokenLabel,
                          m_ui->schemeLabel, m_ui->keyIdLabel})
        labelWidth = qMax(labelWidth, label->sizeHint().width());
    m_ui->profileLabel->setMinimumWidth(labelWidth);
    m_ui->portalLabel->setMinimumWidth(labelWidth);
    applyColors();

    const QList<QKeySequence> revokeKeys{
        QKeySequence(QKeyCombination(Qt::ControlModifier, Qt::Key_Return)),
        QKeySequence(QKeyCombination(Qt::ControlModifier, Qt::Key_Enter)),
        QKeySequence(QKeyCombination(Qt::ControlModifier | Qt::KeypadModifier, Qt::Key_Enter))};
    for (const QKeySequence &keys : revokeKeys) {
        auto *shortcut = new QShortcut(keys, this);
        connect(shortcut, &QShortcut::activated, this, &MainWindow::revoke);
    }

    connect(m_ui->portalEdit, &QLineEdit::textEdited, this, [this] { m_portalTouched = true; });
    connect(m_ui->tokenEdit, &QLineEdit::textEdited, this, [this] {
        m_tokenTouched = true;
        m_tokenEditedSinceLoad = true;
        m_tokenReadProblem.clear();
    });
    connect(m_ui->keyIdEdit, &QLineEdit::textEdited, this, [this] { m_keyIdTouched = true; });
    // What the connection test reported no longer describes changed fields.
    for (QLineEdit *edit : {m_ui->portalEdit, m_ui->tokenEdit}) {
        connect(edit, &QLineEdit::textChanged, this, &MainWindow::clearConnectionResult);
        connect(edit, &QLineEdit::textChanged, this, &MainWindow::updateValidation);
    }
    connect(m_ui->schemeCombo, &QComboBox::currentIndexChanged, this,
            &MainWindow::clearConnectionResult);
    connect(m_ui->keyIdEdit, &QLineEdit::textChanged, this, &MainWindow::updateValidation);
    connect(m_ui->schemeCombo, &QComboBox::currentIndexChanged, this,
            &MainWindow::updateValidation);
    connect(m_ui->allowHttpCheck, &QCheckBox::toggled, this, &MainWindow::updateActions);
    connect(m_ui->allowHttpCheck, &QCheckBox::toggled, this, &MainWindow::updateProfileState);
    connect(m_ui->revokeButton, &QPushButton::clicked, this, &MainWindow::revoke);
    connect(m_ui->testConnectionButton, &QPushButton::clicked, this, &MainWindow::testConnection);
    connect(m_ui->cancelButton, &QPushButton::clicked, this, &MainWindow::cancel);
    connect(m_ui->statusPanel, &StatusPanel::trustCertificateRequested, this,
            &MainWindow::onTrustCertificateRequested);
    connect(m_ui->actionQuit, &QAction::triggered, this, &QWidget::close);
    connect(m_ui->actionAbout, &QAction::triggered, this, &MainWindow::showAbout);
    setUpProfileActions();

    m_ui->keysView->setUp(
        m_network, m_ui->statusPanel,
        [this](ConnectionSettings *settings, QString *error) {
            return keysConnection(settings, error);
        },
        m_history,
        [this] {
            const PortalProfile *profile = currentProfile();
            return profile ? profile->name : QString();
        });
    connect(m_ui->keysView, &KeysView::message, this, [this](const QString &text, int timeoutMs) {
        statusBar()->showMessage(text, timeoutMs);
    });
    // Another portal or token: "this token" and "me" have to be found out again.
    for (QLineEdit *edit : {m_ui->portalEdit, m_ui->tokenEdit})
        connect(edit, &QLineEdit::textChanged, m_ui->keysView, &KeysView::connectionChanged);
    connect(m_ui->schemeCombo, &QComboBox::currentIndexChanged, m_ui->keysView,
            &KeysView::connectionChanged);
    // The key list gets the height a small screen has to spare; the results keep a few lines
    // (the splitter gives them more when dragged).
    m_ui->mainSplitter->setStretchFactor(0, 4);
    m_ui->mainSplitter->setStretchFactor(1, 1);
    m_ui->mainSplitter->setChildrenCollapsible(false);
    m_ui->statusPanel->setMinimumHeight(m_ui->statusPanel->fontMetrics().lineSpacing() * 5);
    {
        QSizePolicy policy = m_ui->statusPanel->sizePolicy();
        policy.setVerticalStretch(1);
        m_ui->statusPanel->setSizePolicy(policy);
    }
    m_ui->mainSplitter->setSizes({4000, m_ui->statusPanel->minimumHeight()});
    setUpTabs();
    // The retirement plan lives beside the history (a test's temporary one included).
    m_lifecycle = new LifecycleActions(this, m_profiles, m_secrets,
                                       services.historyPath.isEmpty()
                                           ? QString()
                                           : QFileInfo(services.historyPath).absolutePath() +
                                                 QLatin1String("/retirement-plan.json"));
    retranslate();

    m_rateLimitCountdown.setInterval(1000);
    connect(&m_rateLimitCountdown, &QTimer::timeout, this, [this] {
        m_rateLimitSecondsLeft = qMax(0, m_rateLimitSecondsLeft - 1);
        updateRateLimitMessage();
    });

    connect(m_secrets, &SecretStore::persistenceChanged, this, &MainWindow::updateWarnings);
    updateWarnings();
    reloadProfileCombo();
    const QUuid lastUsed = m_profiles->lastUsed();
    if (!lastUsed.isNull() && m_profiles->find(lastUsed))
        activateProfile(lastUsed, false);
    updateValidation();
    m_ui->portalEdit->setFocus();
}

MainWindow::~MainWindow()
{
    // They record into m_history while they run: gone before it is.
    delete m_leakedDialog;
    delete m_reportView;
    m_ui->keysView->cancelAll();
    if (m_operation)
        m_operation->cancel();
    if (m_connectionTest)
        m_connectionTest->cancel();
}

void MainWindow::initResources()
{
    initGuiResources();
}

ProfileDialog *MainWindow::profileDialog() const
{
    return m_profileDialog;
}

KeysView *MainWindow::keysView() const
{
    return m_ui->keysView;
}

void MainWindow::setUpProfileActions()
{
    auto *moreMenu = new QMenu(m_ui->moreProfileButton);
    moreMenu->addAction(m_ui->actionDuplicateProfile);
    moreMenu->addAction(m_ui->actionRenameProfile);
    moreMenu->addSeparator();
    moreMenu->addAction(m_ui->actionDeleteProfile);
    m_ui->moreProfileButton->setMenu(moreMenu);
    m_ui->actionSaveProfile->setShortcut(QKeySequence::Save);

    connect(m_ui->profileCombo, &QComboBox::currentIndexChanged, this,
            &MainWindow::onProfileComboChanged);
    connect(m_ui->newProfileButton, &QPushButton::clicked, this, &MainWindow::newProfile);
    connect(m_ui->editProfileButton, &QPushButton::clicked, this, &MainWindow::editProfile);
    connect(m_ui->saveProfileButton, &QPushButton::clicked, this, &MainWindow::saveProfileChanges);
    connect(m_ui->revertProfileButton, &QPushButton::clicked, this,
            &MainWindow::revertProfileChanges);
    connect(m_ui->actionNewProfile, &QAction::triggered, this, &MainWindow::newProfile);
    connect(m_ui->actionEditProfile, &QAction::triggered, this, &MainWindow::editProfile);
    connect(m_ui->actionDuplicateProfile, &QAction::triggered, this, &MainWindow::duplicateProfile);
    connect(m_ui->actionRenameProfile, &QAction::triggered, this, &MainWindow::renameProfile);
    connect(m_ui->actionDeleteProfile, &QAction::triggered, this, &MainWindow::deleteProfile);
    connect(m_ui->actionSaveProfile, &QAction::triggered, this, &MainWindow::saveProfileChanges);
    connect(m_ui->actionRevertProfile, &QAction::triggered, this,
            &MainWindow::revertProfileChanges);
    connect(m_ui->actionImportProfiles, &QAction::triggered, this, &MainWindow::importProfiles);
    connect(m_ui->actionExportProfiles, &QAction::triggered, this, &MainWindow::exportProfiles);
}

void MainWindow::setPortalAddress(const QString &address)
{
    m_ui->portalEdit->setText(address);
    m_portalTouched = !address.isEmpty();
    updateValidation();
}

void MainWindow::setToken(const QString &token)
{
    m_ui->tokenEdit->setText(token);
    m_tokenTouched = !token.isEmpty();
    m_tokenEditedSinceLoad = true; // a token still being read must not overwrite this one
    updateValidation();
}

void MainWindow::setKeyId(const QString &keyId)
{
    m_ui->keyIdEdit->setText(keyId);
    m_keyIdTouched = !keyId.isEmpty();
    updateValidation();
}

void MainWindow::setAuthScheme(AuthScheme scheme)
{
    const int index = m_ui->schemeCombo->findData(static_cast<int>(scheme));
    if (index >= 0)
        m_ui->schemeCombo->setCurrentIndex(index);
}

bool MainWindow::trustCertificate(const QString &portal, const QString &fingerprint, QString *error)
{
    const PortalAddress address = PortalAddress::parse(portal);
    if (!address.isValid()) {
        if (error)
            *error = address.errorString();
        return false;
    }
    TlsTrust trust = m_trustByPortal.value(address.toString());
    if (!trust.addPinnedFingerprint(fingerprint, error))
        return false;
    m_trustByPortal.insert(address.toString(), trust);
    m_ui->statusPanel->markCertificateTrusted(fingerprint);
    m_connectionView->markTrusted(fingerprint);
    return true;
}

bool MainWindow::canTestConnection() const
{
    return !isBusy() && PortalAddress::parse(m_ui->portalEdit->text()).isValid() &&
           !currentToken().isEmpty() && (!needsHttpOptIn() || m_ui->allowHttpCheck->isChecked());
}

bool MainWindow::canRevoke() const
{
    return canTestConnection() && KeyId::parse(m_ui->keyIdEdit->text()).isValid();
}

void MainWindow::revoke()
{
    if (!canRevoke()) {
        if (!isBusy()) {
            // Point at every problem, including fields nobody has typed into yet.
            m_portalTouched = m_tokenTouched = m_keyIdTouched = true;
            updateValidation();
        }
        return;
    }

    ConnectionSettings settings;
    QString error;
    if (!connectionSettings(&settings, &error)) {
        MessageBox::warning(this, tr("Cannot Connect"),
                            tr("The profile's connection settings cannot be used."), error);
        return;
    }
    const KeyId keyId = KeyId::parse(m_ui->keyIdEdit->text());
    KeyChangeRequest request;
    request.operation = KeyOperation::Revoke;
    request.portal = settings.portal.toString();
    const PortalProfile *profile = currentProfile();
    request.profile = profile ? profile->name : QString();
    // Its name, ending and owner when the key list (of this same connection) shows it.
    request.keys = m_ui->keysView->keysFor({keyId.toString()});
    request.ownKeyId = m_ui->keysView->model()->ownKeyId();
    KeyChangeConfirmation::ask(
        this, request, this,
        [this, settings](const QList<ApiKey> &keys) { startRevoke(settings, keys.first()); },
        [this](const QString &sentence) { statusBar()->showMessage(sentence, 5000); });
}

void MainWindow::startRevoke(const ConnectionSettings &settings, const ApiKey &key)
{
    ConnectionSettings now;
    QString error;
    // Answered while the fields changed: the answer was about another portal or token.
    if (isBusy() || !connectionSettings(&now, &error) ||
        now.portal.toString() != settings.portal.toString() || now.token != settings.token) {
        statusBar()->showMessage(KeyChangeConfirmation::nothingChanged(KeyOperation::Revoke), 5000);
        return;
    }
    m_client->setConnection(settings);
    m_operationPortal = settings.portal.toString();
    m_operationKeyId = key.id;
    m_operationKey = key;
    m_operation = m_client->revoke(key.id);
    connect(m_operation, &RevokeOperation::finished, this, &MainWindow::onRevokeFinished);
    connect(m_operation, &RevokeOperation::rateLimitWait, this, &MainWindow::onRateLimitWait);
    setBusy(true);
    statusBar()->showMessage(tr("Revoking key %1 on %2…").arg(m_operationKeyId, m_operationPortal));
}

void MainWindow::testConnection()
{
    if (!canTestConnection()) {
        if (!isBusy()) {
            m_portalTouched = m_tokenTouched = true;
            updateValidation();
        }
        return;
    }

    clearConnectionResult();
    ConnectionSettings settings;
    QString error;
    if (!connectionSettings(&settings, &error)) {
        ConnectionReport report;
        report.failure.kind = OutcomeKind::TlsError;
        report.failure.sentence = error;
        m_connectionView->showReport(report,
                                     PortalAddress::parse(m_ui->portalEdit->text()).toString());
        return;
    }
    m_client->setConnection(settings);
    m_testedPortal = settings.portal.toString();
    m_connectionTest = m_client->testConnection();
    connect(m_connectionTest, &ConnectionTest::finished, this, &MainWindow::onConnectionTested);
    setBusy(true);
    m_connectionView->showProgress(m_testedPortal);
    statusBar()->showMessage(tr("Testing the connection to %1…").arg(m_testedPortal));
}

void MainWindow::cancel()
{
    if (m_operation || m_connectionTest)
        statusBar()->showMessage(tr("Cancelling…"));
    if (m_operation)
        m_operation->cancel();
    if (m_connectionTest)
        m_connectionTest->cancel();
}

void MainWindow::closeEvent(QCloseEvent *event)
{
    if (!m_closeWhenWritten && !confirmLeaveProfile()) {
        event->ignore();
        return;
    }
    cancel();
    m_ui->keysView->cancelAll();
    // Quitting before the keychain confirms a write could lose the token.
    if (m_pendingWrites > 0) {
        m_closeWhenWritten = true;
        statusBar()->showMessage(tr("Saving the token…"));
        event->ignore();
        return;
    }
    QMainWindow::closeEvent(event);
}

void MainWindow::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::PaletteChange || event->type() == QEvent::StyleChange)
        applyColors();
    if (event->type() == QEvent::LanguageChange) {
        m_ui->retranslateUi(this);
        retranslate();
    }
    QMainWindow::changeEvent(event);
}

void MainWindow::retranslate()
{
    m_ui->schemeCombo->setItemData(
        0, tr("Tokens starting with sk- are sent as API keys, anything else as a session token"),
        Qt::ToolTipRole);
    m_ui->schemeCombo->setItemData(1,
                                   tr("Sent as \"Authorization: Bearer <token>\": API keys, or a "
                                      "session token you want sent that way"),
                                   Qt::ToolTipRole);
    m_ui->schemeCombo->setItemData(
        2, tr("Sent as it is, like the token from signing in to the portal"), Qt::ToolTipRole);
    retranslateTokenVisibilityToggle(m_ui->tokenEdit);
    m_ui->mainTabs->setTabText(m_ui->mainTabs->indexOf(m_historyView), tr("History"));
    m_ui->mainTabs->setTabText(m_ui->mainTabs->indexOf(m_reportView), tr("Report"));
    m_ui->mainTabs->setTabToolTip(m_ui->mainTabs->indexOf(m_historyView),
                                  tr("Every revocation, deactivation and reactivation recorded "
                                     "on this computer, by the window and the command line"));
    m_ui->mainTabs->setTabToolTip(m_ui->mainTabs->indexOf(m_reportView),
                                  tr("Which keys of the portal are a risk before they leak"));
    Accessible::setName(m_historyView, tr("History"));
    Accessible::setName(m_reportView, tr("Key hygiene report"));
    // The texts that depend on the state: the problems under the fields, the scheme hint, the
    // unsaved-changes bar, the warning bars, "(no profile)" and the connection test's result.
    updateValidation();
    updateWarnings();
    reloadProfileCombo();
    if (!m_connectionTest)
        m_connectionView->retranslate();
}

void MainWindow::setUpTabs()
{
    m_historyView =
        new HistoryView(m_history->path(), m_ui->mainTabs, HistoryView::Load::WhenShown);
    m_historyView->setObjectName(QStringLiteral("historyView"));
    m_ui->mainTabs->addTab(m_historyView, QString());
    m_reportView = new HygieneReportView(AdminConnection(), m_history, m_ui->mainTabs);
    m_reportView->setObjectName(QStringLiteral("reportView"));
    m_ui->mainTabs->addTab(m_reportView, QString());
    m_ui->mainTabs->setCurrentWidget(m_ui->revokeTab);
    connect(m_ui->mainTabs, &QTabWidget::currentChanged, this, &MainWindow::onTabChanged);

    connect(m_history, &HistoryRecorder::appendFailed, m_ui->historyWarning, &WarningBar::setText);

    // Every batch (keys list, paste, Report, leaked-secret dialog) runs in a BatchRunner, which
    // writes the history before it hands a bunch of outcomes to the status panel.
    connect(m_ui->keysView, &KeysView::batchFinished, m_historyView, &HistoryView::reload);
    connect(m_ui->keysView, &KeysView::identityKnown, this, &MainWindow::setActor);

    connect(m_reportView->runner(), &BatchRunner::outcomesReady, m_ui->statusPanel,
            &StatusPanel::addOutcomes);
    connect(m_reportView, &HygieneReportView::actionFinished, this,
            [this](const BatchSummary &summary, KeyOperation operation) {
                m_historyView->reload();
                statusBar()->showMessage(summary.sentence(operation), 10000);
            });
    connect(m_reportView, &HygieneReportView::keysChanged, this, &MainWindow::keysChangedElsewhere);

    connect(m_ui->leakedSecretButton, &QPushButton::clicked, this,
            &MainWindow::openLeakedSecretDialog);
    connect(m_ui->actionRevokeLeakedSecret, &QAction::triggered, this,
            &MainWindow::openLeakedSecretDialog);
    connect(m_ui->actionSettings, &QAction::triggered, this, &MainWindow::openSettings);

    // The report and the dialog follow the fields, once typing has settled.
    m_connectionUpdate.setSingleShot(true);
    m_connectionUpdate.setInterval(400);
    connect(&m_connectionUpdate, &QTimer::timeout, this, &MainWindow::updateAdminConnection);
    for (QLineEdit *edit : {m_ui->portalEdit, m_ui->tokenEdit}) {
        connect(edit, &QLineEdit::textChanged, this, &MainWindow::scheduleConnectionUpdate);
        // Another portal or token: who signs in is not known any more.
        connect(edit, &QLineEdit::textChanged, this, [this] { m_actor.clear(); });
    }
    connect(m_ui->schemeCombo, &QComboBox::currentIndexChanged, this,
            &MainWindow::scheduleConnectionUpdate);
    connect(m_ui->allowHttpCheck, &QCheckBox::toggled, this, &MainWindow::scheduleConnectionUpdate);
}

LeakedSecretDialog *MainWindow::leakedSecretDialog() const
{
    return m_leakedDialog;
}

SettingsDialog *MainWindow::settingsDialog() const
{
    return m_settingsDialog;
}

AdminConnection MainWindow::adminConnection() const
{
    AdminConnection admin;
    const PortalProfile *profile = currentProfile();
    admin.profile = profile ? profile->name : QString();
    admin.actor = m_actor;
    admin.ownKeyId = m_ui->keysView->model()->ownKeyId();
    const PortalAddress portal = PortalAddress::parse(m_ui->portalEdit->text());
    ConnectionSettings settings;
    QString error;
    if (portal.isValid() && !currentToken().isEmpty() &&
        (!needsHttpOptIn() || m_ui->allowHttpCheck->isChecked()) &&
        connectionSettings(&settings, &error)) {
        admin.network = m_network;
        admin.settings = settings;
    }
    return admin;
}

void MainWindow::record(const RevokeOutcome &outcome, const QString &portal, const ApiKey &key)
{
    const PortalProfile *profile = currentProfile();
    m_history->record(outcome, portal, profile ? profile->name : QString(), m_actor, key.name,
                      key.keyPostfix);
}

void MainWindow::scheduleConnectionUpdate()
{
    m_connectionUpdate.start();
}

void MainWindow::updateAdminConnection()
{
    m_connectionUpdate.stop();
    const AdminConnection admin = adminConnection();
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

void MainWindow::onTabChanged(int index)
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

void MainWindow::setActor(const QString &actor)
{
    if (actor.isEmpty() || actor == m_actor)
        return;
    m_actor = actor;
    scheduleConnectionUpdate();
}

void MainWindow::keysChangedElsewhere()
{
    // Keys changed (perhaps this token's own): what the connection test said may not hold.
    clearConnectionResult();
    // The keys view shows what the portal has now, if it shows anything yet.
    if (m_ui->keysView->model()->rowCount() > 0 && !m_ui->keysView->isBatchRunning())
        m_ui->keysView->refresh();
}

void MainWindow::openLeakedSecretDialog()
{
    if (m_leakedDialog) {
        m_leakedDialog->raise();
        m_leakedDialog->activateWindow();
        return;
    }
    ConnectionSettings settings;
    QString error;
    if (!keysConnection(&settings, &error)) {
        // The fields say what is missing.
        m_ui->mainTabs->setCurrentWidget(m_ui->revokeTab);
        statusBar()->showMessage(error, 8000);
        return;
    }
    updateAdminConnection();
    auto *dialog = new LeakedSecretDialog(m_admin, m_history, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog->runner(), &BatchRunner::outcomesReady, m_ui->statusPanel,
            &StatusPanel::addOutcomes);
    connect(dialog, &LeakedSecretDialog::revocationFinished, this,
            [this](const BatchSummary &summary) {
                m_historyView->reload();
                statusBar()->showMessage(summary.sentence(KeyOperation::Revoke), 10000);
                // The fields may have changed while it ran.
                m_adminSignature.clear();
                scheduleConnectionUpdate();
            });
    connect(dialog, &LeakedSecretDialog::keysChanged, this, &MainWindow::keysChangedElsewhere);
    m_leakedDialog = dialog;
    dialog->show();
}

void MainWindow::openSettings()
{
    if (m_settingsDialog) {
        m_settingsDialog->raise();
        m_settingsDialog->activateWindow();
        return;
    }
    auto *dialog = new SettingsDialog(m_uiSettingsPath, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    m_settingsDialog = dialog;
    dialog->open();
}

void MainWindow::updateValidation()
{
    const PortalAddress portal = PortalAddress::parse(m_ui->portalEdit->text());
    const QString token = currentToken();
    const KeyId keyId = KeyId::parse(m_ui->keyIdEdit->text());

    setMessage(m_ui->portalError, m_portalTouched ? portal.errorString() : QString());
    QString tokenMessage;
    if (!m_tokenReadProblem.isEmpty() && token.isEmpty())
        tokenMessage = m_tokenReadProblem;
    else if (m_tokenTouched && token.isEmpty())
        tokenMessage = tr("Enter the access token: an API key with the *:write scope (sk-…) or "
                          "a session token of an administrator.");
    setMessage(m_ui->tokenError, tokenMessage);
    setMessage(m_ui->keyIdError, m_keyIdTouched ? keyId.errorString() : QString());

    const bool optIn = needsHttpOptIn();
    if (!optIn)
        m_ui->allowHttpCheck->setChecked(false);
    m_ui->allowHttpCheck->setVisible(optIn);

    QString hint;
    if (currentScheme() == AuthScheme::Auto && !token.isEmpty()) {
        hint =
            Auth::effectiveScheme(m_ui->tokenEdit->text(), AuthScheme::Auto) == AuthScheme::ApiKey
                ? tr("This token will be sent as an API key.")
                : tr("This token will be sent as a session token.");
    }
    m_ui->schemeHint->setText(hint);
    updateActions();
    updateProfileState();
}

void MainWindow::updateActions()
{
    m_ui->revokeButton->setEnabled(canRevoke());
    m_ui->testConnectionButton->setEnabled(canTestConnection());
}

void MainWindow::applyColors()
{
    QPalette errorPalette = m_ui->portalError->palette();
    errorPalette.setColor(QPalette::WindowText,
                          OutcomeStyle::color(OutcomeStyle::Severity::Error, palette()));
    for (QLabel *label : {m_ui->portalError, m_ui->tokenError, m_ui->keyIdError})
        label->setPalette(errorPalette);

    QPalette warningPalette = m_ui->allowHttpCheck->palette();
    const QColor warning = OutcomeStyle::color(OutcomeStyle::Severity::Warning, palette());
    warningPalette.setColor(QPalette::WindowText, warning);
    warningPalette.setColor(QPalette::ButtonText, warning);
    m_ui->allowHttpCheck->setPalette(warningPalette);
    m_ui->profileModifiedLabel->setPalette(warningPalette);

    QPalette hintPalette = m_ui->schemeHint->palette();
    QColor hintColor = palette().color(QPalette::WindowText);
    hintColor.setAlphaF(0.7f);
    hintPalette.setColor(QPalette::WindowText, hintColor);
    m_ui->schemeHint->setPalette(hintPalette);
}

bool MainWindow::needsHttpOptIn() const
{
    const PortalAddress portal = PortalAddress::parse(m_ui->portalEdit->text());
    return portal.isValid() && !portal.isHttps() && !portal.isLoopback();
}

AuthScheme MainWindow::currentScheme() const
{
    return static_cast<AuthScheme>(m_ui->schemeCombo->currentData().toInt());
}

QString MainWindow::currentToken() const
{
    return Auth::cleanToken(m_ui->tokenEdit->text());
}

const PortalProfile *MainWindow::currentProfile() const
{
    return m_currentProfile.isNull() ? nullptr : m_profiles->find(m_currentProfile);
}

bool MainWindow::connectionSettings(ConnectionSettings *settings, QString *error) const
{
    const PortalAddress portal = PortalAddress::parse(m_ui->portalEdit->text());
    const bool allowHttp = needsHttpOptIn() && m_ui->allowHttpCheck->isChecked();
    if (const PortalProfile *saved = currentProfile()) {
        // The profile's certificate trust and timeout, with the fields as they are now.
        PortalProfile profile = *saved;
        profile.portal = m_ui->portalEdit->text().trimmed();
        profile.scheme = currentScheme();
        profile.allowInsecureHttp = allowHttp;
        if (!profile.toConnectionSettings(m_ui->tokenEdit->text(), settings, error))
            return false;
    } else {
        settings->portal = portal;
        settings->token = m_ui->tokenEdit->text();
        settings->scheme = currentScheme();
        settings->allowInsecureHttp = allowHttp;
    }
    const TlsTrust session = m_trustByPortal.value(portal.toString());
    settings->trust.extraCaCertificates += session.extraCaCertificates;
    settings->trust.pinnedSha256 += session.pinnedSha256;
    return true;
}

bool MainWindow::keysConnection(ConnectionSettings *settings, QString *error)
{
    const PortalAddress portal = PortalAddress::parse(m_ui->portalEdit->text());
    if (!portal.isValid() || currentToken().isEmpty() ||
        (needsHttpOptIn() && !m_ui->allowHttpCheck->isChecked())) {
        // Point at what is missing, the way Revoke does.
        m_portalTouched = m_tokenTouched = true;
        updateValidation();
        *error = !portal.isValid() ? tr("Enter the portal address above to list its keys.")
                 : currentToken().isEmpty()
                     ? tr("Enter an access token above to list the portal's keys.")
                     : tr("Allow unencrypted HTTP above, or use an https:// address.");
        return false;
    }
    return connectionSettings(settings, error);
}

void MainWindow::setBusy(bool busy)
{
    m_ui->busyIndicator->setVisible(busy);
    m_ui->cancelButton->setEnabled(busy);
    if (!busy)
        m_rateLimitCountdown.stop();
    updateActions();
}

void MainWindow::onRevokeFinished(const RevokeOutcome &outcome)
{
    m_operation.clear();
    setBusy(false);
    // In the history first: the status panel shows only what is recorded (or says why not).
    record(outcome, m_operationPortal, m_operationKey);
    m_ui->statusPanel->addOutcome(outcome, m_operationPortal);
    m_historyView->reload();

    QString message;
    switch (outcome.kind) {
    case OutcomeKind::Revoked:
        message = tr("Key %1 was revoked.").arg(m_operationKeyId);
        break;
    case OutcomeKind::TlsError:
        message = tr("The portal's certificate is not trusted. See Results for its fingerprint.");
        break;
    case OutcomeKind::Cancelled:
        message = tr("Cancelled.");
        break;
    default:
        message = tr("Key %1 was not revoked: %2.")
                      .arg(m_operationKeyId, OutcomeStyle::title(outcome.kind).toLower());
        break;
    }
    statusBar()->showMessage(message);
}

void MainWindow::onRateLimitWait(int seconds, int attempt)
{
    Q_UNUSED(attempt)
    m_rateLimitSecondsLeft = seconds;
    m_rateLimitCountdown.start();
    updateRateLimitMessage();
}

void MainWindow::updateRateLimitMessage()
{
    if (m_rateLimitSecondsLeft <= 0) {
        m_rateLimitCountdown.stop();
        statusBar()->showMessage(tr("Retrying…"));
        return;
    }
    statusBar()->showMessage(
        tr("Rate limited by the portal, retrying in %1 s…").arg(m_rateLimitSecondsLeft));
}

void MainWindow::onTrustCertificateRequested(const QString &portal, const QString &fingerprint)
{
    const QMessageBox::StandardButton answer = MessageBox::confirm(
        this, tr("Trust This Certificate?"),
        tr("Trust the certificate presented by %1 for this session?").arg(portal),
        tr("SHA-256 fingerprint:\n%1\n\n"
           "Only do this if you have checked that this is your portal's certificate, for "
           "example with its administrator. If someone is intercepting the connection, "
           "trusting their certificate hands them your access token.\n\n"
           "The certificate is trusted until DocSpace Keys quits; nothing is saved. To trust "
           "it for good, enter the fingerprint in the profile (Edit…).")
            .arg(fingerprint),
        tr("&Trust for This Session"), QMessageBox::Warning);
    if (answer != QMessageBox::Ok)
        return;
    QString error;
    if (!trustCertificate(portal, fingerprint, &error)) {
        MessageBox::warning(this, tr("Certificate Not Trusted"),
                            tr("The certificate could not be trusted."), error);
        return;
    }
    statusBar()->showMessage(
        tr("Certificate trusted for this session. Test the connection or revoke again."));
    m_ui->revokeButton->setFocus();
}

void MainWindow::showAbout()
{
    MessageBox::about(this, tr("About DocSpace Keys"),
                      tr("DocSpace Keys %1\n\n"
                         "Revokes API keys of ONLYOFFICE DocSpace portals.\n"
                         "Tokens of saved profiles are kept in %2; never in a file, never "
                         "logged.\n\n"
                         "Built with Qt %3, running on Qt %4.")
                          .arg(QStringLiteral(DSK_VERSION), m_secrets->description(),
                               QStringLiteral(QT_VERSION_STR), QString::fromLatin1(qVersion())));
}

// --- Profiles ---

bool MainWindow::isProfileModified() const
{
    const PortalProfile *profile = currentProfile();
    if (!profile)
        return false;
    if (m_ui->portalEdit->text().trimmed() != profile->portal.trimmed() ||
        currentScheme() != profile->scheme)
        return true;
    if (needsHttpOptIn() && m_ui->allowHttpCheck->isChecked() != profile->allowInsecureHttp)
        return true;
    if (m_tokenLoaded)
        return currentToken() != m_savedToken;
    return m_tokenEditedSinceLoad;
}

bool MainWindow::selectProfile(const QUuid &id, bool remember)
{
    if (id == m_currentProfile)
        return true;
    if (!id.isNull() && !m_profiles->find(id))
        return false;
    if (!confirmLeaveProfile())
        return false;
    activateProfile(id, remember);
    return true;
}

bool MainWindow::confirmLeaveProfile()
{
    if (!isProfileModified())
        return true;
    const PortalProfile *profile = currentProfile();
    const QMessageBox::StandardButton answer = MessageBox::askSaveDiscardCancel(
        this, tr("Unsaved Changes"),
        tr("Save the changes to the profile \"%1\"?").arg(profile->name),
        tr("The portal address, authentication scheme or token were changed here but not "
           "saved. Discarding them goes back to what the profile has saved."));
    switch (answer) {
    case QMessageBox::Save:
        return saveProfileChanges();
    case QMessageBox::Discard:
        revertProfileChanges();
        return true;
    default:
        statusBar()->showMessage(tr("Kept the unsaved changes."), 5000);
        return false;
    }
}

void MainWindow::activateProfile(const QUuid &id, bool remember, const QString *knownToken)
{
    m_currentProfile = id;
    ++m_tokenGeneration; // whatever is still being read belongs to another profile
    m_tokenLoaded = true;
    m_tokenEditedSinceLoad = false;
    m_tokenReadProblem.clear();
    m_savedToken.clear();
    if (remember) {
        m_profiles->setLastUsed(id);
        saveStore();
    }
    reloadProfileCombo();

    const PortalProfile *profile = currentProfile();
    if (!profile) {
        // No profile: the fields stay as they are, for use without saving.
        statusBar()->showMessage(tr("No profile: nothing typed here is saved."), 5000);
        updateValidation();
        return;
    }

    const PortalProfile selected = *profile;
    m_ui->portalEdit->setText(selected.portal);
    setAuthScheme(selected.scheme);
    m_ui->allowHttpCheck->setChecked(needsHttpOptIn() && selected.allowInsecureHttp);
    m_portalTouched = !selected.portal.isEmpty();
    m_tokenTouched = false;
    clearConnectionResult();
    if (knownToken) {
        m_savedToken = *knownToken;
        m_ui->tokenEdit->setText(*knownToken);
        m_tokenEditedSinceLoad = false;
    } else {
        m_ui->tokenEdit->clear();
        readToken(selected);
    }
    updateValidation();
}

void MainWindow::readToken(const PortalProfile &profile)
{
    const int generation = ++m_tokenGeneration;
    m_tokenLoaded = false;
    m_tokenEditedSinceLoad = false;
    const QString placeholder = m_ui->tokenEdit->placeholderText();
    m_ui->tokenEdit->setPlaceholderText(
        tr("Reading the token from %1…").arg(m_secrets->description()));
    const QString name = profile.name;
    m_secrets->read(
        profile.secretKey(), this,
        [this, generation, placeholder, name](const SecretStore::Result &result) {
            if (generation != m_tokenGeneration)
                return;
            m_ui->tokenEdit->setPlaceholderText(placeholder);
            m_tokenLoaded = true;
            m_savedToken.clear();
            switch (result.status) {
            case SecretStore::Status::Ok:
                m_savedToken = result.secret;
                if (!m_tokenEditedSinceLoad)
                    m_ui->tokenEdit->setText(result.secret);
                break;
            case SecretStore::Status::NotFound:
                statusBar()->showMessage(
                    tr("No token is saved for \"%1\": enter it, then choose Save to Profile.")
                        .arg(name),
                    8000);
                break;
            default:
                m_tokenReadProblem =
                    tr("The token of \"%1\" could not be read: %2 Enter it here to use it "
                       "now, or check that the keychain is unlocked and choose the profile "
                       "again.")
                        .arg(name, result.error);
                break;
            }
            updateValidation();
        });
}

void MainWindow::writeToken(const PortalProfile &profile, const QString &token)
{
    ++m_pendingWrites;
    const QUuid id = profile.id;
    const QString name = profile.name;
    const auto done = [this, id, name](const SecretStore::Result &result) {
        --m_pendingWrites;
        if (result.status != SecretStore::Status::Ok &&
            result.status != SecretStore::Status::NotFound) {
            if (id == m_currentProfile)
                m_savedToken.clear(); // shows the profile as modified again
            updateProfileState();
            MessageBox::warning(this, tr("Token Not Saved"),
                                tr("The token of \"%1\" could not be saved.").arg(name),
                                result.error);
        }
        if (m_closeWhenWritten && m_pendingWrites == 0)
            close();
    };
    if (token.isEmpty())
        m_secrets->remove(profile.secretKey(), this, done);
    else
        m_secrets->write(profile.secretKey(), token, this, done);
}

void MainWindow::reloadProfileCombo()
{
    QList<PortalProfile> profiles = m_profiles->profiles();
    std::sort(profiles.begin(), profiles.end(), [](const PortalProfile &a, const PortalProfile &b) {
        return a.name.compare(b.name, Qt::CaseInsensitive) < 0;
    });
    const QSignalBlocker blocker(m_ui->profileCombo);
    m_ui->profileCombo->clear();
    m_ui->profileCombo->addItem(tr("(no profile)"), QString());
    m_ui->profileCombo->setItemData(0, tr("Type a portal and token without saving them"),
                                    Qt::ToolTipRole);
    for (const PortalProfile &profile : profiles) {
        m_ui->profileCombo->addItem(profile.name, profile.id.toString());
        m_ui->profileCombo->setItemData(m_ui->profileCombo->count() - 1, profile.portal,
                                        Qt::ToolTipRole);
    }
    const int index =
        m_currentProfile.isNull() ? 0 : m_ui->profileCombo->findData(m_currentProfile.toString());
    m_ui->profileCombo->setCurrentIndex(qMax(0, index));
    m_ui->actionExportProfiles->setEnabled(!profiles.isEmpty());
    updateProfileState();
}

void MainWindow::onProfileComboChanged(int index)
{
    const QUuid id(m_ui->profileCombo->itemData(index).toString());
    if (!selectProfile(id)) {
        // Stay where the user was.
        const QSignalBlocker blocker(m_ui->profileCombo);
        const int current = m_currentProfile.isNull()
                                ? 0
                                : m_ui->profileCombo->findData(m_currentProfile.toString());
        m_ui->profileCombo->setCurrentIndex(qMax(0, current));
    }
}

void MainWindow::updateProfileState()
{
    const PortalProfile *profile = currentProfile();
    const bool modified = isProfileModified();
    if (modified) {
        QStringList changed;
        if (m_ui->portalEdit->text().trimmed() != profile->portal.trimmed())
            changed << tr("portal address");
        if (currentScheme() != profile->scheme)
            changed << tr("scheme");
        if (needsHttpOptIn() && m_ui->allowHttpCheck->isChecked() != profile->allowInsecureHttp)
            changed << tr("plain HTTP");
        if (m_tokenLoaded ? currentToken() != m_savedToken : m_tokenEditedSinceLoad)
            changed << tr("token");
        m_ui->profileModifiedLabel->setText(
            tr("Changed here, not yet saved in \"%1\": %2.")
                .arg(profile->name, changed.join(QStringLiteral(", "))));
    }
    m_ui->profileModifiedBar->setVisible(modified);
    m_ui->actionSaveProfile->setEnabled(modified);
    m_ui->actionRevertProfile->setEnabled(modified);
    const bool selected = profile != nullptr;
    for (QAction *action : {m_ui->actionEditProfile, m_ui->actionDuplicateProfile,
                            m_ui->actionRenameProfile, m_ui->actionDeleteProfile}) {
        action->setEnabled(selected);
    }
    m_ui->editProfileButton->setEnabled(selected);
    m_ui->moreProfileButton->setEnabled(selected);
}

bool MainWindow::saveProfileChanges()
{
    const PortalProfile *saved = currentProfile();
    if (!saved)
        return false;
    PortalProfile profile = *saved;
    profile.portal = m_ui->portalEdit->text().trimmed();
    profile.scheme = currentScheme();
    if (needsHttpOptIn())
        profile.allowInsecureHttp = m_ui->allowHttpCheck->isChecked();
    QString error;
    if (!m_profiles->upsert(profile, &error)) {
        MessageBox::warning(this, tr("Profile Not Saved"),
                            tr("The profile \"%1\" was not saved.").arg(profile.name), error);
        return false;
    }
    saveStore();
    const QString token = currentToken();
    if (!m_tokenLoaded || token != m_savedToken) {
        ++m_tokenGeneration; // a read still running must not undo this
        m_tokenLoaded = true;
        m_savedToken = token;
        writeToken(profile, token);
    }
    reloadProfileCombo();
    statusBar()->showMessage(tr("Saved the profile \"%1\".").arg(profile.name), 5000);
    return true;
}

void MainWindow::revertProfileChanges()
{
    const PortalProfile *profile = currentProfile();
    if (!profile)
        return;
    if (m_tokenLoaded) {
        const QString token = m_savedToken;
        activateProfile(profile->id, false, &token);
    } else {
        activateProfile(profile->id, false);
    }
    statusBar()->showMessage(tr("Back to the saved profile."), 5000);
}

void MainWindow::openProfileDialog(const PortalProfile &profile, const QString &token)
{
    if (m_profileDialog) {
        m_profileDialog->raise();
        m_profileDialog->activateWindow();
        return;
    }
    auto *dialog = new ProfileDialog(m_profiles, m_secrets, this);
    dialog->setObjectName(QStringLiteral("profileDialog"));
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setProfile(profile, token);
    connect(dialog, &QDialog::accepted, this, [this, dialog] { onProfileDialogAccepted(dialog); });
    m_profileDialog = dialog;
    dialog->open();
}

void MainWindow::newProfile()
{
    PortalProfile profile;
    QString token;
    if (currentProfile()) {
        if (!confirmLeaveProfile())
            return;
    } else {
        // What was typed without a profile becomes the new profile.
        const PortalAddress portal = PortalAddress::parse(m_ui->portalEdit->text());
        profile.portal = m_ui->portalEdit->text().trimmed();
        profile.scheme = currentScheme();
        profile.allowInsecureHttp = needsHttpOptIn() && m_ui->allowHttpCheck->isChecked();
        if (portal.isValid())
            profile.name = m_profiles->uniqueName(portal.origin().host());
        token = currentToken();
    }
    openProfileDialog(profile, token);
}

void MainWindow::editProfile()
{
    const PortalProfile *saved = currentProfile();
    if (!saved)
        return;
    // The editor starts from what the window shows, unsaved changes included.
    PortalProfile profile = *saved;
    profile.portal = m_ui->portalEdit->text().trimmed();
    profile.scheme = currentScheme();
    if (needsHttpOptIn())
        profile.allowInsecureHttp = m_ui->allowHttpCheck->isChecked();
    openProfileDialog(profile, currentToken());
}

void MainWindow::onProfileDialogAccepted(ProfileDialog *dialog)
{
    PortalProfile profile = dialog->profile();
    const bool isNew = profile.id.isNull();
    if (isNew)
        profile.id = QUuid::createUuid();
    QString error;
    if (!m_profiles->upsert(profile, &error)) {
        MessageBox::warning(this, tr("Profile Not Saved"),
                            tr("The profile \"%1\" was not saved.").arg(profile.name), error);
        return;
    }
    const QString token = dialog->token();
    writeToken(profile, token);
    m_currentProfile = QUuid(); // re-apply even when it is the selected profile
    activateProfile(profile.id, true, &token);
    statusBar()->showMessage(isNew ? tr("Created the profile \"%1\".").arg(profile.name)
                                   : tr("Saved the profile \"%1\".").arg(profile.name),
                             5000);
}

void MainWindow::duplicateProfile()
{
    const PortalProfile *saved = currentProfile();
    if (!saved)
        return;
    if (!m_tokenLoaded) {
        statusBar()->showMessage(tr("The token is still being read; try again in a moment."), 5000);
        return;
    }
    const PortalProfile original = *saved;
    const QString token = m_savedToken;
    if (!confirmLeaveProfile())
        return;
    PortalProfile copy = original;
    copy.id = QUuid::createUuid();
    copy.name = m_profiles->uniqueName(original.name);
    QString error;
    if (!m_profiles->upsert(copy, &error)) {
        MessageBox::warning(this, tr("Profile Not Duplicated"),
                            tr("The profile \"%1\" was not duplicated.").arg(original.name), error);
        return;
    }
    if (!token.isEmpty())
        writeToken(copy, token);
    activateProfile(copy.id, true, &token);
    statusBar()->showMessage(
        tr("Created \"%1\" as a copy of \"%2\".").arg(copy.name, original.name), 5000);
}

void MainWindow::renameProfile()
{
    const PortalProfile *saved = currentProfile();
    if (!saved)
        return;
    auto *dialog = new QInputDialog(this);
    dialog->setObjectName(QStringLiteral("renameProfileDialog"));
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setWindowTitle(tr("Rename Profile"));
    dialog->setLabelText(tr("New name for \"%1\":").arg(saved->name));
    dialog->setTextValue(saved->name);
    dialog->setOkButtonText(tr("&Rename"));
    const QUuid id = saved->id;
    connect(dialog, &QInputDialog::textValueSelected, this, [this, id](const QString &name) {
        const PortalProfile *current = m_profiles->find(id);
        if (!current || name.simplified() == current->name)
            return;
        PortalProfile renamed = *current;
        const QString oldName = renamed.name;
        renamed.name = name.simplified();
        QString error;
        if (!m_profiles->upsert(renamed, &error)) {
            MessageBox::warning(this, tr("Profile Not Renamed"),
                                tr("The profile \"%1\" was not renamed.").arg(oldName), error);
            return;
        }
        saveStore();
        reloadProfileCombo();
        statusBar()->showMessage(tr("Renamed \"%1\" to \"%2\".").arg(oldName, renamed.name), 5000);
    });
    dialog->open();
}

void MainWindow::deleteProfile()
{
    const PortalProfile *saved = currentProfile();
    if (!saved)
        return;
    const PortalProfile profile = *saved;
    const QMessageBox::StandardButton answer = MessageBox::confirm(
        this, tr("Delete Profile"), tr("Delete the profile \"%1\"?").arg(profile.name),
        tr("Its settings and its saved token are deleted. This cannot be undone; the portal "
           "and its keys are not affected."),
        tr("&Delete"), QMessageBox::Warning);
    if (answer != QMessageBox::Ok)
        return;

    m_profiles->remove(profile.id);
    m_secrets->remove(
        profile.secretKey(), this, [this, profile](const SecretStore::Result &result) {
            if (result.status == SecretStore::Status::Ok ||
                result.status == SecretStore::Status::NotFound)
                return;
            MessageBox::warning(this, tr("Token Not Deleted"),
                                tr("The token of the deleted profile \"%1\" could not be removed "
                                   "from %2.")
                                    .arg(profile.name, m_secrets->description()),
                                result.error);
        });
    // Nothing of the deleted profile stays behind: not its token, its address, the key id
    // typed for it, the connection test's result or its key list (cleared with the fields).
    m_ui->tokenEdit->clear();
    m_ui->portalEdit->clear();
    m_ui->keyIdEdit->clear();
    m_tokenTouched = m_portalTouched = m_keyIdTouched = false;
    activateProfile(QUuid(), true);
    clearConnectionResult();
    updateValidation();
    statusBar()->showMessage(tr("Deleted the profile \"%1\" and its token.").arg(profile.name),
                             5000);
}

void MainWindow::importProfiles()
{
    const QString path = FileChooser::openFile(this, tr("Import Profiles"), lastDirectory(),
                                               tr("Profiles (*.json);;All files (*)"));
    if (path.isEmpty())
        return;
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        MessageBox::warning(
            this, tr("Profiles Not Imported"),
            tr("Cannot read %1.").arg(QFileInfo(path).fileName()),
            tr("%1. Check that the file exists and may be read.").arg(file.errorString()));
        return;
    }
    QString error;
    QList<QUuid> imported;
    const int count = m_profiles->importJson(file.readAll(), &error, &imported);
    if (count < 0) {
        MessageBox::warning(
            this, tr("Profiles Not Imported"),
            tr("%1 holds no profiles that can be imported.").arg(QFileInfo(path).fileName()),
            error);
        return;
    }
    saveStore();
    reloadProfileCombo();
    MessageBox::information(
        this, tr("Profiles Imported"),
        (count == 1 ? tr("Imported 1 profile from %1.")
                    : tr("Imported %n profiles from %1.", nullptr, count))
            .arg(QFileInfo(path).fileName()),
        count > 0 ? tr("Exports never contain tokens: choose each imported profile, enter its "
                       "token and choose Save to Profile.")
                  : QString());
    statusBar()->showMessage(
        (count == 1 ? tr("Imported 1 profile.") : tr("Imported %n profiles.", nullptr, count)),
        5000);
}

void MainWindow::exportProfiles()
{
    const int count = int(m_profiles->profiles().size());
    if (count == 0) {
        MessageBox::information(this, tr("Nothing to Export"), tr("There are no profiles yet."));
        return;
    }
    QString path = FileChooser::saveFile(
        this, tr("Export Profiles (tokens are never exported)"),
        lastDirectory() + QStringLiteral("/docspace-profiles.json"), tr("Profiles (*.json)"));
    if (path.isEmpty())
        return;
    if (QFileInfo(path).suffix().isEmpty())
        path += QStringLiteral(".json");
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(m_profiles->exportJson()) < 0 ||
        !file.commit()) {
        MessageBox::warning(this, tr("Profiles Not Exported"),
                            tr("Cannot write %1.").arg(QFileInfo(path).fileName()),
                            tr("%1. Choose another folder.").arg(file.errorString()));
        return;
    }
    MessageBox::information(
        this, tr("Profiles Exported"),
        (count == 1 ? tr("Exported 1 profile to %1.")
                    : tr("Exported %n profiles to %1.", nullptr, count))
            .arg(QFileInfo(path).fileName()),
        tr("The file holds portal addresses and settings only. Tokens are never exported: "
           "whoever imports it enters their own."));
}

void MainWindow::saveStore()
{
    m_profiles->save();
    updateWarnings();
}

void MainWindow::updateWarnings()
{
    m_ui->settingsWarning->setText(m_profiles->warning());
    QString keychain;
    if (m_demoMode)
        keychain = tr("Demo mode: tokens are kept in memory only, on purpose, and forgotten "
                      "when DocSpace Keys closes. Nothing is written to the system keychain.");
    else if (!m_secrets->isPersistent())
        keychain = tr("No system keychain is available: tokens are kept only until DocSpace "
                      "Keys closes.");
    m_ui->keychainWarning->setText(keychain);
    Accessible::setName(m_ui->keychainWarning,
                        m_demoMode ? tr("Demo mode") : tr("Keychain unavailable"));
}

// --- Test connection ---

void MainWindow::onConnectionTested(const ConnectionReport &report)
{
    m_connectionTest.clear();
    setBusy(false);
    m_connectionView->showReport(report, m_testedPortal);
    if (report.ok) {
        m_ui->keysView->setIdentity(report.userId, report.hasKey ? report.keyId : QString());
        setActor(report.displayName);
    }
    if (report.ok)
        statusBar()->showMessage(report.summary(), 8000);
    else if (report.failure.kind == OutcomeKind::Cancelled)
        statusBar()->showMessage(tr("Cancelled."));
    else
        statusBar()->showMessage(tr("The connection test failed: %1.")
                                     .arg(OutcomeStyle::title(report.failure.kind).toLower()));
}

void MainWindow::clearConnectionResult()
{
    if (m_connectionTest)
        return; // the progress line stays until the test ends
    m_connectionView->clear();
}
