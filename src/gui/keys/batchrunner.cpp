#include "batchrunner.h"
#include "accessiblenames.h"

#include "historyrecorder.h"
#include "localdates.h"
#include "outcomestyle.h"

#include <QDateTime>
#include <QEvent>
#include <QHBoxLayout>
#include <QLabel>
#include <QProgressBar>
#include <QPushButton>

namespace {
QString timeLeft(qint64 ms)
{
    const qint64 seconds = (ms + 999) / 1000;
    if (seconds < 60)
        return BatchRunner::tr("about %n s left", nullptr, int(seconds));
    return BatchRunner::tr("about %1 min %2 s left").arg(seconds / 60).arg(seconds % 60);
}
} // namespace

BatchRunner::BatchRunner(const QString &objectPrefix, QWidget *parent)
    : QWidget(parent)
    , m_progress(new QProgressBar(this))
    , m_cancelButton(new QPushButton(this))
    , m_pausedLabel(new QLabel(this))
{
    setObjectName(objectPrefix + QStringLiteral("Runner"));
    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    m_progress->setObjectName(objectPrefix + QStringLiteral("Progress"));
    m_progress->setVisible(false);
    QSizePolicy progressPolicy = m_progress->sizePolicy();
    // Appearing and disappearing must not move the buttons next to it.
    progressPolicy.setRetainSizeWhenHidden(true);
    progressPolicy.setHorizontalPolicy(QSizePolicy::Expanding);
    m_progress->setSizePolicy(progressPolicy);
    m_cancelButton->setObjectName(objectPrefix + QStringLiteral("CancelButton"));
    m_cancelButton->setEnabled(false);
    m_pausedLabel->setObjectName(objectPrefix + QStringLiteral("PausedLabel"));
    m_pausedLabel->setTextFormat(Qt::PlainText);
    m_pausedLabel->setVisible(false);
    layout->addWidget(m_progress, 1);
    layout->addWidget(m_pausedLabel);
    layout->addWidget(m_cancelButton);
    connect(m_cancelButton, &QPushButton::clicked, this, &BatchRunner::cancel);

    m_flushTimer.setSingleShot(true);
    m_flushTimer.setInterval(FlushIntervalMs);
    connect(&m_flushTimer, &QTimer::timeout, this, &BatchRunner::flush);
    m_progressTimer.setSingleShot(true);
    m_progressTimer.setInterval(FlushIntervalMs);
    connect(&m_progressTimer, &QTimer::timeout, this, &BatchRunner::showProgress);
    m_showTimer.setSingleShot(true);
    m_showTimer.setInterval(0);
    connect(&m_showTimer, &QTimer::timeout, this, &BatchRunner::showSome);
    m_pauseCountdown.setInterval(1000);
    connect(&m_pauseCountdown, &QTimer::timeout, this, [this] {
        m_pausedSecondsLeft = qMax(0, m_pausedSecondsLeft - 1);
        updatePaused();
    });
    retranslate();
}

BatchRunner::~BatchRunner()
{
    if (m_batch) {
        m_batch->disconnect(this);
        m_batch->cancel();
    }
}

void BatchRunner::retranslate()
{
    Accessible::setName(m_progress, tr("Batch progress"));
    m_cancelButton->setText(tr("Cancel"));
    // As the window's other Cancel: Esc, while there is something to stop (setText() drops it).
    m_cancelButton->setShortcut(QKeySequence(Qt::Key_Escape));
    m_cancelButton->setToolTip(
        tr("Send nothing more; requests already sent finish, the rest are reported cancelled"));
    if (isRunning())
        showProgress();
    updatePaused();
}

void BatchRunner::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QWidget::changeEvent(event);
}

void BatchRunner::setRecorder(HistoryRecorder *recorder)
{
    if (m_recorder == recorder)
        return;
    if (m_recorder)
        m_recorder->disconnect(this);
    m_recorder = recorder;
    if (m_recorder)
        connect(m_recorder, &HistoryRecorder::durable, this, &BatchRunner::onDurable);
}

bool BatchRunner::start(const AdminConnection &admin, KeyOperation operation,
                        const QList<ApiKey> &keys)
{
    if (keys.isEmpty() || isRunning() || !admin.network)
        return false;
    m_admin = admin;
    m_keys.clear();
    QStringList ids;
    ids.reserve(keys.size());
    for (const ApiKey &key : keys) {
        ids << key.id;
        m_keys.insert(key.id.toLower(), key);
    }
    m_batch = new KeyBatch(admin.network, admin.settings, operation, ids, this);
    connect(m_batch, &KeyBatch::keyFinished, this, &BatchRunner::onKeyFinished);
    connect(m_batch, &KeyBatch::progress, this, &BatchRunner::onProgress);
    connect(m_batch, &KeyBatch::paused, this, &BatchRunner::onPaused);
    connect(m_batch, &KeyBatch::resumed, this, [this] {
        m_pausedSecondsLeft = 0;
        updatePaused();
        showProgress();
    });
    connect(m_batch, &KeyBatch::finished, this, &BatchRunner::onFinished);
    m_batchDone = false;
    m_progress->setRange(0, int(ids.size()));
    m_progress->setValue(0);
    m_progress->setVisible(true);
    m_done = m_failed = 0;
    m_left = int(ids.size());
    showProgress();
    emit started(operation, int(ids.size()));
    m_batch->start();
    return true;
}

void BatchRunner::cancel()
{
    if (!m_batch)
        return;
    m_cancelButton->setEnabled(false);
    // May finish the batch at once, when nothing is in flight.
    m_batch->cancel();
}

void BatchRunner::onKeyFinished(const RevokeOutcome &answered)
{
    ApiKey key = m_keys.value(answered.keyId.toLower());
    if (key.id.isEmpty())
        key.id = answered.keyId;
    const RevokeOutcome outcome = explainRefusal(answered, key);
    if (m_recorder)
        m_recorder->enqueue(outcome, m_admin.portal(), m_admin.profile, m_admin.actor, key.name,
                            key.keyPostfix);
    m_pending.append({outcome, key});
    if (!m_flushTimer.isActive())
        m_flushTimer.start();
}

RevokeOutcome BatchRunner::explainRefusal(RevokeOutcome outcome, const ApiKey &key)
{
    // The portal answers a bare `false` both for an expired key and for someone else's: the list
    // tells which, so say the one that applies.
    if (outcome.kind != OutcomeKind::Refused || outcome.operation == KeyOperation::Revoke ||
        !key.isExpiredAt(QDateTime::currentDateTimeUtc()))
        return outcome;
    const QString when = LocalDates::day(key.expiresAt);
    outcome.sentence =
        outcome.operation == KeyOperation::Activate
            ? tr("This key expired on %1 and cannot be reactivated: the portal refuses every "
                 "change to an expired key. To let what used it work again, create a new key "
                 "(Keys menu) and give it the new secret; then revoke this one.")
                  .arg(when)
            : tr("This key expired on %1 and no longer works; the portal refuses every change "
                 "to an expired key, so it cannot be deactivated. Revoke it to remove it.")
                  .arg(when);
    return outcome;
}

void BatchRunner::flush()
{
    m_flushTimer.stop();
    if (m_pending.isEmpty())
        return;
    QList<QPair<RevokeOutcome, ApiKey>> pending = std::exchange(m_pending, {});
    if (!m_recorder) {
        show(pending);
        return;
    }
    // One group for the bunch, written on the recorder's thread; shown by onDurable().
    const quint64 ticket = m_recorder->submitCollected();
    m_unshown.append({ticket, std::move(pending)});
    // Already reported (a synchronous write of someone else's took it along): show it now.
    if (ticket <= m_recorder->durableTicket())
        onDurable(m_recorder->durableTicket(), m_recorder->lastError().isEmpty());
}

void BatchRunner::onDurable(quint64 ticket, bool ok)
{
    bool reported = false;
    while (!m_unshown.isEmpty() && m_unshown.first().ticket <= ticket) {
        const Bunch bunch = m_unshown.takeFirst();
        if (!ok && !std::exchange(reported, true))
            emit recordFailed(m_recorder->lastError());
        show(bunch.outcomes);
    }
    finishWhenShown();
}

void BatchRunner::show(const QList<QPair<RevokeOutcome, ApiKey>> &outcomes)
{
    m_toShow += outcomes;
    if (!m_showTimer.isActive())
        showSome();
}

void BatchRunner::showSome()
{
    const QList<QPair<RevokeOutcome, ApiKey>> pending = m_toShow.mid(0, ShownPerTurn);
    if (pending.isEmpty())
        return;
    m_toShow.remove(0, pending.size());
    if (!m_toShow.isEmpty())
        m_showTimer.start(); // the rest after the window had its turn
    QList<RevokeOutcome> named;
    named.reserve(pending.size());
    for (const auto &[outcome, key] : pending) {
        emit keyFinished(outcome, key);
        RevokeOutcome withName = outcome;
        withName.keyName = key.name;
        withName.keyPostfix = key.keyPostfix;
        named << withName;
    }
    emit outcomesReady(named, m_admin.portal());
    finishWhenShown();
}

void BatchRunner::onProgress(int done, int failed, int left)
{
    m_done = done;
    m_failed = failed;
    m_left = left;
    if (!m_progressTimer.isActive())
        m_progressTimer.start();
}

void BatchRunner::showProgress()
{
    m_progress->setValue(m_done);
    QString text = tr("%1 done, %2 failed, %3 left").arg(m_done).arg(m_failed).arg(m_left);
    if (m_pausedSecondsLeft > 0) {
        // The same countdown as the pause label: one number, not two that disagree.
        text +=
            QStringLiteral(" · ") + tr("paused, resuming in %n s", nullptr, m_pausedSecondsLeft);
    } else if (m_batch && m_left > 0) {
        const qint64 ms = m_batch->estimatedMsLeft();
        if (ms >= 0)
            text += QStringLiteral(" · ") + timeLeft(ms);
    }
    // The format is shown as it is apart from %p, %v and %m, which none of this contains.
    m_progress->setFormat(text);
    Accessible::setDescription(m_progress, text);
    m_cancelButton->setEnabled(m_batch && m_left > 0);
}

void BatchRunner::onPaused(int seconds)
{
    m_pausedSecondsLeft = seconds;
    m_pauseCountdown.start();
    updatePaused();
}

void BatchRunner::updatePaused()
{
    if (m_pausedSecondsLeft <= 0) {
        m_pauseCountdown.stop();
        m_pausedLabel->setVisible(false);
        return;
    }
    QPalette palette = m_pausedLabel->palette();
    palette.setColor(QPalette::WindowText,
                     OutcomeStyle::color(OutcomeStyle::Severity::Warning, this->palette()));
    m_pausedLabel->setPalette(palette);
    m_pausedLabel->setText(tr("Rate limited: paused for %n s.", nullptr, m_pausedSecondsLeft));
    m_pausedLabel->setToolTip(tr("The portal asked to slow down; the batch resumes by itself."));
    m_pausedLabel->setVisible(true);
    if (isRunning())
        showProgress();
}

void BatchRunner::onFinished(const BatchSummary &summary)
{
    m_summary = summary;
    m_batchDone = true;
    flush();
    finishWhenShown();
}

void BatchRunner::finishWhenShown()
{
    if (!m_batchDone || !m_pending.isEmpty() || !m_unshown.isEmpty() || !m_toShow.isEmpty())
        return;
    m_batchDone = false;
    const KeyOperation operation = m_batch ? m_batch->operation() : KeyOperation::Revoke;
    m_progressTimer.stop();
    if (m_batch)
        m_batch->deleteLater();
    m_batch.clear();
    m_keys.clear();
    m_pausedSecondsLeft = 0;
    updatePaused();
    m_progress->setVisible(false);
    m_cancelButton->setEnabled(false);
    emit finished(m_summary, operation);
}
