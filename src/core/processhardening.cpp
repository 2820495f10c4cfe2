#include "processhardening.h"

#include <QStringList>

#include <cerrno>
#include <cstring>

#if defined(Q_OS_WIN)
#include <windows.h>
#else
#include <sys/resource.h>
#endif
#if defined(Q_OS_LINUX)
#include <sys/prctl.h>
#endif

namespace ProcessHardening {

#if defined(Q_OS_WIN)
namespace {
// Unhandled exceptions end here instead of in the default filter, which hands the process to
// Windows Error Reporting (WerFault), which writes a dump when LocalDumps are configured or
// the report asks for one. Ending the process at once keeps its memory off the disk.
LONG WINAPI terminateWithoutReport(EXCEPTION_POINTERS *info)
{
    const UINT code =
        info && info->ExceptionRecord ? UINT(info->ExceptionRecord->ExceptionCode) : 1u;
    TerminateProcess(GetCurrentProcess(), code);
    return EXCEPTION_EXECUTE_HANDLER;
}
} // namespace
#endif

bool disableCrashDumps(QString *problem)
{
    QStringList failed;
#if defined(Q_OS_WIN)
    // Why not WerAddExcludedApplication: it writes a per-user registry entry that outlives the
    // process (and covers any program of the same file name); WerSetFlags only hides the UI.
    // The error mode keeps the fault dialog away, and the filter keeps WER from being called
    // for crashes. A fail-fast (__fastfail, a /GS stack cookie) bypasses every filter: those
    // still reach WER, which writes a dump only where an administrator configured LocalDumps.
    SetErrorMode(GetErrorMode() | SEM_FAILCRITICALERRORS | SEM_NOGPFAULTERRORBOX |
                 SEM_NOOPENFILEERRORBOX);
    SetUnhandledExceptionFilter(terminateWithoutReport);
#else
#if defined(Q_OS_LINUX)
    if (prctl(PR_SET_DUMPABLE, 0, 0, 0, 0) != 0)
        failed << QStringLiteral("prctl(PR_SET_DUMPABLE): ") +
                      QString::fromLocal8Bit(strerror(errno));
#endif
    const rlimit none{0, 0};
    if (setrlimit(RLIMIT_CORE, &none) != 0)
        failed << QStringLiteral("setrlimit(RLIMIT_CORE): ") +
                      QString::fromLocal8Bit(strerror(errno));
#endif
    if (problem)
        *problem = failed.join(QStringLiteral("; "));
    return failed.isEmpty();
}

namespace {
// Through a volatile pointer, so the stores are not dropped as dead before the free.
void overwrite(void *data, size_t size)
{
    volatile unsigned char *p = static_cast<volatile unsigned char *>(data);
    for (size_t i = 0; i < size; ++i)
        p[i] = 0;
}
} // namespace

void wipe(QByteArray &bytes)
{
    if (bytes.isDetached() && bytes.capacity() > 0)
        overwrite(const_cast<char *>(bytes.constData()), size_t(bytes.capacity()));
    bytes.clear();
}

void wipe(QString &text)
{
    if (text.isDetached() && text.capacity() > 0)
        overwrite(const_cast<QChar *>(text.constData()), size_t(text.capacity()) * sizeof(QChar));
    text.clear();
}

} // namespace ProcessHardening
