#pragma once

#include "connectionsettings.h"

#include <QString>

class QNetworkAccessManager;

// The administrator's own connection, as the window hands it to the incident-response and report
// views: where to go, with which token, and what to write in the history about who acted.
struct AdminConnection
{
    QNetworkAccessManager *network = nullptr;
    ConnectionSettings settings;
    QString profile;  // profile name for the history; empty when none is used
    QString actor;    // the signed-in user's display name, when known
    QString ownKeyId; // the key the token is, when known: marked and asked about apart

    // Changes whenever anything above does that the views act with (the network, where, the
    // token, scheme, trust, who): a view given another signature forgets what it showed.
    QByteArray signature() const;

    QString portal() const { return settings.portal.toString(); }
};
