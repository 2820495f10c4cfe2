#include "profiledialog.h"
#include "ui_profiledialog.h"

#include "filechooser.h"
#include "outcomestyle.h"
#include "portaladdress.h"
#include "profilestore.h"
#include "secretstore.h"
#include "tlstrust.h"
#include "tokenvisibility.h"

#include <QEvent>
#include <QFileInfo>
#include <QPushButton>

namespace {
void setMessage(QLabel *label, const QString &message)
{
    label->setText(message);
    label->setVisible(!message.isEmpty());
}
} // namespace

ProfileDialog::ProfileDialog(const ProfileStore *store, const SecretStore *secrets, QWidget *parent)
    : QDialog(parent)
    , m_ui(std::make_unique<Ui::ProfileDialog>())
    , m_store(store)
    , m_secrets(secrets)
{
    m_ui->setupUi(this);
    m_ui->schemeCombo->setItemData(0, static_cast<int>(AuthScheme::Auto));
    m_ui->schemeCombo->setItemData(1, static_cast<int>(AuthScheme::ApiKey));
    m_ui->schemeCombo->setItemData(2, static_cast<int>(AuthScheme::SessionToken));
    addTokenVisibilityToggle(m_ui->tokenEdit);
    m_ui->allowHttpCheck->setIcon(QIcon(QStringLiteral(":/icons/warning.svg")));
    m_ui->buttonBox->button(QDialogButtonBox::Save)->setIcon(QIcon());
    m_ui->buttonBox->button(QDialogButtonBox::Cancel)->setIcon(QIcon());

    const QColor error = OutcomeStyle::color(OutcomeStyle::Severity::Error, palette());
    const QColor warning = OutcomeStyle::color(OutcomeStyle::Severity::Warning, palette());
    for (QLabel *label : {m_ui->nameError, m_ui->portalError, m_ui->fingerprintError,
                          m_ui->caFileError, m_ui->formError}) {
        QPalette labelPalette = label->palette();
        labelPalette.setColor(QPalette::WindowText, error);
        label->setPalette(labelPalette);
    }
    QPalette warningPalette = m_ui->httpWarning->palette();
    warningPalette.setColor(QPalette::WindowText, warning);
    m_ui->httpWarning->setPalette(warningPalette);
    QPalette notePalette = m_ui->tokenNote->palette();
    QColor noteColor = palette().color(QPalette::WindowText);
    noteColor.setAlphaF(0.7f);
    notePalette.setColor(QPalette::WindowText, noteColor);
    m_ui->tokenNote->setPalette(notePalette);

    connect(m_ui->nameEdit, &QLineEdit::textEdited, this, [this] { m_nameTouched = true; });
    connect(m_ui->portalEdit, &QLineEdit::textEdited, this, [this] { m_portalTouched = true; });
    for (QLineEdit *edit :
         {m_ui->nameEdit, m_ui->portalEdit, m_ui->fingerprintEdit, m_ui->caFileEdit}) {
        connect(edit, &QLineEdit::textChanged, this, &ProfileDialog::updateValidation);
    }
    connect(m_ui->allowHttpCheck, &QCheckBox::toggled, this, &ProfileDialog::updateValidation);
    connect(m_ui->caFileButton, &QPushButton::clicked, this, &ProfileDialog::chooseCaFile);
    connect(m_ui->buttonBox, &QDialogButtonBox::accepted, this, &ProfileDialog::accept);
    connect(m_ui->buttonBox, &QDialogButtonBox::rejected, this, &ProfileDialog::reject);
    if (m_secrets)
        connect(m_secrets, &SecretStore::persistenceChanged, this, &ProfileDialog::updateTokenNote);

    setProfile(PortalProfile(), QString());
}

void ProfileDialog::retranslate()
{
    setWindowTitle(m_id.isNull() ? tr("New Profile") : tr("Edit Profile"));
    m_ui->buttonBox->button(QDialogButtonBox::Save)->setText(tr("&Save Profile"));
    m_ui->httpWarning->setText(
        tr("The token will travel in clear text to a plain http:// address: anyone on the "
           "network path can read and use it. Use this only on a network you control."));
    retranslateTokenVisibilityToggle(m_ui->tokenEdit);
    updateTokenNote();
    updateValidation();
}

void ProfileDialog::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange) {
        m_ui->retranslateUi(this);
        retranslate();
    }
    QDialog::changeEvent(event);
}

void ProfileDialog::showEvent(QShowEvent *event)
{
    // As tall as the wrapped messages need at this width, and no taller.
    int height = minimumSizeHint().height();
    if (layout()->hasHeightForWidth())
        height = qMax(height, layout()->totalHeightForWidth(width()));
    resize(width(), height);
    QDialog::showEvent(event);
}

ProfileDialog::~ProfileDialog() = default;

void ProfileDialog::setProfile(const PortalProfile &profile, const QString &token)
{
    m_id = profile.id;
    m_ui->nameEdit->setText(profile.name);
    m_ui->portalEdit->setText(profile.portal);
    m_ui->schemeCombo->setCurrentIndex(
        qMax(0, m_ui->schemeCombo->findData(static_cast<int>(profile.scheme))));
    setTokenText(m_ui->tokenEdit, token);
    m_ui->allowHttpCheck->setChecked(profile.allowInsecureHttp);
    m_ui->fingerprintEdit->setText(profile.pinnedSha256);
    m_ui->caFileEdit->setText(profile.caFile);
    m_ui->timeoutSpin->setValue(profile.timeoutSeconds);
    // Long values read from their start.
    for (QLineEdit *edit : {m_ui->portalEdit, m_ui->fingerprintEdit, m_ui->caFileEdit})
        edit->setCursorPosition(0);
    m_nameTouched = !profile.name.isEmpty();
    m_portalTouched = !profile.portal.isEmpty();
    setMessage(m_ui->formError, QString());
    retranslate();
    (m_ui->nameEdit->text().isEmpty() ? m_ui->nameEdit : m_ui->portalEdit)->setFocus();
}

PortalProfile ProfileDialog::profile() const
{
    PortalProfile profile;
    profile.id = m_id;
    profile.name = m_ui->nameEdit->text().simplified();
    profile.portal = m_ui->portalEdit->text().trimmed();
    profile.scheme = static_cast<AuthScheme>(m_ui->schemeCombo->currentData().toInt());
    profile.allowInsecureHttp = m_ui->allowHttpCheck->isChecked();
    profile.pinnedSha256 = m_ui->fingerprintEdit->text().trimmed();
    profile.caFile = m_ui->caFileEdit->text().trimmed();
    profile.timeoutSeconds = m_ui->timeoutSpin->value();
    return profile;
}

QString ProfileDialog::token() const
{
    return Auth::cleanToken(m_ui->tokenEdit->text());
}

void ProfileDialog::accept()
{
    m_nameTouched = m_portalTouched = true;
    updateValidation();
    const PortalProfile candidate = profile();
    QString problem = nameProblem();
    if (problem.isEmpty())
        problem = PortalAddress::parse(candidate.portal).errorString();
    if (problem.isEmpty())
        problem = httpProblem();
    if (problem.isEmpty())
        problem = fingerprintProblem();
    if (problem.isEmpty())
        problem = caFileProblem();
    if (problem.isEmpty())
        problem = candidate.validate();
    if (problem.isEmpty()) {
        ConnectionSettings settings;
        candidate.toConnectionSettings(token(), &settings, &problem);
    }
    setMessage(m_ui->formError, problem.isEmpty() ? QString() : tr("Not saved: %1").arg(problem));
    if (problem.isEmpty())
        QDialog::accept();
}

void ProfileDialog::updateValidation()
{
    setMessage(m_ui->nameError, m_nameTouched ? nameProblem() : QString());
    QString portalProblem;
    if (m_portalTouched) {
        portalProblem = PortalAddress::parse(m_ui->portalEdit->text()).errorString();
        if (portalProblem.isEmpty())
            portalProblem = httpProblem();
    }
    setMessage(m_ui->portalError, portalProblem);
    setMessage(m_ui->fingerprintError, fingerprintProblem());
    setMessage(m_ui->caFileError, caFileProblem());
    m_ui->httpWarning->setVisible(m_ui->allowHttpCheck->isChecked());
    if (m_ui->formError->isVisible())
        setMessage(m_ui->formError, QString());
}

void ProfileDialog::updateTokenNote()
{
    const bool persistent = m_secrets && m_secrets->isPersistent();
    m_ui->tokenNote->setText(
        persistent ? tr("Stored in %1, never in a file. Leave empty to type it each time.")
                         .arg(m_secrets->description())
                   : tr("No system keychain is available: the token is kept only until DocSpace "
                        "Keys closes."));
}

void ProfileDialog::chooseCaFile()
{
    const QString current = m_ui->caFileEdit->text().trimmed();
    const QString path =
        FileChooser::openFile(this, tr("Choose the Extra CA File"),
                              current.isEmpty() ? QString() : QFileInfo(current).absolutePath(),
                              tr("Certificates (*.pem *.crt *.cer *.der);;All files (*)"));
    if (!path.isEmpty())
        m_ui->caFileEdit->setText(path);
}

QString ProfileDialog::nameProblem() const
{
    const QString name = m_ui->nameEdit->text().simplified();
    if (name.isEmpty())
        return tr("Enter a name for this profile, e.g. the portal's purpose or customer.");
    if (m_store) {
        const PortalProfile *other = m_store->find(name);
        if (other && other->id != m_id)
            return tr("Another profile is already called \"%1\". Choose another name.")
                .arg(other->name);
    }
    return {};
}

QString ProfileDialog::httpProblem() const
{
    // As the window: a plain http:// address of another computer needs the explicit opt-in.
    const PortalAddress portal = PortalAddress::parse(m_ui->portalEdit->text());
    if (!portal.isValid() || portal.isHttps() || portal.isLoopback() ||
        m_ui->allowHttpCheck->isChecked())
        return {};
    return tr("This plain http:// address would send the token unencrypted. Use an https:// "
              "address, or tick \"%1\".")
        .arg(m_ui->allowHttpCheck->text().remove(QLatin1Char('&')));
}

QString ProfileDialog::fingerprintProblem() const
{
    const QString fingerprint = m_ui->fingerprintEdit->text().trimmed();
    if (fingerprint.isEmpty() || !TlsTrust::parseFingerprint(fingerprint).isEmpty())
        return {};
    return tr("This is not a SHA-256 fingerprint: expected 64 hexadecimal digits, with or "
              "without colons.");
}

QString ProfileDialog::caFileProblem() const
{
    const QString path = m_ui->caFileEdit->text().trimmed();
    if (path.isEmpty())
        return {};
    const QFileInfo info(path);
    if (!info.exists())
        return tr("There is no file at this path. Choose the CA certificate file again.");
    if (!info.isFile() || !info.isReadable())
        return tr("This file cannot be read. Check its permissions or choose another file.");
    return {};
}
