#pragma once

#include <QHostAddress>
#include <QSslConfiguration>
#include <QString>
#include <QtGlobal>

#include <memory>

class SandboxPortal;

// Puts SandboxPortal on the network: accepts HTTP/1.1 connections, turns each request into a
// PortalRequest, writes the PortalResponse with its DeliveryDirectives and calls
// SandboxPortal::finish() once per answer. Two implementations, one per library (CMakeLists.txt):
//   SandboxHttpServerTransport  Qt HttpServer 6.4's raw-socket API (Qt 6.4 only)
//   SandboxSocketTransport      own HTTP/1.1 reader on QTcpServer/QSslServer (Qt 6.4 and later)
class SandboxTransport
{
public:
    virtual ~SandboxTransport() = default;
    Q_DISABLE_COPY_MOVE(SandboxTransport)

    // Return the bound port, or 0 on failure (errorString() says why).
    virtual quint16 listenPlain(const QHostAddress &address, quint16 port) = 0;
    virtual quint16 listenTls(const QHostAddress &address, quint16 port,
                              const QSslConfiguration &configuration) = 0;
    // Stops listening and drops the open connections.
    virtual void closeAll() = 0;
    virtual QString errorString() const = 0;

protected:
    SandboxTransport() = default;
};

// Defined by the transport compiled into the library: exactly one of them is.
std::unique_ptr<SandboxTransport> createSandboxTransport(SandboxPortal &portal);
