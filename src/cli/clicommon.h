#pragma once

#include "connectionsettings.h"

#include <QCommandLineParser>
#include <QTextStream>

// What every subcommand shares: the streams, exit codes and the connection options.
namespace Cli {

enum ExitCode
{
    Success = 0,
    SomeFailed = 1,
    UsageError = 2
};

QTextStream &out();
QTextStream &err();

// One line of standard input, for --token-stdin.
QString readTokenFromStdin();

// Adds --portal, --profile, --auth, --token-stdin, --ca-file, --trust-cert, --allow-http,
// --timeout.
void addConnectionOptions(QCommandLineParser &parser);
// Reads those options and the token (DOCSPACE_TOKEN or one line of standard input); on a
// problem returns false with a sentence for the user in *error.
// *profileName gets the profile's name when --profile was used.
bool readConnection(const QCommandLineParser &parser, ConnectionSettings *settings, QString *error,
                    QString *profileName = nullptr);

// Asks on the terminal; false when there is no terminal or the answer is not yes.
bool stdinIsTerminal();
bool askYesNo(const QString &question);

QString tr(const char *text, int n = -1);

} // namespace Cli
