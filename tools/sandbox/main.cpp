// docspace-sandbox: a fake ONLYOFFICE DocSpace portal on loopback (HTTP and HTTPS).
#include "sandboxserver.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QDateTime>
#include <QFile>
#include <QJsonDocument>
#include <QRegularExpression>
#include <QSaveFile>
#include <QSocketNotifier>

#include <csignal>
#include <cstdio>

#ifdef Q_OS_UNIX
#include <sys/socket.h>
#include <unistd.h>
#endif

namespace {

#ifdef Q_OS_UNIX
int g_signalPipe[2] = {-1, -1};

extern "C" void onSignal(int)
{
    const char byte = 1;
    // Only async-signal-safe work here; the event loop does the rest.
    [[maybe_unused]] const auto written = ::write(g_signalPipe[0], &byte, 1);
}
#endif

void print(const QString &line)
{
    std::fputs(qPrintable(line + QLatin1Char('\n')), stdout);
}

bool parseOffset(const QString &text, int *seconds)
{
    static const QRegularExpression pattern(QStringLiteral("^([+-])(\\d{2}):?(\\d{2})$"));
    if (text == QLatin1String("Z")) {
        *seconds = 0;
        return true;
    }
    const QRegularExpressionMatch match = pattern.match(text);
    if (!match.hasMatch())
        return false;
    const int value = match.captured(2).toInt() * 3600 + match.captured(3).toInt() * 60;
    *seconds = match.captured(1) == QLatin1String("-") ? -value : value;
    return value <= 14 * 3600;
}

QString colonFingerprint(const QByteArray &hex)
{
    QStringList pairs;
    for (int i = 0; i + 1 < hex.size(); i += 2)
        pairs << QString::fromLatin1(hex.mid(i, 2)).toUpper();
    return pairs.join(QLatin1Char(':'));
}

void printBanner(const SandboxServer &server)
{
    const SandboxInfo info = server.info();
    print(QStringLiteral("docspace-sandbox: a fake ONLYOFFICE DocSpace portal. Demo credentials "
                         "only; never reuse them."));
    if (!info.httpUrl.isEmpty())
        print(QStringLiteral("  HTTP   %1").arg(info.httpUrl.toString()));
    if (!info.httpsUrl.isEmpty()) {
        print(QStringLiteral("  HTTPS  %1").arg(info.httpsUrl.toString()));
        print(QStringLiteral("  certificate SHA-256 %1")
                  .arg(colonFingerprint(info.certificateSha256)));
    }
    int generated = 0;
    for (const SandboxUser &user : info.users) {
        print(QString());
        print(QStringLiteral("  %1 <%2> (%3), password %4")
                  .arg(user.displayName(), user.email, sandboxRoleName(user.role), user.password));
        print(QStringLiteral("    session token (send raw): %1").arg(user.sessionToken));
        for (const SandboxKey &key : info.keys) {
            if (key.ownerId != user.id)
                continue;
            if (key.name.startsWith(QLatin1String("Generated key "))) {
                ++generated;
                continue;
            }
            QString state;
            if (key.isExpiredAt(QDateTime::currentDateTimeUtc()))
                state = QStringLiteral("  [expired]");
            else if (!key.isActive)
                state = QStringLiteral("  [inactive]");
            else if (key.permissions.isEmpty())
                state = QStringLiteral("  [unrestricted]");
            else
                state = QStringLiteral("  [") + key.permissions.join(QStringLiteral(", ")) +
                        QLatin1Char(']');
            print(QStringLiteral("    key \"%1\"  id %2%3")
                      .arg(key.name, key.id.toString(QUuid::WithoutBraces), state));
            print(QStringLiteral("        Bearer %1").arg(key.secret));
        }
    }
    if (generated > 0) {
        print(QStringLiteral("\n  plus %1 generated keys (see --info-file or /__sandbox/info)")
                  .arg(generated));
        print(QStringLiteral("    \"Generated key N\" (N = 1..%1): owner = user (N-1) mod %2 in "
                             "the order above;")
                  .arg(generated)
                  .arg(info.users.size()));
        print(QStringLiteral(
            "    secret = sk- + sha256hex(\"docspace-sandbox:key:generated:<N-1>\"), "
            "id = keys[].id in the info JSON;"));
        print(QStringLiteral("    an admin's session token (e.g. Alice's above) lists and revokes "
                             "all of them."));
    }
    print(QStringLiteral(
              "\n  control: %1/__sandbox/info, /faults, /limits, /reset, /stats, /requests")
              .arg((info.httpUrl.isEmpty() ? info.httpsUrl : info.httpUrl).toString()));
    print(QStringLiteral("  portal: DocSpace %1, state %2 (/__sandbox/portal, /__sandbox/user)")
              .arg(server.portal().settings().version.toString(),
                   portalStateName(server.portal().settings().state)));
    std::fflush(stdout);
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("docspace-sandbox"));
    QCoreApplication::setApplicationVersion(QStringLiteral(DSK_VERSION));

    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral(
        "A fake ONLYOFFICE DocSpace portal (API-key endpoints) on 127.0.0.1, for demos and "
        "tests. It plays DocSpace 3.7.2 (or 3.6.1), with the portal's rate limits, states and "
        "quirks.\n\n"
        "Control path (loopback only), also at runtime:\n"
        "  GET  /__sandbox/info                 URLs, users, tokens, keys with secrets\n"
        "  GET|POST|DELETE /__sandbox/faults    {latencyMs,status,truncate,drop,slowBodyMs,\n"
        "                                        "
        "rateLimit:{retryAfter},redirect:{location},count}\n"
        "  GET|POST /__sandbox/limits           "
        "{concurrentWrites,concurrentGets,requestsPerMinute,\n"
        "                                        keyCreations,dailyWrites,latencyMs}\n"
        "  GET|POST /__sandbox/portal           {state: normal|unpaid|suspended|transferring|\n"
        "                                        ipRestricted, developerToolsAdminsOnly, version}\n"
        "  POST /__sandbox/user                 {email, disabled: bool} or {email, remove: true}\n"
        "  POST /__sandbox/reset                re-seed; optional {seedKeys: N}\n"
        "  POST /__sandbox/sweep, GET /__sandbox/stats, POST /__sandbox/stats/reset,\n"
        "  GET /__sandbox/requests\n"
        "See tools/sandbox/README.md."));
    parser.addHelpOption();
    parser.addVersionOption();
    const QCommandLineOption httpPort(QStringLiteral("http-port"),
                                      QStringLiteral("HTTP port (0 = random)."),
                                      QStringLiteral("port"), QStringLiteral("8088"));
    const QCommandLineOption httpsPort(QStringLiteral("https-port"),
                                       QStringLiteral("HTTPS port (0 = random)."),
                                       QStringLiteral("port"), QStringLiteral("8443"));
    const QCommandLineOption noHttps(QStringLiteral("no-https"),
                                     QStringLiteral("No HTTPS listener."));
    const QCommandLineOption cert(QStringLiteral("cert"),
                                  QStringLiteral("PEM certificate (chain) for HTTPS."),
                                  QStringLiteral("pem"));
    const QCommandLineOption key(
        QStringLiteral("key"), QStringLiteral("PEM private key for HTTPS."), QStringLiteral("pem"));
    const QCommandLineOption state(QStringLiteral("state"),
                                   QStringLiteral("Load state from this file if it exists, save "
                                                  "after every change."),
                                   QStringLiteral("file"));
    const QCommandLineOption seedKeys(QStringLiteral("seed-keys"),
                                      QStringLiteral("Add N generated keys."), QStringLiteral("n"),
                                      QStringLiteral("0"));
    const QCommandLineOption infoFile(QStringLiteral("info-file"),
                                      QStringLiteral("Write URLs, certificate and credentials as "
                                                     "JSON here once listening."),
                                      QStringLiteral("path"));
    const QCommandLineOption latency(
        QStringLiteral("latency-ms"),
        QStringLiteral("Hold every API answer this long (a timer: other "
                       "requests go on; the request counts as in "
                       "flight for the concurrency limits)."),
        QStringLiteral("ms"), QStringLiteral("0"));
    const QCommandLineOption fault(
        QStringLiteral("fault"),
        QStringLiteral("Initial fault, JSON as for POST /__sandbox/faults "
                       "or key=value list, e.g. status=502,count=2."),
        QStringLiteral("spec"));
    const QCommandLineOption tz(QStringLiteral("tz-offset"),
                                QStringLiteral("Portal time-zone offset for dates."),
                                QStringLiteral("offset"), QStringLiteral("+03:00"));
    const QCommandLineOption rate(QStringLiteral("rate-per-minute"),
                                  QStringLiteral("Requests per minute per user (0 = unlimited)."),
                                  QStringLiteral("n"), QStringLiteral("1500"));
    const QCommandLineOption concurrentGets(QStringLiteral("concurrent-gets"),
                                            QStringLiteral("Concurrent GETs per user."),
                                            QStringLiteral("n"), QStringLiteral("50"));
    const QCommandLineOption concurrentWrites(
        QStringLiteral("concurrent-writes"),
        QStringLiteral("Concurrent POST/PUT/DELETE per user (0 = unlimited; "
                       "past it: 429, empty body, no headers)."),
        QStringLiteral("n"), QStringLiteral("15"));
    const QCommandLineOption keyCreations(QStringLiteral("key-creations"),
                                          QStringLiteral("POST /keys per user per 15 minutes."),
                                          QStringLiteral("n"), QStringLiteral("5"));
    const QCommandLineOption dailyWrites(
        QStringLiteral("daily-writes"),
        QStringLiteral("POST/PUT per user per day (0 = unlimited)."), QStringLiteral("n"),
        QStringLiteral("10000"));
    const QCommandLineOption sweep(QStringLiteral("expiry-sweep-seconds"),
                                   QStringLiteral("How often expired keys are marked inactive."),
                                   QStringLiteral("s"), QStringLiteral("600"));
    const QCommandLineOption version(
        QStringLiteral("docspace-version"),
        QStringLiteral(
            "DocSpace version to play: 3.7 (3.7.2, default) or 3.6 (3.6.1; before 3.7.1: "
            "non-UUID DELETE id gives 400, PUT does not refuse expired keys, any scope "
            "manages keys), or a full x.y.z."),
        QStringLiteral("version"), QStringLiteral("3.7"));
    const QCommandLineOption portalState(
        QStringLiteral("portal-state"),
        QStringLiteral("normal, unpaid (402), suspended (404), transferring (403 empty) or "
                       "ipRestricted (403 JSON string); also POST /__sandbox/portal."),
        QStringLiteral("state"), QStringLiteral("normal"));
    const QCommandLineOption devToolsAdmins(
        QStringLiteral("developer-tools-admins-only"),
        QStringLiteral("Restrict developer tools to administrators (POST /keys by others: 403)."));
    const QCommandLineOption maxConnections(
        QStringLiteral("max-connections"),
        QStringLiteral("Open connections at once; more get 503 (0 = unlimited)."),
        QStringLiteral("n"), QStringLiteral("256"));
    const QCommandLineOption requestTimeout(
        QStringLiteral("request-timeout-ms"),
        QStringLiteral("A started request must be complete within this (else 408, 0 = none)."),
        QStringLiteral("ms"), QStringLiteral("10000"));
    const QCommandLineOption idleTimeout(
        QStringLiteral("idle-timeout-ms"),
        QStringLiteral("Close a connection waiting this long for a request (0 = never)."),
        QStringLiteral("ms"), QStringLiteral("30000"));
    const QCommandLineOption quiet(QStringLiteral("quiet"), QStringLiteral("Print only the URLs."));
    parser.addOptions(
        {httpPort,       httpsPort,        noHttps,        cert,           key,         state,
         seedKeys,       infoFile,         latency,        fault,          tz,          rate,
         concurrentGets, concurrentWrites, keyCreations,   dailyWrites,    sweep,       version,
         portalState,    devToolsAdmins,   maxConnections, requestTimeout, idleTimeout, quiet});
    parser.process(app);

    const auto fail = [](const QString &message) {
        std::fputs(qPrintable(QStringLiteral("docspace-sandbox: ") + message + QLatin1Char('\n')),
                   stderr);
        return 2;
    };
    const auto number = [&parser](const QCommandLineOption &option, int min, int max, int *out) {
        bool ok = false;
        *out = parser.value(option).toInt(&ok);
        return ok && *out >= min && *out <= max;
    };

    PortalOptions options;
    int http = 0;
    int https = 0;
    int sweepSeconds = 0;
    if (!number(httpPort, 0, 65535, &http) || !number(httpsPort, 0, 65535, &https))
        return fail(QStringLiteral("ports must be 0..65535"));
    if (!number(seedKeys, 0, 10000000, &options.seedKeys) ||
        !number(latency, 0, 3600000, &options.baseLatencyMs) ||
        !number(rate, 0, INT_MAX, &options.limits.requestsPerMinute) ||
        !number(concurrentGets, 0, INT_MAX, &options.limits.concurrentGets) ||
        !number(concurrentWrites, 0, INT_MAX, &options.limits.concurrentWrites) ||
        !number(keyCreations, 0, INT_MAX, &options.limits.keyCreations) ||
        !number(dailyWrites, 0, INT_MAX, &options.limits.dailyWrites) ||
        !number(sweep, 0, INT_MAX / 1000, &sweepSeconds))
        return fail(QStringLiteral("numeric options must be non-negative integers"));
    SandboxTransportLimits transportLimits;
    if (!number(maxConnections, 0, 1000000, &transportLimits.maxConnections) ||
        !number(requestTimeout, 0, 3600000, &transportLimits.requestTimeoutMs) ||
        !number(idleTimeout, 0, 86400000, &transportLimits.idleTimeoutMs))
        return fail(QStringLiteral("numeric options must be non-negative integers"));
    const auto parsedVersion = DocSpaceVersion::parse(parser.value(version));
    if (!parsedVersion)
        return fail(
            QStringLiteral("--docspace-version must be 3.6, 3.7 or x.y.z (3.1.0 or later)"));
    options.settings.version = *parsedVersion;
    const auto parsedState = portalStateFromName(parser.value(portalState));
    if (!parsedState)
        return fail(QStringLiteral("--portal-state must be normal, unpaid, suspended, "
                                   "transferring or ipRestricted"));
    options.settings.state = *parsedState;
    options.settings.developerToolsAdminsOnly = parser.isSet(devToolsAdmins);
    if (!parseOffset(parser.value(tz), &options.tzOffsetSeconds))
        return fail(QStringLiteral("--tz-offset must look like +03:00"));
    if (parser.isSet(cert) != parser.isSet(key))
        return fail(QStringLiteral("--cert and --key go together"));

    SandboxServer server(options);
    if (parser.isSet(cert)) {
        QFile certFile(parser.value(cert));
        QFile keyFile(parser.value(key));
        if (!certFile.open(QIODevice::ReadOnly) || !keyFile.open(QIODevice::ReadOnly))
            return fail(QStringLiteral("cannot read --cert or --key"));
        if (!server.setCertificate(certFile.readAll(), keyFile.readAll()))
            return fail(server.errorString());
    }
    if (parser.isSet(state) && !server.setStateFile(parser.value(state)))
        return fail(server.errorString());
    if (parser.isSet(fault)) {
        QString error;
        const auto faults = FaultSettings::fromString(parser.value(fault), &error);
        if (!faults)
            return fail(QStringLiteral("--fault: ") + error);
        server.setFaults(*faults);
    }
    server.setExpirySweepInterval(sweepSeconds);
    server.setTransportLimits(transportLimits);

    if (!server.listen(QHostAddress(QHostAddress::LocalHost), http,
                       parser.isSet(noHttps) ? -1 : https))
        return fail(server.errorString());

    if (parser.isSet(infoFile)) {
        QSaveFile file(parser.value(infoFile));
        if (!file.open(QIODevice::WriteOnly))
            return fail(QStringLiteral("cannot write --info-file: ") + file.errorString());
        file.write(QJsonDocument(server.info().toJson()).toJson(QJsonDocument::Indented));
        if (!file.commit())
            return fail(QStringLiteral("cannot write --info-file: ") + file.errorString());
    }

    if (parser.isSet(quiet)) {
        if (!server.httpUrl().isEmpty())
            print(QStringLiteral("HTTP %1").arg(server.httpUrl().toString()));
        if (!server.httpsUrl().isEmpty())
            print(QStringLiteral("HTTPS %1").arg(server.httpsUrl().toString()));
        std::fflush(stdout);
    } else {
        printBanner(server);
    }

#ifdef Q_OS_UNIX
    if (::socketpair(AF_UNIX, SOCK_STREAM, 0, g_signalPipe) == 0) {
        auto *notifier = new QSocketNotifier(g_signalPipe[1], QSocketNotifier::Read, &app);
        QObject::connect(notifier, &QSocketNotifier::activated, &app, [] {
            char byte = 0;
            [[maybe_unused]] const auto got = ::read(g_signalPipe[1], &byte, 1);
            QCoreApplication::quit();
        });
        struct sigaction action = {};
        action.sa_handler = onSignal;
        sigemptyset(&action.sa_mask);
        action.sa_flags = SA_RESTART;
        sigaction(SIGINT, &action, nullptr);
        sigaction(SIGTERM, &action, nullptr);
    }
#endif

    const int code = QCoreApplication::exec();
    server.close();
    server.saveState();
    return code;
}
