#pragma once

#include <QCoreApplication>

#include "apikey.h"
#include "connectionsettings.h"
#include "httpexchange.h"
#include "keypermissions.h"
#include "revokeoutcome.h"

#include <QObject>
#include <QPointer>

class ApiCall;
class QNetworkAccessManager;

// What POST /api/2.0/keys is asked for: the same fields as the portal's create dialog.
struct KeyCreateRequest
{
    Q_DECLARE_TR_FUNCTIONS(KeyCreateRequest)

public:
    static constexpr int MaxNameLength = 30;
    static constexpr int MaxLifetimeDays = 365;
    static constexpr int DefaultLifetimeDays = 7;
    static QString defaultName(); // "New secret key", as the portal's dialog

    QString name;
    KeyPermissions permissions;
    int expiresInDays = 0; // 0: never expires; otherwise 1..365

    // Empty when the portal would accept it; otherwise what to fix (checked before sending so
    // that no call is spent on the 5-per-15-minutes limit for a typo).
    QString validate() const;
    QByteArray toJson() const;
};

// How a creation ended. `secret` is the only copy of the new key's secret: keep it in memory,
// show it once, never store or log it.
struct KeyCreateResult
{
    bool ok = false;
    ApiKey key;
    QString secret;
    RevokeOutcome failure; // when !ok; kind and sentence as for any other call
    // True when the request may have reached the portal and the answer was lost: a key may
    // exist that nobody has the secret of. The sentence says to look at the list.
    bool outcomeUnknown = false;
};

// PUT /api/2.0/keys/{id} with a new name and/or permissions (never isActive).
struct KeyEditRequest
{
    Q_DECLARE_TR_FUNCTIONS(KeyEditRequest)

public:
    QString keyId;
    QString name;                              // empty: unchanged
    std::optional<KeyPermissions> permissions; // none: unchanged

    QString validate() const;
    QByteArray toJson() const;
};

struct KeyEditResult
{
    bool ok = false;
    RevokeOutcome outcome; // sentence for success too; kind is meaningful on failure
};

// Pure classification of the portal's answers, one unit-test row per case of the API notes.
namespace KeyLifecycleClassifier {
KeyCreateResult classifyCreate(const HttpExchange &exchange);
KeyEditResult classifyEdit(const QString &keyId, const HttpExchange &exchange);
// "Outcome name" for the CLI and JSON: created / edited, or the failure's kind name.
QString createOutcomeName(const KeyCreateResult &result);
} // namespace KeyLifecycleClassifier

// POST /api/2.0/keys in progress. Emits finished() once, then deletes itself later. A 429 is not
// waited out: POST's own limit (5 per 15 minutes) lasts far longer than anyone wants to wait.
class KeyCreateOperation : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(KeyCreateOperation)

public:
    KeyCreateOperation(QNetworkAccessManager *network, const ConnectionSettings &settings,
                       const KeyCreateRequest &request, QObject *parent = nullptr);
    void start();
    void cancel();
    const KeyCreateRequest &request() const { return m_request; }

signals:
    void finished(const KeyCreateResult &result);

private:
    void finishWith(const KeyCreateResult &result);

    QNetworkAccessManager *m_network;
    ConnectionSettings m_settings;
    KeyCreateRequest m_request;
    QPointer<ApiCall> m_call;
    bool m_finished = false;
};

// PUT /api/2.0/keys/{id} {name, permissions} in progress.
class KeyEditOperation : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(KeyEditOperation)

public:
    KeyEditOperation(QNetworkAccessManager *network, const ConnectionSettings &settings,
                     const KeyEditRequest &request, QObject *parent = nullptr);
    void start();
    const KeyEditRequest &request() const { return m_request; }

signals:
    void finished(const KeyEditResult &result);

private:
    void finishWith(const KeyEditResult &result);

    QNetworkAccessManager *m_network;
    ConnectionSettings m_settings;
    KeyEditRequest m_request;
    bool m_finished = false;
};

// GET /api/2.0/keys/permissions: the scopes this portal offers.
class PermissionsOperation : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(PermissionsOperation)

public:
    PermissionsOperation(QNetworkAccessManager *network, const ConnectionSettings &settings,
                         QObject *parent = nullptr);
    void start();

signals:
    void finished(bool ok, const QStringList &scopes, const RevokeOutcome &failure);

private:
    QNetworkAccessManager *m_network;
    ConnectionSettings m_settings;
};

Q_DECLARE_METATYPE(KeyCreateResult)
Q_DECLARE_METATYPE(KeyEditResult)
