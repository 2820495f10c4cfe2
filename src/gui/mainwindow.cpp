#include "mainwindow.h"
#include "accessiblenames.h"
#include "ui_mainwindow.h"

#include "connectionresultview.h"
#include "docspaceclient.h"
#include "historyrecorder.h"
#include "historyview.h"
#include "hygienereportview.h"
#include "keychangeconfirmation.h"
#include "keyid.h"
#include "keylistmodel.h"
#include "keysview.h"
#include "lifecycleactions.h"
#include "messagebox.h"
#include "outcomestyle.h"
#include "portaladdress.h"
#include "profilestore.h"
#include "secretstore.h"
#include "sessiontrust.h"
#include "singlerevoke.h"
#include "statusmodel.h"
#include "tokenvisibility.h"
#include "toolscontroller.h"
#include "windowform.h"

#include <QAbstractButton>
#include <QApplication>
#include <QCloseEvent>
#include <QCryptographicHash>
#include <QFileInfo>
#include <QNetworkAccessManager>
#include <QShortcut>
#include <QStyle>
#include <QStyleOptionComboBox>
#include <QTabBar>

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
{
    Q_ASSERT(m_profiles && m_secrets);
    initResources();
    m_ui->setupUi(this);
    setWindowIcon(QIcon(QStringLiteral(":/icons/docspace-keys.svg")));

    WindowForm::arrangeFields(m_ui.get());
    addTokenVisibilityToggle(m_ui->tokenEdit);
    m_connectionView = new ConnectionResultView(m_ui->connectionResult, this);
    m_revoke = new SingleRevoke(m_client, statusBar(), this);
    connect(m_revoke, &SingleRevoke::finished, this, &MainWindow::onRevokeFinished);
    m_trust = new SessionTrust(this);
    connect(m_trust, &SessionTrust::trusted, this, [this](const QString &fingerprint) {
        m_ui->statusPanel->markCertificateTrusted(fingerprint);
        m_connectionView->markTrusted(fingerprint);
    });
    connect(m_connectionView, &ConnectionResultView::trustRequested, this,
            &MainWindow::onTrustCertificateRequested);
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
    connect(m_ui->tokenEdit, &QLineEdit::textEdited, this, [this] { m_tokenTouched = true; });
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
    connect(m_ui->revokeButton, &QPushButton::clicked, this, &MainWindow::revoke);
    connect(m_ui->testConnectionButton, &QPushButton::clicked, this, &MainWindow::testConnection);
    connect(m_ui->cancelButton, &QPushButton::clicked, this, &MainWindow::cancel);
    connect(m_ui->statusPanel, &StatusPanel::trustCertificateRequested, this,
            &MainWindow::onTrustCertificateRequested);
    connect(m_ui->actionQuit, &QAction::triggered, this, &QWidget::close);
    connect(m_ui->actionAbout, &QAction::triggered, this,
            [this] { m_tools->showAbout(m_secrets->description()); });
    m_profileBar =
        new ProfileController(m_ui.get(), this, m_profiles, m_secrets, m_demoMode,
                              {[this] { updateValidation(); }, [this] { clearConnectionResult(); },
                               [this](AuthScheme scheme) { setAuthScheme(scheme); },
                               [this](bool portal, bool token, std::optional<bool> keyId) {
                                   m_portalTouched = portal;
                                   m_tokenTouched = token;
                                   if (keyId)
                                       m_keyIdTouched = *keyId;
                               }});

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
    WindowForm::arrangeSpace(m_ui.get());
    m_tools = new ToolsController(m_ui.get(), this, m_history, services.uiSettingsPath,
                                  {[this] { return adminConnection(); },
                                   [this](ConnectionSettings *settings, QString *error) {
                                       return keysConnection(settings, error);
                                   },
                                   [this] {
                                       clearConnectionResult();
                                   }});
    connect(m_ui->keysView, &KeysView::identityKnown, this, &MainWindow::setActor);
    // Another portal or token: who signs in is not known any more.
    for (QLineEdit *edit : {m_ui->portalEdit, m_ui->tokenEdit})
        connect(edit, &QLineEdit::textChanged, this, [this] { m_actor.clear(); });
    // The retirement plan lives beside the history (a test's temporary one included).
    m_lifecycle = new LifecycleActions(this, m_profiles, m_secrets,
                                       services.historyPath.isEmpty()
                                           ? QString()
                                           : QFileInfo(services.historyPath).absolutePath() +
                                                 QLatin1String("/retirement-plan.json"));
    retranslate();

    m_profileBar->updateWarnings();
    m_profileBar->restoreLastUsed();
    updateValidation();
    m_ui->portalEdit->setFocus();
}

MainWindow::~MainWindow()
{
    // They record into m_history while they run: gone before it is.
    m_tools->closeAll();
    m_ui->keysView->cancelAll();
    m_revoke->cancel();
    if (m_connectionTest)
        m_connectionTest->cancel();
}

void MainWindow::initResources()
{
    initGuiResources();
}

ProfileDialog *MainWindow::profileDialog() const
{
    return m_profileBar->profileDialog();
}

QUuid MainWindow::currentProfileId() const
{
    return m_profileBar->currentProfileId();
}

bool MainWindow::isProfileModified() const
{
    return m_profileBar->isProfileModified();
}

bool MainWindow::selectProfile(const QUuid &id, bool remember)
{
    return m_profileBar->selectProfile(id, remember);
}

KeysView *MainWindow::keysView() const
{
    return m_ui->keysView;
}

void MainWindow::setPortalAddress(const QString &address)
{
    m_ui->portalEdit->setText(address);
    m_portalTouched = !address.isEmpty();
    updateValidation();
}

void MainWindow::setToken(const QString &token)
{
    setTokenText(m_ui->tokenEdit, token);
    m_tokenTouched = !token.isEmpty();
    m_profileBar->tokenSetFromOutside();
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
    return m_trust->trust(portal, fingerprint, error);
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
    m_revoke->start(settings, key);
    setBusy(true);
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
    if (m_revoke->isRunning() || m_connectionTest)
        statusBar()->showMessage(tr("Cancelling…"));
    m_revoke->cancel();
    if (m_connectionTest)
        m_connectionTest->cancel();
}

void MainWindow::closeEvent(QCloseEvent *event)
{
    bool waitForTokens = false;
    if (!m_profileBar->closeRequested(&waitForTokens)) {
        event->ignore();
        return;
    }
    cancel();
    m_ui->keysView->cancelAll();
    // Quitting before the keychain confirms a write could lose the token.
    if (waitForTokens) {
        statusBar()->showMessage(tr("Saving the token…"));
        event->ignore();
        return;
    }
    QMainWindow::closeEvent(event);
}

bool MainWindow::focusNextPrevChild(bool next)
{
    // Qt 6.4's setTabOrder() cannot reorder a chain made by uic and by several classes without
    // breaking it in two: Tab follows the list of the tab showing instead.
    QWidget *focused = QApplication::focusWidget();
    QWidget *page = m_ui->mainTabs->currentWidget();
    QList<QWidget *> chain;
    if (page == m_ui->revokeTab)
        chain = WindowForm::revokeTabChain(m_ui.get());
    else if (page == historyView())
        chain = historyView()->tabChain();
    else if (page == reportView())
        chain = reportView()->tabChain();
    if (focused && !chain.isEmpty() &&
        WindowForm::moveFocus(WindowForm::headChain(m_ui.get()) + chain, focused, next))
        return true;
    return QMainWindow::focusNextPrevChild(next);
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
    // retranslateUi()'s setText() gives the button its text's accelerator: none.
    m_ui->cancelButton->setShortcut(QKeySequence(Qt::Key_Escape));
    {
        // Wide enough for what Auto may say, so typing a token does not move the fields.
        const QFontMetrics metrics(m_ui->schemeCombo->font());
        int widest = 0;
        for (const QString &text : {tr("Auto: API key"), tr("Auto: session token"),
                                    m_ui->schemeCombo->itemText(1), m_ui->schemeCombo->itemText(2)})
            widest = qMax(widest, metrics.horizontalAdvance(text));
        QStyleOptionComboBox option;
        option.initFrom(m_ui->schemeCombo);
        m_ui->schemeCombo->setMinimumWidth(
            m_ui->schemeCombo->style()
                ->sizeFromContents(QStyle::CT_ComboBox, &option,
                                   QSize(widest + metrics.averageCharWidth() * 2, metrics.height()),
                                   m_ui->schemeCombo)
                .width());
    }
    m_tools->retranslate();
    // The texts that depend on the state: the problems under the fields, the scheme hint, the
    // unsaved-changes bar, the warning bars, "(no profile)" and the connection test's result.
    updateValidation();
    m_profileBar->updateWarnings();
    m_profileBar->reloadProfileCombo();
    if (!m_connectionTest)
        m_connectionView->retranslate();
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

void MainWindow::setActor(const QString &actor)
{
    if (actor.isEmpty() || actor == m_actor)
        return;
    m_actor = actor;
    m_tools->scheduleConnectionUpdate();
}

void MainWindow::updateValidation()
{
    const PortalAddress portal = PortalAddress::parse(m_ui->portalEdit->text());
    const QString token = currentToken();
    const KeyId keyId = KeyId::parse(m_ui->keyIdEdit->text());

    setMessage(m_ui->portalError, m_portalTouched ? portal.errorString() : QString());
    QString tokenMessage;
    if (!m_profileBar->tokenReadProblem().isEmpty() && token.isEmpty())
        tokenMessage = m_profileBar->tokenReadProblem();
    else if (m_tokenTouched && token.isEmpty())
        tokenMessage = tr("Enter the access token: an API key with the *:write scope (sk-…) or "
                          "a session token of an administrator.");
    setMessage(m_ui->tokenError, tokenMessage);
    setMessage(m_ui->keyIdError, m_keyIdTouched ? keyId.errorString() : QString());

    const bool optIn = needsHttpOptIn();
    if (!optIn)
        m_ui->allowHttpCheck->setChecked(false);
    m_ui->allowHttpCheck->setVisible(optIn);

    // What Auto will do with this token, in the choice itself rather than on a line of its own.
    QString autoText = tr("Auto");
    QString hint;
    if (!token.isEmpty()) {
        const bool apiKey =
            Auth::effectiveScheme(m_ui->tokenEdit->text(), AuthScheme::Auto) == AuthScheme::ApiKey;
        autoText = apiKey ? tr("Auto: API key") : tr("Auto: session token");
        hint = apiKey ? tr("This token will be sent as an API key.")
                      : tr("This token will be sent as a session token.");
    }
    m_ui->schemeCombo->setItemText(0, autoText);
    Accessible::setDescription(m_ui->schemeCombo,
                               currentScheme() == AuthScheme::Auto && !hint.isEmpty()
                                   ? hint
                                   : tr("How the token is sent to the portal. Auto decides "
                                        "from the token."));
    updateActions();
    m_profileBar->updateProfileState();
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
}

bool MainWindow::connectionSettings(ConnectionSettings *settings, QString *error) const
{
    if (!m_profileBar->fieldSettings(settings, error))
        return false;
    m_trust->addTo(PortalAddress::parse(m_ui->portalEdit->text()), &settings->trust);
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
    updateActions();
}

void MainWindow::onRevokeFinished(const RevokeOutcome &outcome)
{
    setBusy(false);
    // In the history first: the status panel shows only what is recorded (or says why not).
    record(outcome, m_revoke->portal(), m_revoke->key());
    m_ui->statusPanel->addOutcome(outcome, m_revoke->portal());
    m_tools->historyView()->reload();
    statusBar()->showMessage(m_revoke->sentence(outcome));
}

void MainWindow::onTrustCertificateRequested(const QString &portal, const QString &fingerprint)
{
    if (!m_trust->askAndTrust(portal, fingerprint))
        return;
    statusBar()->showMessage(
        tr("Certificate trusted for this session. Test the connection or revoke again."));
    m_ui->revokeButton->setFocus();
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
