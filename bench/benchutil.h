#pragma once

#include <QElapsedTimer>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QList>
#include <QProcess>
#include <QProcessEnvironment>
#include <QTextStream>
#include <QThread>
#include <QUrl>

#include <algorithm>

namespace Bench {

inline double median(QList<double> values)
{
    if (values.isEmpty())
        return 0;
    std::sort(values.begin(), values.end());
    const auto n = values.size();
    return n % 2 ? values[n / 2] : (values[n / 2 - 1] + values[n / 2]) / 2;
}

// Resident memory of a running process in KiB, from /proc (Linux); -1 elsewhere.
inline qint64 rssKib(qint64 pid)
{
    QFile status(QStringLiteral("/proc/%1/status").arg(pid));
    if (!status.open(QIODevice::ReadOnly))
        return -1;
    const QList<QByteArray> lines = status.readAll().split('\n');
    for (const QByteArray &line : lines) {
        if (line.startsWith("VmRSS:"))
            return line.mid(6).trimmed().split(' ').value(0).toLongLong();
    }
    return -1;
}

inline QTextStream &out()
{
    static QTextStream stream(stdout);
    return stream;
}

// A child process, timed in milliseconds; -1 when its standard output does not hold
// `mustContain` exactly `count` times (then both outputs are shown).
inline double timedRun(const QString &program, const QStringList &args,
                       const QProcessEnvironment &env, const QByteArray &input,
                       const QByteArray &mustContain, int count, int timeoutMs = 600000)
{
    QProcess process;
    process.setProcessEnvironment(env);
    QElapsedTimer timer;
    timer.start();
    process.start(program, args);
    process.write(input);
    process.closeWriteChannel();
    process.waitForFinished(timeoutMs);
    const double ms = double(timer.nsecsElapsed()) / 1e6;
    const QByteArray output = process.readAllStandardOutput();
    if (output.count(mustContain) != count) {
        out() << "unexpected output from " << program << ":\n"
              << output.left(2000) << process.readAllStandardError().left(2000) << '\n';
        return -1;
    }
    return ms;
}

// The environment with DOCSPACE_TOKEN set, for the CLI.
inline QProcessEnvironment withToken(const QString &token)
{
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("DOCSPACE_TOKEN"), token);
    return env;
}

#ifdef DSK_SANDBOX_PATH
// The sandbox portal in a process of its own, as the benchmarks start it: HTTP on a free loopback
// port, no per-minute limit, and `extra` flags (latency, seeded keys, write limits). What it
// seeded comes back from its info file: the owner's session token and the generated keys.
struct SandboxProcess
{
    QProcess process;
    QString portal; // http://127.0.0.1:PORT
    quint16 httpPort = 0;
    QString ownerSessionToken;
    QStringList generatedIds; // the keys --seed-keys made

    SandboxProcess() = default;
    SandboxProcess(const SandboxProcess &) = delete;
    SandboxProcess &operator=(const SandboxProcess &) = delete;
    ~SandboxProcess() { stop(); }

    bool start(const QString &infoPath, const QStringList &extra)
    {
        QFile::remove(infoPath);
        process.setProcessChannelMode(QProcess::ForwardedErrorChannel);
        process.start(QStringLiteral(DSK_SANDBOX_PATH),
                      QStringList{QStringLiteral("--http-port"), QStringLiteral("0"),
                                  QStringLiteral("--no-https"), QStringLiteral("--quiet"),
                                  QStringLiteral("--rate-per-minute"), QStringLiteral("0"),
                                  QStringLiteral("--info-file"), infoPath} +
                          extra);
        QFile infoFile(infoPath);
        for (int i = 0; i < 600 && !(infoFile.exists() && infoFile.size() > 0); ++i)
            QThread::msleep(50);
        if (!infoFile.open(QIODevice::ReadOnly))
            return false;
        const QJsonObject info = QJsonDocument::fromJson(infoFile.readAll()).object();
        portal = info.value(QStringLiteral("httpUrl")).toString();
        httpPort = quint16(QUrl(portal).port());
        for (const QJsonValue &user : info.value(QStringLiteral("users")).toArray()) {
            if (user.toObject().value(QStringLiteral("role")).toString() == QLatin1String("owner"))
                ownerSessionToken =
                    user.toObject().value(QStringLiteral("sessionToken")).toString();
        }
        for (const QJsonValue &value : info.value(QStringLiteral("keys")).toArray()) {
            const QJsonObject key = value.toObject();
            if (key.value(QStringLiteral("name")).toString().startsWith(QLatin1String("Generated")))
                generatedIds << key.value(QStringLiteral("id")).toString();
        }
        return !portal.isEmpty() && !ownerSessionToken.isEmpty();
    }

    void stop()
    {
        if (process.state() == QProcess::NotRunning)
            return;
        process.terminate();
        if (!process.waitForFinished(10000)) {
            process.kill();
            process.waitForFinished(5000);
        }
    }
};
#endif

} // namespace Bench
