#include "keyidlist.h"

#include "keyid.h"

#include <QCoreApplication>
#include <QSet>

namespace {
// Splits one CSV line into cells, honouring double quotes.
QStringList csvCells(const QString &line)
{
    QStringList cells;
    QString cell;
    bool quoted = false;
    for (qsizetype i = 0; i < line.size(); ++i) {
        const QChar c = line.at(i);
        if (quoted) {
            if (c == QLatin1Char('"') && i + 1 < line.size() &&
                line.at(i + 1) == QLatin1Char('"')) {
                cell += c;
                ++i;
            } else if (c == QLatin1Char('"')) {
                quoted = false;
            } else {
                cell += c;
            }
        } else if (c == QLatin1Char('"')) {
            quoted = true;
        } else if (c == QLatin1Char(',') || c == QLatin1Char(';') || c == QLatin1Char('\t')) {
            cells << cell.trimmed();
            cell.clear();
        } else {
            cell += c;
        }
    }
    cells << cell.trimmed();
    return cells;
}
} // namespace

KeyIdList KeyIdList::parse(const QString &text)
{
    KeyIdList result;
    QSet<QString> seen;
    int idColumn = -1; // set by a CSV header row
    const QStringList lines = text.split(QLatin1Char('\n'));
    for (int i = 0; i < lines.size(); ++i) {
        const QString line = lines.at(i).trimmed();
        if (line.isEmpty() || line.startsWith(QLatin1Char('#')))
            continue;

        QString candidate = line;
        const QStringList cells = csvCells(line);
        if (cells.size() > 1) {
            if (idColumn < 0 && i == 0) {
                for (int c = 0; c < cells.size(); ++c) {
                    if (cells.at(c).compare(QLatin1String("id"), Qt::CaseInsensitive) == 0)
                        idColumn = c;
                }
                if (idColumn >= 0)
                    continue; // the header row
            }
            candidate = idColumn >= 0 ? cells.value(idColumn) : QString();
            if (idColumn < 0) {
                // No header: take the one cell that is a key id, if exactly one is.
                QStringList found;
                for (const QString &cell : cells) {
                    if (KeyId::parse(cell).isValid())
                        found << cell;
                }
                candidate = found.size() == 1 ? found.first() : QString();
            }
        }
        const KeyId id = KeyId::parse(candidate);
        if (!id.isValid()) {
            result.rejected.append(
                {i + 1, line,
                 candidate.isEmpty()
                     ? QCoreApplication::translate("KeyIdList", "No key id on this line.")
                     : id.errorString()});
            continue;
        }
        if (seen.contains(id.toString())) {
            ++result.duplicates;
            continue;
        }
        seen.insert(id.toString());
        result.ids << id.toString();
        result.lines << i + 1;
    }
    return result;
}
