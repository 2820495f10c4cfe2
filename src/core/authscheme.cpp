#include "authscheme.h"

namespace Auth {

QString schemeName(AuthScheme scheme)
{
    switch (scheme) {
    case AuthScheme::ApiKey:
        return QStringLiteral("apikey");
    case AuthScheme::SessionToken:
        return QStringLiteral("session");
    case AuthScheme::Auto:
        break;
    }
    return QStringLiteral("auto");
}

bool parseSchemeName(const QString &name, AuthScheme *scheme)
{
    const QString n = name.trimmed().toLower();
    if (n == QLatin1String("auto"))
        *scheme = AuthScheme::Auto;
    else if (n == QLatin1String("apikey") || n == QLatin1String("api-key") ||
             n == QLatin1String("bearer"))
        *scheme = AuthScheme::ApiKey;
    else if (n == QLatin1String("session"))
        *scheme = AuthScheme::SessionToken;
    else
        return false;
    return true;
}

QString cleanToken(const QString &token)
{
    QString t = token.trimmed();
    if (t.startsWith(QLatin1String("Bearer "), Qt::CaseInsensitive))
        t = t.mid(7).trimmed();
    return t;
}

AuthScheme effectiveScheme(const QString &token, AuthScheme scheme)
{
    if (scheme != AuthScheme::Auto)
        return scheme;
    const QString trimmed = token.trimmed();
    if (trimmed.startsWith(QLatin1String("Bearer "), Qt::CaseInsensitive) ||
        trimmed.startsWith(QLatin1String("sk-")))
        return AuthScheme::ApiKey;
    return AuthScheme::SessionToken;
}

QByteArray authorizationHeader(const QString &token, AuthScheme scheme)
{
    const QByteArray value = cleanToken(token).toUtf8();
    if (effectiveScheme(token, scheme) == AuthScheme::ApiKey)
        return QByteArrayLiteral("Bearer ") + value;
    return value;
}

} // namespace Auth
