#pragma once

#include <QByteArray>
#include <QString>

// How the access token is sent in the Authorization header.
enum class AuthScheme
{
    Auto,         // "sk-..." is an API key (Bearer), a pasted "Bearer x" is kept, else raw
    ApiKey,       // always "Bearer <token>", exactly so (the portal matches it case-sensitively);
                  // also how a session token is forced to go as "Bearer <token>"
    SessionToken, // the token as it is (session or personal access token)
};

namespace Auth {
// "auto", "apikey", "session": the names the CLI and settings use ("bearer" reads as apikey).
QString schemeName(AuthScheme scheme);
bool parseSchemeName(const QString &name, AuthScheme *scheme);

// The token with surrounding white space and a pasted "Bearer " prefix removed.
QString cleanToken(const QString &token);
// The scheme Auto resolves to for this token.
AuthScheme effectiveScheme(const QString &token, AuthScheme scheme);
// The value of the Authorization header for this token and scheme.
QByteArray authorizationHeader(const QString &token, AuthScheme scheme);
} // namespace Auth
