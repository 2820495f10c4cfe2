#pragma once

#include "adminconnection.h"
#include "apikey.h"
#include "authscheme.h"
#include "connectiontest.h"
#include "portalprofile.h"
#include "profilecontroller.h"
#include "revokeoutcome.h"
#include "singlerevoke.h"
#include "tlstrust.h"
#include "toolscontroller.h"

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
class SessionTrust;
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

    bool isBusy() const { return m_revoke->isRunning() || !m_connectionTest.isNull(); }
    bool canRevoke() const;
    bool canTestConnection() const;

    // The selected profile; null when the fields are used without one.
    QUuid currentProfileId() const;
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
    HistoryView *historyView() const { return m_tools->historyView(); }
    HygieneReportView *reportView() const { return m_tools->reportView(); }
    LeakedSecretDialog *leakedSecretDialog() const { return m_tools->leakedSecretDialog(); }
    SettingsDialog *settingsDialog() const { return m_tools->settingsDialog(); }
    // Create, edit, rotate, retire, all portals (the Keys menu).
    LifecycleActions *lifecycle() const { return m_lifecycle; }
    // The fields as the Report tab and "Revoke Leaked Secret" use them: no network when the
    // fields cannot be used yet.
    AdminConnection adminConnection() const;

public slots:
    // Asks for confirmation, then revokes. Does nothing (but point at the problems) while an
    // input is invalid or a request runs.
    void revoke();
    void testConnection();
    void cancel();

    void newProfile() { m_profileBar->newProfile(); }
    void editProfile() { m_profileBar->editProfile(); }
    void duplicateProfile() { m_profileBar->duplicateProfile(); }
    void renameProfile() { m_profileBar->renameProfile(); }
    void deleteProfile() { m_profileBar->deleteProfile(); }
    // Saves the fields into the selected profile and its token into the SecretStore.
    bool saveProfileChanges() { return m_profileBar->saveProfileChanges(); }
    void revertProfileChanges() { m_profileBar->revertProfileChanges(); }
    void importProfiles() { m_profileBar->importProfiles(); }
    void exportProfiles() { m_profileBar->exportProfiles(); }

    // Opens "Revoke Leaked Secret" on the current connection (or points at the fields).
    void openLeakedSecretDialog() { m_tools->openLeakedSecretDialog(); }
    void openSettings() { m_tools->openSettings(); }

protected:
    void closeEvent(QCloseEvent *event) override;
    void changeEvent(QEvent *event) override;
    bool focusNextPrevChild(bool next) override;

private:
    // Every text set in code: from the constructor and on QEvent::LanguageChange.
    void retranslate();
    // Durably, before the outcome is shown; a failure shows in the history warning bar.
    void record(const RevokeOutcome &outcome, const QString &portal, const ApiKey &key);
    // After the confirmation: the single-id revocation, if the fields still say the same.
    void startRevoke(const ConnectionSettings &settings, const ApiKey &key);
    void setActor(const QString &actor);
    void updateValidation();
    void updateActions();
    void applyColors();
    bool needsHttpOptIn() const { return m_profileBar->needsHttpOptIn(); }
    AuthScheme currentScheme() const { return m_profileBar->currentScheme(); }
    QString currentToken() const { return m_profileBar->currentToken(); }
    const PortalProfile *currentProfile() const { return m_profileBar->currentProfile(); }
    bool connectionSettings(ConnectionSettings *settings, QString *error) const;
    // For the keys view: the same settings, or why the fields cannot be used yet.
    bool keysConnection(ConnectionSettings *settings, QString *error);
    void setBusy(bool busy);
    void onRevokeFinished(const RevokeOutcome &outcome);
    void onTrustCertificateRequested(const QString &portal, const QString &fingerprint);

    // "Test connection" results
    void onConnectionTested(const ConnectionReport &report);
    void clearConnectionResult();

    std::unique_ptr<Ui::MainWindow> m_ui;
    QNetworkAccessManager *m_network;
    ProfileStore *m_profiles;
    SecretStore *m_secrets;
    bool m_demoMode;
    DocSpaceClient *m_client;
    SingleRevoke *m_revoke = nullptr; // the form's single key id
    QPointer<ConnectionTest> m_connectionTest;
    ProfileController *m_profileBar = nullptr; // the profile selector, tokens, import/export
    ToolsController *m_tools = nullptr; // History, Report, the leaked-secret and settings dialogs
    SessionTrust *m_trust = nullptr;    // certificates trusted until the application quits
    bool m_portalTouched = false;
    bool m_tokenTouched = false;
    bool m_keyIdTouched = false;

    HistoryRecorder *m_history;
    LifecycleActions *m_lifecycle = nullptr;
    QString m_actor; // the signed-in user's display name, once the portal has said it

    ConnectionResultView *m_connectionView = nullptr;
    QString m_testedPortal; // of the connection test running or shown
};
