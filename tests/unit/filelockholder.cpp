// A second process that takes a FileLock, says so on stdout, and holds it until it is killed or
// its stdin closes: filelockholder PATH
#include "filelock.h"

#include <QCoreApplication>

#include <cstdio>

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    const QStringList args = QCoreApplication::arguments();
    if (args.size() != 2)
        return 2;
    FileLock lock(args.at(1));
    if (!lock.tryLock(10000)) {
        std::fprintf(stderr, "%s\n", qPrintable(lock.errorString()));
        return 1;
    }
    std::printf("locked\n");
    std::fflush(stdout);
    while (std::fgetc(stdin) != EOF) {
    }
    return 0;
}
