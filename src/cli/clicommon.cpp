#include "clicommon.h"

#include <QCoreApplication>
#include <QFile>
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

QString tr(const char *text, int n)
{
    return QCoreApplication::translate("Cli", text, nullptr, n);
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

void addConnectionOptions(QCommandLineParser &parser)
{
    parser.addOptions({
        {QStringLiteral("portal"), tr("Portal address, e.g. https://portal.example.com."),
         QStringLiteral("URL")},
        {QStringLiteral("auth"),
         tr("How to send the token: auto (default; sk-... is an API key), apikey or session."),
         QStringLiteral("SCHEME"), QStringLiteral("auto")},
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
         tr("Give up when the portal sends nothing for this many "
            "seconds (default 30)."),
         QStringLiteral("SEC"), QStringLiteral("30")},
    });
}

static QString readTokenLine()
{
    QFile input;
    if (!input.open(stdin, QIODevice::ReadOnly))
        return {};
    return QString::fromUtf8(input.readLine(64 * 1024)).trimmed();
}

bool readConnection(const QCommandLineParser &parser, ConnectionSettings *settings, QString *error)
{
    if (!parser.isSet(QStringLiteral("portal"))) {
        *error = tr("Missing --portal: give the portal address, e.g. --portal "
                    "https://portal.example.com.");
        return false;
    }
    settings->portal = PortalAddress::parse(parser.value(QStringLiteral("portal")));
    if (!settings->portal.isValid()) {
        *error = tr("Invalid --portal: %1").arg(settings->portal.errorString());
        return false;
    }
    if (!Auth::parseSchemeName(parser.value(QStringLiteral("auth")), &settings->scheme)) {
        *error = tr("Invalid --auth \"%1\": use auto, apikey or session.")
                     .arg(parser.value(QStringLiteral("auth")));
        return false;
    }
    bool ok = false;
    const double timeout = parser.value(QStringLiteral("timeout")).toDouble(&ok);
    if (!ok || timeout <= 0 || timeout > 3600) {
        *error = tr("Invalid --timeout: give a number of seconds between 1 and 3600.");
        return false;
    }
    settings->timeoutMs = int(timeout * 1000);
    settings->allowInsecureHttp = parser.isSet(QStringLiteral("allow-http"));
    if (parser.isSet(QStringLiteral("ca-file")) &&
        !settings->trust.addCaFile(parser.value(QStringLiteral("ca-file")), error))
        return false;
    if (parser.isSet(QStringLiteral("trust-cert")) &&
        !settings->trust.addPinnedFingerprint(parser.value(QStringLiteral("trust-cert")), error)) {
        *error = tr("Invalid --trust-cert: %1").arg(*error);
        return false;
    }

    if (parser.isSet(QStringLiteral("token-stdin")))
        settings->token = readTokenLine();
    else
        settings->token =
            QProcessEnvironment::systemEnvironment().value(QStringLiteral("DOCSPACE_TOKEN"));
    if (Auth::cleanToken(settings->token).isEmpty()) {
        *error =
            parser.isSet(QStringLiteral("token-stdin"))
                ? tr("No access token on standard input: pipe one line holding the token.")
                : tr("No access token: set DOCSPACE_TOKEN, or pass --token-stdin and pipe it in.");
        return false;
    }
    return true;
}

bool stdinIsTerminal()
{
    return DSK_ISATTY(DSK_FILENO(stdin)) != 0;
}

bool askYesNo(const QString &question)
{
    if (!stdinIsTerminal())
        return false;
    err() << question << QLatin1String(" [y/N] ") << Qt::flush;
    QFile input;
    if (!input.open(stdin, QIODevice::ReadOnly))
        return false;
    const QString answer = QString::fromLocal8Bit(input.readLine(256)).trimmed().toLower();
    return answer == QLatin1String("y") || answer == QLatin1String("yes");
}

} // namespace Cli
