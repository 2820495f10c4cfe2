#include "sandboxauth.h"

#include "sandboxstore.h"

namespace {

QByteArray cookieValue(const PortalRequest &request, const QByteArray &name)
{
    QByteArray value;
    for (const auto &header : request.headers) {
        if (header.first.compare("Cookie", Qt::CaseInsensitive) != 0)
            continue;
        const QList<QByteArray> cookies = header.second.split(';');
        for (const QByteArray &cookie : cookies) {
            const QByteArray trimmed = cookie.trimmed();
            if (trimmed.startsWith(name + '='))
                value = trimmed.mid(name.size() + 1);
        }
    }
    return value;
}

bool looksLikeJwt(const QByteArray &token)
{
    return token.count('.') == 2 && token.startsWith("eyJ");
}

} // namespace

SandboxAuth SandboxAuth::authenticate(SandboxStore &store, const PortalRequest &request,
                                      const QDateTime &now)
{
    SandboxAuth auth;
    const auto session = [&store, &auth](const QByteArray &token) {
        const SandboxUser *user = store.userBySession(QString::fromLatin1(token));
        if (user && !user->disabled) {
            auth.kind = Kind::Session;
            auth.user = user;
        }
        return auth;
    };

    const QByteArray cookie = cookieValue(request, QByteArrayLiteral("asc_auth_key"));
    if (!cookie.isEmpty())
        return session(cookie.startsWith("Bearer ") ? cookie.mid(7) : cookie);

    const QByteArray credential = request.header(QByteArrayLiteral("Authorization")).trimmed();
    if (credential.isEmpty())
        return auth;

    if (credential.startsWith("Bearer ")) {
        const QByteArray value = credential.mid(7).trimmed();
        if (value.startsWith("sk-")) {
            SandboxKey *key = store.keyBySecret(QString::fromLatin1(value));
            if (!key || !key->isActive || key->isExpiredAt(now))
                return auth;
            const SandboxUser *owner = store.user(key->ownerId);
            if (!owner || owner->disabled)
                return auth;
            auth.kind = Kind::ApiKey;
            auth.user = owner;
            auth.keyId = key->id;
            key->lastUsed = now;
            store.touched();
            return auth;
        }
        if (looksLikeJwt(value))
            return auth; // OAuth2: no authorization server here
        return session(value);
    }

    const int space = credential.indexOf(' ');
    if (space > 0 && credential.left(space).compare("Basic", Qt::CaseInsensitive) == 0) {
        const QByteArray decoded = QByteArray::fromBase64(credential.mid(space + 1).trimmed());
        const int colon = decoded.indexOf(':');
        if (colon < 0)
            return auth;
        const SandboxUser *user = store.userByLogin(QString::fromUtf8(decoded.left(colon)),
                                                    QString::fromUtf8(decoded.mid(colon + 1)));
        if (user && !user->disabled) {
            auth.kind = Kind::Basic;
            auth.user = user;
        }
        return auth;
    }
    // Anything else is a session token, exactly as sent: "bearer sk-..." or a raw key fail here.
    return session(credential);
}

QString SandboxAuth::schemeWord(const PortalRequest &request)
{
    const QByteArray authorization = request.header(QByteArrayLiteral("Authorization")).trimmed();
    if (authorization.isEmpty())
        return {};
    const QByteArray word = authorization.split(' ').constFirst();
    if (word.compare("Bearer", Qt::CaseInsensitive) == 0)
        return QStringLiteral("Bearer");
    if (word.compare("Basic", Qt::CaseInsensitive) == 0)
        return QStringLiteral("Basic");
    return QStringLiteral("raw");
}
