#pragma once

// For the no-plaintext checks: every test runs with a throw-away HOME (tests/run-with-keyring.sh;
// on Windows tests/run-isolated.cmake, which also names it in DSK_TEST_HOME because Qt takes the
// Windows home folder from the user's profile, not from the environment), so "the token is in
// no file" means no file under it. Never the whole user profile of a machine.
#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QStringList>

// The test's own home folder.
inline QString testHomePath()
{
    return qEnvironmentVariable("DSK_TEST_HOME", QDir::homePath());
}

// Every file under the test's home folder whose bytes contain `needle`.
inline QStringList filesUnderHomeContaining(const QByteArray &needle)
{
    QStringList hits;
    QDirIterator it(testHomePath(), QDir::Files | QDir::Hidden | QDir::System,
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
