#include "keybatch.h"

#include "apicall.h"
#include "docspaceclient.h"

#include <QCoreApplication>
#include <QRandomGenerator>

QString BatchSummary::failedPart(OutcomeKind kind, int n)
{
    // Words for people, not the kind's name in the history file ("not_found").
    switch (kind) {
    case OutcomeKind::Refused:
        return tr("%n refused by the portal", nullptr, n);
    case OutcomeKind::NotFound:
        return tr("%n not found on the portal (already revoked, or a wrong id)", nullptr, n);
    case OutcomeKind::InvalidId:
        return tr("%n with an id that is not a key id", nullptr, n);
    case OutcomeKind::Unauthorized:
        return tr("%n not changed because the portal did not accept the token", nullptr, n);
    case OutcomeKind::Forbidden:
        return tr("%n not changed because the token may not change keys", nullptr, n);
    case OutcomeKind::PortalUnavailable:
        return tr("%n not changed because the portal is unavailable", nullptr, n);
    case OutcomeKind::RateLimited:
        return tr("%n not changed because the portal kept asking to slow down", nullptr, n);
    case OutcomeKind::ServerError:
        return tr("%n failed with an error on the portal", nullptr, n);
    case OutcomeKind::BadResponse:
        return tr("%n with an answer that could not be read", nullptr, n);
    case OutcomeKind::NetworkError:
        return tr("%n not sent because the portal could not be reached", nullptr, n);
    case OutcomeKind::Timeout:
        return tr("%n timed out", nullptr, n);
    case OutcomeKind::TlsError:
        return tr("%n not sent because the certificate is not trusted", nullptr, n);
    case OutcomeKind::InsecureRefused:
        return tr("%n not sent over unencrypted HTTP", nullptr, n);
    case OutcomeKind::Cancelled:
        return tr("%n cancelled", nullptr, n);
    case OutcomeKind::Unknown:
        return tr("%n with an unknown outcome (refresh the list to check)", nullptr, n);
    case OutcomeKind::Revoked:
    case OutcomeKind::Deactivated:
    case OutcomeKind::Activated:
    case OutcomeKind::Created:
    case OutcomeKind::Edited:
        break; // successes: sentence() counts them in its head, never as a failed part
    }
    return QStringLiteral("%1 %2").arg(n).arg(RevokeOutcome::kindName(kind));
}

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
    case KeyOperation::Create:
    case KeyOperation::Edit:
        break; // not done in batches
    }
    QStringList parts;
    for (auto it = byKind.begin(); it != byKind.end(); ++it) {
        RevokeOutcome probe;
        probe.kind = it.key();
        if (probe.succeeded())
            continue;
        parts << failedPart(it.key(), it.value());
    }
    parts.sort();
    return parts.isEmpty()
               ? head + QLatin1Char('.')
               : head + QLatin1String("; ") + parts.join(QLatin1String(", ")) + QLatin1Char('.');
}

namespace {
ConnectionSettings forBatch(ConnectionSettings settings)
{
    // The batch waits out 429s without headers itself, so that it can lower its limit and send
    // the key again when a slot is free, instead of each request retrying on its own.
    settings.maxConcurrencyWaitSeconds = 0;
    return settings;
}
constexpr int kCheckAttempts = 6;
constexpr int kCheckFirstDelayMs = 500;
} // namespace

KeyBatch::KeyBatch(QNetworkAccessManager *network, const ConnectionSettings &settings,
                   KeyOperation operation, QStringList ids, QObject *parent)
    : QObject(parent)
    , m_client(new DocSpaceClient(network, this))
    , m_maxRateLimitedMs(qMax(0, settings.maxConcurrencyWaitSeconds) * 1000)
    , m_operation(operation)
    , m_ids(std::move(ids))
    , m_limit(DefaultConcurrency, HttpConnectionsPerHost)
{
    m_client->setConnection(forBatch(settings));
    m_summary.total = int(m_ids.size());
    updateCeiling();
    m_pause.setSingleShot(true);
    connect(&m_pause, &QTimer::timeout, this, [this] {
        emit resumed();
        launchMore();
    });
    m_backoff.setSingleShot(true);
    connect(&m_backoff, &QTimer::timeout, this, &KeyBatch::launchMore);
    m_checkRetry.setSingleShot(true);
    connect(&m_checkRetry, &QTimer::timeout, this, &KeyBatch::startCheck);
}

KeyBatch::~KeyBatch()
{
    for (RevokeOperation *operation : std::as_const(m_running))
        operation->disconnect(this);
    if (m_check)
        m_check->disconnect(this);
}

void KeyBatch::setConcurrency(int concurrency)
{
    m_userCap = qBound(1, concurrency, MaxConcurrency);
    m_limit = ConcurrencyLimit(m_userCap, m_userCap);
    updateCeiling();
}

void KeyBatch::updateCeiling()
{
    // Until the first answer tells the transport, assume HTTP/1.1: more requests than
    // connections would only queue inside Qt and look like a slow portal.
    const int transport = m_transportKnown && m_http2 ? MaxConcurrency : HttpConnectionsPerHost;
    m_limit.setCeiling(qMin(m_userCap > 0 ? m_userCap : WriteCeiling, transport));
}

void KeyBatch::onTransport(bool http2)
{
    if (m_transportKnown)
        return;
    m_transportKnown = true;
    m_http2 = http2;
    m_summary.http2 = http2;
    updateCeiling();
    launchMore();
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
    while (!m_cancelled && !m_pause.isActive() && !m_backoff.isActive() &&
           m_inFlight < m_limit.limit() && (!m_again.isEmpty() || m_next < m_ids.size()))
        send(!m_again.isEmpty() ? m_again.takeFirst() : m_ids.at(m_next++));
}

void KeyBatch::send(const QString &id)
{
    RevokeOperation *operation = m_client->change(m_operation, id);
    ++m_inFlight;
    m_summary.peakInFlight = qMax(m_summary.peakInFlight, m_inFlight);
    const int inFlightAtSend = m_inFlight;
    QElapsedTimer sent;
    sent.start();
    m_running.append(operation);
    connect(operation, &RevokeOperation::rateLimitWait, this, [this](int seconds) {
        ++m_summary.rateLimitedAnswers;
        m_limit.onRateLimited(m_clock.elapsed());
        pauseFor(seconds);
    });
    connect(operation, &RevokeOperation::answered, this, &KeyBatch::onTransport);
    connect(operation, &RevokeOperation::finished, this,
            [this, operation, inFlightAtSend, sent](const RevokeOutcome &outcome) {
                m_running.removeOne(operation);
                --m_inFlight;
                onFinished(outcome, inFlightAtSend, sent.elapsed());
            });
}

void KeyBatch::pauseFor(int seconds)
{
    // One 429 means the portal wants the whole client to slow down, not one request.
    if (!m_pause.isActive() || m_pause.remainingTime() < seconds * 1000) {
        m_pause.start(seconds * 1000);
        emit paused(seconds);
    }
}

void KeyBatch::onFinished(const RevokeOutcome &outcome, int inFlightAtSend, qint64 rttMs)
{
    if (outcome.kind == OutcomeKind::RateLimited && !m_cancelled) {
        rateLimitedAgain(outcome, inFlightAtSend);
    } else if (outcome.kind == OutcomeKind::Unknown && !m_cancelled) {
        m_unverified.append(outcome);
        startCheck();
    } else {
        if (outcome.httpStatus > 0 && outcome.httpStatus < 500) {
            m_limit.onAnswer(rttMs, inFlightAtSend);
            m_overloadsInARow = 0;
        }
        record(outcome);
    }
    launchMore();
    finishIfDone();
}

void KeyBatch::rateLimitedAgain(const RevokeOutcome &outcome, int inFlightAtSend)
{
    ++m_summary.rateLimitedAnswers;
    const qint64 now = m_clock.elapsed();
    const qint64 since =
        *m_limitedSinceMs.insert(outcome.keyId, m_limitedSinceMs.value(outcome.keyId, now));
    if (now - since > m_maxRateLimitedMs) {
        record(outcome); // the portal has refused this key for many minutes: say so
        return;
    }
    if (outcome.retryAfterSeconds >= 0) {
        m_limit.onRateLimited(now);
        pauseFor(qMax(1, outcome.retryAfterSeconds));
    } else {
        m_limit.onOverload(inFlightAtSend, now);
        ++m_overloadsInARow;
        m_backoff.start(ApiCall::concurrencyBackoffMs(m_overloadsInARow,
                                                      QRandomGenerator::global()->generateDouble(),
                                                      ApiCall::BackoffCapMs));
    }
    m_again.append(outcome.keyId);
}

void KeyBatch::startCheck()
{
    if (m_check || m_unverified.isEmpty() || m_checkRetry.isActive())
        return;
    m_checking += std::exchange(m_unverified, {});
    m_check = m_client->listKeys();
    connect(m_check, &KeyListOperation::finished, this, &KeyBatch::onChecked);
}

void KeyBatch::onChecked(bool ok, const QList<ApiKey> &keys, const RevokeOutcome &failure)
{
    m_check = nullptr;
    if (!ok) {
        const bool portalAway =
            failure.kind == OutcomeKind::NetworkError || failure.kind == OutcomeKind::Timeout ||
            failure.kind == OutcomeKind::ServerError || failure.kind == OutcomeKind::RateLimited;
        if (portalAway && !m_cancelled && ++m_checkAttempts < kCheckAttempts) {
            // Read again when the portal may be back.
            m_unverified = m_checking + m_unverified;
            m_checking.clear();
            m_checkRetry.start(kCheckFirstDelayMs << (m_checkAttempts - 1));
            return;
        }
        for (RevokeOutcome outcome : std::exchange(m_checking, {})) {
            outcome.sentence +=
                QLatin1Char(' ') +
                tr("Reading the key list to check failed too: %1").arg(failure.sentence);
            record(outcome);
        }
    } else {
        m_checkAttempts = 0;
        QHash<QString, const ApiKey *> byId;
        for (const ApiKey &key : keys)
            byId.insert(key.id, &key);
        for (const RevokeOutcome &lost : std::exchange(m_checking, {})) {
            bool resend = false;
            const RevokeOutcome outcome = checkedOutcome(lost, byId.value(lost.keyId), &resend);
            if (resend)
                m_again.append(lost.keyId);
            else
                record(outcome);
        }
    }
    startCheck();
    launchMore();
    finishIfDone();
}

RevokeOutcome KeyBatch::checkedOutcome(const RevokeOutcome &lost, const ApiKey *found, bool *resend)
{
    RevokeOutcome outcome = lost;
    outcome.checked = true;
    outcome.httpStatus = 0;
    outcome.serverMessage.clear();
    outcome.finishedAt = QDateTime::currentDateTime();
    const QString why = tr("The connection failed after the request was sent (%1); the key list "
                           "read afterwards shows")
                            .arg(lost.detail);
    const bool applied =
        lost.operation == KeyOperation::Revoke
            ? found == nullptr
            : found != nullptr && found->isActive == (lost.operation == KeyOperation::Activate);
    if (applied) {
        switch (lost.operation) {
        case KeyOperation::Revoke:
            outcome.kind = OutcomeKind::Revoked;
            outcome.sentence = tr("Revoked (checked). %1 that the key is gone.").arg(why);
            break;
        case KeyOperation::Deactivate:
            outcome.kind = OutcomeKind::Deactivated;
            outcome.sentence = tr("Deactivated (checked). %1 the key inactive.").arg(why);
            break;
        case KeyOperation::Activate:
            outcome.kind = OutcomeKind::Activated;
            outcome.sentence = tr("Reactivated (checked). %1 the key active.").arg(why);
            break;
        case KeyOperation::Create:
        case KeyOperation::Edit:
            break; // not done in batches
        }
        ++m_summary.checked;
        return outcome;
    }
    if (lost.operation != KeyOperation::Revoke && found == nullptr) {
        outcome.kind = OutcomeKind::NotFound;
        outcome.sentence = tr("Not found (checked). %1 no key with this id.").arg(why);
        ++m_summary.checked;
        return outcome;
    }
    // The portal did not act on it: the request is sent once more.
    if (m_resent.value(lost.keyId) < 1 && !m_cancelled) {
        ++m_resent[lost.keyId];
        *resend = true;
        return outcome;
    }
    ++m_summary.checked;
    outcome.kind = OutcomeKind::NetworkError;
    outcome.sentence =
        lost.operation == KeyOperation::Revoke
            ? tr("Not revoked (checked). %1 the key still there, after two tries. Check the "
                 "network to the portal, then try again.")
                  .arg(why)
            : tr("Not changed (checked). %1 the key unchanged, after two tries. Check the "
                 "network to the portal, then try again.")
                  .arg(why);
    return outcome;
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
    m_backoff.stop();
    m_checkRetry.stop();
    // Requests in flight finish (the portal may already have acted on them); nothing else is
    // sent, and requests waiting out a 429 are not on the wire, so they stop now.
    const QList<RevokeOperation *> running = m_running;
    for (RevokeOperation *operation : running) {
        if (operation->isWaitingToRetry())
            operation->cancel();
    }
    const auto cancelled = [this](const QString &id) {
        RevokeOutcome outcome;
        outcome.kind = OutcomeKind::Cancelled;
        outcome.operation = m_operation;
        outcome.keyId = id;
        outcome.sentence = tr("Not sent: the batch was cancelled.");
        outcome.finishedAt = QDateTime::currentDateTime();
        record(outcome);
    };
    for (const QString &id : std::exchange(m_again, {}))
        cancelled(id);
    while (m_next < m_ids.size())
        cancelled(m_ids.at(m_next++));
    // Lost connections not yet checked stay unknown.
    if (m_check) {
        m_check->disconnect(this);
        m_check->cancel();
        m_check = nullptr;
    }
    for (const RevokeOutcome &outcome : std::exchange(m_checking, {}))
        record(outcome);
    for (const RevokeOutcome &outcome : std::exchange(m_unverified, {}))
        record(outcome);
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
    if (m_finished || m_inFlight > 0 || m_check || !m_checking.isEmpty() ||
        !m_unverified.isEmpty() || (!m_cancelled && (m_next < m_ids.size() || !m_again.isEmpty())))
        return;
    m_finished = true;
    m_summary.elapsedMs = m_clock.elapsed();
    m_summary.concurrency = m_limit.limit();
    emit finished(m_summary);
}
