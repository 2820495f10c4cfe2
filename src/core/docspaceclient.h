#pragma once

#include "apicall.h"
#include "apikey.h"
#include "connectionsettings.h"
#include "connectiontest.h"
#include "keyid.h"
#include "revokeoutcome.h"

#include <QObject>

class QNetworkAccessManager;
class KeyCreateOperation;
class KeyEditOperation;
class PermissionsOperation;
struct KeyCreateRequest;
struct KeyEditRequest;

// A change to one key in progress: a revocation, or a deactivation or reactivation. Emits
// finished() exactly once, then deletes itself later.
class RevokeOperation : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(RevokeOperation)

public:
    RevokeOperation(QString keyId, KeyOperation operation = KeyOperation::Revoke,
                    QObject *parent = nullptr);
    QString keyId() const { return m_keyId; }
    KeyOperation operation() const { return m_operation; }
    bool isWaitingToRetry() const { return m_call && m_call->isWaitingToRetry(); }
    void cancel();

signals:
    void rateLimitWait(int seconds, int attempt);
    void concurrencyLimited(int delayMs, int attempt);
    void answered(bool http2); // headers of an answer arrived, over HTTP/2 or not
    void finished(const RevokeOutcome &outcome);

private:
    friend class DocSpaceClient;
    void attach(ApiCall *call);
    void finishWith(const RevokeOutcome &outcome);

    QString m_keyId;
    KeyOperation m_operation;
    QPointer<ApiCall> m_call;
    bool m_finished = false;
};

// GET /api/2.0/keys in progress. Emits finished() once, then deletes itself later.
class KeyListOperation : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(KeyListOperation)

public:
    explicit KeyListOperation(ApiCall *call, QObject *parent = nullptr);
    void cancel();

signals:
    // ok: `keys` holds the portal's list (newest first); otherwise `failure` says why.
    void finished(bool ok, const QList<ApiKey> &keys, const RevokeOutcome &failure);

private:
    QPointer<ApiCall> m_call;
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
    // PUT /api/2.0/keys/{id} {isActive}: the reversible alternative to revoking.
    RevokeOperation *setKeyActive(const QString &keyIdInput, bool active);
    // Revoke, deactivate or activate, by operation.
    RevokeOperation *change(KeyOperation operation, const QString &keyIdInput);

    // GET /api/2.0/keys: every key for an administrator, otherwise the caller's own.
    KeyListOperation *listKeys();

    // POST /api/2.0/keys, PUT /api/2.0/keys/{id} {name, permissions}, GET /keys/permissions
    // (keycreation.h). Started already; connect to finished().
    KeyCreateOperation *createKey(const KeyCreateRequest &request);
    KeyEditOperation *editKey(const KeyEditRequest &request);
    PermissionsOperation *listPermissions();

    // "Test connection": who the token signs in as and, for an API key, which key it is.
    ConnectionTest *testConnection();

    // Any other call; the caller interprets the exchange.
    ApiCall *call(const QByteArray &method, const QString &path, const QByteArray &body = {});

private:
    QNetworkAccessManager *m_network;
    ConnectionSettings m_settings;
};
