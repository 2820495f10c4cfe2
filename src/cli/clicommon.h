#pragma once

#include "apikey.h"
#include "batchlabels.h"
#include "connectionsettings.h"
#include "historyrecorder.h"
#include "portalprofile.h"
#include "revokeoutcome.h"
#include "terminaltext.h"

#include <QCommandLineParser>
#include <QEventLoop>
#include <QJsonDocument>
#include <QJsonObject>
#include <QPointer>
#include <QTextStream>

#include <functional>
#include <memory>
#include <optional>
#include <tuple>
#include <type_traits>

// What every subcommand shares: the streams, exit codes, the connection options, the wait for
// a result, the way to the history, and how a failure and a portal's text reach the terminal.
class QNetworkAccessManager;

namespace Cli {

enum ExitCode
{
    Success = 0,
    SomeFailed = 1,
    UsageError = 2
};

QTextStream &out();
QTextStream &err();

// Text from the portal (or from a file the portal filled) on its way to the terminal.
using Terminal::printable;

// JSON on standard output, exact but with nothing a terminal acts on (Terminal::escapeJson):
// a whole document indented, or one compact line per record.
void printJson(const QJsonDocument &document);
void printJsonLine(const QJsonObject &object);

// Columns padded to their widest cell; every cell goes through printable() (most come from the
// portal, the history or the retirement plan).
void printTable(QList<QStringList> rows);

// A date for JSON: ISO 8601, or null when there is none.
QJsonValue dateValue(const QDateTime &date);
// A local day (yyyy-MM-dd) for a table, or `none`.
QString day(const QDateTime &date, const QString &none);

// An outcome as JSON fields: outcome, http_status, message, and server_message, retry_after and
// certificate_sha256 when known.
QJsonObject outcomeJson(const RevokeOutcome &outcome);
// "kind: sentence [portal: message]", printable.
QString failureLine(const RevokeOutcome &failure);

// One line of standard input, for --token-stdin.
QString readTokenFromStdin();
// All of standard input, as UTF-8.
QString readStdin();

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

// The parse / connect / print-the-problem block every portal command shares:
//
//     Invocation run(QStringLiteral("list"), tr("List the keys..."));
//     run.parser().addOption(...);
//     if (const auto done = run.parse(arguments))
//         return *done;
//     ... check the command's own options ...
//     if (const auto done = run.connect())
//         return *done;
//     ... run.settings() ...
class Invocation
{
public:
    enum class Positional
    {
        None,
        Allowed
    };
    enum class Connection
    {
        Needed, // adds the connection options; connect() reads them
        None
    };

    Invocation(const QString &command, const QString &description,
               Connection connection = Connection::Needed);

    QCommandLineParser &parser() { return m_parser; }
    bool isSet(const QString &option) const { return m_parser.isSet(option); }
    QString value(const QString &option) const { return m_parser.value(option); }
    QStringList positionalArguments() const { return m_parser.positionalArguments(); }

    // Parses; --help prints the help. Nothing when the command goes on, else its exit code.
    std::optional<int> parse(const QStringList &arguments,
                             Positional positional = Positional::None);
    // Reads the connection and the token; prints the problem and gives UsageError. Warns when
    // the token is about to travel unencrypted.
    std::optional<int> connect();

    const ConnectionSettings &settings() const { return m_settings; }
    QString portal() const { return m_settings.portal.toString(); }
    QString profileName() const { return m_profileName; }

private:
    QString m_command;
    QCommandLineParser m_parser;
    ConnectionSettings m_settings;
    QString m_profileName;
};

// Runs the event loop until `sender` emits `signal` (after calling `start`, if given) and gives
// the signal's arguments: `const auto [outcome] = waitForSignal(op, &RevokeOperation::finished);`
// Should the sender be destroyed without emitting, the arguments are default-constructed.
template<typename Object, typename Sender, typename... Args>
std::tuple<std::decay_t<Args>...> waitForSignal(Object *sender, void (Sender::*signal)(Args...),
                                                const std::function<void()> &start = {})
{
    std::tuple<std::decay_t<Args>...> result;
    QEventLoop loop;
    bool over = false; // a signal sent from start() itself is not waited for again
    QObject::connect(sender, signal, &loop, [&](const std::decay_t<Args> &...values) {
        result = std::make_tuple(values...);
        over = true;
        loop.quit();
    });
    QObject::connect(sender, &QObject::destroyed, &loop, [&] {
        over = true;
        loop.quit();
    });
    if (start)
        start();
    if (!over)
        loop.exec();
    return result;
}

// "kind: sentence" on standard error, with the certificate's fingerprint below when the
// sentence asks the user to compare it.
void printFailure(const RevokeOutcome &failure);

// GET /api/2.0/keys, waited for. False with the reason in *failure.
bool fetchKeys(const ConnectionSettings &settings, QList<ApiKey> *keys, RevokeOutcome *failure);
// The same, printing the failure (printFailure): nothing when listed, else SomeFailed.
std::optional<int> listKeysOrFail(const ConnectionSettings &settings, QList<ApiKey> *keys);

// Key ids from the command line, normalised, repeats dropped. On an invalid one, prints it with
// the reason and gives UsageError.
std::optional<int> parseKeyIds(const QStringList &inputs, QStringList *ids);

// The command line's way to the history, the window's too: core's HistoryRecorder (source
// "cli"), every record with who acted and the key's name and ending, on disk before record()
// returns, so before the line that reports it is printed. The first failure to write is said on
// standard error, once; a record that could not be written makes record() false.
class HistoryWriter
{
public:
    HistoryWriter();

    // Where the records happen: the portal, the profile used (empty when none), who acts.
    void setContext(const QString &portal, const QString &profile, const QString &actor);
    bool record(const RevokeOutcome &outcome, const QString &keyName = {},
                const QString &keyPostfix = {});
    // A record made by HistoryRecorder::creation() or edit().
    bool record(const HistoryRecord &record);

private:
    bool reported(bool ok);

    HistoryRecorder m_recorder;
    QString m_portal;
    QString m_profile;
    QString m_actor;
    bool m_failureReported = false;
};

// Who is acting and, with Read::ActorAndKeys, the keys the portal lists, read side by side
// (BatchLabels) and waited for.
void readLabels(BatchLabels &labels, BatchLabels::Read read = BatchLabels::Read::ActorAndKeys);

// The step shared by the commands that change keys the portal must list first (rotate, retire):
// the ids given; then the connection, who is acting and the portal's keys, read side by side;
// the history writer is set to that portal, profile and actor.
class KeyTargets
{
public:
    KeyTargets();
    ~KeyTargets();

    // The ids, normalised, repeats dropped; nothing when usable, else the exit code after
    // saying why (an invalid id, none at all).
    std::optional<int> parse(const QStringList &inputs);
    // Connects and reads; nothing when the keys were listed, else the exit code after saying
    // why.
    std::optional<int> connect(Invocation &run);

    const QStringList &ids() const { return m_ids; }
    // The key as the portal listed it; nullptr when it did not.
    const ApiKey *key(const QString &id) const { return m_labels ? m_labels->key(id) : nullptr; }
    QString actor() const { return m_labels ? m_labels->actor() : QString(); }
    QNetworkAccessManager *network() const { return m_network.get(); }
    HistoryWriter &history() { return m_history; }

private:
    QStringList m_ids;
    std::unique_ptr<QNetworkAccessManager> m_network;
    std::unique_ptr<BatchLabels> m_labels;
    HistoryWriter m_history;
};

// A saved profile's connection with its keychain token; false with the reason in *error.
bool profileConnection(const PortalProfile &profile, ConnectionSettings *settings, QString *error);

// Asks on the terminal; false when there is no terminal or the answer is not yes.
bool stdinIsTerminal();
bool askYesNo(const QString &question);

// The rule for every key change from the command line, as the window's KeyChangeConfirmation:
// --yes, or a terminal to ask on. The question names the portal, the operation, and each key
// (name, ending, owner, when the portal's list has it); above KeyChangeTypeCountAbove keys the
// number must be typed. The key the token itself is, when among them (and the change is not a
// reactivation), is marked and asked about apart: include it, skip it (it is taken out of *ids)
// or cancel. Nothing when confirmed, else the exit code (UsageError) after saying why nothing
// was done.
std::optional<int> confirmKeyChange(const Invocation &run, KeyOperation operation,
                                    QStringList *ids);

QString tr(const char *text, const char *disambiguation = nullptr, int n = -1);

// The options `list` and `list --all-profiles` share: output format and the key filters.
void addListOptions(Invocation &run);
// Reads them after parse(); an exit status when they are not usable (e.g. --json with --csv).
std::optional<int> readListOptions(const Invocation &run, KeyFilter *filter, QString *createdBy);

} // namespace Cli
