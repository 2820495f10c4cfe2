#include "profilecontroller.h"
#include "ui_mainwindow.h"

#include "accessiblenames.h"

#include "filechooser.h"
#include "messagebox.h"
#include "portaladdress.h"
#include "profiledialog.h"
#include "profilestore.h"
#include "secretstore.h"
#include "tokenvisibility.h"

#include <QFile>
#include <QFileInfo>
#include <QInputDialog>
#include <QMainWindow>
#include <QMenu>
#include <QSaveFile>
#include <QStandardPaths>
#include <QStatusBar>

#include <algorithm>

namespace {
QString lastDirectory()
{
    return QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
}
} // namespace

ProfileController::ProfileController(Ui::MainWindow *ui, QMainWindow *window,
                                     ProfileStore *profiles, SecretStore *secrets, bool demoMode,
                                     Hooks hooks)
    : QObject(window)
    , m_ui(ui)
    , m_window(window)
    , m_profiles(profiles)
    , m_secrets(secrets)
    , m_demoMode(demoMode)
    , m_hooks(std::move(hooks))
{
    connect(m_ui->tokenEdit, &QLineEdit::textEdited, this, [this] {
        m_tokenEditedSinceLoad = true;
        m_tokenReadProblem.clear();
    });
    connect(m_ui->allowHttpCheck, &QCheckBox::toggled, this,
            &ProfileController::updateProfileState);
    connect(m_secrets, &SecretStore::persistenceChanged, this, &ProfileController::updateWarnings);
    setUpActions();
}

ProfileDialog *ProfileController::profileDialog() const
{
    return m_profileDialog;
}

const PortalProfile *ProfileController::currentProfile() const
{
    return m_currentProfile.isNull() ? nullptr : m_profiles->find(m_currentProfile);
}

bool ProfileController::fieldSettings(ConnectionSettings *settings, QString *error) const
{
    const bool allowHttp = needsHttpOptIn() && m_ui->allowHttpCheck->isChecked();
    if (const PortalProfile *saved = currentProfile()) {
        // The profile's certificate trust and timeout, with the fields as they are now.
        PortalProfile profile = *saved;
        profile.portal = m_ui->portalEdit->text().trimmed();
        profile.scheme = currentScheme();
        profile.allowInsecureHttp = allowHttp;
        return profile.toConnectionSettings(m_ui->tokenEdit->text(), settings, error);
    }
    settings->portal = PortalAddress::parse(m_ui->portalEdit->text());
    settings->token = m_ui->tokenEdit->text();
    settings->scheme = currentScheme();
    settings->allowInsecureHttp = allowHttp;
    return true;
}

bool ProfileController::needsHttpOptIn() const
{
    const PortalAddress portal = PortalAddress::parse(m_ui->portalEdit->text());
    return portal.isValid() && !portal.isHttps() && !portal.isLoopback();
}

AuthScheme ProfileController::currentScheme() const
{
    return static_cast<AuthScheme>(m_ui->schemeCombo->currentData().toInt());
}

QString ProfileController::currentToken() const
{
    return Auth::cleanToken(m_ui->tokenEdit->text());
}

void ProfileController::tokenSetFromOutside()
{
    m_tokenEditedSinceLoad = true; // a token still being read must not overwrite this one
}

void ProfileController::restoreLastUsed()
{
    reloadProfileCombo();
    const QUuid lastUsed = m_profiles->lastUsed();
    if (!lastUsed.isNull() && m_profiles->find(lastUsed))
        activateProfile(lastUsed, false);
}

bool ProfileController::closeRequested(bool *wait)
{
    *wait = false;
    if (!m_closeWhenWritten && !confirmLeaveProfile())
        return false;
    // Quitting before the keychain confirms a write could lose the token.
    if (m_pendingWrites > 0) {
        m_closeWhenWritten = true;
        *wait = true;
    }
    return true;
}

void ProfileController::setUpActions()
{
    auto *moreMenu = new QMenu(m_ui->moreProfileButton);
    moreMenu->addAction(m_ui->actionDuplicateProfile);
    moreMenu->addAction(m_ui->actionRenameProfile);
    moreMenu->addSeparator();
    moreMenu->addAction(m_ui->actionDeleteProfile);
    m_ui->moreProfileButton->setMenu(moreMenu);
    m_ui->actionSaveProfile->setShortcut(QKeySequence::Save);

    connect(m_ui->profileCombo, &QComboBox::currentIndexChanged, this,
            &ProfileController::onProfileComboChanged);
    connect(m_ui->newProfileButton, &QPushButton::clicked, this, &ProfileController::newProfile);
    connect(m_ui->editProfileButton, &QPushButton::clicked, this, &ProfileController::editProfile);
    connect(m_ui->saveProfileButton, &QPushButton::clicked, this,
            &ProfileController::saveProfileChanges);
    connect(m_ui->revertProfileButton, &QPushButton::clicked, this,
            &ProfileController::revertProfileChanges);
    connect(m_ui->actionNewProfile, &QAction::triggered, this, &ProfileController::newProfile);
    connect(m_ui->actionEditProfile, &QAction::triggered, this, &ProfileController::editProfile);
    connect(m_ui->actionDuplicateProfile, &QAction::triggered, this,
            &ProfileController::duplicateProfile);
    connect(m_ui->actionRenameProfile, &QAction::triggered, this,
            &ProfileController::renameProfile);
    connect(m_ui->actionDeleteProfile, &QAction::triggered, this,
            &ProfileController::deleteProfile);
    connect(m_ui->actionSaveProfile, &QAction::triggered, this,
            &ProfileController::saveProfileChanges);
    connect(m_ui->actionRevertProfile, &QAction::triggered, this,
            &ProfileController::revertProfileChanges);
    connect(m_ui->actionImportProfiles, &QAction::triggered, this,
            &ProfileController::importProfiles);
    connect(m_ui->actionExportProfiles, &QAction::triggered, this,
            &ProfileController::exportProfiles);
}

bool ProfileController::isProfileModified() const
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

bool ProfileController::selectProfile(const QUuid &id, bool remember)
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

bool ProfileController::confirmLeaveProfile()
{
    if (!isProfileModified())
        return true;
    const PortalProfile *profile = currentProfile();
    const QMessageBox::StandardButton answer = MessageBox::askSaveDiscardCancel(
        m_window, tr("Unsaved Changes"),
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
        m_window->statusBar()->showMessage(tr("Kept the unsaved changes."), 5000);
        return false;
    }
}

void ProfileController::activateProfile(const QUuid &id, bool remember, const QString *knownToken)
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
        m_window->statusBar()->showMessage(tr("No profile: nothing typed here is saved."), 5000);
        m_hooks.updateValidation();
        return;
    }

    const PortalProfile selected = *profile;
    m_ui->portalEdit->setText(selected.portal);
    m_hooks.setAuthScheme(selected.scheme);
    m_ui->allowHttpCheck->setChecked(needsHttpOptIn() && selected.allowInsecureHttp);
    m_hooks.setTouched(!selected.portal.isEmpty(), false, std::nullopt);
    m_hooks.clearConnectionResult();
    if (knownToken) {
        m_savedToken = *knownToken;
        setTokenText(m_ui->tokenEdit, *knownToken);
        m_tokenEditedSinceLoad = false;
    } else {
        m_ui->tokenEdit->clear();
        readToken(selected);
    }
    m_hooks.updateValidation();
}

void ProfileController::readToken(const PortalProfile &profile)
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
                    setTokenText(m_ui->tokenEdit, result.secret);
                break;
            case SecretStore::Status::NotFound:
                m_window->statusBar()->showMessage(
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
            m_hooks.updateValidation();
        });
}

void ProfileController::writeToken(const PortalProfile &profile, const QString &token)
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
            MessageBox::warning(m_window, tr("Token Not Saved"),
                                tr("The token of \"%1\" could not be saved.").arg(name),
                                result.error);
        }
        if (m_closeWhenWritten && m_pendingWrites == 0)
            m_window->close();
    };
    if (token.isEmpty())
        m_secrets->remove(profile.secretKey(), this, done);
    else
        m_secrets->write(profile.secretKey(), token, this, done);
}

void ProfileController::reloadProfileCombo()
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

void ProfileController::onProfileComboChanged(int index)
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

void ProfileController::updateProfileState()
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

bool ProfileController::saveProfileChanges()
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
        MessageBox::warning(m_window, tr("Profile Not Saved"),
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
    m_window->statusBar()->showMessage(tr("Saved the profile \"%1\".").arg(profile.name), 5000);
    return true;
}

void ProfileController::revertProfileChanges()
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
    m_window->statusBar()->showMessage(tr("Back to the saved profile."), 5000);
}

void ProfileController::openProfileDialog(const PortalProfile &profile, const QString &token)
{
    if (m_profileDialog) {
        m_profileDialog->raise();
        m_profileDialog->activateWindow();
        return;
    }
    auto *dialog = new ProfileDialog(m_profiles, m_secrets, m_window);
    dialog->setObjectName(QStringLiteral("profileDialog"));
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setProfile(profile, token);
    connect(dialog, &QDialog::accepted, this, [this, dialog] { onProfileDialogAccepted(dialog); });
    m_profileDialog = dialog;
    dialog->open();
}

void ProfileController::newProfile()
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

void ProfileController::editProfile()
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

void ProfileController::onProfileDialogAccepted(ProfileDialog *dialog)
{
    PortalProfile profile = dialog->profile();
    const bool isNew = profile.id.isNull();
    if (isNew)
        profile.id = QUuid::createUuid();
    QString error;
    if (!m_profiles->upsert(profile, &error)) {
        MessageBox::warning(m_window, tr("Profile Not Saved"),
                            tr("The profile \"%1\" was not saved.").arg(profile.name), error);
        return;
    }
    const QString token = dialog->token();
    writeToken(profile, token);
    m_currentProfile = QUuid(); // re-apply even when it is the selected profile
    activateProfile(profile.id, true, &token);
    m_window->statusBar()->showMessage(isNew ? tr("Created the profile \"%1\".").arg(profile.name)
                                             : tr("Saved the profile \"%1\".").arg(profile.name),
                                       5000);
}

void ProfileController::duplicateProfile()
{
    const PortalProfile *saved = currentProfile();
    if (!saved)
        return;
    if (!m_tokenLoaded) {
        m_window->statusBar()->showMessage(
            tr("The token is still being read; try again in a moment."), 5000);
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
        MessageBox::warning(m_window, tr("Profile Not Duplicated"),
                            tr("The profile \"%1\" was not duplicated.").arg(original.name), error);
        return;
    }
    if (!token.isEmpty())
        writeToken(copy, token);
    activateProfile(copy.id, true, &token);
    m_window->statusBar()->showMessage(
        tr("Created \"%1\" as a copy of \"%2\".").arg(copy.name, original.name), 5000);
}

void ProfileController::renameProfile()
{
    const PortalProfile *saved = currentProfile();
    if (!saved)
        return;
    auto *dialog = new QInputDialog(m_window);
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
            MessageBox::warning(m_window, tr("Profile Not Renamed"),
                                tr("The profile \"%1\" was not renamed.").arg(oldName), error);
            return;
        }
        saveStore();
        reloadProfileCombo();
        m_window->statusBar()->showMessage(
            tr("Renamed \"%1\" to \"%2\".").arg(oldName, renamed.name), 5000);
    });
    dialog->open();
}

void ProfileController::deleteProfile()
{
    const PortalProfile *saved = currentProfile();
    if (!saved)
        return;
    const PortalProfile profile = *saved;
    const QMessageBox::StandardButton answer = MessageBox::confirm(
        m_window, tr("Delete Profile"), tr("Delete the profile \"%1\"?").arg(profile.name),
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
            MessageBox::warning(m_window, tr("Token Not Deleted"),
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
    m_hooks.setTouched(false, false, false);
    activateProfile(QUuid(), true);
    m_hooks.clearConnectionResult();
    m_hooks.updateValidation();
    m_window->statusBar()->showMessage(
        tr("Deleted the profile \"%1\" and its token.").arg(profile.name), 5000);
}

void ProfileController::importProfiles()
{
    const QString path = FileChooser::openFile(m_window, tr("Import Profiles"), lastDirectory(),
                                               tr("Profiles (*.json);;All files (*)"));
    if (path.isEmpty())
        return;
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        MessageBox::warning(
            m_window, tr("Profiles Not Imported"),
            tr("Cannot read %1.").arg(QFileInfo(path).fileName()),
            tr("%1. Check that the file exists and may be read.").arg(file.errorString()));
        return;
    }
    QString error;
    const std::optional<QList<PortalProfile>> incoming =
        ProfileStore::parseExport(file.readAll(), &error);
    if (!incoming) {
        MessageBox::warning(
            m_window, tr("Profiles Not Imported"),
            tr("%1 holds no profiles that can be imported.").arg(QFileInfo(path).fileName()),
            error);
        return;
    }

    // First every answer, then the changes: Cancel at any question leaves the profiles as
    // they were.
    enum class Plan
    {
        Add,
        Replace,
        KeepBoth,
        Skip
    };
    QList<QPair<PortalProfile, Plan>> plans;
    int clashesLeft = 0;
    for (const PortalProfile &profile : *incoming)
        clashesLeft += m_profiles->find(profile.name) != nullptr;
    std::optional<Plan> forAll;
    for (const PortalProfile &profile : *incoming) {
        const PortalProfile *existing = m_profiles->find(profile.name);
        if (!existing) {
            // Two of the same name within the file: both are kept, the second renamed.
            plans.append({profile, Plan::Add});
            continue;
        }
        --clashesLeft;
        Plan plan = Plan::Skip;
        if (forAll) {
            plan = *forAll;
        } else {
            const bool samePortal = PortalAddress::parse(existing->portal).toString() ==
                                    PortalAddress::parse(profile.portal).toString();
            bool same = false;
            const QMessageBox::StandardButton answer = MessageBox::askReplaceKeepSkip(
                m_window, tr("Profile Name Exists"),
                tr("A profile named \"%1\" exists already.").arg(existing->name),
                (samePortal
                     ? tr("Both are for %1. Replace keeps the saved token.").arg(existing->portal)
                     : tr("The saved one is for %1, the imported one for %2. Replace deletes "
                          "the saved token, which belongs to the other portal.")
                           .arg(existing->portal, profile.portal)) +
                    QLatin1Char(' ') +
                    tr("Keep Both adds the imported one under a new name; Skip leaves it out."),
                clashesLeft > 0 ? tr("Do the same for the other %n profile(s) whose name exists",
                                     nullptr, clashesLeft)
                                : QString(),
                &same);
            if (answer == QMessageBox::Cancel) {
                m_window->statusBar()->showMessage(tr("Nothing was imported."), 5000);
                return;
            }
            plan = answer == QMessageBox::Yes    ? Plan::Replace
                   : answer == QMessageBox::Save ? Plan::KeepBoth
                                                 : Plan::Skip;
            if (same)
                forAll = plan;
        }
        plans.append({profile, plan});
    }

    int added = 0;
    int replaced = 0;
    int skipped = 0;
    bool currentReplaced = false;
    QStringList problems;
    for (auto [profile, plan] : plans) {
        if (plan == Plan::Skip) {
            ++skipped;
            continue;
        }
        const PortalProfile *existing = m_profiles->find(profile.name);
        if (plan == Plan::Replace && existing) {
            const PortalProfile old = *existing;
            profile.id = old.id; // the same profile, with the imported settings
            profile.name = old.name;
            if (PortalAddress::parse(old.portal).toString() !=
                PortalAddress::parse(profile.portal).toString()) {
                // A token is for one portal: it never goes along to another address.
                m_secrets->remove(old.secretKey(), this, [](const SecretStore::Result &) {});
            }
            currentReplaced = currentReplaced || old.id == currentProfileId();
        } else {
            profile.name = m_profiles->uniqueName(profile.name);
        }
        QString problem;
        if (!m_profiles->upsert(profile, &problem)) {
            problems << tr("%1: %2").arg(profile.name, problem);
            continue;
        }
        ++(plan == Plan::Replace ? replaced : added);
    }
    saveStore();
    reloadProfileCombo();
    if (currentReplaced)
        activateProfile(currentProfileId(), false);
    const QString fileName = QFileInfo(path).fileName();
    QString done = tr("Imported %n profile(s) from %1.", nullptr, added + replaced).arg(fileName);
    QStringList parts;
    if (replaced > 0)
        parts << tr("%n of them replaced a profile of the same name", nullptr, replaced);
    if (skipped > 0)
        parts << tr("%n skipped because the name exists", nullptr, skipped);
    if (!parts.isEmpty())
        done += QLatin1Char(' ') + parts.join(QLatin1String("; ")) + QLatin1Char('.');
    QString details = added + replaced > 0
                          ? tr("Exports never contain tokens: choose each imported profile, "
                               "enter its token and choose Save to Profile.")
                          : QString();
    if (!problems.isEmpty())
        details += QLatin1Char('\n') + problems.join(QLatin1Char('\n'));
    MessageBox::information(m_window, tr("Profiles Imported"), done, details.trimmed());
    m_window->statusBar()->showMessage(tr("Imported %n profile(s).", nullptr, added + replaced),
                                       5000);
}

void ProfileController::exportProfiles()
{
    const int count = int(m_profiles->profiles().size());
    if (count == 0) {
        MessageBox::information(m_window, tr("Nothing to Export"),
                                tr("There are no profiles yet."));
        return;
    }
    QString path = FileChooser::saveFile(
        m_window, tr("Export Profiles (tokens are never exported)"),
        lastDirectory() + QStringLiteral("/docspace-profiles.json"), tr("Profiles (*.json)"));
    if (path.isEmpty())
        return;
    if (QFileInfo(path).suffix().isEmpty())
        path += QStringLiteral(".json");
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(m_profiles->exportJson()) < 0 ||
        !file.commit()) {
        MessageBox::warning(m_window, tr("Profiles Not Exported"),
                            tr("Cannot write %1.").arg(QFileInfo(path).fileName()),
                            tr("%1. Choose another folder.").arg(file.errorString()));
        return;
    }
    MessageBox::information(
        m_window, tr("Profiles Exported"),
        tr("Exported %n profile(s) to %1.", nullptr, count).arg(QFileInfo(path).fileName()),
        tr("The file holds portal addresses and settings only. Tokens are never exported: "
           "whoever imports it enters their own."));
}

void ProfileController::saveStore()
{
    m_profiles->save();
    updateWarnings();
}

void ProfileController::updateWarnings()
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
