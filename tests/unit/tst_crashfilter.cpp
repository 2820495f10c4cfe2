// A crash after ProcessHardening::disableCrashDumps() ends the process at once, with the crash's
// own code, and hands it to nothing that could write the process's memory down: no crash report,
// no post-mortem debugger, no dump (Windows: the unhandled-exception filter and the error mode of
// processhardening.cpp; Linux and macOS: the process dies of the signal, and tst_nocoredump shows
// that no core is written). Run against crashhelper, which crashes with a secret in its memory.
// Under Wine the test points the system's post-mortem debugger (AeDebug, winedbg by default) at a
// witness (crashwitness) that leaves a file: the unhardened control shows the crash reaching it,
// the hardened crash must not. (Not on a real Windows machine: AeDebug is machine-wide.)
#include "helperprogram.h"
#include "wine.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QProcess>
#include <QSettings>
#include <QTemporaryDir>
#include <QTest>

namespace {
constexpr char kSecret[] = "sk-crash-test-7f3a9c1e5b2d4068";
#ifdef Q_OS_WIN
constexpr quint32 kAccessViolation = 0xC0000005u; // STATUS_ACCESS_VIOLATION
#endif

struct Crash
{
    QProcess::ExitStatus status = QProcess::NormalExit;
    quint32 exitCode = 0;
    QByteArray out;
    QByteArray err;
};

Crash crash(const QString &mode)
{
    QProcess helper;
    helper.start(helperProgram(QStringLiteral("crashhelper")),
                 {mode, QString::fromLatin1(kSecret)});
    Crash result;
    // A limit for a hang (a crash dialog, a debugger waiting), not a wait.
    if (!helper.waitForFinished(60000)) {
        helper.kill();
        helper.waitForFinished(5000);
        result.err = "did not end within 60 s";
    }
    result.status = helper.exitStatus();
    result.exitCode = quint32(helper.exitCode());
    result.out = helper.readAllStandardOutput();
    result.err += helper.readAllStandardError();
    return result;
}
} // namespace

class TestCrashFilter : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    QString witnessFile() const { return m_dir.filePath(QStringLiteral("debugger-started")); }

private slots:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        if (!runningUnderWine())
            return;
        // This test's own Wine prefix (tests/run-isolated.cmake): its registry is the test's.
        QSettings aeDebug(QStringLiteral("HKEY_LOCAL_MACHINE\\Software\\Microsoft\\Windows "
                                         "NT\\CurrentVersion\\AeDebug"),
                          QSettings::NativeFormat);
        aeDebug.setValue(
            QStringLiteral("Debugger"),
            QStringLiteral("\"%1\" \"%2\" %ld %ld")
                .arg(QDir::toNativeSeparators(helperProgram(QStringLiteral("crashwitness"))),
                     QDir::toNativeSeparators(witnessFile())));
        aeDebug.setValue(QStringLiteral("Auto"), QStringLiteral("1"));
        aeDebug.sync();
        QCOMPARE(aeDebug.status(), QSettings::NoError);
    }

    void init() { QFile::remove(witnessFile()); }

    void hardened_crashEndsAtOnceWithItsCodeAndNoReport()
    {
        const Crash result = crash(QStringLiteral("harden"));
        QVERIFY2(result.out.startsWith("armed"), result.out.constData()); // it got to the crash
        QVERIFY2(!result.err.contains("hardening:"), result.err.constData());
        QCOMPARE(result.status, QProcess::CrashExit);
#ifdef Q_OS_WIN
        // The filter's TerminateProcess passes the exception's code on.
        QCOMPARE(result.exitCode, kAccessViolation);
#endif
        // Nothing was written about the crash, and never the secret; no debugger was started.
        QVERIFY2(result.err.trimmed().isEmpty(), result.err.constData());
        QVERIFY(!result.out.contains(kSecret));
        QVERIFY2(!QFile::exists(witnessFile()), "the crash was handed to the post-mortem debugger");
    }

    // The control: without the hardening the same crash reaches the post-mortem debugger, so
    // the witness's silence above is the filter's doing, not a debugger that could not start.
    void unhardened_crashReachesThePostMortemDebugger_underWine()
    {
        if (!runningUnderWine())
            QSKIP("needs a post-mortem debugger the test may set (the Wine prefix's AeDebug); on "
                  "Windows AeDebug is machine-wide, on Linux and macOS see tst_nocoredump");
        const Crash result = crash(QStringLiteral("plain"));
        QVERIFY2(result.out.startsWith("armed"), result.out.constData());
        QVERIFY2(QFile::exists(witnessFile()), "the unhardened crash reached no debugger");
    }
};

QTEST_GUILESS_MAIN(TestCrashFilter)
#include "tst_crashfilter.moc"
