#include "mainwindow.h"
#include "ui_mainwindow.h"

#include "docspaceclient.h"
#include "keyid.h"
#include "messagebox.h"
#include "outcomestyle.h"
#include "portaladdress.h"

#include <QCloseEvent>
#include <QNetworkAccessManager>
#include <QSettings>
#include <QShortcut>

// Q_INIT_RESOURCE has to be used outside of any namespace.
static void initGuiResources()
{
    Q_INIT_RESOURCE(resources);
}

namespace {
const auto SettingsPortal = QStringLiteral("portal/address");
const auto SettingsScheme = QStringLiteral("portal/authScheme");

void setMessage(QLabel *label, const QString &message)
{
    label->setText(message);
    label->setVisible(!message.isEmpty());
}
} // namespace

MainWindow::MainWindow(QNetworkAccessManager *network, QWidget *parent)
    : QMainWindow(parent)
    , m_ui(std::make_unique<Ui::MainWindow>())
    , m_network(network ? network : new QNetworkAccessManager(this))
    , m_client(new DocSpaceClient(m_network, this))
{
    initResources();
    m_ui->setupUi(this);
    setWindowIcon(QIcon(QStringLiteral(":/icons/docspace-keys.svg")));

    m_ui->schemeCombo->setItemData(0, static_cast<int>(AuthScheme::Auto));
    m_ui->schemeCombo->setItemData(1, static_cast<int>(AuthScheme::ApiKey));
    m_ui->schemeCombo->setItemData(2, static_cast<int>(AuthScheme::SessionToken));
    m_ui->schemeCombo->setItemData(
        0, tr("Tokens starting with sk- are sent as API keys, anything else as a session token"),
        Qt::ToolTipRole);
    m_ui->schemeCombo->setItemData(1, tr("Sent as \"Authorization: Bearer <token>\""),
                                   Qt::ToolTipRole);
    m_ui->schemeCombo->setItemData(
        2, tr("Sent as it is, like the token from signing in to the portal"), Qt::ToolTipRole);

    auto *showToken = new QAction(m_ui->tokenEdit);
    showToken->setObjectName(QStringLiteral("showTokenButton"));
    showToken->setCheckable(true);
    m_ui->tokenEdit->addAction(showToken, QLineEdit::TrailingPosition);
    const auto updateShowToken = [this, showToken](bool shown) {
        m_ui->tokenEdit->setEchoMode(shown ? QLineEdit::Normal : QLineEdit::Password);
        showToken->setIcon(QIcon(shown ? QStringLiteral(":/icons/eye-off.svg")
                                       : QStringLiteral(":/icons/eye.svg")));
        showToken->setText(shown ? tr("Hide token") : tr("Show token"));
        showToken->setToolTip(shown ? tr("Hide the access token") : tr("Show the access token"));
    };
    updateShowToken(false);
    connect(showToken, &QAction::toggled, this, updateShowToken);

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
    connect(m_ui->portalEdit, &QLineEdit::textChanged, this, &MainWindow::updateValidation);
    connect(m_ui->tokenEdit, &QLineEdit::textChanged, this, &MainWindow::updateValidation);
    connect(m_ui->keyIdEdit, &QLineEdit::textChanged, this, &MainWindow::updateValidation);
    connect(m_ui->schemeCombo, &QComboBox::currentIndexChanged, this,
            &MainWindow::updateValidation);
    connect(m_ui->allowHttpCheck, &QCheckBox::toggled, this, &MainWindow::updateRevokeButton);
    connect(m_ui->revokeButton, &QPushButton::clicked, this, &MainWindow::revoke);
    connect(m_ui->cancelButton, &QPushButton::clicked, this, &MainWindow::cancel);
    connect(m_ui->statusPanel, &StatusPanel::trustCertificateRequested, this,
            &MainWindow::onTrustCertificateRequested);
    connect(m_ui->actionQuit, &QAction::triggered, this, &QWidget::close);
    connect(m_ui->actionAbout, &QAction::triggered, this, &MainWindow::showAbout);

    m_rateLimitCountdown.setInterval(1000);
    connect(&m_rateLimitCountdown, &QTimer::timeout, this, [this] {
        m_rateLimitSecondsLeft = qMax(0, m_rateLimitSecondsLeft - 1);
        updateRateLimitMessage();
    });

    loadSettings();
    updateValidation();
    m_ui->portalEdit->setFocus();
}

MainWindow::~MainWindow()
{
    if (m_operation)
        m_operation->cancel();
}

void MainWindow::initResources()
{
    initGuiResources();
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
    return true;
}

bool MainWindow::canRevoke() const
{
    return !isBusy() && PortalAddress::parse(m_ui->portalEdit->text()).isValid() &&
           !Auth::cleanToken(m_ui->tokenEdit->text()).isEmpty() &&
           KeyId::parse(m_ui->keyIdEdit->text()).isValid() &&
           (!needsHttpOptIn() || m_ui->allowHttpCheck->isChecked());
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

    const PortalAddress portal = PortalAddress::parse(m_ui->portalEdit->text());
    const KeyId keyId = KeyId::parse(m_ui->keyIdEdit->text());
    const QMessageBox::StandardButton answer = MessageBox::confirm(
        this, tr("Revoke API Key"), tr("Revoke API key %1?").arg(keyId.toString()),
        tr("This cannot be undone. Any script or integration using this key will stop working."),
        tr("&Revoke"), QMessageBox::Warning);
    if (answer != QMessageBox::Ok) {
        statusBar()->showMessage(tr("Nothing was revoked."), 5000);
        return;
    }

    ConnectionSettings settings;
    settings.portal = portal;
    settings.token = m_ui->tokenEdit->text();
    settings.scheme = currentScheme();
    settings.trust = m_trustByPortal.value(portal.toString());
    settings.allowInsecureHttp = needsHttpOptIn() && m_ui->allowHttpCheck->isChecked();
    m_client->setConnection(settings);

    m_operationPortal = portal.toString();
    m_operationKeyId = keyId.toString();
    m_operation = m_client->revoke(keyId.toString());
    connect(m_operation, &RevokeOperation::finished, this, &MainWindow::onRevokeFinished);
    connect(m_operation, &RevokeOperation::rateLimitWait, this, &MainWindow::onRateLimitWait);
    setBusy(true);
    statusBar()->showMessage(tr("Revoking key %1 on %2…").arg(m_operationKeyId, m_operationPortal));
    saveSettings();
}

void MainWindow::cancel()
{
    if (m_operation) {
        statusBar()->showMessage(tr("Cancelling…"));
        m_operation->cancel();
    }
}

void MainWindow::closeEvent(QCloseEvent *event)
{
    cancel();
    saveSettings();
    QMainWindow::closeEvent(event);
}

void MainWindow::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::PaletteChange || event->type() == QEvent::StyleChange)
        applyColors();
    QMainWindow::changeEvent(event);
}

void MainWindow::updateValidation()
{
    const PortalAddress portal = PortalAddress::parse(m_ui->portalEdit->text());
    const QString token = Auth::cleanToken(m_ui->tokenEdit->text());
    const KeyId keyId = KeyId::parse(m_ui->keyIdEdit->text());

    setMessage(m_ui->portalError, m_portalTouched ? portal.errorString() : QString());
    setMessage(m_ui->tokenError,
               m_tokenTouched && token.isEmpty()
                   ? tr("Enter the access token: an API key with the *:write scope (sk-…) or "
                        "a session token of an administrator.")
                   : QString());
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
    updateRevokeButton();
}

void MainWindow::updateRevokeButton()
{
    m_ui->revokeButton->setEnabled(canRevoke());
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

void MainWindow::setBusy(bool busy)
{
    m_ui->busyIndicator->setVisible(busy);
    m_ui->cancelButton->setEnabled(busy);
    if (!busy)
        m_rateLimitCountdown.stop();
    updateRevokeButton();
}

void MainWindow::onRevokeFinished(const RevokeOutcome &outcome)
{
    m_operation.clear();
    setBusy(false);
    m_ui->statusPanel->addOutcome(outcome, m_operationPortal);

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
           "The certificate is trusted until DocSpace Keys quits; nothing is saved.")
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
        tr("Certificate trusted for this session. Revoke the key again to retry."));
    m_ui->revokeButton->setFocus();
}

void MainWindow::showAbout()
{
    MessageBox::about(this, tr("About DocSpace Keys"),
                      tr("DocSpace Keys %1\n\n"
                         "Revokes API keys of ONLYOFFICE DocSpace portals.\n"
                         "Access tokens are kept in memory only: never saved, never logged.\n\n"
                         "Built with Qt %2, running on Qt %3.")
                          .arg(QStringLiteral(DSK_VERSION), QStringLiteral(QT_VERSION_STR),
                               QString::fromLatin1(qVersion())));
}

void MainWindow::loadSettings()
{
    QSettings settings;
    m_ui->portalEdit->setText(settings.value(SettingsPortal).toString());
    AuthScheme scheme = AuthScheme::Auto;
    if (Auth::parseSchemeName(settings.value(SettingsScheme).toString(), &scheme))
        setAuthScheme(scheme);
}

void MainWindow::saveSettings() const
{
    // The portal and scheme only: the token is never written anywhere.
    QSettings settings;
    const PortalAddress portal = PortalAddress::parse(m_ui->portalEdit->text());
    if (portal.isValid())
        settings.setValue(SettingsPortal, portal.toString());
    settings.setValue(SettingsScheme, Auth::schemeName(currentScheme()));
}
