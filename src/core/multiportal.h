#pragma once

#include "apikey.h"
#include "connectionsettings.h"
#include "revokeoutcome.h"

#include <QList>
#include <QObject>
#include <QString>

class QNetworkAccessManager;

// One key of one portal, for the view of every saved profile at once.
struct PortalKey
{
    QString profile; // the saved profile's name
    QString portal;  // origin
    ApiKey key;
};

// One portal's answer: its keys, or why they could not be listed.
struct PortalListing
{
    QString profile;
    QString portal;
    bool ok = false;
    RevokeOutcome failure;
    int keyCount = 0;
};

// Lists the keys of several portals at once (one GET /api/2.0/keys each, all in parallel), for
// "every key unused for 90 days on every portal" in one list. A portal that fails does not stop
// the others; it is reported in listings().
class MultiPortalLister : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(MultiPortalLister)

public:
    struct Source
    {
        QString profile;
        ConnectionSettings settings;
    };

    MultiPortalLister(QNetworkAccessManager *network, QList<Source> sources,
                      QObject *parent = nullptr);

    void start();
    const QList<PortalKey> &keys() const { return m_keys; }
    const QList<PortalListing> &listings() const { return m_listings; }

signals:
    void portalFinished(const PortalListing &listing);
    void finished();

private:
    QNetworkAccessManager *m_network;
    QList<Source> m_sources;
    QList<PortalKey> m_keys;
    QList<PortalListing> m_listings;
    int m_pending = 0;
};
