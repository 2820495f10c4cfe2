#pragma once

#include "apicall.h"
#include "apikey.h"
#include "revokeoutcome.h"

#include <QObject>
#include <QStringList>

// Finding leaked API-key secrets in pasted text, and finding out which key each one is.
namespace LeakedSecrets {
// Every distinct "sk-" + 64 lower-case hex secret in the text, in order of appearance. A secret
// must stand alone: one broken by a line break, with upper-case hex, or glued to more letters or
// digits is not a DocSpace secret and is not matched. The rest of the text is not kept.
QStringList find(const QString &text);
// "sk-…abcd": what may be shown of a secret.
QString redacted(const QString &secret);
} // namespace LeakedSecrets

// What the portal says about one leaked secret.
struct SecretIdentity
{
    enum class State
    {
        Identified,    // GET /keys/@self with the secret answered: `key` is the key
        NoLongerWorks, // 401: already revoked, expired or deactivated
        NotIdentified, // the call was not possible (another failure): see `failure`
    };

    QString ending; // last four characters of the secret, for display and postfix matching
    State state = State::NotIdentified;
    ApiKey key;            // when Identified
    RevokeOutcome failure; // when not Identified
    QList<ApiKey>
        candidates; // keys of the admin's list with the same ending (never acted on alone)
};

// Asks the portal which key a leaked secret is: GET /api/2.0/keys/@self sent with the secret as
// Bearer. When that fails, the administrator's own key list is searched for keys with the same
// ending, as candidates for the administrator to choose from. The secret lives only in this
// object and is dropped as soon as the call is made.
class SecretIdentification : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SecretIdentification)

public:
    // `admin` is the administrator's own connection; the secret is sent to the same portal with
    // the same trust settings, and nowhere else.
    SecretIdentification(QNetworkAccessManager *network, const ConnectionSettings &admin,
                         const QString &secret, QObject *parent = nullptr);
    void start();

signals:
    void finished(const SecretIdentity &identity);

private:
    void onSelf(const HttpExchange &exchange);
    void findCandidates();

    QNetworkAccessManager *m_network;
    ConnectionSettings m_admin;
    QString m_secret;
    SecretIdentity m_identity;
};

Q_DECLARE_METATYPE(SecretIdentity)
