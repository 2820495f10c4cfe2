#include "mainwindow.h"
#include "sandboxdemo.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QStatusBar>

#include <cstdio>

int main(int argc, char *argv[])
{
    QApplication app(argc, argv);
    QApplication::setOrganizationName(QStringLiteral("DocSpaceKeys"));
    QApplication::setApplicationName(QStringLiteral("docspace-keys"));
    QApplication::setApplicationDisplayName(QStringLiteral("DocSpace Keys"));
    QApplication::setApplicationVersion(QStringLiteral(DSK_VERSION));
    QApplication::setDesktopFileName(QStringLiteral("docspace-keys"));
    MainWindow::initResources();
    QApplication::setWindowIcon(QIcon(QStringLiteral(":/icons/docspace-keys.svg")));

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
    parser.process(app);

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

    window.show();
    return QApplication::exec();
}
