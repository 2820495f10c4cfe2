// Time from process start to the main window's first paint, for DocSpace Keys and for a bare
// Qt Widgets window, interleaved in one run; and the app's idle memory once shown.
// Targets: startup within 3x of the bare window; idle RSS under 50 MB.
#include "benchutil.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QProcessEnvironment>
#include <QThread>

namespace {
struct Launch
{
    double msToShown = -1;
    qint64 idleRssKib = -1;
};

Launch launch(const QString &program)
{
    QProcess process;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("DSK_BENCH_REPORT_SHOWN"), QStringLiteral("1"));
    if (env.value(QStringLiteral("DISPLAY")).isEmpty() &&
        env.value(QStringLiteral("WAYLAND_DISPLAY")).isEmpty())
        env.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("offscreen"));
    process.setProcessEnvironment(env);
    process.setStandardErrorFile(QProcess::nullDevice()); // Qt platform chatter

    Launch result;
    QElapsedTimer timer;
    timer.start();
    process.start(program, {});
    while (process.state() != QProcess::NotRunning && timer.elapsed() < 20000) {
        if (process.waitForReadyRead(50) && process.readAll().contains("shown")) {
            result.msToShown = double(timer.nsecsElapsed()) / 1e6;
            break;
        }
    }
    if (result.msToShown >= 0) {
        QThread::msleep(500); // let it settle: idle memory, not start-up peaks
        result.idleRssKib = Bench::rssKib(process.processId());
    }
    process.kill();
    process.waitForFinished(5000);
    return result;
}
} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    const int rounds = qEnvironmentVariableIntValue("BENCH_ROUNDS") > 0
                           ? qEnvironmentVariableIntValue("BENCH_ROUNDS")
                           : 15;
    QList<double> bare, dsk;
    QList<double> rss;
    launch(QStringLiteral(DSK_BARE_PATH)); // warm the file cache for both
    launch(QStringLiteral(DSK_APP_PATH));
    for (int i = 0; i < rounds; ++i) {
        const Launch b = launch(QStringLiteral(DSK_BARE_PATH));
        const Launch a = launch(QStringLiteral(DSK_APP_PATH));
        if (b.msToShown < 0 || a.msToShown < 0) {
            Bench::out() << "bench_startup: a window never reported being shown\n";
            return 2;
        }
        bare << b.msToShown;
        dsk << a.msToShown;
        rss << double(a.idleRssKib) / 1024.0;
    }
    const double ratio = Bench::median(dsk) / Bench::median(bare);
    const double rssMb = Bench::median(rss);
    const bool ok = ratio <= 3.0 && rssMb < 50.0;
    Bench::out()
        << QStringLiteral("startup to first paint, median of %1 interleaved runs:\n").arg(rounds)
        << QStringLiteral("  bare Qt Widgets window  %1 ms\n").arg(Bench::median(bare), 0, 'f', 1)
        << QStringLiteral("  docspace-keys           %1 ms\n").arg(Bench::median(dsk), 0, 'f', 1)
        << QStringLiteral("  ratio                   %1x (target <= 3x)\n").arg(ratio, 0, 'f', 2)
        << QStringLiteral("  idle RSS                %1 MB (target < 50 MB)\n")
               .arg(rssMb, 0, 'f', 1)
        << (ok ? "bench_startup: within targets\n" : "bench_startup: TARGET MISSED\n");
    return ok ? 0 : 1;
}
