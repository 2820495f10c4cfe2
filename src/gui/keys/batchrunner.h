#pragma once

#include "adminconnection.h"
#include "apikey.h"
#include "keybatch.h"
#include "revokeoutcome.h"

#include <QHash>
#include <QPointer>
#include <QTimer>
#include <QWidget>

class HistoryRecorder;
class QLabel;
class QProgressBar;
class QPushButton;

// The one way the window runs a batch of key changes (the key list, the Report, the
// leaked-secret dialog, a paste): core's KeyBatch with a progress bar, Cancel and the
// rate-limit pause, whose one countdown is what both the pause label and the progress text
// show. Outcomes are written to the history in bunches (HistoryRecorder's group commit, on its
// writer thread) and handed on (keyFinished, outcomesReady) only when the recorder reports the
// bunch durable: nothing is shown that is not recorded first, and the event loop never waits on
// the disk. finished() follows the last bunch shown.
class BatchRunner : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(BatchRunner)

public:
    static constexpr int Concurrency = KeyBatch::DefaultConcurrency;
    static constexpr int FlushIntervalMs = 50;
    // Outcomes handed on per turn of the event loop: a thousand at once (a cancelled batch)
    // would hold the window for that long.
    static constexpr int ShownPerTurn = 100;

    // `objectPrefix` names the parts: <prefix>Progress, <prefix>CancelButton, <prefix>PausedLabel.
    explicit BatchRunner(const QString &objectPrefix, QWidget *parent = nullptr);
    ~BatchRunner() override;

    // May be null (nothing recorded); must outlive the runner.
    void setRecorder(HistoryRecorder *recorder);

    // Sends `operation` for these keys with `admin`'s connection; `keys` name the outcomes and
    // the history records. False when a batch runs or there is nothing to do.
    bool start(const AdminConnection &admin, KeyOperation operation, const QList<ApiKey> &keys);
    void cancel();

    // Until finished(): also while the last outcomes are on their way to the disk.
    bool isRunning() const { return !m_batch.isNull(); }
    KeyBatch *batch() const { return m_batch; }
    QString portal() const { return m_admin.portal(); }
    QProgressBar *progressBar() const { return m_progress; }
    QPushButton *cancelButton() const { return m_cancelButton; }
    QLabel *pausedLabel() const { return m_pausedLabel; }

signals:
    void started(KeyOperation operation, int count);
    // One key is done and already in the history (or the history said why not).
    void keyFinished(const RevokeOutcome &outcome, const ApiKey &key);
    // A bunch of outcomes, with the key's name and ending, recorded: for the status panel.
    void outcomesReady(const QList<RevokeOutcome> &outcomes, const QString &portal);
    void recordFailed(const QString &message);
    void finished(const BatchSummary &summary, KeyOperation operation);

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslate();
    void onKeyFinished(const RevokeOutcome &outcome);
    void onProgress(int done, int failed, int left);
    void showProgress();
    void onPaused(int seconds);
    void updatePaused();
    void flush();
    void onDurable(quint64 ticket, bool ok);
    void show(const QList<QPair<RevokeOutcome, ApiKey>> &outcomes);
    void showSome();
    void onFinished(const BatchSummary &summary);
    void finishWhenShown();

    HistoryRecorder *m_recorder = nullptr;
    AdminConnection m_admin;
    QHash<QString, ApiKey> m_keys; // id (lower case) -> key, while a batch runs
    QPointer<KeyBatch> m_batch;
    QProgressBar *m_progress;
    QPushButton *m_cancelButton;
    QLabel *m_pausedLabel;

    QList<QPair<RevokeOutcome, ApiKey>> m_pending; // not yet submitted to the recorder
    struct Bunch
    {
        quint64 ticket = 0; // the recorder's ticket of its last record
        QList<QPair<RevokeOutcome, ApiKey>> outcomes;
    };
    QList<Bunch> m_unshown;                       // submitted, shown once durable, oldest first
    QList<QPair<RevokeOutcome, ApiKey>> m_toShow; // durable, handed on ShownPerTurn at a time
    QTimer m_showTimer;
    bool m_batchDone = false;
    BatchSummary m_summary;
    QTimer m_flushTimer;
    QTimer m_progressTimer;
    int m_done = 0;
    int m_failed = 0;
    int m_left = 0;
    QTimer m_pauseCountdown;
    int m_pausedSecondsLeft = 0;
};
