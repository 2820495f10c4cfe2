#include "multiportal.h"

#include "docspaceclient.h"

#include <QTimer>

MultiPortalLister::MultiPortalLister(QNetworkAccessManager *network, QList<Source> sources,
                                     QObject *parent)
    : QObject(parent)
    , m_network(network)
    , m_sources(std::move(sources))
{}

void MultiPortalLister::start()
{
    m_keys.clear();
    m_listings.clear();
    m_pending = int(m_sources.size());
    if (m_pending == 0) {
        QTimer::singleShot(0, this, &MultiPortalLister::finished);
        return;
    }
    for (int i = 0; i < m_sources.size(); ++i) {
        const Source source = m_sources.at(i);
        auto *client = new DocSpaceClient(m_network, this);
        client->setConnection(source.settings);
        m_listings.append(
            PortalListing{source.profile, source.settings.portal.toString(), false, {}, 0});
        connect(client->listKeys(), &KeyListOperation::finished, this,
                [this, i, client, source](bool ok, const QList<ApiKey> &keys,
                                          const RevokeOutcome &failure) {
                    PortalListing &listing = m_listings[i];
                    listing.ok = ok;
                    listing.failure = failure;
                    listing.keyCount = int(keys.size());
                    for (const ApiKey &key : keys)
                        m_keys.append(PortalKey{source.profile, listing.portal, key});
                    client->deleteLater();
                    emit portalFinished(listing);
                    if (--m_pending == 0)
                        emit finished();
                });
    }
}
