// The history file as it may be found on disk: damaged, truncated, edited by hand.
#include "fuzzinput.h"
#include "historylog.h"

#include <QFile>
#include <QTemporaryDir>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    static QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("history.jsonl"));
    {
        QFile file(path);
        if (!file.open(QIODevice::WriteOnly | QIODevice::Truncate))
            std::abort();
        file.write(reinterpret_cast<const char *>(data), qint64(size));
    }
    const HistoryLog log(path);
    const HistoryLog::ReadResult all = log.read();
    if (all.end < 0 || all.end > qint64(size))
        std::abort();
    // Following the file from the middle reads what is after that point, never before.
    const HistoryLog::ReadResult tail = log.read(qint64(size) / 2, 1);
    if (tail.end > qint64(size))
        std::abort();
    return 0;
}
