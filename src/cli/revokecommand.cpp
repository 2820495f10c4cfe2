#include "revokecommand.h"

#include "clicommon.h"
#include "docspaceclient.h"

#include <QCoreApplication>
#include <QEventLoop>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>

using namespace Cli;

namespace {

void printOutcome(const RevokeOutcome &outcome, bool json)
{
    if (json) {
        QJsonObject line{
            {QStringLiteral("id"), outcome.keyId},
            {QStringLiteral("outcome"), outcome.kindName()},
            {QStringLiteral("http_status"),
             outcome.httpStatus ? QJsonValue(outcome.httpStatus) : QJsonValue()},
            {QStringLiteral("message"), outcome.sentence},
        };
        if (!outcome.serverMessage.isEmpty())
            line.insert(QStringLiteral("server_message"), outcome.serverMessage);
        if (outcome.retryAfterSeconds >= 0)
            line.insert(QStringLiteral("retry_after"), outcome.retryAfterSeconds);
        if (!outcome.certificateSha256.isEmpty())
            line.insert(QStringLiteral("certificate_sha256"), outcome.certificateSha256);
        out() << QString::fromUtf8(QJsonDocument(line).toJson(QJsonDocument::Compact)) << '\n';
    } else {
        const QString status = outcome.httpStatus
                                   ? QStringLiteral("HTTP %1").arg(outcome.httpStatus)
                                   : QStringLiteral("-");
        out() << outcome.keyId << QLatin1String("  ") << outcome.kindName() << QLatin1String("  ")
              << status << QLatin1String("  ") << outcome.sentence;
        if (!outcome.serverMessage.isEmpty())
            out() << QLatin1String(" [") << tr("portal: %1").arg(outcome.serverMessage)
                  << QLatin1Char(']');
        if (!outcome.certificateSha256.isEmpty())
            out() << QLatin1String(" [SHA-256 ") << outcome.certificateSha256 << QLatin1Char(']');
        out() << '\n';
    }
    out().flush();
}

} // namespace

int runRevokeCommand(const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        tr("Revoke (delete) DocSpace API keys by id. Each id gets one line of output.\n"
           "Exit status: 0 every key revoked, 1 at least one not revoked, 2 usage error."));
    parser.addHelpOption();
    addConnectionOptions(parser);
    parser.addOptions({
        {QStringLiteral("yes"), tr("Do not ask for confirmation (for scripts).")},
        {QStringLiteral("json"), tr("Print one JSON object per id.")},
    });
    parser.addPositionalArgument(QStringLiteral("ID"), tr("Key ids (UUIDs) to revoke."),
                                 QStringLiteral("ID..."));

    QStringList args = arguments;
    args.prepend(QStringLiteral("docspace-keys-cli revoke"));
    if (!parser.parse(args)) {
        err() << parser.errorText() << '\n'
              << tr("Run 'docspace-keys-cli revoke --help' for the options.") << '\n';
        return UsageError;
    }
    if (parser.isSet(QStringLiteral("help"))) {
        out() << parser.helpText();
        return Success;
    }
    const QStringList ids = parser.positionalArguments();
    if (ids.isEmpty()) {
        err() << tr("Give at least one key id to revoke.") << '\n';
        return UsageError;
    }

    ConnectionSettings settings;
    QString error;
    if (!readConnection(parser, &settings, &error)) {
        err() << error << '\n';
        return UsageError;
    }
    if (!settings.portal.isHttps() && !settings.portal.isLoopback() && settings.allowInsecureHttp)
        err() << tr("Warning: sending the access token to %1 over unencrypted HTTP.")
                     .arg(settings.portal.toString())
              << '\n';

    if (!parser.isSet(QStringLiteral("yes"))) {
        if (!stdinIsTerminal()) {
            err() << tr("Not revoking: no terminal to ask for confirmation on. Pass --yes to "
                        "confirm in a script.")
                  << '\n';
            return UsageError;
        }
        const QString question = tr("Revoke %n key(s) on %1? This cannot be undone.", ids.size())
                                     .arg(settings.portal.toString());
        if (!askYesNo(question)) {
            err() << tr("Nothing revoked.") << '\n';
            return UsageError;
        }
    }

    const bool json = parser.isSet(QStringLiteral("json"));
    QNetworkAccessManager network;
    DocSpaceClient client(&network);
    client.setConnection(settings);

    bool allRevoked = true;
    for (const QString &id : ids) {
        QEventLoop loop;
        RevokeOutcome result;
        RevokeOperation *operation = client.revoke(id);
        QObject::connect(operation, &RevokeOperation::rateLimitWait, operation,
                         [](int seconds, int attempt) {
                             err() << tr("Rate limited by the portal; retrying in %n second(s) "
                                         "(attempt %1).",
                                         seconds)
                                          .arg(attempt + 1)
                                   << '\n'
                                   << Qt::flush;
                         });
        QObject::connect(operation, &RevokeOperation::finished, &loop,
                         [&](const RevokeOutcome &outcome) {
                             result = outcome;
                             loop.quit();
                         });
        loop.exec();
        printOutcome(result, json);
        allRevoked = allRevoked && result.succeeded();
    }
    return allRevoked ? Success : SomeFailed;
}
