#include "firstpaintreporter.h"
#include "mainwindow.h"
#include "processhardening.h"
#include "profilestore.h"
#include "sandboxdemo.h"
#include "secretstore.h"
#include "settingsdialog.h"
#include "translations.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QScreen>
#include <QStatusBar>
#include <QTemporaryDir>
#include <QTimer>

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

// DSK_QUIT_WHEN_SHOWN set: the window quits by itself once it has painted, exit status 0. For
// the installers' self-checks (packaging/check/), which start the installed GUI offscreen.
class QuitWhenShown : public QObject
{
public:
    using QObject::QObject;
    static bool requested() { return qEnvironmentVariableIsSet("DSK_QUIT_WHEN_SHOWN"); }
    bool eventFilter(QObject *watched, QEvent *event) override
    {
        if (event->type() == QEvent::Paint && !m_quitting) {
            m_quitting = true;
            QTimer::singleShot(0, qApp, &QCoreApplication::quit);
        }
        return QObject::eventFilter(watched, event);
    }

private:
    bool m_quitting = false;
};
} // namespace

int main(int argc, char *argv[])
{
    ProcessHardening::disableCrashDumps(); // before any token is read: no core holds one
    const std::unique_ptr<QCoreApplication> app(printsAndExits(argc, argv)
                                                    ? new QCoreApplication(argc, argv)
                                                    : new QApplication(argc, argv));
    QApplication::setOrganizationName(QStringLiteral("DocSpaceKeys"));
    QApplication::setApplicationName(QStringLiteral("docspace-keys"));
    QApplication::setApplicationVersion(QStringLiteral(DSK_VERSION));
    // The language chosen in Settings, or the system's: before any text is made, --help included.
    LanguageSetting::apply();

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

    const bool demoMode = parser.isSet(sandboxOption);
    ProfileStore profiles;
    std::unique_ptr<SecretStore> secrets;
    QTemporaryDir demoDir;
    SandboxDemo demo;
    if (demoMode) {
        secrets = std::make_unique<MemorySecretStore>();
        QString error;
        if (!demoDir.isValid()) {
            error = QApplication::translate("main", "Cannot create a temporary folder: %1")
                        .arg(demoDir.errorString());
        }
        // Demo mode never touches the user's settings or keychain: profiles in a throw-away
        // INI file, tokens in memory.
        profiles = ProfileStore(demoDir.filePath(QStringLiteral("profiles.ini")));
        profiles.load();
        if (!error.isEmpty() || !SandboxDemo::load(parser.value(sandboxOption), &demo, &error) ||
            !demo.install(&profiles, secrets.get(), nullptr, &error)) {
            std::fprintf(stderr, "docspace-keys: %s\n", qUtf8Printable(error));
            return 2;
        }
    } else {
        secrets = std::make_unique<KeychainSecretStore>();
        profiles.load();
    }

    MainWindow::Services services{nullptr, &profiles, secrets.get(), demoMode};
    if (demoMode) {
        // Revocations on the sandbox are no part of the user's history.
        services.historyPath = demoDir.filePath(QStringLiteral("history.jsonl"));
        // Nor is a language chosen in the demo: nothing is written under HOME.
        services.uiSettingsPath = demoDir.filePath(QStringLiteral("settings.ini"));
        LanguageSetting::save(Translations::current() == Translations::systemLanguage()
                                  ? QString()
                                  : Translations::current(),
                              services.uiSettingsPath);
    }
    MainWindow window(services);
    const QString environmentToken = qEnvironmentVariable("DOCSPACE_TOKEN");
    if (!demoMode && (parser.isSet(portalOption) || !environmentToken.isEmpty())) {
        // Prefilled fields are used as they are, without a profile (and without changing the
        // profile selected at the next start).
        window.selectProfile(QUuid(), false);
    }
    if (!demoMode && parser.isSet(portalOption))
        window.setPortalAddress(parser.value(portalOption));
    if (!demoMode && !environmentToken.isEmpty())
        window.setToken(environmentToken);
    if (parser.isSet(keyIdOption))
        window.setKeyId(parser.value(keyIdOption));
    if (demoMode) {
        window.setKeyId(demo.keyId);
        window.statusBar()->showMessage(QApplication::translate(
            "main", "Demo mode: the sandbox portal, with profiles and tokens kept in memory"));
    }

    FirstPaintReporter reporter;
    if (FirstPaintReporter::requested())
        window.installEventFilter(&reporter);
    QuitWhenShown quitter;
    if (QuitWhenShown::requested())
        window.installEventFilter(&quitter);
    // The default size fits the screen it opens on (1366x768, 1024x700, or a 2560x1600 screen
    // at scale 2): never taller or wider than the space the desktop leaves.
    if (const QScreen *screen = window.screen()) {
        const QSize available = screen->availableGeometry().size();
        // Room for the title bar and frame the window manager adds once it is shown.
        window.resize(window.size().boundedTo(available - QSize(16, 48)));
    }
    window.show();
    return QApplication::exec();
}
