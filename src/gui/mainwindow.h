#pragma once

#include "authscheme.h"
#include "revokeoutcome.h"
#include "tlstrust.h"

#include <QHash>
#include <QMainWindow>
#include <QPointer>
#include <QTimer>

#include <memory>

class DocSpaceClient;
class QNetworkAccessManager;
class RevokeOperation;

namespace Ui {
class MainWindow;
}

// The one window of the application: portal, token and key id in, a confirmation, an
// asynchronous revocation, and its outcome in the status panel. The token stays in memory:
// it is never saved, logged or shown anywhere but in its own (masked) field.
class MainWindow : public QMainWindow
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(MainWindow)

public:
    // Uses the given network access manager (tests aim it at a sandbox) or owns one.
    explicit MainWindow(QNetworkAccessManager *network = nullptr, QWidget *parent = nullptr);
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

    bool isBusy() const { return !m_operation.isNull(); }
    bool canRevoke() const;

public slots:
    // Asks for confirmation, then revokes. Does nothing (but point at the problems) while an
    // input is invalid or a request runs.
    void revoke();
    void cancel();

protected:
    void closeEvent(QCloseEvent *event) override;
    void changeEvent(QEvent *event) override;

private:
    void updateValidation();
    void updateRevokeButton();
    void applyColors();
    bool needsHttpOptIn() const;
    AuthScheme currentScheme() const;
    void setBusy(bool busy);
    void onRevokeFinished(const RevokeOutcome &outcome);
    void onRateLimitWait(int seconds, int attempt);
    void updateRateLimitMessage();
    void onTrustCertificateRequested(const QString &portal, const QString &fingerprint);
    void showAbout();
    void loadSettings();
    void saveSettings() const;

    std::unique_ptr<Ui::MainWindow> m_ui;
    QNetworkAccessManager *m_network;
    DocSpaceClient *m_client;
    QPointer<RevokeOperation> m_operation;
    QString m_operationPortal;
    QString m_operationKeyId;
    // Certificates the user chose to trust in this session, per portal origin.
    QHash<QString, TlsTrust> m_trustByPortal;
    QTimer m_rateLimitCountdown;
    int m_rateLimitSecondsLeft = 0;
    bool m_portalTouched = false;
    bool m_tokenTouched = false;
    bool m_keyIdTouched = false;
};
