#pragma once

// A helper program built beside the test that runs it (e.g. tests/unit's filelockholder), found
// the same way on Linux, on Windows and under Wine.
#include <QCoreApplication>
#include <QString>

inline QString helperProgram(const QString &name)
{
    return QCoreApplication::applicationDirPath() + QLatin1Char('/') + name
#ifdef Q_OS_WIN
           + QStringLiteral(".exe")
#endif
        ;
}
