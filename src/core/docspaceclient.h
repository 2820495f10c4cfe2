#pragma once

#include "apicall.h"
#include "connectionsettings.h"
#include "connectiontest.h"
#include "keyid.h"
#include "revokeoutcome.h"

#include <QObject>

class QNetworkAccessManager;

// A revocation in progress. Emits finished() exactly once, then deletes itself later.
class RevokeOperation : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(RevokeOperation)

public:
    RevokeOperation(QString keyId, QObject *parent = nullptr);
    QString keyId() const { return m_keyId; }
    void cancel();

signals:
    void rateLimitWait(int seconds, int attempt);
    void finished(const RevokeOutcome &outcome);

private:
    friend class DocSpaceClient;
    void attach(ApiCall *call);
    void finishWith(const RevokeOutcome &outcome);

    QString m_keyId;
    QPointer<ApiCall> m_call;
    bool m_finished = false;
};

// The DocSpace API as this application uses it. The network access manager and the portal come
// from outside, so tests aim it at a sandbox on 127.0.0.1.
class DocSpaceClient : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(DocSpaceClient)

public:
    explicit DocSpaceClient(QNetworkAccessManager *network, QObject *parent = nullptr);

    void setConnection(const ConnectionSettings &settings) { m_settings = settings; }
    const ConnectionSettings &connection() const { return m_settings; }

    // DELETE /api/2.0/keys/{id}. An invalid id or a refused plain-HTTP address never reaches
    // the network: the operation still finishes (asynchronously) with that outcome.
    RevokeOperation *revoke(const QString &keyIdInput);

    // "Test connection": who the token signs in as and, for an API key, which key it is.
    ConnectionTest *testConnection();

    // Any other call; the caller interprets the exchange.
    ApiCall *call(const QByteArray &method, const QString &path, const QByteArray &body = {});

private:
    QNetworkAccessManager *m_network;
    ConnectionSettings m_settings;
};
