#pragma once

// Whether this machine's TLS backend can act as a TLS server, i.e. whether the sandbox's HTTPS
// listener can serve at all. Wine's Schannel (the only TLS backend of the Qt for Windows the
// cross build runs under wine64) completes no server-side handshake: the sandbox accepts the
// connection and it is closed without a reply, so every HTTPS test would fail for Wine's sake, not
// the app's. Asked once per test program: a sandbox on a loopback HTTPS port, one handshake that
// verifies nothing. Asked on Windows only: elsewhere the answer is yes without asking, so a broken
// HTTPS listener on Linux fails its tests instead of skipping them. For tests that link the
// sandbox (tools/sandbox).
#include "sandboxserver.h"

#include <QEventLoop>
#include <QSslSocket>
#include <QTimer>

inline bool sandboxServesHttps()
{
#ifndef Q_OS_WIN
    return true;
#endif
    static const bool serves = [] {
        SandboxServer server;
        if (!server.listen(QHostAddress(QHostAddress::LocalHost), -1, 0))
            return false;
        QSslSocket socket;
        socket.setPeerVerifyMode(QSslSocket::VerifyNone);
        QEventLoop loop;
        QObject::connect(&socket, &QSslSocket::encrypted, &loop, &QEventLoop::quit);
        QObject::connect(&socket, &QSslSocket::disconnected, &loop, &QEventLoop::quit);
        QObject::connect(&socket, &QSslSocket::errorOccurred, &loop, &QEventLoop::quit);
        QTimer::singleShot(10000, &loop, &QEventLoop::quit);
        socket.connectToHostEncrypted(server.httpsUrl().host(), quint16(server.httpsUrl().port()));
        loop.exec();
        return socket.isEncrypted();
    }();
    return serves;
}

// In a test function (or its init(), for one data row): skips it where the sandbox cannot serve
// HTTPS, saying why.
#define DSK_SKIP_UNLESS_HTTPS_SERVES()                                                             \
    do {                                                                                           \
        if (!sandboxServesHttps())                                                                 \
            QSKIP("this TLS backend cannot act as a TLS server (Wine's Schannel): the sandbox's "  \
                  "HTTPS listener cannot serve here");                                             \
    } while (false)
