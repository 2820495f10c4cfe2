#include "clicommon.h"

#include "apicall.h"
#include "docspaceclient.h"
#include "keyid.h"
#include "outcomeclassifier.h"
#include "portaladdress.h"
#include "processhardening.h"
#include "profilestore.h"
#include "secretstore.h"

#include <QCoreApplication>
#include <QFile>
#include <QHash>
#include <QNetworkAccessManager>
#include <QProcessEnvironment>

#include <cstdio>
#ifdef Q_OS_WIN
#include <io.h>
#define DSK_ISATTY _isatty
#define DSK_FILENO _fileno
#else
#include <unistd.h>
#define DSK_ISATTY isatty
#define DSK_FILENO fileno
#endif

namespace Cli {

QString tr(const char *text, const char *disambiguation, int n)
{
    return QCoreApplication::translate("Cli", text, disambiguation, n);
}

QTextStream &out()
{
    static QTextStream stream(stdout);
    return stream;
}

QTextStream &err()
{
    static QTextStream stream(stderr);
    return stream;
}

void printJson(const QJsonDocument &document)
{
    out() << QString::fromUtf8(Terminal::escapeJson(document.toJson(QJsonDocument::Indented)));
}

void printJsonLine(const QJsonObject &object)
{
    out() << QString::fromUtf8(
                 Terminal::escapeJson(QJsonDocument(object).toJson(QJsonDocument::Compact)))
          << '\n';
    out().flush();
}

void printTable(QList<QStringList> rows)
{
    for (QStringList &row : rows) {
        for (QString &cell : row)
            cell = printable(cell);
    }
    QList<int> widths;
    for (const QStringList &row : std::as_const(rows)) {
        for (int i = 0; i < row.size(); ++i) {
            if (widths.size() <= i)
                widths.append(0);
            widths[i] = qMax(widths[i], int(row.at(i).size()));
        }
    }
    for (const QStringList &row : std::as_const(rows)) {
        QString line;
        for (int i = 0; i < row.size(); ++i)
            line += (i + 1 < row.size() ? row.at(i).leftJustified(widths.at(i) + 2) : row.at(i));
        out() << line << '\n';
    }
}

QJsonValue dateValue(const QDateTime &date)
{
    return date.isValid() ? QJsonValue(date.toString(Qt::ISODate)) : QJsonValue();
}

QString day(const QDateTime &date, const QString &none)
{
    return date.isValid() ? date.toLocalTime().toString(QStringLiteral("yyyy-MM-dd")) : none;
}

QJsonObject outcomeJson(const RevokeOutcome &outcome)
{
    QJsonObject object{{QStringLiteral("outcome"), outcome.kindName()},
                       {QStringLiteral("http_status"),
                        outcome.httpStatus ? QJsonValue(outcome.httpStatus) : QJsonValue()},
                       {QStringLiteral("message"), outcome.sentence}};
    if (!outcome.serverMessage.isEmpty())
        object.insert(QStringLiteral("server_message"), outcome.serverMessage);
    if (outcome.retryAfterSeconds >= 0)
        object.insert(QStringLiteral("retry_after"), outcome.retryAfterSeconds);
    if (!outcome.certificateSha256.isEmpty())
        object.insert(QStringLiteral("certificate_sha256"), outcome.certificateSha256);
    return object;
}

QString failureLine(const RevokeOutcome &failure)
{
    QString line = failure.kindName() + QLatin1String(": ") + printable(failure.sentence);
    if (!failure.serverMessage.isEmpty())
        line += QLatin1String(" [") + tr("portal: %1").arg(printable(failure.serverMessage)) +
                QLatin1Char(']');
    return line;
}

void addConnectionOptions(QCommandLineParser &parser)
{
    parser.addOptions({
        {QStringLiteral("portal"), tr("Portal address, e.g. https://portal.example.com."),
         QStringLiteral("URL")},
        {QStringLiteral("profile"),
         tr("Use a saved profile (its portal, settings and keychain token) instead of --portal."),
         QStringLiteral("NAME")},
        {QStringLiteral("auth"),
         tr("How to send the token: auto (default; sk-... is an API key), apikey (\"Bearer "
            "<token>\", also to force it for a session token; alias bearer) or session (as it "
            "is)."),
         QStringLiteral("SCHEME")},
        {QStringLiteral("token-stdin"),
         tr("Read the access token from the first line of standard input instead of the "
            "DOCSPACE_TOKEN environment variable. Tokens are never accepted as arguments.")},
        {QStringLiteral("ca-file"),
         tr("Also trust the certificate authorities in this PEM file (an internal CA)."),
         QStringLiteral("PEM")},
        {QStringLiteral("trust-cert"),
         tr("Trust exactly the server certificate with this SHA-256 fingerprint (hex, colons "
            "optional)."),
         QStringLiteral("SHA256")},
        {QStringLiteral("allow-http"),
         tr("Allow plain http:// to a host that is not this computer (the token travels "
            "unencrypted).")},
        {QStringLiteral("timeout"),
         tr("Give up when the portal sends nothing for this many seconds (default 30, or the "
            "profile's)."),
         QStringLiteral("SEC")},
    });
}

static QString readTokenLine()
{
    QFile input;
    // Unbuffered: no copy of the token is left behind in QIODevice's buffer.
    if (!input.open(stdin, QIODevice::ReadOnly | QIODevice::Unbuffered))
        return {};
    QByteArray line = input.readLine(64 * 1024);
    QString token = QString::fromUtf8(line);
    ProcessHardening::wipe(line);
    QString trimmed = token.trimmed();
    ProcessHardening::wipe(token);
    return trimmed;
}

namespace {

// Applies --auth, --timeout, --allow-http, --ca-file and --trust-cert on top of *settings.
bool applyConnectionOptions(const QCommandLineParser &parser, ConnectionSettings *settings,
                            QString *error)
{
    if (parser.isSet(QStringLiteral("auth")) &&
        !Auth::parseSchemeName(parser.value(QStringLiteral("auth")), &settings->scheme)) {
        *error = tr("Invalid --auth \"%1\": use auto, apikey, bearer or session.")
                     .arg(parser.value(QStringLiteral("auth")));
        return false;
    }
    if (parser.isSet(QStringLiteral("timeout"))) {
        bool ok = false;
        const double timeout = parser.value(QStringLiteral("timeout")).toDouble(&ok);
        if (!ok || timeout <= 0 || timeout > 3600) {
            *error = tr("Invalid --timeout: give a number of seconds between 1 and 3600.");
            return false;
        }
        settings->timeoutMs = int(timeout * 1000);
    }
    if (parser.isSet(QStringLiteral("allow-http")))
        settings->allowInsecureHttp = true;
    if (parser.isSet(QStringLiteral("ca-file")) &&
        !settings->trust.addCaFile(parser.value(QStringLiteral("ca-file")), error))
        return false;
    if (parser.isSet(QStringLiteral("trust-cert")) &&
        !settings->trust.addPinnedFingerprint(parser.value(QStringLiteral("trust-cert")), error)) {
        *error = tr("Invalid --trust-cert: %1").arg(*error);
        return false;
    }
    return true;
}

} // namespace

QString readTokenFromStdin()
{
    return readTokenLine();
}

QString readStdin()
{
    QFile input;
    if (!input.open(stdin, QIODevice::ReadOnly))
        return {};
    return QString::fromUtf8(input.readAll());
}

bool readConnection(const QCommandLineParser &parser, ConnectionSettings *settings, QString *error,
                    QString *profileName)
{
    const bool useProfile = parser.isSet(QStringLiteral("profile"));
    if (useProfile && parser.isSet(QStringLiteral("portal"))) {
        *error = tr("Give either --portal or --profile, not both.");
        return false;
    }
    if (!useProfile && !parser.isSet(QStringLiteral("portal"))) {
        *error = tr("Missing --portal or --profile: give the portal address (e.g. --portal "
                    "https://portal.example.com) or a saved profile's name.");
        return false;
    }

    std::optional<PortalProfile> profile;
    if (useProfile) {
        ProfileStore store;
        store.load();
        if (!store.warning().isEmpty())
            err() << store.warning() << '\n';
        const PortalProfile *found = store.find(parser.value(QStringLiteral("profile")));
        if (!found) {
            *error = tr("There is no profile named \"%1\". 'docspace-keys-cli profiles list' "
                        "shows the saved ones.")
                         .arg(parser.value(QStringLiteral("profile")));
            return false;
        }
        profile = *found;
        if (profileName)
            *profileName = found->name;
        if (!profile->toConnectionSettings({}, settings, error)) {
            *error = tr("Profile \"%1\": %2").arg(profile->name, *error);
            return false;
        }
    } else {
        settings->portal = PortalAddress::parse(parser.value(QStringLiteral("portal")));
        if (!settings->portal.isValid()) {
            *error = tr("Invalid --portal: %1").arg(settings->portal.errorString());
            return false;
        }
    }
    if (!applyConnectionOptions(parser, settings, error))
        return false;

    // An explicit token wins over the one saved with the profile.
    const QString environment =
        QProcessEnvironment::systemEnvironment().value(QStringLiteral("DOCSPACE_TOKEN"));
    if (parser.isSet(QStringLiteral("token-stdin"))) {
        settings->token = readTokenLine();
        if (Auth::cleanToken(settings->token).isEmpty()) {
            *error = tr("No access token on standard input: pipe one line holding the token.");
            return false;
        }
    } else if (!environment.isEmpty()) {
        settings->token = environment;
    } else if (profile) {
        KeychainSecretStore keychain;
        const SecretStore::Result saved =
            waitFor([&](QObject *context, SecretStore::Callback done) {
                keychain.read(profile->secretKey(), context, std::move(done));
            });
        if (saved.status == SecretStore::Status::Ok) {
            settings->token = saved.secret;
        } else {
            *error =
                saved.status == SecretStore::Status::Failed
                    ? saved.error
                    : tr("No token is saved for profile \"%1\" (%2). Save one with 'profiles add "
                         "--token-stdin', or set DOCSPACE_TOKEN.")
                          .arg(profile->name, keychain.description());
            return false;
        }
    }
    if (Auth::cleanToken(settings->token).isEmpty()) {
        *error = tr("No access token: set DOCSPACE_TOKEN, or pass --token-stdin and pipe it in.");
        return false;
    }
    return true;
}

std::optional<int> parseSubcommand(QCommandLineParser &parser, const QString &command,
                                   const QStringList &arguments, bool positionalAllowed)
{
    parser.addHelpOption();
    const QString name = QStringLiteral("docspace-keys-cli ") + command;
    QStringList args = arguments;
    args.prepend(name);
    if (!parser.parse(args)) {
        err() << parser.errorText() << '\n'
              << tr("Run 'docspace-keys-cli %1 --help' for the options.").arg(command) << '\n';
        return UsageError;
    }
    if (parser.isSet(QStringLiteral("help"))) {
        // Qt's help starts "Usage: <argv[0]>", the binary's full path: name the subcommand.
        QString help = parser.helpText();
        const QString program = QCoreApplication::arguments().value(0);
        const qsizetype firstLineEnd = help.indexOf(QLatin1Char('\n'));
        const qsizetype at = program.isEmpty() ? -1 : help.indexOf(program);
        if (at >= 0 && (firstLineEnd < 0 || at < firstLineEnd))
            help.replace(at, program.size(), name);
        out() << help;
        return Success;
    }
    if (!positionalAllowed && !parser.positionalArguments().isEmpty()) {
        err() << tr("'%1' takes no arguments besides its options.").arg(command) << '\n';
        return UsageError;
    }
    return std::nullopt;
}

Invocation::Invocation(const QString &command, const QString &description, Connection connection)
    : m_command(command)
{
    m_parser.setApplicationDescription(description);
    if (connection == Connection::Needed)
        addConnectionOptions(m_parser);
}

std::optional<int> Invocation::parse(const QStringList &arguments, Positional positional)
{
    return parseSubcommand(m_parser, m_command, arguments, positional == Positional::Allowed);
}

std::optional<int> Invocation::connect()
{
    QString error;
    if (!readConnection(m_parser, &m_settings, &error, &m_profileName)) {
        err() << printable(error) << '\n';
        return UsageError;
    }
    if (!m_settings.portal.isHttps() && !m_settings.portal.isLoopback() &&
        m_settings.allowInsecureHttp)
        err() << tr("Warning: sending the access token to %1 over unencrypted HTTP.")
                     .arg(m_settings.portal.toString())
              << '\n';
    return std::nullopt;
}

void printFailure(const RevokeOutcome &failure)
{
    err() << failureLine(failure) << '\n';
    if (!failure.certificateSha256.isEmpty())
        err() << tr("Certificate SHA-256 fingerprint: %1").arg(failure.certificateSha256) << '\n';
    err().flush();
}

bool fetchKeys(const ConnectionSettings &settings, QList<ApiKey> *keys, RevokeOutcome *failure)
{
    QNetworkAccessManager network;
    DocSpaceClient client(&network);
    client.setConnection(settings);
    bool ok = false;
    std::tie(ok, *keys, *failure) = waitForSignal(client.listKeys(), &KeyListOperation::finished);
    return ok;
}

std::optional<int> parseKeyIds(const QStringList &inputs, QStringList *ids)
{
    for (const QString &input : inputs) {
        const KeyId id = KeyId::parse(input);
        if (!id.isValid()) {
            err() << printable(input) << QLatin1String(": ") << id.errorString() << '\n';
            return UsageError;
        }
        if (!ids->contains(id.toString()))
            *ids << id.toString();
    }
    return std::nullopt;
}

HistoryWriter::HistoryWriter()
    : m_recorder({}, QStringLiteral("cli"))
{}

void HistoryWriter::setContext(const QString &portal, const QString &profile, const QString &actor)
{
    m_portal = portal;
    m_profile = profile;
    m_actor = actor;
}

bool HistoryWriter::record(const RevokeOutcome &outcome, const QString &keyName,
                           const QString &keyPostfix)
{
    return reported(m_recorder.record(outcome, m_portal, m_profile, m_actor, keyName, keyPostfix));
}

bool HistoryWriter::record(const HistoryRecord &record)
{
    return reported(m_recorder.record(record, m_portal, m_profile, m_actor));
}

bool HistoryWriter::reported(bool ok)
{
    if (!ok && !m_failureReported) {
        m_failureReported = true;
        err() << m_recorder.lastError() << '\n';
    }
    return ok;
}

void readLabels(BatchLabels &labels, BatchLabels::Read read)
{
    if (!labels.isReady())
        waitForSignal(&labels, &BatchLabels::ready, [&labels, read] { labels.start(read); });
}

KeyTargets::KeyTargets() = default;
KeyTargets::~KeyTargets() = default;

std::optional<int> KeyTargets::parse(const QStringList &inputs)
{
    if (const auto done = parseKeyIds(inputs, &m_ids))
        return done;
    if (m_ids.isEmpty()) {
        err() << Cli::tr("Give at least one key id.") << '\n';
        return UsageError;
    }
    return std::nullopt;
}

std::optional<int> KeyTargets::connect(Invocation &run)
{
    if (const auto done = run.connect())
        return done;
    m_network = std::make_unique<QNetworkAccessManager>();
    m_labels = std::make_unique<BatchLabels>(m_network.get(), run.settings());
    readLabels(*m_labels);
    if (!m_labels->keysListed()) {
        printFailure(m_labels->listFailure());
        return SomeFailed;
    }
    m_history.setContext(run.portal(), run.profileName(), m_labels->actor());
    return std::nullopt;
}

bool profileConnection(const PortalProfile &profile, ConnectionSettings *settings, QString *error)
{
    if (!profile.toConnectionSettings({}, settings, error))
        return false;
    KeychainSecretStore keychain;
    const SecretStore::Result saved = waitFor([&](QObject *context, SecretStore::Callback done) {
        keychain.read(profile.secretKey(), context, std::move(done));
    });
    if (saved.status != SecretStore::Status::Ok) {
        *error = saved.status == SecretStore::Status::Failed
                     ? saved.error
                     : tr("no token is saved for it (%1)").arg(keychain.description());
        return false;
    }
    settings->token = saved.secret;
    return true;
}

std::optional<int> listKeysOrFail(const ConnectionSettings &settings, QList<ApiKey> *keys)
{
    RevokeOutcome failure;
    if (fetchKeys(settings, keys, &failure))
        return std::nullopt;
    printFailure(failure);
    return SomeFailed;
}

bool stdinIsTerminal()
{
    return DSK_ISATTY(DSK_FILENO(stdin)) != 0;
}

namespace {

// One line typed on the terminal (unbuffered, so that a second question reads the next line);
// nothing when there is no terminal or it was closed.
std::optional<QString> readTerminalLine()
{
    if (!stdinIsTerminal())
        return std::nullopt;
    QFile input;
    if (!input.open(stdin, QIODevice::ReadOnly | QIODevice::Unbuffered))
        return std::nullopt;
    const QByteArray line = input.readLine(256);
    if (line.isEmpty())
        return std::nullopt;
    return QString::fromLocal8Bit(line).trimmed();
}

} // namespace

bool askYesNo(const QString &question)
{
    if (!stdinIsTerminal())
        return false;
    err() << question << QLatin1String(" [y/N] ") << Qt::flush;
    const QString answer = readTerminalLine().value_or(QString()).toLower();
    return answer == QLatin1String("y") || answer == QLatin1String("yes");
}

namespace {

QString describeForConfirmation(const QString &id, const ApiKey *key, bool own)
{
    if (!key)
        return own ? id + QLatin1Char(' ') + tr("(this token)") : id;
    QString text = tr("\"%1\" (%2)").arg(printable(key->name), printable(key->maskedKey()));
    if (own)
        text += QLatin1Char(' ') + tr("(this token)");
    if (!key->createdByName.isEmpty())
        text += QLatin1String(", ") + tr("created by %1").arg(printable(key->createdByName));
    return text + QLatin1String("  ") + id;
}

// The key the token itself is (GET /api/2.0/keys/@self, which needs no scope), as a normalised
// id; empty for a session token or when the portal does not say.
QString ownKeyIdOf(const ConnectionSettings &settings)
{
    if (!settings.token.trimmed().startsWith(QLatin1String("sk-")))
        return {};
    QNetworkAccessManager network;
    DocSpaceClient client(&network);
    client.setConnection(settings);
    ApiCall *call = client.call("GET", QStringLiteral("/api/2.0/keys/@self"));
    const auto [exchange] = waitForSignal(call, &ApiCall::finished, [call] { call->start(); });
    QJsonValue response;
    RevokeOutcome failure;
    if (!OutcomeClassifier::readResponse(exchange, &response, &failure))
        return {};
    const std::optional<ApiKey> key = ApiKey::fromJson(response.toObject());
    return key ? KeyId::parse(key->id).toString() : QString();
}

QString nothingDone(KeyOperation operation)
{
    return operation == KeyOperation::Revoke       ? tr("Nothing revoked.")
           : operation == KeyOperation::Deactivate ? tr("Nothing deactivated.")
                                                   : tr("Nothing reactivated.");
}

} // namespace

std::optional<int> confirmKeyChange(const Invocation &run, KeyOperation operation, QStringList *ids)
{
    if (run.isSet(QStringLiteral("yes")))
        return std::nullopt;
    const QString portal = run.portal();
    if (!stdinIsTerminal()) {
        const QString refusal =
            operation == KeyOperation::Revoke
                ? tr("Not revoking: no terminal to ask for confirmation on. Pass --yes to confirm "
                     "in a script.")
            : operation == KeyOperation::Deactivate
                ? tr("Not deactivating: no terminal to ask for confirmation on. Pass --yes to "
                     "confirm in a script.")
                : tr("Not reactivating: no terminal to ask for confirmation on. Pass --yes to "
                     "confirm in a script.");
        err() << refusal << '\n';
        return UsageError;
    }

    // Name the keys as the window does: the portal's list has their names, endings and owners;
    // the key the token itself is gets marked and its own question, as in the window.
    QList<ApiKey> keys;
    RevokeOutcome failure;
    const bool listed = fetchKeys(run.settings(), &keys, &failure);
    const QString ownKeyId = ownKeyIdOf(run.settings());
    QHash<QString, ApiKey> byId;
    for (const ApiKey &key : std::as_const(keys))
        byId.insert(key.id, key);
    const auto normalised = [](const QString &id) {
        const KeyId parsed = KeyId::parse(id);
        return parsed.isValid() ? parsed.toString() : QString();
    };
    int ownIndex = -1;
    for (int i = 0; i < ids->size(); ++i) {
        if (!ownKeyId.isEmpty() && normalised(ids->at(i)) == ownKeyId)
            ownIndex = i;
    }
    const int shownAtMost = 10;
    for (int i = 0; i < ids->size(); ++i) {
        // The own key is always shown, even past the first ten.
        if (i >= shownAtMost && i != ownIndex)
            continue;
        const auto found = byId.constFind(normalised(ids->at(i)));
        err() << QLatin1String("  ")
              << describeForConfirmation(printable(ids->at(i).trimmed()),
                                         found == byId.constEnd() ? nullptr : &*found,
                                         i == ownIndex)
              << '\n';
    }
    const int hidden = int(ids->size()) - shownAtMost - (ownIndex >= shownAtMost ? 1 : 0);
    if (hidden > 0)
        err() << QLatin1String("  ") << tr("... and %n more key(s)", nullptr, hidden) << '\n';
    if (!listed)
        err() << tr("(The key list could not be read to name the keys: %1)")
                     .arg(printable(failure.sentence))
              << '\n';

    const int n = int(ids->size());
    const QString question =
        operation == KeyOperation::Revoke
            ? tr("Revoke %n key(s) on %1? This cannot be undone.", nullptr, n).arg(portal)
        : operation == KeyOperation::Deactivate
            ? tr("Deactivate %n key(s) on %1? They stop working until reactivated.", nullptr, n)
                  .arg(portal)
            : tr("Reactivate %n key(s) on %1?", nullptr, n).arg(portal);
    if (n > KeyChangeTypeCountAbove) {
        // Many keys: the count must be typed, as in the window.
        err() << question << '\n'
              << tr("Type the number of keys (%1) to confirm; anything else cancels: ").arg(n)
              << Qt::flush;
        if (readTerminalLine().value_or(QString()) != QString::number(n)) {
            err() << tr("The number was not typed.") << ' ' << nothingDone(operation) << '\n';
            return UsageError;
        }
    } else if (!askYesNo(question)) {
        err() << nothingDone(operation) << '\n';
        return UsageError;
    }

    // Reactivating cannot lock the token out: a deactivated own key signs nothing in anyway.
    if (ownIndex < 0 || operation == KeyOperation::Activate)
        return std::nullopt;
    const auto own = byId.constFind(ownKeyId);
    const QString ownName =
        own == byId.constEnd()
            ? ownKeyId
            : tr("\"%1\" (%2)").arg(printable(own->name), printable(own->maskedKey()));
    err() << tr("%1 is the key this command signs in with on %2.").arg(ownName, portal) << ' '
          << (operation == KeyOperation::Revoke
                  ? tr("Once it is revoked, this token can no longer list or change keys; "
                       "revocation cannot be undone.")
                  : tr("While it is deactivated, this token cannot list, change or even "
                       "reactivate keys."))
          << '\n'
          << (operation == KeyOperation::Revoke
                  ? tr("Revoke it too (i), skip it and go on with the others (s), or cancel "
                       "everything (c)? [i/s/C] ")
                  : tr("Deactivate it too (i), skip it and go on with the others (s), or cancel "
                       "everything (c)? [i/s/C] "))
          << Qt::flush;
    const QString answer = readTerminalLine().value_or(QString()).toLower();
    if (answer == QLatin1String("i") || answer == QLatin1String("include"))
        return std::nullopt;
    if (answer == QLatin1String("s") || answer == QLatin1String("skip")) {
        QStringList others;
        for (int i = 0; i < ids->size(); ++i) {
            if (normalised(ids->at(i)) != ownKeyId)
                others << ids->at(i);
        }
        if (others.isEmpty()) {
            err() << nothingDone(operation) << '\n';
            return UsageError;
        }
        err() << tr("Skipping the key of this token.") << '\n';
        *ids = others;
        return std::nullopt;
    }
    err() << nothingDone(operation) << '\n';
    return UsageError;
}

void addListOptions(Invocation &run)
{
    run.parser().addOptions({
        {QStringLiteral("json"), Cli::tr("Print a JSON array.")},
        {QStringLiteral("csv"), Cli::tr("Print CSV with a header row.")},
        {QStringLiteral("expired"), Cli::tr("Only expired keys.")},
        {QStringLiteral("inactive"), Cli::tr("Only deactivated keys.")},
        {QStringLiteral("unused-days"),
         Cli::tr("Only keys unused for N days.") + QLatin1Char(' ') + KeyUsage::unusedRule(),
         QStringLiteral("N")},
        {QStringLiteral("created-by"), Cli::tr("Only keys created by this user (name or id)."),
         QStringLiteral("NAME")},
    });
}

std::optional<int> readListOptions(const Invocation &run, KeyFilter *filter, QString *createdBy)
{
    if (run.isSet(QStringLiteral("json")) && run.isSet(QStringLiteral("csv"))) {
        err() << Cli::tr("Choose --json or --csv, not both.") << '\n';
        return int(UsageError);
    }
    filter->expired = run.isSet(QStringLiteral("expired"));
    filter->deactivated = run.isSet(QStringLiteral("inactive"));
    if (run.isSet(QStringLiteral("unused-days"))) {
        bool ok = false;
        filter->unusedDays = run.value(QStringLiteral("unused-days")).toInt(&ok);
        if (!ok || filter->unusedDays < 0) {
            err() << Cli::tr("Invalid --unused-days: give a whole number of days.") << '\n';
            return int(UsageError);
        }
    }
    *createdBy = run.value(QStringLiteral("created-by")).trimmed();
    return std::nullopt;
}

} // namespace Cli
