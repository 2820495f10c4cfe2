#include "commandtable.h"
#include "processhardening.h"
#include "translations.h"

#include <QCoreApplication>

int main(int argc, char *argv[])
{
    ProcessHardening::disableCrashDumps(); // before any token is read: no core holds one
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("docspace-keys-cli"));
    QCoreApplication::setOrganizationName(QStringLiteral("DocSpace Keys"));
    QCoreApplication::setApplicationVersion(QStringLiteral(DSK_VERSION));
    Translations::install(); // the system's language, English plural forms included

    return Cli::dispatch(QCoreApplication::arguments().mid(1));
}
