#pragma once

#include <QAbstractHttpServer>
#include <QHostAddress>
#include <QPointer>
#include <QSslConfiguration>
#include <QtGlobal>

class QTcpServer;
class QTcpSocket;
class SandboxPortal;
struct PortalResponse;

// The only file that knows Qt HttpServer's API. Qt 6.4 hands the raw socket to handleRequest(),
// which lets the sandbox write, delay, truncate, trickle or drop answers itself. Qt 6.5 replaced
// that with a QHttpServerResponder-based signature; porting means replacing this class only
// (e.g. with a small HTTP/1.1 reader over QTcpServer/QSslServer), SandboxPortal stays as is.
class SandboxTransport final : public QAbstractHttpServer
{
    Q_OBJECT

public:
    explicit SandboxTransport(SandboxPortal &portal, QObject *parent = nullptr);
    ~SandboxTransport() override;
    Q_DISABLE_COPY_MOVE(SandboxTransport)

    // Return the bound port, or 0 on failure (errorString() says why).
    quint16 listenPlain(const QHostAddress &address, quint16 port);
    quint16 listenTls(const QHostAddress &address, quint16 port,
                      const QSslConfiguration &configuration);
    void closeAll();
    QString errorString() const { return m_error; }

protected:
#if QT_VERSION < QT_VERSION_CHECK(6, 5, 0)
    bool handleRequest(const QHttpServerRequest &request, QTcpSocket *socket) override;
    void missingHandler(const QHttpServerRequest &request, QTcpSocket *socket) override;
#else
#error "SandboxTransport needs the raw-socket handleRequest() of Qt HttpServer 6.4; port this file"
#endif

private:
    void deliver(const QPointer<QTcpSocket> &socket, const PortalResponse &response,
                 bool closeAfter);
    void trickle(const QPointer<QTcpSocket> &socket, const QByteArray &body, int durationMs,
                 bool closeAfter, quint64 ticket);

    SandboxPortal &m_portal;
    QString m_error;
};
