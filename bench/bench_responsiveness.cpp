// The window stays responsive while it runs a 1,000-key batch against a portal 20 ms away (the
// sandbox as its own process): a 5 ms timer ticks throughout, and the longest gap between two
// ticks is the longest the event loop was blocked. Then the same with Cancel after 100 keys,
// when the other 900 are reported cancelled at once (run first).
// Target: no stall over 50 ms; the batch time is printed against the ideal N x latency / 6.
#include "bench_keylist_common.h"
#include "benchtarget.h"

#include "keylistmodel.h"
#include "keysview.h"
#include "statusmodel.h"
#include "statuspanel.h"

#include <QLabel>
#include <QTimer>

namespace {
constexpr int kKeys = 1000;
constexpr int kLatencyMs = 20;
// Enough for a cancelled batch and then a full one. More would not list: the client reads at
// most 1 MiB of answer, about 1,300 keys.
constexpr int kSeededKeys = 1250;

struct Run
{
    double batchMs = 0;
    double worstStallMs = 0;
    int revoked = 0;
    int cancelled = 0;
    QString summary;
};

// Revokes the first `count` generated keys; cancels after `cancelAfter` if that is >= 0.
bool runBatch(KeysView *keys, StatusPanel *status, int count, int cancelAfter, Run *run)
{
    QStringList ids;
    for (const ApiKey &key : keys->model()->keys()) {
        if (key.name.startsWith(QLatin1String("Generated")) && ids.size() < count)
            ids << key.id;
    }
    if (ids.size() < count)
        return false;
    const int statusBefore = status->model()->rowCount();

    QElapsedTimer sinceTick;
    double worst = 0;
    QTimer ticker;
    ticker.setTimerType(Qt::PreciseTimer);
    ticker.setInterval(5);
    QObject::connect(&ticker, &QTimer::timeout, [&] {
        worst = qMax(worst, double(sinceTick.nsecsElapsed()) / 1e6);
        sinceTick.restart();
    });
    QElapsedTimer clock;
    clock.start();
    sinceTick.start();
    ticker.start();
    if (!keys->startBatch(KeyOperation::Revoke, ids))
        return false;
    if (cancelAfter >= 0) {
        Bench::waitUntil([&] { return !keys->batch() || keys->batch()->done() >= cancelAfter; },
                         120000);
        keys->cancelBatch();
    }
    // The batch, and the refresh of the list after it.
    Bench::waitUntil([&] { return !keys->isBatchRunning(); }, 300000);
    run->batchMs = double(clock.nsecsElapsed()) / 1e6;
    Bench::waitUntil([&] { return !keys->isLoading(); }, 60000);
    for (int i = 0; i < 20; ++i) // let the last outcomes and the refreshed list paint
        QCoreApplication::processEvents(QEventLoop::AllEvents, 5);
    ticker.stop();
    run->worstStallMs = worst;
    StatusModel *model = status->model();
    for (int row = 0; row < model->rowCount() - statusBefore; ++row) {
        const QString kind = model->index(row).data(StatusModel::KindNameRole).toString();
        run->revoked += kind == QLatin1String("revoked");
        run->cancelled += kind == QLatin1String("cancelled");
    }
    run->summary = keys->findChild<QLabel *>(QStringLiteral("batchSummary"))->text();
    return true;
}
} // namespace

int main(int argc, char *argv[])
{
    Bench::useOffscreenWithoutDisplay();
    QApplication app(argc, argv);
    QTemporaryDir dir;
    Bench::Sandbox sandbox;
    if (!Bench::startSandbox(&sandbox, dir,
                             {QStringLiteral("--seed-keys"), QString::number(kSeededKeys),
                              QStringLiteral("--latency-ms"), QString::number(kLatencyMs)})) {
        Bench::out() << "bench_responsiveness: the sandbox did not start\n";
        return 2;
    }
    Bench::Window appWindow(dir);
    MainWindow *window = appWindow.window.get();
    window->setPortalAddress(sandbox.portal);
    window->setToken(sandbox.ownerSessionToken);
    KeysView *keys = window->keysView();
    StatusPanel *status = window->findChild<StatusPanel *>(QStringLiteral("statusPanel"));
    keys->refresh();
    Bench::waitUntil([keys] { return !keys->isLoading(); }, 60000);
    if (keys->model()->rowCount() < kSeededKeys) {
        Bench::out() << "bench_responsiveness: the keys were not listed ("
                     << keys->model()->rowCount() << " rows; "
                     << keys->findChild<QLabel *>(QStringLiteral("keysProblem"))->text() << ")\n";
        return 2;
    }

    Run full;
    Run cancelled;
    if (!runBatch(keys, status, kKeys, 100, &cancelled) ||
        !runBatch(keys, status, kKeys, -1, &full)) {
        Bench::out() << "bench_responsiveness: a batch did not start\n";
        return 2;
    }
    const double idealMs = double(kKeys) * kLatencyMs / KeysView::BatchConcurrency;
    const bool allReported =
        full.revoked == kKeys && cancelled.revoked + cancelled.cancelled == kKeys;
    Bench::out() << QStringLiteral(
                        "1,000-key batch in the window, %1 ms latency, concurrency %2:\n")
                        .arg(kLatencyMs)
                        .arg(KeysView::BatchConcurrency)
                 << QStringLiteral("  batch time                 %1 ms (ideal %2 ms, %3x)\n")
                        .arg(Bench::figure(full.batchMs, 0))
                        .arg(Bench::figure(idealMs, 0))
                        .arg(Bench::figure(full.batchMs / idealMs, 2))
                 << QStringLiteral("  longest event-loop stall   %1 ms (target <= 50 ms)\n")
                        .arg(Bench::figure(full.worstStallMs))
                 << QStringLiteral("  summary                    %1\n").arg(full.summary)
                 << QStringLiteral("cancelled after 100 keys:\n")
                 << QStringLiteral("  batch time                 %1 ms\n")
                        .arg(Bench::figure(cancelled.batchMs, 0))
                 << QStringLiteral("  longest event-loop stall   %1 ms (target <= 50 ms)\n")
                        .arg(Bench::figure(cancelled.worstStallMs))
                 << QStringLiteral("  summary                    %1\n").arg(cancelled.summary);
    bool ok =
        Bench::target("bench_responsiveness",
                      QStringLiteral("1,000-key batch in the window, longest event-loop stall"),
                      full.worstStallMs, Bench::Goal::AtMost, 50, QStringLiteral(" ms"), 1);
    ok = Bench::target("bench_responsiveness",
                       QStringLiteral("the same cancelled after 100 keys, longest stall"),
                       cancelled.worstStallMs, Bench::Goal::AtMost, 50, QStringLiteral(" ms"), 1) &&
         ok && allReported;
    Bench::out() << (ok ? "bench_responsiveness: within targets\n"
                        : "bench_responsiveness: TARGET MISSED\n");
    Bench::out().flush();
    sandbox.process.kill();
    sandbox.process.waitForFinished(5000);
    return ok ? 0 : 1;
}
