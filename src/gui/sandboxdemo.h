#pragma once

#include "portalprofile.h"

#include <QCoreApplication>
#include <QString>

class ProfileStore;
class SecretStore;

// What demo mode fills in from the sandbox portal's --info-file JSON: the portal (HTTPS when
// offered), the owner's "Admin console" key as the token, another of the owner's keys to
// revoke, and the sandbox certificate to trust for the session.
struct SandboxDemo
{
    Q_DECLARE_TR_FUNCTIONS(SandboxDemo)

public:
    QString portal;
    QString token;
    QString keyId;
    QString keyName;
    QString certificateSha256; // empty when the portal is plain HTTP

    // False with a sentence in *error when the file cannot be read or lacks what demo mode needs.
    static bool load(const QString &path, SandboxDemo *demo, QString *error);
    static bool fromJson(const QByteArray &json, SandboxDemo *demo, QString *error);

    // Adds the "Sandbox portal (demo)" profile (portal, pinned certificate) to the store, saves
    // it as the last used one and writes the token; false with a sentence in *error otherwise.
    // Demo mode passes a store on a throw-away file and memory for tokens, never the user's.
    bool install(ProfileStore *profiles, SecretStore *secrets, PortalProfile *installed,
                 QString *error) const;
};
