#pragma once

#include "mainwindow.h"
#include "messagebox.h"
#include "profiledialog.h"
#include "profilestore.h"
#include "sandboxserver.h"
#include "secretstore.h"

#include <QComboBox>
#include <QFile>
#include <QLabel>
#include <QLineEdit>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

// The real window on a profile store in a temporary INI file, tokens in memory, and the sandbox
// portal in-process on random loopback ports.
class WindowFixture
{
public:
    bool setUp()
    {
        m_sandbox = std::make_unique<SandboxServer>();
        if (!m_sandbox->listen(QHostAddress(QHostAddress::LocalHost), 0, 0)) {
            qWarning("sandbox: %s", qPrintable(m_sandbox->errorString()));
            return false;
        }
        m_dir = std::make_unique<QTemporaryDir>();
        if (!m_dir->isValid())
            return false;
        m_secrets = std::make_unique<MemorySecretStore>();
        return true;
    }

    void tearDown()
    {
        MessageBox::setNextAnswer(QMessageBox::NoButton);
        m_useDefaultHistory = false;
        m_demoMode = false;
        m_historyOverride.clear();
        m_window.reset();
        m_profiles.reset();
        m_secrets.reset();
        m_dir.reset();
        m_sandbox.reset();
    }

    QString iniPath() const { return m_dir->filePath(QStringLiteral("profiles.ini")); }
    // The window's history file: a temporary one unless a test wants the one the CLI shares
    // (empty: HistoryLog::defaultPath()).
    QString historyPath() const
    {
        return m_useDefaultHistory ? QString() : m_dir->filePath(QStringLiteral("history.jsonl"));
    }

    // A fresh store read from the INI file and a fresh window on it, as at application start.
    MainWindow *startWindow()
    {
        m_window.reset();
        m_profiles = std::make_unique<ProfileStore>(iniPath());
        m_profiles->load();
        MainWindow::Services services{nullptr, m_profiles.get(), m_secrets.get(), m_demoMode};
        services.historyPath = m_historyOverride.isEmpty() ? historyPath() : m_historyOverride;
        // The language chosen in Settings goes where the profiles go, as in the application.
        services.uiSettingsPath = iniPath();
        m_window = std::make_unique<MainWindow>(services);
        m_window->show();
        if (!QTest::qWaitForWindowExposed(m_window.get()))
            qWarning("window not exposed");
        return m_window.get();
    }

    // Saves a profile and its token the way the application does, before the window starts.
    PortalProfile seedProfile(const QString &name, const QString &portal, const QString &token,
                              AuthScheme scheme = AuthScheme::Auto)
    {
        ProfileStore store(iniPath());
        store.load();
        PortalProfile profile;
        profile.id = QUuid::createUuid();
        profile.name = name;
        profile.portal = portal;
        profile.scheme = scheme;
        QString error;
        if (!store.upsert(profile, &error) || !store.save())
            qWarning("seed: %s", qPrintable(error + store.warning()));
        writeSecret(profile.secretKey(), token);
        return profile;
    }

    SecretStore::Result readSecret(const QString &key) const
    {
        return waitFor([this, key](QObject *context, SecretStore::Callback done) {
            m_secrets->read(key, context, std::move(done));
        });
    }

    void writeSecret(const QString &key, const QString &secret) const
    {
        waitFor([this, key, secret](QObject *context, SecretStore::Callback done) {
            m_secrets->write(key, secret, context, std::move(done));
        });
    }

    QByteArray iniContents() const
    {
        QFile file(iniPath());
        return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
    }

    template<typename T> T *find(const char *name) const
    {
        T *widget = m_window->findChild<T *>(QLatin1String(name));
        if (!widget)
            qFatal("no child named %s", name);
        return widget;
    }

    static void type(QLineEdit *edit, const QString &text)
    {
        edit->clear();
        QTest::keyClicks(edit, text);
    }

    // Chooses a profile in the selector by its name, as a user would.
    void choose(const QString &name) const
    {
        auto *combo = find<QComboBox>("profileCombo");
        const int index = combo->findText(name);
        if (index < 0)
            qFatal("no profile named %s", qPrintable(name));
        combo->setCurrentIndex(index);
    }

    QString keySecret(const QString &name) const
    {
        const SandboxInfo info = m_sandbox->info();
        const SandboxKey *key = info.keyByName(name);
        return key ? key->secret : QString();
    }

    QString sessionTokenOf(SandboxRole role) const
    {
        for (const SandboxUser &user : m_sandbox->info().users) {
            if (user.role == role)
                return user.sessionToken;
        }
        return {};
    }

    QString httpPortal() const { return m_sandbox->httpUrl().toString(); }
    QString httpsPortal() const { return m_sandbox->httpsUrl().toString(); }

    std::unique_ptr<SandboxServer> m_sandbox;
    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<MemorySecretStore> m_secrets;
    std::unique_ptr<ProfileStore> m_profiles;
    std::unique_ptr<MainWindow> m_window;
    bool m_useDefaultHistory = false;
    bool m_demoMode = false;   // the demo-mode bar shown, as under scripts/run-demo.sh
    QString m_historyOverride; // e.g. a path that cannot be written
};
