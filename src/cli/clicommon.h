#pragma once

#include "apikey.h"
#include "connectionsettings.h"
#include "revokeoutcome.h"

#include <QCommandLineParser>
#include <QTextStream>

#include <optional>

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

// Parses a subcommand's arguments (adding --help). Returns the exit code to end with on a
// parse error, on --help, or on positional arguments when `positionalAllowed` is false;
// nothing when the command should go on.
std::optional<int> parseSubcommand(QCommandLineParser &parser, const QString &command,
                                   const QStringList &arguments, bool positionalAllowed = false);

// GET /api/2.0/keys, waited for. False with the reason in *failure.
bool fetchKeys(const ConnectionSettings &settings, QList<ApiKey> *keys, RevokeOutcome *failure);

// Asks on the terminal; false when there is no terminal or the answer is not yes.
bool stdinIsTerminal();
bool askYesNo(const QString &question);

QString tr(const char *text, const char *disambiguation = nullptr, int n = -1);

} // namespace Cli
