#pragma once

#include "authscheme.h"
#include "connectionsettings.h"
#include "portalprofile.h"

#include <QObject>
#include <QPointer>
#include <QUuid>

#include <functional>
#include <optional>

class ProfileDialog;
class ProfileStore;
class QMainWindow;
class SecretStore;

namespace Ui {
class MainWindow;
}

// The profile part of the main window: the profile selector and its buttons and actions, the
// unsaved-changes bar, reading and writing the selected profile's token in the SecretStore
// (with the token-read generation and the writes still pending at close), import and export,
// and the settings/keychain warning bars. It works on the window's fields; what the window
// itself does with them (validation, the connection test's result) goes through the hooks.
class ProfileController : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ProfileController)

public:
    struct Hooks
    {
        std::function<void()> updateValidation;
        std::function<void()> clearConnectionResult;
        std::function<void(AuthScheme)> setAuthScheme;
        // Whether the portal, token and key id fields count as touched (nullopt: unchanged).
        std::function<void(bool portal, bool token, std::optional<bool> keyId)> setTouched;
    };

    ProfileController(Ui::MainWindow *ui, QMainWindow *window, ProfileStore *profiles,
                      SecretStore *secrets, bool demoMode, Hooks hooks);

    QUuid currentProfileId() const { return m_currentProfile; }
    const PortalProfile *currentProfile() const;
    bool isProfileModified() const;
    bool selectProfile(const QUuid &id, bool remember = true);
    ProfileDialog *profileDialog() const;
    // A problem reading the selected profile's token, shown under an empty token field.
    QString tokenReadProblem() const { return m_tokenReadProblem; }

    // The connection the fields describe: with the selected profile's certificate trust and
    // timeout, or (no profile) the fields alone. False with a sentence in *error.
    bool fieldSettings(ConnectionSettings *settings, QString *error) const;
    bool needsHttpOptIn() const;
    AuthScheme currentScheme() const;
    QString currentToken() const;

    // The token field was set from outside (command line, test): a read still running must
    // not overwrite it.
    void tokenSetFromOutside();
    // Fills the selector and selects the profile used last, if it still exists.
    void restoreLastUsed();
    // The window is asked to close: false to stay (unsaved changes kept); *wait when tokens
    // are still being written (the window closes itself once they are).
    bool closeRequested(bool *wait);

    void newProfile();
    void editProfile();
    void duplicateProfile();
    void renameProfile();
    void deleteProfile();
    bool saveProfileChanges();
    void revertProfileChanges();
    void importProfiles();
    void exportProfiles();

    void updateProfileState();
    void updateWarnings();
    void reloadProfileCombo();

private:
    void setUpActions();
    bool confirmLeaveProfile();
    void activateProfile(const QUuid &id, bool remember, const QString *knownToken = nullptr);
    void readToken(const PortalProfile &profile);
    void writeToken(const PortalProfile &profile, const QString &token);
    void onProfileComboChanged(int index);
    void onProfileDialogAccepted(ProfileDialog *dialog);
    void openProfileDialog(const PortalProfile &profile, const QString &token);
    void saveStore();

    Ui::MainWindow *m_ui;
    QMainWindow *m_window;
    ProfileStore *m_profiles;
    SecretStore *m_secrets;
    bool m_demoMode;
    Hooks m_hooks;
    QPointer<ProfileDialog> m_profileDialog;

    QUuid m_currentProfile;
    QString m_savedToken;      // the selected profile's token as the SecretStore has it
    bool m_tokenLoaded = true; // false while it is being read
    bool m_tokenEditedSinceLoad = false;
    QString m_tokenReadProblem;
    int m_tokenGeneration = 0; // answers to older reads are ignored
    int m_pendingWrites = 0;
    bool m_closeWhenWritten = false;
};
