#include "firstpaintreporter.h"
#include "mainwindow.h"
#include "sandboxdemo.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QStatusBar>

#include <cstdio>
#include <cstring>
#include <memory>

namespace {
// --help and --version must work without a display, so they get a console application only.
bool printsAndExits(int argc, char *argv[])
{
    for (int i = 1; i < argc; ++i) {
        for (const char *option : {"-h", "-?", "--help", "--help-all", "-v", "--version"}) {
            if (std::strcmp(argv[i], option) == 0)
                return true;
        }
    }
    return false;
}
} // namespace

int main(int argc, char *argv[])
{
    const std::unique_ptr<QCoreApplication> app(printsAndExits(argc, argv)
                                                    ? new QCoreApplication(argc, argv)
                                                    : new QApplication(argc, argv));
    QApplication::setOrganizationName(QStringLiteral("DocSpaceKeys"));
    QApplication::setApplicationName(QStringLiteral("docspace-keys"));
    QApplication::setApplicationVersion(QStringLiteral(DSK_VERSION));

    QCommandLineParser parser;
    parser.setApplicationDescription(QApplication::translate(
        "main", "Revoke ONLYOFFICE DocSpace API keys. The access token is never read from the "
                "command line; DOCSPACE_TOKEN in the environment may prefill it."));
    parser.addHelpOption();
    parser.addVersionOption();
    const QCommandLineOption portalOption(
        QStringLiteral("portal"), QApplication::translate("main", "Prefill the portal address."),
        QStringLiteral("URL"));
    const QCommandLineOption keyIdOption(QStringLiteral("key-id"),
                                         QApplication::translate("main", "Prefill the key id."),
                                         QStringLiteral("ID"));
    const QCommandLineOption sandboxOption(
        QStringLiteral("sandbox-info"),
        QApplication::translate("main", "Demo mode: connect to the sandbox portal described by "
                                        "this docspace-sandbox --info-file."),
        QStringLiteral("FILE"));
    parser.addOptions({portalOption, keyIdOption, sandboxOption});
    parser.process(*app);

    QApplication::setApplicationDisplayName(QStringLiteral("DocSpace Keys"));
    QApplication::setDesktopFileName(QStringLiteral("docspace-keys"));
    MainWindow::initResources();
    QApplication::setWindowIcon(QIcon(QStringLiteral(":/icons/docspace-keys.svg")));

    MainWindow window;
    if (parser.isSet(portalOption))
        window.setPortalAddress(parser.value(portalOption));
    if (parser.isSet(keyIdOption))
        window.setKeyId(parser.value(keyIdOption));
    const QString environmentToken = qEnvironmentVariable("DOCSPACE_TOKEN");
    if (!environmentToken.isEmpty())
        window.setToken(environmentToken);

    if (parser.isSet(sandboxOption)) {
        SandboxDemo demo;
        QString error;
        if (!SandboxDemo::load(parser.value(sandboxOption), &demo, &error) ||
            (!demo.certificateSha256.isEmpty() &&
             !window.trustCertificate(demo.portal, demo.certificateSha256, &error))) {
            std::fprintf(stderr, "docspace-keys: %s\n", qUtf8Printable(error));
            return 2;
        }
        window.setPortalAddress(demo.portal);
        window.setToken(demo.token);
        window.setAuthScheme(AuthScheme::Auto);
        window.setKeyId(demo.keyId);
        window.statusBar()->showMessage(
            QApplication::translate("main", "Demo mode: connected to the sandbox portal"));
    }

    FirstPaintReporter reporter;
    if (FirstPaintReporter::requested())
        window.installEventFilter(&reporter);
    window.show();
    return QApplication::exec();
}
