#include "sandboxhttpservertransport.h"

#include "sandboxhttp.h"
#include "sandboxportal.h"

#include <QHttpServerRequest>
#include <QSslServer>
#include <QSslSocket>
#include <QTcpServer>
#include <QTcpSocket>

namespace {

QByteArray methodName(QHttpServerRequest::Method method)
{
    switch (method) {
    case QHttpServerRequest::Method::Get:
        return QByteArrayLiteral("GET");
    case QHttpServerRequest::Method::Put:
        return QByteArrayLiteral("PUT");
    case QHttpServerRequest::Method::Delete:
        return QByteArrayLiteral("DELETE");
    case QHttpServerRequest::Method::Post:
        return QByteArrayLiteral("POST");
    case QHttpServerRequest::Method::Head:
        return QByteArrayLiteral("HEAD");
    case QHttpServerRequest::Method::Options:
        return QByteArrayLiteral("OPTIONS");
    case QHttpServerRequest::Method::Patch:
        return QByteArrayLiteral("PATCH");
    case QHttpServerRequest::Method::Connect:
        return QByteArrayLiteral("CONNECT");
    case QHttpServerRequest::Method::Trace:
        return QByteArrayLiteral("TRACE");
    default:
        return QByteArrayLiteral("UNKNOWN");
    }
}

} // namespace

SandboxHttpServerTransport::SandboxHttpServerTransport(SandboxPortal &portal, QObject *parent)
    : QAbstractHttpServer(parent)
    , m_portal(portal)
{}

SandboxHttpServerTransport::~SandboxHttpServerTransport() = default;

quint16 SandboxHttpServerTransport::listenPlain(const QHostAddress &address, quint16 port)
{
    auto *server = new QTcpServer(this);
    if (!server->listen(address, port)) {
        m_error = server->errorString();
        delete server;
        return 0;
    }
    bind(server);
    return server->serverPort();
}

quint16 SandboxHttpServerTransport::listenTls(const QHostAddress &address, quint16 port,
                                              const QSslConfiguration &configuration)
{
    // Our own QSslServer bound next to the plain one: one request handler for both schemes.
    auto *server = new QSslServer(this);
    server->setSslConfiguration(configuration);
    if (!server->listen(address, port)) {
        m_error = server->errorString();
        delete server;
        return 0;
    }
    bind(server);
    return server->serverPort();
}

void SandboxHttpServerTransport::closeAll()
{
    const QList<QTcpServer *> all = servers();
    for (QTcpServer *server : all) {
        server->close();
        server->deleteLater();
    }
}

bool SandboxHttpServerTransport::handleRequest(const QHttpServerRequest &request,
                                               QTcpSocket *socket)
{
    // Copy everything now: Qt reuses the request object for the next one on this connection.
    PortalRequest portalRequest;
    portalRequest.method = methodName(request.method());
    const QUrl url = request.url();
    portalRequest.path = url.path();
    portalRequest.query = url.query(QUrl::FullyEncoded);
    portalRequest.headers = request.headers();
    portalRequest.body = request.body();
    portalRequest.peer = request.remoteAddress();
    portalRequest.scheme = qobject_cast<QSslSocket *>(socket) != nullptr ? QStringLiteral("https")
                                                                         : QStringLiteral("http");
    const bool clientCloses =
        portalRequest.header(QByteArrayLiteral("Connection")).toLower().contains("close");

    sandboxDeliver(m_portal, this, socket, m_portal.handle(portalRequest), clientCloses);
    return true;
}

void SandboxHttpServerTransport::missingHandler(const QHttpServerRequest &, QTcpSocket *socket)
{
    PortalResponse response;
    response.status = 404;
    sandboxDeliver(m_portal, this, socket, response, false);
}

std::unique_ptr<SandboxTransport> createSandboxTransport(SandboxPortal &portal)
{
    return std::make_unique<SandboxHttpServerTransport>(portal);
}
