#include "incidentcommands.h"

#include "clicommon.h"
#include "docspaceclient.h"
#include "keyhygiene.h"
#include "leakedsecret.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QSaveFile>

using namespace Cli;

namespace {

QString stateName(SecretIdentity::State state)
{
    switch (state) {
    case SecretIdentity::State::Identified:
        return QStringLiteral("identified");
    case SecretIdentity::State::NoLongerWorks:
        return QStringLiteral("no_longer_works");
    case SecretIdentity::State::NotIdentified:
        break;
    }
    return QStringLiteral("not_identified");
}

QString describe(const ApiKey &key)
{
    return printable(Cli::tr("\"%1\" (%2, ending %3), created by %4, %5")
                         .arg(key.name, key.id, key.keyPostfix, key.createdByName,
                              key.isUnrestricted() ? Cli::tr("all scopes")
                                                   : key.permissions.join(QLatin1String(", "))));
}

} // namespace

int runRevokeSecretCommand(const QStringList &arguments)
{
    Invocation run(
        QStringLiteral("revoke-secret"),
        Cli::tr("Revoke leaked API-key secrets. Reads any text on standard input (a log, a diff, "
                "a chat export), finds every sk- secret in it, asks the portal which key each one "
                "is, and revokes it with YOUR token (--profile or DOCSPACE_TOKEN), never with the "
                "leaked one. The text and the secrets are kept in memory only. Without --yes it "
                "only reports.\n"
                "Exit status: 0 every secret is revoked or no longer works, 1 otherwise, 2 usage "
                "error."));
    run.parser().addOptions({
        {QStringLiteral("yes"), Cli::tr("Revoke the identified keys without asking.")},
        {QStringLiteral("json"), Cli::tr("Print one JSON object per secret.")},
    });
    if (const auto done = run.parse(arguments))
        return *done;
    if (run.isSet(QStringLiteral("token-stdin"))) {
        err() << Cli::tr(
                     "Standard input holds the leaked text: give your own token in DOCSPACE_TOKEN "
                     "or a profile.")
              << '\n';
        return UsageError;
    }
    if (const auto done = run.connect())
        return *done;
    const ConnectionSettings &admin = run.settings();
    const QString profileName = run.profileName();

    QString text = readStdin();
    QStringList secrets = LeakedSecrets::find(text);
    text.fill(QLatin1Char(' '));
    text.clear();
    if (secrets.isEmpty()) {
        err() << Cli::tr("No API-key secret found on standard input (sk- followed by 64 lower-case "
                         "hexadecimal digits).")
              << '\n';
        return SomeFailed;
    }

    const bool json = run.isSet(QStringLiteral("json"));
    const bool revoke = run.isSet(QStringLiteral("yes"));
    const QDateTime now = QDateTime::currentDateTimeUtc();
    QNetworkAccessManager network;
    DocSpaceClient client(&network);
    client.setConnection(admin);
    // Who acts, for the history, as for revoke: read before the first revocation (and only
    // then, so that nothing but the identification is sent without --yes).
    BatchLabels labels(&network, admin);
    HistoryWriter history;
    bool allDone = true;

    for (QString &secret : secrets) {
        const QString shown = LeakedSecrets::redacted(secret);
        QObject scope; // the identification deletes itself when done, or with this
        auto *identification = new SecretIdentification(&network, admin, secret, &scope);
        const auto [identity] = waitForSignal(identification, &SecretIdentification::finished,
                                              [identification] { identification->start(); });
        secret.fill(QLatin1Char('0'));

        std::optional<RevokeOutcome> outcome;
        if (identity.state == SecretIdentity::State::Identified && revoke) {
            readLabels(labels, BatchLabels::Read::ActorOnly);
            outcome = std::get<0>(
                waitForSignal(client.revoke(identity.key.id), &RevokeOperation::finished));
            history.setContext(admin.portal.toString(), profileName, labels.actor());
            history.record(*outcome, identity.key.name, identity.key.keyPostfix);
        }
        const bool settled = (outcome && outcome->succeeded()) ||
                             (identity.state == SecretIdentity::State::NoLongerWorks &&
                              identity.candidates.isEmpty());
        allDone = allDone && settled;

        if (json) {
            QJsonObject line{{QStringLiteral("secret"), shown},
                             {QStringLiteral("state"), stateName(identity.state)}};
            if (identity.state == SecretIdentity::State::Identified)
                line.insert(QStringLiteral("key"), identity.key.toJson(now));
            else
                line.insert(QStringLiteral("message"), identity.failure.sentence);
            QJsonArray candidates;
            for (const ApiKey &key : std::as_const(identity.candidates))
                candidates.append(key.toJson(now));
            line.insert(QStringLiteral("candidates"), candidates);
            line.insert(QStringLiteral("outcome"),
                        outcome ? QJsonValue(outcome->kindName()) : QJsonValue());
            line.insert(QStringLiteral("http_status"), outcome && outcome->httpStatus
                                                           ? QJsonValue(outcome->httpStatus)
                                                           : QJsonValue());
            if (outcome)
                line.insert(QStringLiteral("message"), outcome->sentence);
            printJsonLine(line);
            continue;
        }
        if (identity.state == SecretIdentity::State::Identified) {
            out() << Cli::tr("%1 is key %2.").arg(shown, describe(identity.key)) << '\n';
            if (outcome) {
                out() << QLatin1String("  ") << outcome->kindName() << QLatin1String(": ")
                      << printable(outcome->sentence);
                if (!outcome->serverMessage.isEmpty())
                    out() << QLatin1String(" [")
                          << Cli::tr("portal: %1").arg(printable(outcome->serverMessage))
                          << QLatin1Char(']');
                out() << '\n';
            } else
                out() << QLatin1String("  ") << Cli::tr("Not revoked: pass --yes to revoke it.")
                      << '\n';
        } else {
            out() << shown << QLatin1String(": ") << printable(identity.failure.sentence) << '\n';
            for (const ApiKey &key : std::as_const(identity.candidates))
                out() << QLatin1String("  ")
                      << Cli::tr("candidate (same ending): %1").arg(describe(key)) << '\n';
            if (!identity.candidates.isEmpty())
                out() << QLatin1String("  ")
                      << Cli::tr("Candidates are never revoked automatically: check them, then use "
                                 "'docspace-keys-cli revoke ID'.")
                      << '\n';
        }
    }
    out().flush();
    return allDone ? Success : SomeFailed;
}

int runReportCommand(const QStringList &arguments)
{
    Invocation run(
        QStringLiteral("report"),
        Cli::tr("The key-hygiene report: expired keys still present, deactivated keys, keys never "
                "used or unused for N days, keys without expiry, keys with every permission."));
    run.parser().addOptions({
        {QStringLiteral("json"), Cli::tr("Print the report as JSON.")},
        {QStringLiteral("unused-days"),
         Cli::tr("Threshold for unused keys (default 90).") + QLatin1Char(' ') +
             KeyUsage::unusedRule(),
         QStringLiteral("N")},
        {QStringLiteral("html"), Cli::tr("Also write a printable HTML report to FILE."),
         QStringLiteral("FILE")},
        {QStringLiteral("csv"),
         Cli::tr("Also write the report as CSV to FILE (the same file as the window's export)."),
         QStringLiteral("FILE")},
    });
    if (const auto done = run.parse(arguments))
        return *done;
    int unusedDays = 90;
    if (run.isSet(QStringLiteral("unused-days"))) {
        bool ok = false;
        unusedDays = run.value(QStringLiteral("unused-days")).toInt(&ok);
        if (!ok || unusedDays < 1) {
            err() << Cli::tr("Invalid --unused-days: give a whole number of days.") << '\n';
            return UsageError;
        }
    }
    if (const auto done = run.connect())
        return *done;
    QList<ApiKey> keys;
    if (const auto done = listKeysOrFail(run.settings(), &keys))
        return *done;
    const HygieneReport report =
        HygieneReport::build(keys, QDateTime::currentDateTimeUtc(), unusedDays, run.portal());
    // Whole or not at all: a report cut short by a full disk must not pass for a complete one.
    const auto writeFile = [](const QString &path, const QByteArray &data) {
        QSaveFile file(path);
        if (!file.open(QIODevice::WriteOnly) || file.write(data) != data.size() || !file.commit()) {
            err() << Cli::tr("Cannot write %1: %2").arg(path, file.errorString()) << '\n';
            return false;
        }
        return true;
    };
    if (run.isSet(QStringLiteral("html")) &&
        !writeFile(run.value(QStringLiteral("html")), report.toHtml().toUtf8()))
        return SomeFailed;
    if (run.isSet(QStringLiteral("csv")) &&
        !writeFile(run.value(QStringLiteral("csv")), report.toCsv()))
        return SomeFailed;
    if (run.isSet(QStringLiteral("json"))) {
        printJson(QJsonDocument(report.toJson()));
        return Success;
    }
    out() << Cli::tr("Key hygiene on %1: %n key(s) examined.", nullptr, report.totalKeys)
                 .arg(report.portal)
          << '\n';
    for (const HygieneFinding &finding : report.findings) {
        out() << QString::number(finding.keys.size()).rightJustified(5) << QLatin1String("  ")
              << finding.title << '\n';
        for (const ApiKey &key : finding.keys)
            out() << QLatin1String("         ") << printable(key.id) << QLatin1String("  ")
                  << printable(key.maskedKey()) << QLatin1String("  ") << printable(key.name)
                  << '\n';
    }
    return Success;
}
