#pragma once

#include <QCoreApplication>

#include "authscheme.h"
#include "connectionsettings.h"

#include <QJsonObject>
#include <QString>
#include <QUuid>

#include <optional>

// A saved portal: everything but the token, which lives in the SecretStore under secretKey().
struct PortalProfile
{
    Q_DECLARE_TR_FUNCTIONS(PortalProfile)

public:
    QUuid id; // stable across renames; names the token in the keychain
    QString name;
    QString portal; // as entered; PortalAddress::parse normalises it
    AuthScheme scheme = AuthScheme::Auto;
    bool allowInsecureHttp = false;
    QString pinnedSha256; // certificate fingerprint, any accepted form; empty = none
    QString caFile;       // extra CA file path; empty = none
    int timeoutSeconds = 30;

    static constexpr int MaxNameLength = 64;

    // Empty when the profile can be saved, else a sentence saying what to fix.
    QString validate() const;
    // The connection for this profile and token; false with a sentence when the profile's CA
    // file or fingerprint cannot be used.
    bool toConnectionSettings(const QString &token, ConnectionSettings *settings,
                              QString *error) const;

    QString secretKey() const { return id.toString(QUuid::WithoutBraces); }

    // For export: never a token, and no id (an imported profile is a new profile).
    QJsonObject toJson() const;
    static std::optional<PortalProfile> fromJson(const QJsonObject &object, QString *error);

    bool operator==(const PortalProfile &other) const;
    bool operator!=(const PortalProfile &other) const { return !(*this == other); }
};
