#include "commandtable.h"

#include "clicommon.h"
#include "incidentcommands.h"
#include "keychangecommand.h"
#include "lifecyclecommands.h"
#include "profilescommand.h"
#include "querycommands.h"
#include "retirecommands.h"

#include <QCoreApplication>

namespace Cli {

const QList<Command> &commands()
{
    static const QList<Command> table{
        {"revoke", "ID...", QT_TRANSLATE_NOOP("Cli", "Revoke (delete) API keys by id"),
         [](const QStringList &args) {
             return runKeyChangeCommand(KeyOperation::Revoke, args);
         }},
        {"deactivate", "ID...", QT_TRANSLATE_NOOP("Cli", "Deactivate keys (reversible)"),
         [](const QStringList &args) {
             return runKeyChangeCommand(KeyOperation::Deactivate, args);
         }},
        {"activate", "ID...", QT_TRANSLATE_NOOP("Cli", "Reactivate deactivated keys"),
         [](const QStringList &args) {
             return runKeyChangeCommand(KeyOperation::Activate, args);
         }},
        {"list", "", QT_TRANSLATE_NOOP("Cli", "List the keys the token can see"),
         [](const QStringList &args) {
             return wantsAllProfiles(args) ? runListAllProfilesCommand(args) : runListCommand(args);
         }},
        {"whoami", "", QT_TRANSLATE_NOOP("Cli", "Who the token signs in as, and which key it is"),
         runWhoamiCommand},
        {"history", "",
         QT_TRANSLATE_NOOP("Cli",
                           "What was revoked from this computer, when, by whom and with what "
                           "result"),
         runHistoryCommand},
        {"revoke-secret", "",
         QT_TRANSLATE_NOOP("Cli",
                           "Find leaked sk- secrets in text on standard input and revoke them"),
         runRevokeSecretCommand},
        {"report", "",
         QT_TRANSLATE_NOOP("Cli", "The key-hygiene report: expired, unused, unrestricted keys..."),
         runReportCommand},
        {"profiles", "...",
         QT_TRANSLATE_NOOP("Cli", "List, show, add and remove saved portal profiles"),
         runProfilesCommand},
        {"create", "", QT_TRANSLATE_NOOP("Cli", "Create an API key (its secret is printed once)"),
         runCreateCommand},
        {"edit", "ID", QT_TRANSLATE_NOOP("Cli", "Change a key's name or permissions"),
         runEditCommand},
        {"rotate", "ID...",
         QT_TRANSLATE_NOOP("Cli", "Replace keys with new ones, then revoke the old"),
         runRotateCommand},
        {"retire", "...",
         QT_TRANSLATE_NOOP("Cli", "Deactivate now, revoke after N days unless reactivated"),
         runRetireCommand},
    };
    return table;
}

const Command *findCommand(const QString &name)
{
    for (const Command &command : commands()) {
        if (name == QLatin1String(command.name))
            return &command;
    }
    return nullptr;
}

QString usage()
{
    QStringList names;
    int width = 0;
    for (const Command &command : commands()) {
        QString name = QString::fromLatin1(command.name);
        if (*command.arguments)
            name += QLatin1Char(' ') + QString::fromLatin1(command.arguments);
        width = qMax(width, int(name.size()));
        names << name;
    }
    QString text = tr("Usage: docspace-keys-cli <command> [options]") + QLatin1String("\n\n") +
                   tr("Commands:") + QLatin1Char('\n');
    for (int i = 0; i < names.size(); ++i)
        text += QLatin1String("  ") + names.at(i).leftJustified(width + 2) +
                tr(commands().at(i).summary) + QLatin1Char('\n');
    text += QLatin1Char('\n') +
            tr("Run 'docspace-keys-cli <command> --help' for a command's options.\n"
               "The access token comes from DOCSPACE_TOKEN or --token-stdin, never from "
               "arguments.\n"
               "Exit status: 0 success, 1 an operation failed, 2 usage error.\n");
    return text;
}

int dispatch(const QStringList &arguments)
{
    if (arguments.isEmpty()) {
        err() << usage();
        return UsageError;
    }
    const QString name = arguments.first();
    if (name == QLatin1String("--help") || name == QLatin1String("-h") ||
        name == QLatin1String("help")) {
        out() << usage();
        return Success;
    }
    if (name == QLatin1String("--version") || name == QLatin1String("-v")) {
        out() << QLatin1String("docspace-keys-cli ") << QCoreApplication::applicationVersion()
              << '\n';
        return Success;
    }
    if (const Command *command = findCommand(name))
        return command->run(arguments.mid(1));
    err() << tr("Unknown command \"%1\".").arg(printable(name)) << "\n\n" << usage();
    return UsageError;
}

} // namespace Cli
