#include "keybatch.h"

#include "docspaceclient.h"

#include <QCoreApplication>

QString BatchSummary::sentence(KeyOperation operation) const
{
    QString head;
    switch (operation) {
    case KeyOperation::Revoke:
        head = tr("Revoked %1 of %n key(s)", nullptr, total).arg(succeeded);
        break;
    case KeyOperation::Deactivate:
        head = tr("Deactivated %1 of %n key(s)", nullptr, total).arg(succeeded);
        break;
    case KeyOperation::Activate:
        head = tr("Reactivated %1 of %n key(s)", nullptr, total).arg(succeeded);
        break;
    }
    QStringList parts;
    for (auto it = byKind.begin(); it != byKind.end(); ++it) {
        RevokeOutcome probe;
        probe.kind = it.key();
        if (probe.succeeded())
            continue;
        parts << QStringLiteral("%1 %2").arg(it.value()).arg(RevokeOutcome::kindName(it.key()));
    }
    parts.sort();
    return parts.isEmpty()
               ? head + QLatin1Char('.')
               : head + QLatin1String("; ") + parts.join(QLatin1String(", ")) + QLatin1Char('.');
}

KeyBatch::KeyBatch(QNetworkAccessManager *network, const ConnectionSettings &settings,
                   KeyOperation operation, QStringList ids, QObject *parent)
    : QObject(parent)
    , m_client(new DocSpaceClient(network, this))
    , m_operation(operation)
    , m_ids(std::move(ids))
{
    m_client->setConnection(settings);
    m_summary.total = int(m_ids.size());
    m_pause.setSingleShot(true);
    connect(&m_pause, &QTimer::timeout, this, [this] {
        emit resumed();
        launchMore();
    });
}

KeyBatch::~KeyBatch()
{
    for (RevokeOperation *operation : std::as_const(m_running))
        operation->disconnect(this);
}

void KeyBatch::setConcurrency(int concurrency)
{
    m_concurrency = qBound(1, concurrency, MaxConcurrency);
}

void KeyBatch::start()
{
    if (m_started)
        return;
    m_started = true;
    m_clock.start();
    if (m_ids.isEmpty()) {
        QMetaObject::invokeMethod(this, &KeyBatch::finishIfDone, Qt::QueuedConnection);
        return;
    }
    launchMore();
}

void KeyBatch::launchMore()
{
    while (!m_cancelled && !m_pause.isActive() && m_inFlight < m_concurrency &&
           m_next < m_ids.size()) {
        RevokeOperation *operation = m_client->change(m_operation, m_ids.at(m_next++));
        ++m_inFlight;
        m_running.append(operation);
        connect(operation, &RevokeOperation::rateLimitWait, this, [this](int seconds) {
            // One 429 means the portal wants the whole client to slow down, not one request.
            if (!m_pause.isActive() || m_pause.remainingTime() < seconds * 1000) {
                m_pause.start(seconds * 1000);
                emit paused(seconds);
            }
        });
        connect(operation, &RevokeOperation::finished, this,
                [this, operation](const RevokeOutcome &outcome) {
                    m_running.removeOne(operation);
                    --m_inFlight;
                    onFinished(outcome);
                });
    }
}

void KeyBatch::onFinished(const RevokeOutcome &outcome)
{
    record(outcome);
    launchMore();
    finishIfDone();
}

void KeyBatch::record(const RevokeOutcome &outcome)
{
    if (outcome.kind == OutcomeKind::Cancelled)
        ++m_summary.cancelled;
    else if (outcome.succeeded())
        ++m_summary.succeeded;
    else
        ++m_summary.failed;
    ++m_summary.byKind[outcome.kind];
    emit keyFinished(outcome);
    emit progress(done(), failed(), left());
}

void KeyBatch::cancel()
{
    if (!m_started || m_cancelled || m_finished)
        return;
    m_cancelled = true;
    m_pause.stop();
    // Requests in flight finish (the portal may already have acted on them); nothing else is
    // sent, and requests waiting out a 429 are not on the wire, so they stop now.
    const QList<RevokeOperation *> running = m_running;
    for (RevokeOperation *operation : running) {
        if (operation->isWaitingToRetry())
            operation->cancel();
    }
    while (m_next < m_ids.size()) {
        RevokeOutcome outcome;
        outcome.kind = OutcomeKind::Cancelled;
        outcome.operation = m_operation;
        outcome.keyId = m_ids.at(m_next++);
        outcome.sentence = tr("Not sent: the batch was cancelled.");
        outcome.finishedAt = QDateTime::currentDateTime();
        record(outcome);
    }
    finishIfDone();
}

qint64 KeyBatch::estimatedMsLeft() const
{
    const int finished = done();
    if (finished == 0 || !m_clock.isValid())
        return -1;
    return m_clock.elapsed() * left() / finished;
}

void KeyBatch::finishIfDone()
{
    if (m_finished || m_inFlight > 0 || (m_next < m_ids.size() && !m_cancelled))
        return;
    m_finished = true;
    m_summary.elapsedMs = m_clock.elapsed();
    emit finished(m_summary);
}
