// The history under a batch's load, with the durability rule kept (a record is on disk, fsynced,
// before its outcome may be shown): records per second appended
//  - by the CLI's path: HistoryRecorder("cli"), outcomes submitted as they come, printed on
//    durable() (group commit on the writer thread; the event loop never waits on the disk);
//  - by the window's path: HistoryRecorder("gui"), collected per bunch, submitted as one group,
//    the bunch shown on durable() (BatchRunner's way; the event loop never waits on the disk);
//  - against the baseline measured in the same run: one lock, one write, one fsync per record
//    on the calling thread (the seed's way, HistoryLog::append per outcome).
// Also the longest the submitting (event-loop) thread was held by one call, for each path.
// Target: each path at least 10x the per-record way. The longest hold is printed, not judged:
// on a loaded machine one call can be descheduled for longer than the disk takes.
#include "benchtarget.h"
#include "historyrecorder.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QTemporaryDir>
#include <QTimer>

namespace {
constexpr int kRecords = 2000;
constexpr int kBunch = 25; // the window shows (and so flushes) outcomes in bunches

RevokeOutcome outcome(int i)
{
    RevokeOutcome o;
    o.kind = OutcomeKind::Revoked;
    o.keyId = QStringLiteral("00000000-0000-4000-8000-%1").arg(i, 12, 10, QLatin1Char('0'));
    o.httpStatus = 200;
    o.sentence = QStringLiteral("Revoked. The key no longer works.");
    o.finishedAt = QDateTime::currentDateTime();
    return o;
}

struct Result
{
    double perSecond = 0;
    double worstHoldMs = 0;
    int syncs = 0;
};
} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QTemporaryDir dir(QDir::currentPath() + QStringLiteral("/bench-history-XXXXXX"));
    const QString portal = QStringLiteral("https://portal.example.com");

    // Baseline: one record, one lock, one fsync, on the caller's thread.
    Result baseline;
    {
        HistoryLog log(dir.filePath(QStringLiteral("baseline.jsonl")));
        const int n = kRecords / 4; // slow: a quarter is plenty to measure
        QElapsedTimer total;
        total.start();
        for (int i = 0; i < n; ++i) {
            QElapsedTimer one;
            one.start();
            QString error;
            if (!log.append(
                    HistoryRecord::fromOutcome(outcome(i), portal, {}, QStringLiteral("cli")),
                    &error)) {
                Bench::out() << "bench_history: " << error << '\n';
                return 2;
            }
            baseline.worstHoldMs = qMax(baseline.worstHoldMs, double(one.nsecsElapsed()) / 1e6);
        }
        baseline.perSecond = n / (double(total.nsecsElapsed()) / 1e9);
        baseline.syncs = n;
    }

    // The CLI: submit as outcomes come, print on durable().
    Result cli;
    {
        HistoryRecorder recorder(dir.filePath(QStringLiteral("cli.jsonl")), QStringLiteral("cli"));
        QEventLoop loop;
        quint64 last = 0;
        QObject::connect(&recorder, &HistoryRecorder::durable, &loop, [&](quint64 ticket) {
            if (ticket >= kRecords)
                loop.quit();
        });
        QElapsedTimer total;
        total.start();
        // Outcomes arrive from the network a few at a time; the loop keeps running in between.
        int next = 0;
        QTimer feeder;
        feeder.setInterval(0);
        QObject::connect(&feeder, &QTimer::timeout, &loop, [&] {
            for (int k = 0; k < 5 && next < kRecords; ++k) {
                QElapsedTimer one;
                one.start();
                last = recorder.submit(outcome(next++), portal, {}, QStringLiteral("Alice"),
                                       QStringLiteral("CI pipeline"), QStringLiteral("ab12"));
                cli.worstHoldMs = qMax(cli.worstHoldMs, double(one.nsecsElapsed()) / 1e6);
            }
            if (next == kRecords)
                feeder.stop();
        });
        feeder.start();
        QTimer::singleShot(120000, &loop, &QEventLoop::quit);
        loop.exec();
        cli.perSecond = kRecords / (double(total.nsecsElapsed()) / 1e9);
        cli.syncs = recorder.groupsWritten();
        if (recorder.durableTicket() < last) {
            Bench::out() << "bench_history: the CLI path did not finish\n";
            return 2;
        }
    }

    // The window: collected per bunch, each bunch submitted as one group and shown on durable()
    // (BatchRunner's way), the event loop running in between.
    Result gui;
    {
        HistoryRecorder recorder(dir.filePath(QStringLiteral("gui.jsonl")), QStringLiteral("gui"));
        QEventLoop loop;
        bool failed = false;
        QObject::connect(&recorder, &HistoryRecorder::durable, &loop, [&](quint64 ticket, bool ok) {
            failed = failed || !ok;
            if (ticket >= kRecords || !ok)
                loop.quit();
        });
        QElapsedTimer total;
        total.start();
        int next = 0;
        QTimer bunches;
        bunches.setInterval(0);
        QObject::connect(&bunches, &QTimer::timeout, &loop, [&] {
            QElapsedTimer one;
            one.start();
            for (const int end = qMin(kRecords, next + kBunch); next < end; ++next)
                recorder.enqueue(outcome(next), portal, {}, QStringLiteral("Alice"),
                                 QStringLiteral("CI pipeline"), QStringLiteral("ab12"));
            recorder.submitCollected();
            gui.worstHoldMs = qMax(gui.worstHoldMs, double(one.nsecsElapsed()) / 1e6);
            if (next == kRecords)
                bunches.stop();
        });
        bunches.start();
        QTimer::singleShot(120000, &loop, &QEventLoop::quit);
        loop.exec();
        gui.perSecond = kRecords / (double(total.nsecsElapsed()) / 1e9);
        gui.syncs = recorder.groupsWritten();
        if (failed || recorder.durableTicket() < quint64(kRecords)) {
            Bench::out() << "bench_history: the window path did not finish " << recorder.lastError()
                         << '\n';
            return 2;
        }
    }

    // Every record is there, in each file.
    for (const QString &name : {QStringLiteral("cli.jsonl"), QStringLiteral("gui.jsonl")}) {
        const HistoryLog::ReadResult read = HistoryLog(dir.filePath(name)).read();
        if (read.records.size() != kRecords || !read.warnings.isEmpty()) {
            Bench::out() << "bench_history: " << name << " holds " << read.records.size()
                         << " records\n";
            return 2;
        }
    }

    const auto line = [](const char *what, const Result &r, int records) {
        return QStringLiteral("  %1 %2 records/s, %3 syncs for %4 records, longest hold of the "
                              "calling thread %5 ms\n")
            .arg(QLatin1String(what))
            .arg(r.perSecond, 8, 'f', 0)
            .arg(r.syncs)
            .arg(records)
            .arg(r.worstHoldMs, 0, 'f', 2);
    };
    Bench::out() << "History appends, every record fsynced before it may be shown (" << kRecords
                 << " records, " << dir.path() << "):\n"
                 << line("per record (seed's way)", baseline, kRecords / 4)
                 << line("CLI, group commit      ", cli, kRecords)
                 << line("window, bunches of 25  ", gui, kRecords)
                 << QStringLiteral(
                        "  CLI against per record: %1x; window against per record: %2x\n")
                        .arg(cli.perSecond / baseline.perSecond, 0, 'f', 1)
                        .arg(gui.perSecond / baseline.perSecond, 0, 'f', 1);
    bool ok = Bench::target("bench_history", QStringLiteral("CLI path against per record"),
                            cli.perSecond / baseline.perSecond, Bench::Goal::AtLeast, 10,
                            QStringLiteral("x"), 1);
    ok = Bench::target("bench_history", QStringLiteral("window path against per record"),
                       gui.perSecond / baseline.perSecond, Bench::Goal::AtLeast, 10,
                       QStringLiteral("x"), 1) &&
         ok;
    Bench::out() << (ok ? "bench_history: within targets\n" : "bench_history: TARGET MISSED\n");
    Bench::out().flush();
    return ok ? 0 : 1;
}
