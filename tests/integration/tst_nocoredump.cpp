// A crash of docspace-keys-cli while the token is in its memory leaves no core dump: the CLI
// turns dumps off for itself (RLIMIT_CORE 0, and on Linux not dumpable) before it reads one.
// The test raises the core size limit for the child as a user with `ulimit -c unlimited` would,
// aborts it mid-request, and looks where the system's core_pattern (left as it is) would put a
// core. It also reads the child's limits from /proc while it waits for the portal's answer.
#include "processhardening.h"
#include "sandboxserver.h"

#include <QDir>
#include <QFile>
#include <QProcess>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

#include <csignal>
#include <sys/prctl.h>
#include <sys/resource.h>

namespace {
QString corePattern()
{
    QFile file(QStringLiteral("/proc/sys/kernel/core_pattern"));
    return file.open(QIODevice::ReadOnly) ? QString::fromLatin1(file.readAll()).trimmed()
                                          : QString();
}

// "Max core file size  0  0  bytes" -> {"0", "0"}
QStringList coreLimit(qint64 pid)
{
    QFile file(QStringLiteral("/proc/%1/limits").arg(pid));
    if (!file.open(QIODevice::ReadOnly))
        return {};
    for (const QByteArray &line : file.readAll().split('\n')) {
        if (line.startsWith("Max core file size")) {
            const QList<QByteArray> fields = line.mid(18).simplified().split(' ');
            return {QString::fromLatin1(fields.value(0)), QString::fromLatin1(fields.value(1))};
        }
    }
    return {};
}

// The files a core of a process would be written to, given where it ran and core_pattern;
// empty when the pattern pipes cores to a program (then only the limits can be checked).
QStringList coreCandidates(const QString &pattern, const QString &workingDir)
{
    if (pattern.isEmpty() || pattern.startsWith(QLatin1Char('|')))
        return {};
    const QString path = QDir(workingDir).filePath(pattern);
    const QDir dir = QFileInfo(path).dir();
    QStringList files;
    for (const QFileInfo &entry : dir.entryInfoList(QDir::Files | QDir::Hidden))
        files << entry.absoluteFilePath();
    return files;
}
} // namespace

class TestNoCoreDump : public QObject
{
    Q_OBJECT

private slots:
    void abortMidRequest_noCoreDumpWithTheToken_data()
    {
        QTest::addColumn<bool>("viaStdin");
        QTest::newRow("DOCSPACE_TOKEN") << false;
        QTest::newRow("--token-stdin") << true;
    }
    void abortMidRequest_noCoreDumpWithTheToken()
    {
        QFETCH(bool, viaStdin);
        SandboxServer server;
        QVERIFY(server.listen(QHostAddress::LocalHost, 0, -1));
        server.portal().setBaseLatency(120000); // the answer never comes while the test runs
        const QString token = server.info().keyByName(QStringLiteral("Admin console"))->secret;

        QTemporaryDir cwd;
        QVERIFY(cwd.isValid());
        const QString pattern = corePattern();
        // core_pattern is the system's: read, never changed. An absolute pattern's directory
        // may hold other cores already; only new files count.
        const QStringList before = coreCandidates(pattern, cwd.path());

        QProcess cli;
        cli.setWorkingDirectory(cwd.path());
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.remove(QStringLiteral("DOCSPACE_TOKEN"));
        if (!viaStdin)
            env.insert(QStringLiteral("DOCSPACE_TOKEN"), token);
        cli.setProcessEnvironment(env);
        cli.setChildProcessModifier([] {
            // ulimit -c unlimited (as far as the hard limit allows)
            rlimit limit{};
            getrlimit(RLIMIT_CORE, &limit);
            limit.rlim_cur = limit.rlim_max = RLIM_INFINITY;
            if (setrlimit(RLIMIT_CORE, &limit) != 0) {
                getrlimit(RLIMIT_CORE, &limit);
                limit.rlim_cur = limit.rlim_max;
                setrlimit(RLIMIT_CORE, &limit);
            }
        });
        QStringList args{QStringLiteral("list"), QStringLiteral("--portal"),
                         server.httpUrl().toString()};
        if (viaStdin)
            args << QStringLiteral("--token-stdin");
        QSignalSpy finished(&cli, &QProcess::finished);
        // DSK_TEST_CLI: to show what an older build of the CLI leaves behind.
        cli.start(qEnvironmentVariable("DSK_TEST_CLI", QStringLiteral(DSK_CLI_PATH)), args);
        QVERIFY(cli.waitForStarted(10000));
        if (viaStdin)
            cli.write(token.toUtf8() + '\n');
        cli.closeWriteChannel();

        // Mid-request: the portal has the request (and the CLI the token) but has not answered.
        QTRY_VERIFY_WITH_TIMEOUT(
            [&server] {
                for (const RequestLogEntry &entry : server.requestLog()) {
                    if (entry.path.startsWith(QLatin1String("/api/")))
                        return true;
                }
                return false;
            }(),
            30000);
        QCOMPARE(cli.state(), QProcess::Running);
        const QStringList limit = coreLimit(cli.processId());

        ::kill(pid_t(cli.processId()), SIGABRT);
        QVERIFY(finished.wait(30000));
        QCOMPARE(cli.exitStatus(), QProcess::CrashExit);
        QCOMPARE(cli.exitCode(), int(SIGABRT));

        if (pattern.startsWith(QLatin1Char('|')) || pattern.isEmpty()) {
            QCOMPARE(limit, (QStringList{QStringLiteral("0"), QStringLiteral("0")}));
            QSKIP("core_pattern pipes cores to a program: only the limits were checked");
        }
        QStringList written = coreCandidates(pattern, cwd.path());
        for (const QString &file : before)
            written.removeAll(file);
        QStringList holdingToken;
        for (const QString &file : std::as_const(written)) {
            QFile core(file);
            if (core.open(QIODevice::ReadOnly) && core.readAll().contains(token.toUtf8()))
                holdingToken << file;
        }
        QVERIFY2(written.isEmpty(),
                 qPrintable(QStringLiteral("core written: %1; holding the token: %2")
                                .arg(written.join(QLatin1Char(' ')),
                                     holdingToken.join(QLatin1Char(' ')))));
        QCOMPARE(limit, (QStringList{QStringLiteral("0"), QStringLiteral("0")}));
    }

    // In-process: both switches, as the two executables call it first thing in main().
    void disableCrashDumps_notDumpableAndNoCoreLimit()
    {
        QString problem;
        QVERIFY2(ProcessHardening::disableCrashDumps(&problem), qPrintable(problem));
        QCOMPARE(prctl(PR_GET_DUMPABLE, 0, 0, 0, 0), 0);
        rlimit limit{};
        QCOMPARE(getrlimit(RLIMIT_CORE, &limit), 0);
        QCOMPARE(limit.rlim_cur, rlim_t(0));
        QCOMPARE(limit.rlim_max, rlim_t(0));
    }

    void wipe_overwritesAnUnsharedBufferAndLeavesASharedOne()
    {
        QByteArray secret("sk-0123456789abcdef");
        secret.detach();
        const char *data = secret.constData();
        const qsizetype size = secret.size();
        QByteArray keep = secret; // shared: must stay intact for its other holder
        ProcessHardening::wipe(secret);
        QVERIFY(secret.isEmpty());
        QCOMPARE(keep, QByteArray("sk-0123456789abcdef"));
        QVERIFY(keep.constData() == data);
        ProcessHardening::wipe(keep); // last holder: overwritten in place
        QVERIFY(keep.isEmpty());
        Q_UNUSED(size);
    }
};

QTEST_GUILESS_MAIN(TestNoCoreDump)
#include "tst_nocoredump.moc"
