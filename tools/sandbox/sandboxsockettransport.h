#pragma once

#include <QHostAddress>
#include <QSslConfiguration>
#include <QString>

#include <QList>
#include <QObject>
#include <QPointer>

class QTcpServer;
class SandboxPortal;

// Puts SandboxPortal on the network with plain QtNetwork: QTcpServer / QSslServer and a small,
// strict HTTP/1.1 request reader per connection (no Qt HttpServer, no Qt-version-specific code).
// Turns each request into a PortalRequest, writes the PortalResponse with its DeliveryDirectives
// (sandboxhttp.h) and calls SandboxPortal::finish() once per answer.
//
// The reader takes one request at a time per connection (keep-alive, HTTP/1.0, Connection:
// close; bytes of the next request that arrive early wait until the answer left, and the socket
// buffers at most kReadBufferBytes of them, so a client that does not wait is slowed down by TCP),
// Content-Length bodies only. It answers, then closes: 400 to malformed heads and to a request
// with both Content-Length and Transfer-Encoding (no smuggling), 414 to an oversized request line,
// 431 to oversized or too many header fields, 413 to oversized bodies, 501 to Transfer-Encoding,
// 505 to HTTP versions other than 1.x, 408 when a started request is not complete within
// requestTimeoutMs (slowloris), 503 to a connection beyond maxConnections. A connection that
// sends nothing for idleTimeoutMs is closed.
struct SandboxTransportLimits
{
    int requestTimeoutMs = 10000; // from a request's first byte to its last
    int idleTimeoutMs = 30000;    // a connection waiting for its (next) request
    int maxConnections = 256;     // open at once, HTTP and HTTPS together
};

class SandboxSocketTransport final : public QObject
{
    Q_OBJECT

public:
    static constexpr qsizetype kMaxLineBytes = 8 * 1024;  // request line, each header line
    static constexpr qsizetype kMaxHeadBytes = 64 * 1024; // request line and all headers
    static constexpr int kMaxHeaderCount = 100;
    static constexpr qsizetype kMaxBodyBytes = 1024 * 1024;   // Content-Length limit
    static constexpr qsizetype kReadBufferBytes = 256 * 1024; // per socket, unread bytes

    explicit SandboxSocketTransport(SandboxPortal &portal, QObject *parent = nullptr);
    ~SandboxSocketTransport() override;
    Q_DISABLE_COPY_MOVE(SandboxSocketTransport)

    // Return the bound port, or 0 on failure (errorString() says why).
    quint16 listenPlain(const QHostAddress &address, quint16 port);
    quint16 listenTls(const QHostAddress &address, quint16 port,
                      const QSslConfiguration &configuration);
    // Stops listening and drops the open connections.
    void closeAll();
    QString errorString() const { return m_error; }

    void setLimits(const SandboxTransportLimits &limits) { m_limits = limits; }
    const SandboxTransportLimits &limits() const { return m_limits; }
    int connectionCount() const { return m_connections; }

private:
    quint16 listenOn(QTcpServer *server, const QHostAddress &address, quint16 port);
    void acceptPending(QTcpServer *server);

    SandboxPortal &m_portal;
    QList<QPointer<QTcpServer>> m_servers;
    QString m_error;
    SandboxTransportLimits m_limits;
    int m_connections = 0;
};
