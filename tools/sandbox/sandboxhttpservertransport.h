#pragma once

#include "sandboxtransport.h"

#include <QAbstractHttpServer>
#include <QtGlobal>

class QTcpSocket;

// The only file that knows Qt HttpServer's API. Qt 6.4 hands the raw socket to handleRequest(),
// which lets the sandbox write, delay, truncate, trickle or drop answers itself. Qt 6.5 replaced
// that with a QHttpServerResponder-based signature, so Qt >= 6.5 builds SandboxSocketTransport
// instead (CMakeLists.txt) and never compiles this file.
class SandboxHttpServerTransport final : public QAbstractHttpServer, public SandboxTransport
{
    Q_OBJECT

public:
    explicit SandboxHttpServerTransport(SandboxPortal &portal, QObject *parent = nullptr);
    ~SandboxHttpServerTransport() override;
    Q_DISABLE_COPY_MOVE(SandboxHttpServerTransport)

    quint16 listenPlain(const QHostAddress &address, quint16 port) override;
    quint16 listenTls(const QHostAddress &address, quint16 port,
                      const QSslConfiguration &configuration) override;
    void closeAll() override;
    QString errorString() const override { return m_error; }

protected:
#if QT_VERSION < QT_VERSION_CHECK(6, 5, 0)
    bool handleRequest(const QHttpServerRequest &request, QTcpSocket *socket) override;
    void missingHandler(const QHttpServerRequest &request, QTcpSocket *socket) override;
#else
#error "SandboxHttpServerTransport needs Qt HttpServer 6.4; Qt >= 6.5 uses SandboxSocketTransport"
#endif

private:
    SandboxPortal &m_portal;
    QString m_error;
};
