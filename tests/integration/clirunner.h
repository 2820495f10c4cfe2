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

// The CLI's output as text. On Windows its standard streams are in text mode, so every line ends
// in CR LF there: made LF, as on Linux, so the tests compare lines and look for stray controls
// the same way (a carriage return anywhere but before a line feed is still the CLI's and still
// caught by forbiddenIn).
inline QString cliText(const QByteArray &output)
{
    QString text = QString::fromUtf8(output);
#ifdef Q_OS_WIN
    text.replace(QLatin1String("\r\n"), QLatin1String("\n"));
#endif
    return text;
}

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
    // Limits for a hang, not waits: generous, as wine64 on a loaded 2-core machine has taken more
    // than 10 s to start a Windows CLI.
    if (!process.waitForStarted(60000))
        qFatal("docspace-keys-cli did not start");
    process.write(standardInput);
    process.closeWriteChannel();
    if (!finished.wait(90000))
        qFatal("docspace-keys-cli did not finish");
    CliRun run;
    run.exitCode = process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1;
    run.out = cliText(process.readAllStandardOutput());
    run.err = cliText(process.readAllStandardError());
    return run;
}

// What must never reach a terminal from the CLI: C0 controls but the line feed between lines of
// output (the CLI's own), DEL, C1 controls, bidi embeddings, overrides and isolates. Gives the
// first as U+XXXX, or nothing.
inline QString forbiddenIn(const QString &text)
{
    for (const QChar c : text) {
        const char16_t u = c.unicode();
        const bool control = (u < 0x20 && u != u'\n') || (u >= 0x7F && u <= 0x9F);
        const bool bidi = (u >= 0x202A && u <= 0x202E) || (u >= 0x2066 && u <= 0x2069);
        if (control || bidi)
            return QStringLiteral("U+%1").arg(int(u), 4, 16, QLatin1Char('0'));
    }
    return {};
}
