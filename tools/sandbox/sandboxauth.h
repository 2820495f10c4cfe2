#pragma once

#include "sandboxtypes.h"

#include <QDateTime>
#include <QUuid>

class SandboxStore;

// Who a request is, read as DocSpace reads it (docspace-api.md, "Authentication"):
//   cookie asc_auth_key        session token; wins over the Authorization header
//   "Bearer sk-..."            API key ("Bearer " is case-sensitive)
//   "Bearer <JWT>"             OAuth2 token: the sandbox has no authorization server, so none
//   "Bearer <session token>"   session token (the cookie handler strips the prefix)
//   "Basic ..."                e-mail and password
//   anything else              session token, exactly as sent (a raw "sk-..." fails)
// Keys and sessions of disabled users authenticate nobody.
struct SandboxAuth
{
    enum class Kind
    {
        None,
        ApiKey,
        Session,
        Basic
    };
    Kind kind = Kind::None;
    const SandboxUser *user = nullptr;
    QUuid keyId; // for Kind::ApiKey

    static SandboxAuth authenticate(SandboxStore &store, const PortalRequest &request,
                                    const QDateTime &now);
    // "Bearer", "Basic", "raw" or empty: what the request log shows, never the credential.
    static QString schemeWord(const PortalRequest &request);
};
