#pragma once

#include "apikey.h"
#include "connectionsettings.h"
#include "revokeoutcome.h"

#include <QHash>
#include <QObject>

class QNetworkAccessManager;

// Who is acting and what the keys are called, for history records written without a window that
// already knows (the command line): GET /api/2.0/people/@self and GET /api/2.0/keys, side by side,
// alongside the batch (reads do not count against the portal's write limit). Either may fail:
// the records are then written without that part.
class BatchLabels : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(BatchLabels)

public:
    BatchLabels(QNetworkAccessManager *network, const ConnectionSettings &settings,
                QObject *parent = nullptr);

    enum class Read
    {
        ActorAndKeys,
        ActorOnly // for a command that knows its key already, or makes a new one
    };
    void start(Read read = Read::ActorAndKeys);
    bool isReady() const { return m_started && m_waiting == 0; }
    QString actor() const { return m_actor; }
    // The key as the list had it before the batch; nullptr when unknown.
    const ApiKey *key(const QString &id) const;
    // Whether GET /keys answered with a list, and why not when it did not.
    bool keysListed() const { return m_keysListed; }
    const RevokeOutcome &listFailure() const { return m_listFailure; }

signals:
    void ready();

private:
    void oneDone();

    QNetworkAccessManager *m_network;
    ConnectionSettings m_settings;
    QString m_actor;
    QHash<QString, ApiKey> m_keys;
    bool m_keysListed = false;
    RevokeOutcome m_listFailure;
    int m_waiting = 0;
    bool m_started = false;
};
