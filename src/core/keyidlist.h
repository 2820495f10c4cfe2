#pragma once

#include <QList>
#include <QString>
#include <QStringList>

// Key ids pasted or piped in bulk: one per line, or a CSV export with an "id" column. Blank
// lines and lines starting with '#' are ignored; every other line that holds no key id is
// reported, not guessed at.
struct KeyIdList
{
    struct Rejected
    {
        int line = 0; // 1-based
        QString text;
        QString reason;
    };

    QStringList ids;  // normalised, in input order, without repeats
    QList<int> lines; // the 1-based input line of each of ids
    QList<Rejected> rejected;
    int duplicates = 0;

    static KeyIdList parse(const QString &text);
};
