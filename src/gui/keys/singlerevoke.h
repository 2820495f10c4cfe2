#pragma once

#include "apikey.h"
#include "connectionsettings.h"
#include "revokeoutcome.h"

#include <QObject>
#include <QPointer>
#include <QTimer>

class DocSpaceClient;
class QStatusBar;
class RevokeOperation;

// The form's single key id: one RevokeOperation at a time, its progress and the 429 countdown
// in the status bar, and the sentence that sums up its outcome.
class SingleRevoke : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SingleRevoke)

public:
    SingleRevoke(DocSpaceClient *client, QStatusBar *statusBar, QObject *parent);

    bool isRunning() const { return !m_operation.isNull(); }
    // Revokes that key (its name and ending when the key list shows it) on that connection.
    void start(const ConnectionSettings &settings, const ApiKey &key);
    void cancel();
    // Of the revocation running or last finished.
    QString portal() const { return m_portal; }
    ApiKey key() const { return m_key; }
    // For the status bar.
    QString sentence(const RevokeOutcome &outcome) const;

signals:
    // When it is not running any more.
    void finished(const RevokeOutcome &outcome);

private:
    void updateRateLimitMessage();

    DocSpaceClient *m_client;
    QStatusBar *m_statusBar;
    QPointer<RevokeOperation> m_operation;
    QString m_portal;
    ApiKey m_key;
    QTimer m_rateLimitCountdown;
    int m_rateLimitSecondsLeft = 0;
};
