// A process that crashes with a secret in its memory, for tst_crashfilter:
//   crashhelper harden SECRET   calls ProcessHardening::disableCrashDumps() first, as the GUI and
//                               the CLI do, then crashes
//   crashhelper plain SECRET    crashes without it (the control)
// Prints "armed" (and any hardening problem on stderr) before it crashes: on Windows it writes
// through a null pointer (an access violation, which reaches the unhandled-exception filter); on
// POSIX it aborts (SIGABRT: a sanitizer build's SEGV handler would report a null write itself).
#include "processhardening.h"

#include <QCoreApplication>
#include <QStringList>

#include <cstdio>
#include <cstdlib>

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    const QStringList args = QCoreApplication::arguments();
    if (args.size() != 3)
        return 2;
    if (args.at(1) == QLatin1String("harden")) {
        QString problem;
        if (!ProcessHardening::disableCrashDumps(&problem))
            std::fprintf(stderr, "hardening: %s\n", qPrintable(problem));
    }
    const QByteArray secret = args.at(2).toUtf8(); // in this process's memory when it crashes
    std::printf("armed %d\n", int(secret.size()));
    std::fflush(stdout);
    std::fflush(stderr);
#ifdef Q_OS_WIN
    volatile int *nowhere = nullptr;
    *nowhere = secret.size();
#else
    std::abort();
#endif
    return 0;
}
