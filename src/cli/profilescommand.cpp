#include "profilescommand.h"

#include "clicommon.h"
#include "profilestore.h"
#include "secretstore.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

using namespace Cli;

namespace {

const QString kUsage = QStringLiteral(
    "Usage: docspace-keys-cli profiles list [--json]\n"
    "       docspace-keys-cli profiles show NAME\n"
    "       docspace-keys-cli profiles add NAME --portal URL [--auth SCHEME] [--token-stdin]\n"
    "                                  [--ca-file PEM] [--trust-cert SHA256] [--allow-http]\n"
    "                                  [--timeout SEC]\n"
    "       docspace-keys-cli profiles remove NAME\n");

QString profilesUsage()
{
    return Cli::tr(
               "Saved portal profiles, shared with the DocSpace Keys window. Tokens are kept in "
               "the system keychain, read from standard input (--token-stdin), never from "
               "arguments.\n\n") +
           kUsage;
}

SecretStore::Result
keychainCall(const std::function<void(SecretStore &, QObject *, SecretStore::Callback)> &call,
             KeychainSecretStore &keychain)
{
    return waitFor([&](QObject *context, SecretStore::Callback done) {
        call(keychain, context, std::move(done));
    });
}

bool hasToken(KeychainSecretStore &keychain, const PortalProfile &profile)
{
    return keychainCall(
               [&](SecretStore &s, QObject *c, SecretStore::Callback d) {
                   s.read(profile.secretKey(), c, std::move(d));
               },
               keychain)
               .status == SecretStore::Status::Ok;
}

ProfileStore loadStore()
{
    ProfileStore store;
    store.load();
    if (!store.warning().isEmpty())
        err() << store.warning() << '\n';
    return store;
}

int list(const QStringList &args)
{
    QCommandLineParser parser;
    parser.addOption({QStringLiteral("json"), Cli::tr("Print a JSON array.")});
    QStringList all = args;
    all.prepend(QStringLiteral("profiles list"));
    if (!parser.parse(all) || !parser.positionalArguments().isEmpty()) {
        err() << (parser.errorText().isEmpty() ? Cli::tr("'profiles list' takes no names.")
                                               : parser.errorText())
              << '\n';
        return UsageError;
    }
    const ProfileStore store = loadStore();
    KeychainSecretStore keychain;
    if (parser.isSet(QStringLiteral("json"))) {
        QJsonArray array;
        for (const PortalProfile &p : store.profiles()) {
            QJsonObject object = p.toJson();
            object.insert(QStringLiteral("tokenSaved"), hasToken(keychain, p));
            array.append(object);
        }
        printJson(QJsonDocument(array));
        return Success;
    }
    if (store.profiles().isEmpty()) {
        out() << Cli::tr("No saved profiles. Add one with 'docspace-keys-cli profiles add NAME "
                         "--portal URL --token-stdin'.")
              << '\n';
        return Success;
    }
    int nameWidth = 4;
    int portalWidth = 6;
    for (const PortalProfile &p : store.profiles()) {
        nameWidth = qMax(nameWidth, int(p.name.size()));
        portalWidth = qMax(portalWidth, int(PortalAddress::parse(p.portal).toString().size()));
    }
    out() << Cli::tr("NAME").leftJustified(nameWidth) << QLatin1String("  ")
          << Cli::tr("PORTAL").leftJustified(portalWidth) << QLatin1String("  ") << Cli::tr("AUTH")
          << QLatin1String("     ") << Cli::tr("TOKEN") << '\n';
    for (const PortalProfile &p : store.profiles()) {
        out() << p.name.leftJustified(nameWidth) << QLatin1String("  ")
              << PortalAddress::parse(p.portal).toString().leftJustified(portalWidth)
              << QLatin1String("  ") << Auth::schemeName(p.scheme).leftJustified(7)
              << QLatin1String("  ") << (hasToken(keychain, p) ? Cli::tr("saved") : Cli::tr("none"))
              << '\n';
    }
    return Success;
}

int show(const QStringList &args)
{
    if (args.size() != 1) {
        err() << Cli::tr("'profiles show' takes one profile name.") << '\n';
        return UsageError;
    }
    const ProfileStore store = loadStore();
    const PortalProfile *p = store.find(args.first());
    if (!p) {
        err() << Cli::tr("There is no profile named \"%1\".").arg(args.first()) << '\n';
        return SomeFailed;
    }
    KeychainSecretStore keychain;
    const bool saved = hasToken(keychain, *p);
    out() << Cli::tr("Name:          %1").arg(p->name) << '\n'
          << Cli::tr("Portal:        %1").arg(PortalAddress::parse(p->portal).toString()) << '\n'
          << Cli::tr("Auth scheme:   %1").arg(Auth::schemeName(p->scheme)) << '\n'
          << Cli::tr("Token:         %1")
                 .arg(saved ? Cli::tr("saved in %1").arg(keychain.description())
                            : Cli::tr("not saved"))
          << '\n'
          << Cli::tr("Plain HTTP:    %1")
                 .arg(p->allowInsecureHttp ? Cli::tr("ALLOWED (the token may travel unencrypted)")
                                           : Cli::tr("refused"))
          << '\n'
          << Cli::tr("Trusted cert:  %1")
                 .arg(p->pinnedSha256.isEmpty() ? Cli::tr("none")
                                                : TlsTrust::formatFingerprint(
                                                      TlsTrust::parseFingerprint(p->pinnedSha256)))
          << '\n'
          << Cli::tr("Extra CA file: %1").arg(p->caFile.isEmpty() ? Cli::tr("none") : p->caFile)
          << '\n'
          << Cli::tr("Timeout:       %n second(s)", nullptr, p->timeoutSeconds) << '\n';
    return Success;
}

int add(const QStringList &args)
{
    QCommandLineParser parser;
    addConnectionOptions(parser);
    QStringList all = args;
    all.prepend(QStringLiteral("profiles add"));
    if (!parser.parse(all)) {
        err() << parser.errorText() << '\n' << kUsage;
        return UsageError;
    }
    if (parser.positionalArguments().size() != 1 || !parser.isSet(QStringLiteral("portal")) ||
        parser.isSet(QStringLiteral("profile"))) {
        err() << Cli::tr("'profiles add' takes one name and --portal.") << '\n' << kUsage;
        return UsageError;
    }
    PortalProfile profile;
    profile.id = QUuid::createUuid();
    profile.name = parser.positionalArguments().first();
    profile.portal = parser.value(QStringLiteral("portal"));
    if (parser.isSet(QStringLiteral("auth")) &&
        !Auth::parseSchemeName(parser.value(QStringLiteral("auth")), &profile.scheme)) {
        err() << Cli::tr("Invalid --auth \"%1\": use auto, apikey, bearer or session.")
                     .arg(parser.value(QStringLiteral("auth")))
              << '\n';
        return UsageError;
    }
    profile.allowInsecureHttp = parser.isSet(QStringLiteral("allow-http"));
    profile.pinnedSha256 = parser.value(QStringLiteral("trust-cert"));
    profile.caFile = parser.value(QStringLiteral("ca-file"));
    if (parser.isSet(QStringLiteral("timeout"))) {
        bool ok = false;
        profile.timeoutSeconds = parser.value(QStringLiteral("timeout")).toInt(&ok);
        if (!ok)
            profile.timeoutSeconds = 0; // validate() explains the range
    }
    ConnectionSettings unused;
    QString error;
    if (!profile.toConnectionSettings({}, &unused, &error)) {
        err() << error << '\n';
        return UsageError;
    }

    QString token;
    if (parser.isSet(QStringLiteral("token-stdin"))) {
        token = readTokenFromStdin();
        if (Auth::cleanToken(token).isEmpty()) {
            err() << Cli::tr("No access token on standard input: pipe one line holding the token.")
                  << '\n';
            return UsageError;
        }
    }

    ProfileStore store = loadStore();
    if (!store.upsert(profile, &error)) {
        err() << error << '\n';
        return SomeFailed;
    }
    if (!token.isEmpty()) {
        KeychainSecretStore keychain;
        const SecretStore::Result stored = keychainCall(
            [&](SecretStore &s, QObject *c, SecretStore::Callback d) {
                s.write(profile.secretKey(), token, c, std::move(d));
            },
            keychain);
        if (stored.status != SecretStore::Status::Ok || !keychain.isPersistent()) {
            // A profile whose token silently vanished at exit would be worse than none.
            err() << (stored.status != SecretStore::Status::Ok
                          ? stored.error
                          : Cli::tr("No system keychain is available (%1), so the token cannot be "
                                    "saved.")
                                .arg(keychain.description()))
                  << '\n'
                  << Cli::tr("The profile was not added. Use DOCSPACE_TOKEN with --portal instead.")
                  << '\n';
            return SomeFailed;
        }
    }
    if (!store.save()) {
        err() << store.warning() << '\n';
        return SomeFailed;
    }
    out() << Cli::tr("Added profile \"%1\" for %2%3.")
                 .arg(profile.name, PortalAddress::parse(profile.portal).toString(),
                      token.isEmpty() ? Cli::tr(" (no token saved)")
                                      : Cli::tr(", token in the keychain"))
          << '\n';
    return Success;
}

int remove(const QStringList &args)
{
    if (args.size() != 1) {
        err() << Cli::tr("'profiles remove' takes one profile name.") << '\n';
        return UsageError;
    }
    ProfileStore store = loadStore();
    const PortalProfile *found = store.find(args.first());
    if (!found) {
        err() << Cli::tr("There is no profile named \"%1\".").arg(args.first()) << '\n';
        return SomeFailed;
    }
    const PortalProfile profile = *found;
    KeychainSecretStore keychain;
    const SecretStore::Result removed = keychainCall(
        [&](SecretStore &s, QObject *c, SecretStore::Callback d) {
            s.remove(profile.secretKey(), c, std::move(d));
        },
        keychain);
    if (removed.status == SecretStore::Status::Failed) {
        err() << removed.error << '\n'
              << Cli::tr("The profile was kept so that its token is not left behind unnoticed.")
              << '\n';
        return SomeFailed;
    }
    store.remove(profile.id);
    if (!store.save()) {
        err() << store.warning() << '\n';
        return SomeFailed;
    }
    out() << Cli::tr("Removed profile \"%1\" and its token.").arg(profile.name) << '\n';
    return Success;
}

} // namespace

int runProfilesCommand(const QStringList &arguments)
{
    if (arguments.isEmpty()) {
        err() << profilesUsage();
        return UsageError;
    }
    QStringList args = arguments;
    const QString action = args.takeFirst();
    if (action == QLatin1String("--help") || action == QLatin1String("-h")) {
        out() << profilesUsage();
        return Success;
    }
    if (action == QLatin1String("list"))
        return list(args);
    if (action == QLatin1String("show"))
        return show(args);
    if (action == QLatin1String("add"))
        return add(args);
    if (action == QLatin1String("remove"))
        return remove(args);
    err() << Cli::tr("Unknown profiles action \"%1\".").arg(action) << "\n\n" << profilesUsage();
    return UsageError;
}
