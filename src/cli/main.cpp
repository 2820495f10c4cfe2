#include "clicommon.h"
#include "incidentcommands.h"
#include "keychangecommand.h"
#include "lifecyclecommands.h"
#include "profilescommand.h"
#include "querycommands.h"
#include "translations.h"

#include <QCoreApplication>

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("docspace-keys-cli"));
    QCoreApplication::setOrganizationName(QStringLiteral("DocSpace Keys"));
    QCoreApplication::setApplicationVersion(QStringLiteral(DSK_VERSION));
    Translations::install(); // the system's language, English plural forms included

    QStringList args = QCoreApplication::arguments().mid(1);
    const QString usage = Cli::tr(
        "Usage: docspace-keys-cli <command> [options]\n\n"
        "Commands:\n"
        "  revoke ID...      Revoke (delete) API keys by id\n"
        "  deactivate ID...  Deactivate keys (reversible)\n"
        "  activate ID...    Reactivate deactivated keys\n"
        "  list              List the keys the token can see\n"
        "  whoami            Who the token signs in as, and which key it is\n"
        "  history           What was revoked from this computer, when and with what result\n"
        "  revoke-secret     Find leaked sk- secrets in text on standard input and revoke them\n"
        "  report            The key-hygiene report: expired, unused, unrestricted keys...\n"
        "  profiles ...      List, show, add and remove saved portal profiles\n"
        "  create            Create an API key (its secret is printed once)\n"
        "  edit ID           Change a key's name or permissions\n"
        "  rotate ID...      Replace keys with new ones, then revoke the old\n"
        "  retire ...        Deactivate now, revoke after N days unless reactivated\n\n"
        "Run 'docspace-keys-cli <command> --help' for a command's options.\n"
        "The access token comes from DOCSPACE_TOKEN or --token-stdin, never from arguments.\n"
        "Exit status: 0 success, 1 an operation failed, 2 usage error.\n");
    if (args.isEmpty()) {
        Cli::err() << usage;
        return Cli::UsageError;
    }
    const QString command = args.takeFirst();
    if (command == QLatin1String("--help") || command == QLatin1String("-h") ||
        command == QLatin1String("help")) {
        Cli::out() << usage;
        return Cli::Success;
    }
    if (command == QLatin1String("--version") || command == QLatin1String("-v")) {
        Cli::out() << QLatin1String("docspace-keys-cli ") << QCoreApplication::applicationVersion()
                   << '\n';
        return Cli::Success;
    }
    if (command == QLatin1String("revoke"))
        return runKeyChangeCommand(KeyOperation::Revoke, args);
    if (command == QLatin1String("deactivate"))
        return runKeyChangeCommand(KeyOperation::Deactivate, args);
    if (command == QLatin1String("activate"))
        return runKeyChangeCommand(KeyOperation::Activate, args);
    if (command == QLatin1String("list"))
        return wantsAllProfiles(args) ? runListAllProfilesCommand(args) : runListCommand(args);
    if (command == QLatin1String("whoami"))
        return runWhoamiCommand(args);
    if (command == QLatin1String("history"))
        return runHistoryCommand(args);
    if (command == QLatin1String("revoke-secret"))
        return runRevokeSecretCommand(args);
    if (command == QLatin1String("report"))
        return runReportCommand(args);
    if (command == QLatin1String("profiles"))
        return runProfilesCommand(args);
    if (command == QLatin1String("create"))
        return runCreateCommand(args);
    if (command == QLatin1String("edit"))
        return runEditCommand(args);
    if (command == QLatin1String("rotate"))
        return runRotateCommand(args);
    if (command == QLatin1String("retire"))
        return runRetireCommand(args);

    Cli::err() << Cli::tr("Unknown command \"%1\".").arg(command) << "\n\n" << usage;
    return Cli::UsageError;
}
