#pragma once

#include "sandboxtransport.h"

#include <QList>
#include <QObject>
#include <QPointer>

class QTcpServer;

// SandboxTransport on plain QtNetwork: QTcpServer / QSslServer and a small, strict HTTP/1.1
// request reader per connection. No Qt HttpServer and no Qt-version-specific code: the same file
// serves Qt 6.4 (with DSK_SANDBOX_SOCKET_TRANSPORT=ON) and every Qt >= 6.5.
//
// The reader takes one request at a time per connection (keep-alive, HTTP/1.0, Connection:
// close; bytes of the next request that arrive early wait until the answer left), Content-Length
// bodies only, and answers 400 to malformed or oversized heads, 413 to oversized bodies, 501 to
// Transfer-Encoding and 505 to HTTP versions other than 1.x, then closes the connection.
class SandboxSocketTransport final : public QObject, public SandboxTransport
{
    Q_OBJECT

public:
    static constexpr qsizetype kMaxLineBytes = 8 * 1024;  // request line, each header line
    static constexpr qsizetype kMaxHeadBytes = 64 * 1024; // request line and all headers
    static constexpr int kMaxHeaderCount = 100;
    static constexpr qsizetype kMaxBodyBytes = 1024 * 1024; // Content-Length limit

    explicit SandboxSocketTransport(SandboxPortal &portal, QObject *parent = nullptr);
    ~SandboxSocketTransport() override;
    Q_DISABLE_COPY_MOVE(SandboxSocketTransport)

    quint16 listenPlain(const QHostAddress &address, quint16 port) override;
    quint16 listenTls(const QHostAddress &address, quint16 port,
                      const QSslConfiguration &configuration) override;
    void closeAll() override;
    QString errorString() const override { return m_error; }

private:
    quint16 listenOn(QTcpServer *server, const QHostAddress &address, quint16 port);
    void acceptPending(QTcpServer *server);

    SandboxPortal &m_portal;
    QList<QPointer<QTcpServer>> m_servers;
    QString m_error;
};
