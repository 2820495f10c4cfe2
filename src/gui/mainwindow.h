#pragma once

#include "adminconnection.h"
#include "apikey.h"
#include "authscheme.h"
#include "connectiontest.h"
#include "portalprofile.h"
#include "revokeoutcome.h"
#include "tlstrust.h"

#include <QHash>
#include <QMainWindow>
#include <QPointer>
#include <QTimer>
#include <QUuid>

#include <memory>
#include <optional>

class ConnectionResultView;
class DocSpaceClient;
class HistoryRecorder;
class HistoryView;
class HygieneReportView;
class KeysView;
class LeakedSecretDialog;
class LifecycleActions;
class ProfileDialog;
class ProfileStore;
class QNetworkAccessManager;
class RevokeOperation;
class SecretStore;
class SettingsDialog;

namespace Ui {
class MainWindow;
}

// The one window of the application: a saved profile (or an address and token typed in),
// a key id, a confirmation, an asynchronous revocation and its outcome in the status panel;
// "Test connection" shows who the token signs in as. Tokens live in the SecretStore and in
// their own (masked) field: never in a file, a log or the status panel.
class MainWindow : public QMainWindow
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(MainWindow)

public:
    // What the window works with, from outside so tests can use a temporary INI file and
    // memory for tokens.
    struct Services
    {
        QNetworkAccessManager *network = nullptr; // null: the window owns one
        ProfileStore *profiles = nullptr;         // required, already loaded
        SecretStore *secrets = nullptr;           // required
        bool demoMode = false;    // --sandbox-info: tokens are kept in memory on purpose
        QString historyPath{};    // empty: the history file the CLI shares (HistoryLog)
        QString uiSettingsPath{}; // empty: the application's settings (the language chosen)
    };

    explicit MainWindow(const Services &services, QWidget *parent = nullptr);
    ~MainWindow() override;

    // Registers the icons compiled into this static library; safe to call more than once.
    static void initResources();

    void setPortalAddress(const QString &address);
    void setToken(const QString &token);
    void setKeyId(const QString &keyId);
    void setAuthScheme(AuthScheme scheme);

    // Trusts one certificate of that portal, by SHA-256 fingerprint, until the application
    // quits. Nothing is saved. False with a sentence in *error when the fingerprint is malformed.
    bool trustCertificate(const QString &portal, const QString &fingerprint,
                          QString *error = nullptr);

    bool isBusy() const { return !m_operation.isNull() || !m_connectionTest.isNull(); }
    bool canRevoke() const;
    bool canTestConnection() const;

    // The selected profile; null when the fields are used without one.
    QUuid currentProfileId() const { return m_currentProfile; }
    // The portal, scheme, plain-HTTP opt-in or token differ from the selected profile's.
    bool isProfileModified() const;
    // Selects a profile (null id: none), asking first what to do with unsaved changes. False
    // when the user chose to stay. `remember` makes it the profile selected at the next start.
    bool selectProfile(const QUuid &id, bool remember = true);
    // The open profile editor, if any.
    ProfileDialog *profileDialog() const;
    // The portal's keys: list, filters and batches.
    KeysView *keysView() const;
    // Every outcome the window shows is written here first.
    HistoryRecorder *historyRecorder() const { return m_history; }
    HistoryView *historyView() const { return m_historyView; }
    HygieneReportView *reportView() const { return m_reportView; }
    LeakedSecretDialog *leakedSecretDialog() const;
    // Create, edit, rotate, retire, all portals (the Keys menu).
    LifecycleActions *lifecycle() const { return m_lifecycle; }
    SettingsDialog *settingsDialog() const;
    // The fields as the Report tab and "Revoke Leaked Secret" use them: no network when the
    // fields cannot be used yet.
    AdminConnection adminConnection() const;

public slots:
    // Asks for confirmation, then revokes. Does nothing (but point at the problems) while an
    // input is invalid or a request runs.
    void revoke();
    void testConnection();
    void cancel();

    void newProfile();
    void editProfile();
    void duplicateProfile();
    void renameProfile();
    void deleteProfile();
    // Saves the fields into the selected profile and its token into the SecretStore.
    bool saveProfileChanges();
    void revertProfileChanges();
    void importProfiles();
    void exportProfiles();

    // Opens "Revoke Leaked Secret" on the current connection (or points at the fields).
    void openLeakedSecretDialog();
    void openSettings();

protected:
    void closeEvent(QCloseEvent *event) override;
    void changeEvent(QEvent *event) override;

private:
    // Every text set in code: from the constructor and on QEvent::LanguageChange.
    void retranslate();
    void setUpProfileActions();
    void setUpTabs();
    // Durably, before the outcome is shown; a failure shows in the history warning bar.
    void record(const RevokeOutcome &outcome, const QString &portal, const ApiKey &key);
    // After the confirmation: the single-id revocation, if the fields still say the same.
    void startRevoke(const ConnectionSettings &settings, const ApiKey &key);
    void scheduleConnectionUpdate();
    void updateAdminConnection();
    void onTabChanged(int index);
    void setActor(const QString &actor);
    void keysChangedElsewhere();
    void updateValidation();
    void updateActions();
    void applyColors();
    bool needsHttpOptIn() const;
    AuthScheme currentScheme() const;
    QString currentToken() const;
    const PortalProfile *currentProfile() const;
    bool connectionSettings(ConnectionSettings *settings, QString *error) const;
    // For the keys view: the same settings, or why the fields cannot be used yet.
    bool keysConnection(ConnectionSettings *settings, QString *error);
    void setBusy(bool busy);
    void onRevokeFinished(const RevokeOutcome &outcome);
    void onRateLimitWait(int seconds, int attempt);
    void updateRateLimitMessage();
    void onTrustCertificateRequested(const QString &portal, const QString &fingerprint);
    void showAbout();

    // Profiles
    bool confirmLeaveProfile();
    void activateProfile(const QUuid &id, bool remember, const QString *knownToken = nullptr);
    void readToken(const PortalProfile &profile);
    void writeToken(const PortalProfile &profile, const QString &token);
    void reloadProfileCombo();
    void onProfileComboChanged(int index);
    void onProfileDialogAccepted(ProfileDialog *dialog);
    void openProfileDialog(const PortalProfile &profile, const QString &token);
    void updateProfileState();
    void saveStore();
    void updateWarnings();

    // "Test connection" results
    void onConnectionTested(const ConnectionReport &report);
    void clearConnectionResult();

    std::unique_ptr<Ui::MainWindow> m_ui;
    QNetworkAccessManager *m_network;
    ProfileStore *m_profiles;
    SecretStore *m_secrets;
    bool m_demoMode;
    DocSpaceClient *m_client;
    QPointer<RevokeOperation> m_operation;
    QPointer<ConnectionTest> m_connectionTest;
    QPointer<ProfileDialog> m_profileDialog;
    QString m_operationPortal;
    QString m_operationKeyId;
    ApiKey m_operationKey; // name and ending when the key list shows that key
    // Certificates the user chose to trust in this session, per portal origin.
    QHash<QString, TlsTrust> m_trustByPortal;
    QTimer m_rateLimitCountdown;
    int m_rateLimitSecondsLeft = 0;
    bool m_portalTouched = false;
    bool m_tokenTouched = false;
    bool m_keyIdTouched = false;

    QUuid m_currentProfile;
    QString m_savedToken;      // the selected profile's token as the SecretStore has it
    bool m_tokenLoaded = true; // false while it is being read
    bool m_tokenEditedSinceLoad = false;
    QString m_tokenReadProblem;
    int m_tokenGeneration = 0; // answers to older reads are ignored
    int m_pendingWrites = 0;
    bool m_closeWhenWritten = false;

    HistoryRecorder *m_history;
    HistoryView *m_historyView = nullptr;
    HygieneReportView *m_reportView = nullptr;
    QPointer<LeakedSecretDialog> m_leakedDialog;
    LifecycleActions *m_lifecycle = nullptr;
    QPointer<SettingsDialog> m_settingsDialog;
    QString m_uiSettingsPath;
    QString m_actor; // the signed-in user's display name, once the portal has said it
    QTimer m_connectionUpdate;
    QByteArray m_adminSignature; // what the report and the dialog were last given
    AdminConnection m_admin;
    bool m_reportStale = true; // the Report tab loads when it is shown

    ConnectionResultView *m_connectionView = nullptr;
    QString m_testedPortal; // of the connection test running or shown
};
