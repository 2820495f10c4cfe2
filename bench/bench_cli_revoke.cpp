// One revocation as a whole process on loopback: docspace-keys-cli against curl doing the same
// DELETE, interleaved in one run against the same sandbox portal. Target: within 3x of curl.
#include "benchutil.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcessEnvironment>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QThread>

namespace {
double timed(QProcess &process, const QString &program, const QStringList &args, bool *ok,
             const QByteArray &mustContain)
{
    QElapsedTimer timer;
    timer.start();
    process.start(program, args);
    process.waitForFinished(30000);
    const double ms = double(timer.nsecsElapsed()) / 1e6;
    const QByteArray output = process.readAllStandardOutput();
    *ok = process.exitStatus() == QProcess::NormalExit && process.exitCode() == 0 &&
          output.contains(mustContain);
    if (!*ok)
        Bench::out() << "unexpected result from " << program << ": " << output
                     << process.readAllStandardError() << '\n';
    return ms;
}
} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    const QString curl = QStandardPaths::findExecutable(QStringLiteral("curl"));
    if (curl.isEmpty()) {
        Bench::out() << "bench_cli_revoke: curl is not installed\n";
        return 2;
    }
    const int rounds = qEnvironmentVariableIntValue("BENCH_ROUNDS") > 0
                           ? qEnvironmentVariableIntValue("BENCH_ROUNDS")
                           : 25;

    QTemporaryDir dir;
    const QString infoPath = dir.filePath(QStringLiteral("sandbox.json"));
    QProcess sandbox;
    sandbox.setProcessChannelMode(QProcess::ForwardedErrorChannel);
    sandbox.start(QStringLiteral(DSK_SANDBOX_PATH),
                  {QStringLiteral("--http-port"), QStringLiteral("0"), QStringLiteral("--no-https"),
                   QStringLiteral("--quiet"), QStringLiteral("--seed-keys"),
                   QString::number(2 * rounds + 10), QStringLiteral("--info-file"), infoPath});
    QFile infoFile(infoPath);
    for (int i = 0; i < 100 && !(infoFile.exists() && infoFile.size() > 0); ++i)
        QThread::msleep(100);
    if (!infoFile.open(QIODevice::ReadOnly)) {
        Bench::out() << "bench_cli_revoke: the sandbox did not start\n";
        return 2;
    }
    const QJsonObject info = QJsonDocument::fromJson(infoFile.readAll()).object();
    const QString portal = info.value(QStringLiteral("httpUrl")).toString();
    QString token;
    QStringList ids;
    for (const QJsonValue &value : info.value(QStringLiteral("keys")).toArray()) {
        const QJsonObject key = value.toObject();
        if (key.value(QStringLiteral("name")).toString() == QLatin1String("Admin console"))
            token = key.value(QStringLiteral("secret")).toString();
        else
            ids << key.value(QStringLiteral("id")).toString();
    }
    if (token.isEmpty() || ids.size() < 2 * rounds) {
        Bench::out() << "bench_cli_revoke: unexpected sandbox info\n";
        return 2;
    }

    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("DOCSPACE_TOKEN"), token);
    QProcess process;
    process.setProcessEnvironment(env);
    QList<double> curlMs, cliMs;
    bool allOk = true;
    for (int i = 0; i < rounds; ++i) {
        bool ok = false;
        // curl reads the header from a file so the token stays off the command line here too.
        QFile header(dir.filePath(QStringLiteral("auth-header")));
        header.open(QIODevice::WriteOnly);
        header.write("Authorization: Bearer " + token.toLatin1() + '\n');
        header.close();
        curlMs << timed(process, curl,
                        {QStringLiteral("-s"), QStringLiteral("-X"), QStringLiteral("DELETE"),
                         QStringLiteral("-H"), QLatin1Char('@') + header.fileName(),
                         portal + QStringLiteral("/api/2.0/keys/") + ids.takeFirst()},
                        &ok, "\"response\":true");
        allOk = allOk && ok;
        cliMs << timed(process, QStringLiteral(DSK_CLI_PATH),
                       {QStringLiteral("revoke"), QStringLiteral("--portal"), portal,
                        QStringLiteral("--yes"), ids.takeFirst()},
                       &ok, "revoked");
        allOk = allOk && ok;
    }
    sandbox.terminate();
    sandbox.waitForFinished(5000);

    const double ratio = Bench::median(cliMs) / Bench::median(curlMs);
    const bool ok = allOk && ratio <= 3.0;
    Bench::out()
        << QStringLiteral("one revocation, whole process, median of %1 interleaved runs:\n")
               .arg(rounds)
        << QStringLiteral("  curl -X DELETE          %1 ms\n").arg(Bench::median(curlMs), 0, 'f', 1)
        << QStringLiteral("  docspace-keys-cli       %1 ms\n").arg(Bench::median(cliMs), 0, 'f', 1)
        << QStringLiteral("  ratio                   %1x (target <= 3x)\n").arg(ratio, 0, 'f', 2)
        << (ok ? "bench_cli_revoke: within target\n" : "bench_cli_revoke: TARGET MISSED\n");
    return ok ? 0 : 1;
}
