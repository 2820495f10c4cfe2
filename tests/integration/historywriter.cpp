// A second process that appends to the history as fast as it can, so tests can race two
// writers: historywriter PATH TAG COUNT
#include "historylog.h"

#include <QCoreApplication>

#include <cstdio>

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    const QStringList args = QCoreApplication::arguments();
    if (args.size() != 4)
        return 2;
    HistoryLog log(args.at(1));
    const int count = args.at(3).toInt();
    for (int i = 0; i < count; ++i) {
        HistoryRecord record;
        record.time = QDateTime::currentDateTimeUtc();
        record.portal = QStringLiteral("https://portal.example.com");
        record.keyId = QStringLiteral("%1-%2").arg(args.at(2)).arg(i);
        record.outcome = QStringLiteral("revoked");
        record.httpStatus = 200;
        // Long enough that an unlocked writer would be caught interleaving.
        record.message = QString(2000, QLatin1Char('x'));
        record.source = QStringLiteral("cli");
        QString error;
        if (!log.append(record, &error)) {
            std::fprintf(stderr, "%s\n", qPrintable(error));
            return 1;
        }
    }
    return 0;
}
