#pragma once

// Runs docspace-keys-cli as a child process while the test's event loop keeps serving an
// in-process sandbox portal (a blocking wait would starve the server).
#include <QProcess>
#include <QProcessEnvironment>
#include <QSignalSpy>

struct CliRun
{
    int exitCode = -1;
    QString out;
    QString err;
};

// `environment` entries are set for the child (an empty value removes the variable).
// DOCSPACE_TOKEN is never inherited from the test's own environment.
inline CliRun runCli(const QStringList &args, const QHash<QString, QString> &environment = {},
                     const QByteArray &standardInput = {})
{
    QProcess process;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.remove(QStringLiteral("DOCSPACE_TOKEN"));
    for (auto it = environment.begin(); it != environment.end(); ++it) {
        if (it.value().isEmpty())
            env.remove(it.key());
        else
            env.insert(it.key(), it.value());
    }
    process.setProcessEnvironment(env);
    QSignalSpy finished(&process, &QProcess::finished);
    // DSK_CLI_UNDER_TEST: another build of the CLI to drive, e.g. scripts/test-windows.sh's
    // wrapper that runs the Windows docspace-keys-cli.exe under wine64.
    process.start(qEnvironmentVariable("DSK_CLI_UNDER_TEST", QStringLiteral(DSK_CLI_PATH)), args);
    if (!process.waitForStarted(10000))
        qFatal("docspace-keys-cli did not start");
    process.write(standardInput);
    process.closeWriteChannel();
    if (!finished.wait(40000))
        qFatal("docspace-keys-cli did not finish");
    CliRun run;
    run.exitCode = process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1;
    run.out = QString::fromUtf8(process.readAllStandardOutput());
    run.err = QString::fromUtf8(process.readAllStandardError());
    return run;
}
