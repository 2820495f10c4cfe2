#pragma once

#include <QList>
#include <QString>
#include <QStringList>

#include <functional>

// Every subcommand in one table: the usage text and the dispatch are both made from it, so a
// command added here is listed and reachable, and one not here is neither (as KeePassXC's
// Command registry).
namespace Cli {

struct Command
{
    const char *name;      // "revoke"
    const char *arguments; // "ID..." as the usage shows it, may be empty
    const char *summary;   // one line, translated at run time (context "Cli")
    std::function<int(const QStringList &arguments)> run;
};

const QList<Command> &commands();
const Command *findCommand(const QString &name);

// "Usage: docspace-keys-cli <command> [options]" and one line per command of the table.
QString usage();

// The whole command line after the program name; returns the exit code.
int dispatch(const QStringList &arguments);

} // namespace Cli
