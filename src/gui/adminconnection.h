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
    QString profile; // profile name for the history; empty when none is used
    QString actor;   // the signed-in user's display name, when known

    QString portal() const { return settings.portal.toString(); }
};
