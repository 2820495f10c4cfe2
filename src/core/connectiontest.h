#pragma once

#include <QCoreApplication>

#include "apicall.h"
#include "revokeoutcome.h"

#include <QDateTime>
#include <QObject>
#include <QStringList>

// What "Test connection" found out: who the token signs in as, and for an API key, which key.
struct ConnectionReport
{
    Q_DECLARE_TR_FUNCTIONS(ConnectionReport)

public:
    bool ok = false;
    RevokeOutcome failure; // when !ok: the same kinds and words as a revocation

    QString docSpaceVersion; // from GET /settings/version/build, e.g. "3.7.2.1234"

    QString userId;
    QString displayName;
    QString email;
    QString role; // "owner", "administrator", "member", "guest"
    bool isAdmin = false;

    bool hasKey = false; // an sk- token: GET /keys/@self answered
    QString keyId;
    QString keyName;
    QStringList keyPermissions; // empty = unrestricted
    QDateTime keyExpiresAt;     // invalid = never
    bool canRevoke = true;      // the token has write access to keys

    QStringList warnings; // cannot revoke, expires within 7 days, not an administrator, version

    // "DocSpace 3.7.2.1234" (empty when the version is unknown).
    QString versionText() const;

    // "Signed in as Alice Owner (owner)" or the failure's sentence.
    QString summary() const;
    // "API key "Admin console": all scopes, never expires" (empty without a key).
    QString keySummary() const;
    static QString roleText(const QString &role);
};

// GET /api/2.0/settings/version/build (an address that does not answer it as DocSpace is said
// to be no DocSpace portal before anything else is tried), GET /api/2.0/people/@self, then for
// an sk- token GET /api/2.0/keys/@self. Emits finished() once, then deletes itself later.
class ConnectionTest : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ConnectionTest)

public:
    ConnectionTest(QNetworkAccessManager *network, const ConnectionSettings &settings,
                   QObject *parent = nullptr);
    void start();
    void cancel();

    // Fills the report from the portal's answers; public for unit tests of the parsing.
    static void readPeopleSelf(const QJsonObject &user, ConnectionReport *report);
    static void readKeySelf(const QJsonObject &key, const QDateTime &now, ConnectionReport *report);
    // The answer to GET /settings/version/build: true with report->docSpaceVersion set when it
    // is DocSpace's; otherwise false with report->failure saying what the address is not.
    static bool readVersionBuild(const HttpExchange &exchange, ConnectionReport *report);
    // What differs on this version from the current server (the "Versions" notes).
    static QStringList versionWarnings(const QString &docSpaceVersion);
    // 3.2.1 up to 3.7.1 checked no scope on the keys endpoints: any key may revoke keys.
    static bool anyScopeManagesKeys(const QString &docSpaceVersion);

signals:
    void finished(const ConnectionReport &report);

private:
    void onVersion(const HttpExchange &exchange);
    void onPeople(const HttpExchange &exchange);
    void onKey(const HttpExchange &exchange);
    void finishWith(const ConnectionReport &report);

    QNetworkAccessManager *m_network;
    ConnectionSettings m_settings;
    QPointer<ApiCall> m_call;
    ConnectionReport m_report;
    bool m_finished = false;
};

Q_DECLARE_METATYPE(ConnectionReport)
