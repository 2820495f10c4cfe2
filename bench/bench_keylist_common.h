#pragma once

// What bench_keylist and bench_responsiveness share: a sandbox process (so its work and memory
// are not counted as the window's), and the real window on throw-away settings.
#include "benchutil.h"
#include "mainwindow.h"
#include "profilestore.h"
#include "secretstore.h"

#include <QApplication>
#include <QElapsedTimer>
#include <QEvent>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QThread>

#include <functional>
#include <memory>

namespace Bench {

using Sandbox = SandboxProcess;

inline bool startSandbox(Sandbox *sandbox, const QTemporaryDir &dir, const QStringList &extra)
{
    return sandbox->start(dir.filePath(QStringLiteral("sandbox.json")), extra);
}

// The application's window, as main.cpp builds it, on a temporary profile file and memory.
class Window
{
public:
    explicit Window(const QTemporaryDir &dir)
        : m_profiles(dir.filePath(QStringLiteral("profiles.ini")))
    {
        MainWindow::initResources();
        m_profiles.load();
        window = std::make_unique<MainWindow>(
            MainWindow::Services{nullptr, &m_profiles, &m_secrets, false});
        window->resize(1120, 860);
        window->show();
        for (int i = 0; i < 20; ++i)
            QCoreApplication::processEvents(QEventLoop::AllEvents, 20);
    }

    std::unique_ptr<MainWindow> window;

private:
    ProfileStore m_profiles;
    MemorySecretStore m_secrets;
};

// Counts paint events of a widget: "painted" means the widget really drew itself.
class PaintCounter : public QObject
{
public:
    explicit PaintCounter(QWidget *widget) { widget->installEventFilter(this); }
    int paints = 0;

    // Runs the event loop until the widget painted again (or the time is up).
    bool waitForPaint(int before, int timeoutMs = 5000)
    {
        QElapsedTimer timer;
        timer.start();
        while (paints == before && timer.elapsed() < timeoutMs)
            QCoreApplication::processEvents(QEventLoop::AllEvents, 5);
        return paints > before;
    }

protected:
    bool eventFilter(QObject *watched, QEvent *event) override
    {
        if (event->type() == QEvent::Paint)
            ++paints;
        return QObject::eventFilter(watched, event);
    }
};

inline bool waitUntil(const std::function<bool()> &done, int timeoutMs)
{
    QElapsedTimer timer;
    timer.start();
    while (!done() && timer.elapsed() < timeoutMs)
        QCoreApplication::processEvents(QEventLoop::AllEvents, 5);
    return done();
}

inline void useOffscreenWithoutDisplay()
{
    if (qEnvironmentVariableIsEmpty("DISPLAY") && qEnvironmentVariableIsEmpty("WAYLAND_DISPLAY") &&
        qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
}

inline QString figure(double value, int decimals = 1)
{
    return QString::number(value, 'f', decimals);
}

} // namespace Bench
