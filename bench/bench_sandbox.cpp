// The sandbox portal's own budgets, moved out of the tests (issue 15, item 9):
//  1. seeding 10,000 generated keys and listing them as an administrator, in process
//     (tst_sandboxportal checks the result, this prints the time against a 10 s budget);
//  2. the memory of a running docspace-sandbox while 4 connections each send a 90 MB body
//     (the audit's attack: 741 MB on the old Qt HttpServer transport), against 64 MB.
#include "benchutil.h"
#include "sandboxportal.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QProcess>
#include <QTcpSocket>
#include <QTemporaryDir>
#include <QThread>

#include <memory>

namespace {

double seedAndListMs()
{
    QElapsedTimer timer;
    timer.start();
    PortalOptions options;
    options.seedKeys = 10000;
    SandboxPortal portal(options);
    PortalRequest request;
    request.method = "GET";
    request.path = QStringLiteral("/api/2.0/keys");
    request.headers = {{"Host", "127.0.0.1"},
                       {"Authorization", portal.info()
                                             .userByEmail(QStringLiteral("bob@sandbox.example"))
                                             ->sessionToken.toLatin1()}};
    const PortalResponse response = portal.handle(request);
    portal.finish(response.ticket);
    const int listed = response.json().value(QStringLiteral("response")).toArray().size();
    if (listed != 10013)
        Bench::out() << "  unexpected: listed " << listed << " keys\n";
    return static_cast<double>(timer.nsecsElapsed()) / 1e6;
}

qint64 peakKib(qint64 pid)
{
    QFile status(QStringLiteral("/proc/%1/status").arg(pid));
    if (!status.open(QIODevice::ReadOnly))
        return -1;
    for (const QByteArray &line : status.readAll().split('\n')) {
        if (line.startsWith("VmHWM:"))
            return line.mid(6).trimmed().split(' ').value(0).toLongLong();
    }
    return -1;
}

// Sends 4 x 90 MB bodies; returns the sandbox's peak resident memory in KiB.
qint64 bigBodyAttackPeakKib(const QString &sandboxPath)
{
    QTemporaryDir dir;
    const QString infoPath = dir.filePath(QStringLiteral("info.json"));
    QProcess sandbox;
    sandbox.start(sandboxPath,
                  {QStringLiteral("--http-port"), QStringLiteral("0"), QStringLiteral("--no-https"),
                   QStringLiteral("--quiet"), QStringLiteral("--info-file"), infoPath});
    if (!sandbox.waitForStarted(10000))
        return -1;
    QElapsedTimer started;
    started.start();
    while (!QFile::exists(infoPath) && started.elapsed() < 10000)
        sandbox.waitForReadyRead(50);
    QFile infoFile(infoPath);
    if (!infoFile.open(QIODevice::ReadOnly))
        return -1;
    const QUrl url(QJsonDocument::fromJson(infoFile.readAll())
                       .object()
                       .value(QStringLiteral("httpUrl"))
                       .toString());
    const qint64 before = peakKib(sandbox.processId());

    constexpr qint64 kBody = 90LL * 1024 * 1024;
    const QByteArray chunk(256 * 1024, 'x');
    std::vector<std::unique_ptr<QTcpSocket>> sockets;
    for (int i = 0; i < 4; ++i) {
        auto socket = std::make_unique<QTcpSocket>();
        socket->connectToHost(QHostAddress::LocalHost, static_cast<quint16>(url.port()));
        if (!socket->waitForConnected(5000))
            return -1;
        socket->write("POST /api/2.0/keys HTTP/1.1\r\nHost: 127.0.0.1\r\nContent-Type: "
                      "application/json\r\nContent-Length: " +
                      QByteArray::number(kBody) + "\r\n\r\n");
        sockets.push_back(std::move(socket));
    }
    // Push the bodies as fast as the sandbox takes them (it may refuse and close at once).
    std::vector<qint64> sent(sockets.size(), 0);
    QElapsedTimer timer;
    timer.start();
    bool anyOpen = true;
    while (anyOpen && timer.elapsed() < 60000) {
        anyOpen = false;
        for (size_t i = 0; i < sockets.size(); ++i) {
            QTcpSocket &socket = *sockets[i];
            if (socket.state() != QAbstractSocket::ConnectedState || sent[i] >= kBody)
                continue;
            anyOpen = true;
            if (socket.bytesToWrite() < 4 * chunk.size()) {
                socket.write(chunk);
                sent[i] += chunk.size();
            }
            socket.waitForBytesWritten(5);
            socket.readAll();
        }
    }
    qint64 totalSent = 0;
    for (qint64 bytes : sent)
        totalSent += bytes;
    const qint64 peak = peakKib(sandbox.processId());
    Bench::out() << "  sent " << totalSent / (1024 * 1024) << " MB of the 360 MB before the "
                 << "sandbox closed the connections; its peak RSS went " << before / 1024
                 << " MB -> " << peak / 1024 << " MB\n";
    sandbox.terminate();
    sandbox.waitForFinished(5000);
    return peak;
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    Bench::out() << "bench_sandbox\n";

    QList<double> runs;
    for (int i = 0; i < 5; ++i)
        runs << seedAndListMs();
    const double median = Bench::median(runs);
    Bench::out() << "  seed 10,000 keys + list as admin: median " << qRound(median)
                 << " ms of 5 (budget 10000 ms: " << (median < 10000 ? "within" : "OVER") << ")\n";

    // DSK_BENCH_SANDBOX=<path> measures another build (e.g. an older one) the same way.
    const qint64 peak = bigBodyAttackPeakKib(
        qEnvironmentVariable("DSK_BENCH_SANDBOX", QStringLiteral(DSK_SANDBOX_PATH)));
    if (peak < 0)
        Bench::out() << "  90 MB bodies: could not run the sandbox\n";
    else
        Bench::out() << "  4 x 90 MB bodies: peak RSS " << peak / 1024
                     << " MB (budget 64 MB: " << (peak < 64 * 1024 ? "within" : "OVER") << ")\n";
    Bench::out().flush();
    return 0;
}
