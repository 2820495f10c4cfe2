#pragma once

// For the no-plaintext checks: every test runs with a throw-away HOME (tests/run-with-keyring.sh),
// so "the token is in no file" means no file under it.
#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QStringList>

// Every file under HOME whose bytes contain `needle`.
inline QStringList filesUnderHomeContaining(const QByteArray &needle)
{
    QStringList hits;
    QDirIterator it(QDir::homePath(), QDir::Files | QDir::Hidden | QDir::System,
                    QDirIterator::Subdirectories);
    while (it.hasNext()) {
        QFile file(it.next());
        if (file.open(QIODevice::ReadOnly) && file.readAll().contains(needle))
            hits << file.fileName();
    }
    return hits;
}

inline QStringList filesUnderHomeContaining(const QString &needle)
{
    return filesUnderHomeContaining(needle.toUtf8());
}
