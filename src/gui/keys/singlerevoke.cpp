#include "singlerevoke.h"

#include "docspaceclient.h"
#include "outcomestyle.h"

#include <QStatusBar>

SingleRevoke::SingleRevoke(DocSpaceClient *client, QStatusBar *statusBar, QObject *parent)
    : QObject(parent)
    , m_client(client)
    , m_statusBar(statusBar)
{
    m_rateLimitCountdown.setInterval(1000);
    connect(&m_rateLimitCountdown, &QTimer::timeout, this, [this] {
        m_rateLimitSecondsLeft = qMax(0, m_rateLimitSecondsLeft - 1);
        updateRateLimitMessage();
    });
}

void SingleRevoke::start(const ConnectionSettings &settings, const ApiKey &key)
{
    m_client->setConnection(settings);
    m_portal = settings.portal.toString();
    m_key = key;
    m_operation = m_client->revoke(key.id);
    connect(m_operation, &RevokeOperation::finished, this, [this](const RevokeOutcome &outcome) {
        m_operation.clear();
        m_rateLimitCountdown.stop();
        emit finished(outcome);
    });
    connect(m_operation, &RevokeOperation::rateLimitWait, this, [this](int seconds, int) {
        m_rateLimitSecondsLeft = seconds;
        m_rateLimitCountdown.start();
        updateRateLimitMessage();
    });
    m_statusBar->showMessage(tr("Revoking key %1 on %2…").arg(m_key.id, m_portal));
}

void SingleRevoke::cancel()
{
    if (m_operation)
        m_operation->cancel();
}

QString SingleRevoke::sentence(const RevokeOutcome &outcome) const
{
    switch (outcome.kind) {
    case OutcomeKind::Revoked:
        return tr("Key %1 was revoked.").arg(m_key.id);
    case OutcomeKind::TlsError:
        return tr("The portal's certificate is not trusted. See Results for its fingerprint.");
    case OutcomeKind::Cancelled:
        return tr("Cancelled.");
    default:
        return tr("Key %1 was not revoked: %2.")
            .arg(m_key.id, OutcomeStyle::title(outcome.kind).toLower());
    }
}

void SingleRevoke::updateRateLimitMessage()
{
    if (m_rateLimitSecondsLeft <= 0) {
        m_rateLimitCountdown.stop();
        m_statusBar->showMessage(tr("Retrying…"));
        return;
    }
    m_statusBar->showMessage(
        tr("Rate limited by the portal, retrying in %1 s…").arg(m_rateLimitSecondsLeft));
}
