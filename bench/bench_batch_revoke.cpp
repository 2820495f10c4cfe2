// 200 revocations against a portal 50 ms away (the sandbox with added latency):
// docspace-keys-cli (the adaptive batch, no --concurrency: over HTTP/1.1 it may use the 6
// connections Qt opens to one host) against the seed's approach, a sequential loop of single
// DELETEs in one Python process, interleaved in one run on fresh keys each time.
// Targets: at least 5x faster than the loop, within 1.15x of the 6-way ideal N x latency / 6.
#include "benchtarget.h"

#include <QCoreApplication>
#include <QStandardPaths>
#include <QTemporaryDir>

namespace {
constexpr int kKeys = 200;
constexpr int kLatencyMs = 50;
constexpr int kConcurrency = 6;

// The seed's approach, not its code: one process, one DELETE after another, raw token.
const char *kSequentialLoop = R"PY(
import sys, requests
host, token, ids_file = sys.argv[1], sys.argv[2], sys.argv[3]
headers = {"Authorization": token}
ok = 0
for key_id in open(ids_file).read().split():
    response = requests.delete(f"{host}/api/2.0/keys/{key_id}", headers=headers)
    if response.status_code == 200 and response.json().get("response") is True:
        ok += 1
print(f"deleted {ok}")
)PY";
} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    const QString python = QFile::exists(QStringLiteral("/usr/bin/python3"))
                               ? QStringLiteral("/usr/bin/python3")
                               : QStandardPaths::findExecutable(QStringLiteral("python3"));
    const int rounds = qEnvironmentVariableIntValue("BENCH_ROUNDS") > 0
                           ? qEnvironmentVariableIntValue("BENCH_ROUNDS")
                           : 2;

    QTemporaryDir dir;
    Bench::SandboxProcess sandbox;
    if (!sandbox.start(dir.filePath(QStringLiteral("sandbox.json")),
                       {QStringLiteral("--seed-keys"), QString::number(2 * kKeys * rounds + 20),
                        QStringLiteral("--latency-ms"), QString::number(kLatencyMs)})) {
        Bench::out() << "bench_batch_revoke: the sandbox did not start\n";
        return 2;
    }
    const QString portal = sandbox.portal;
    const QString sessionToken = sandbox.ownerSessionToken;
    const QStringList ids = sandbox.generatedIds;
    if (ids.size() < 2 * kKeys * rounds) {
        Bench::out() << "bench_batch_revoke: unexpected sandbox info\n";
        return 2;
    }

    QFile script(dir.filePath(QStringLiteral("sequential_loop.py")));
    script.open(QIODevice::WriteOnly);
    script.write(kSequentialLoop);
    script.close();
    QProcessEnvironment env = Bench::withToken(sessionToken);
    // The CLI's history goes to this run's folder, not the user's (and starts empty each run).
    env.insert(QStringLiteral("XDG_DATA_HOME"), dir.filePath(QStringLiteral("data")));

    QList<double> loopMs, cliMs;
    for (int round = 0; round < rounds; ++round) {
        const QStringList forLoop = ids.mid(2 * kKeys * round, kKeys);
        const QStringList forCli = ids.mid(2 * kKeys * round + kKeys, kKeys);
        QFile list(dir.filePath(QStringLiteral("ids.txt")));
        list.open(QIODevice::WriteOnly);
        list.write(forLoop.join(QLatin1Char('\n')).toUtf8());
        list.close();
        // The loop gets the token on its command line as the seed's samples do (in the file);
        // it is a demo token of the sandbox.
        loopMs << Bench::timedRun(python,
                                  {script.fileName(), portal, sessionToken, list.fileName()}, env,
                                  {}, "deleted 200", 1);
        cliMs << Bench::timedRun(QStringLiteral(DSK_CLI_PATH),
                                 {QStringLiteral("revoke"), QStringLiteral("--portal"), portal,
                                  QStringLiteral("--yes"), QStringLiteral("-")},
                                 env, forCli.join(QLatin1Char('\n')).toUtf8(), "  revoked  ",
                                 kKeys);
        if (loopMs.last() < 0 || cliMs.last() < 0)
            return 2;
    }
    sandbox.stop();

    const double ideal = double(kKeys) * kLatencyMs / kConcurrency;
    const double loop = Bench::median(loopMs);
    const double cli = Bench::median(cliMs);
    Bench::out() << QStringLiteral(
                        "%1 revocations, %2 ms latency, median of %3 interleaved runs:\n")
                        .arg(kKeys)
                        .arg(kLatencyMs)
                        .arg(rounds)
                 << QStringLiteral("  sequential Python loop (seed)   %1 ms\n").arg(loop, 0, 'f', 0)
                 << QStringLiteral("  docspace-keys-cli, adaptive     %1 ms\n").arg(cli, 0, 'f', 0)
                 << QStringLiteral("  ideal N x latency / %1          %2 ms\n")
                        .arg(kConcurrency)
                        .arg(ideal, 0, 'f', 0)
                 << QStringLiteral("  speed-up over the loop          %1x (target >= 5x)\n")
                        .arg(loop / cli, 0, 'f', 2)
                 << QStringLiteral("  against the 6-way ideal         %1x (target <= 1.15x)\n")
                        .arg(cli / ideal, 0, 'f', 2);
    bool ok = Bench::target("bench_batch_revoke",
                            QStringLiteral("200 keys over HTTP/1.1, speed-up over the seed's loop"),
                            loop / cli, Bench::Goal::AtLeast, 5.0);
    ok = Bench::target("bench_batch_revoke",
                       QStringLiteral("200 keys over HTTP/1.1, against the 6-way ideal"),
                       cli / ideal, Bench::Goal::AtMost, 1.15) &&
         ok;
    Bench::out() << (ok ? "bench_batch_revoke: within targets\n"
                        : "bench_batch_revoke: TARGET MISSED\n");
    return ok ? 0 : 1;
}
