#include "sandboxtransport.h"

#include "sandboxportal.h"

#include <QDateTime>
#include <QHttpServerRequest>
#include <QLocale>
#include <QSslServer>
#include <QSslSocket>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTimer>

#include <memory>

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

QByteArray reason(int status)
{
    switch (status) {
    case 200:
        return QByteArrayLiteral("OK");
    case 201:
        return QByteArrayLiteral("Created");
    case 204:
        return QByteArrayLiteral("No Content");
    case 301:
        return QByteArrayLiteral("Moved Permanently");
    case 302:
        return QByteArrayLiteral("Found");
    case 303:
        return QByteArrayLiteral("See Other");
    case 307:
        return QByteArrayLiteral("Temporary Redirect");
    case 308:
        return QByteArrayLiteral("Permanent Redirect");
    case 400:
        return QByteArrayLiteral("Bad Request");
    case 401:
        return QByteArrayLiteral("Unauthorized");
    case 403:
        return QByteArrayLiteral("Forbidden");
    case 404:
        return QByteArrayLiteral("Not Found");
    case 405:
        return QByteArrayLiteral("Method Not Allowed");
    case 429:
        return QByteArrayLiteral("Too Many Requests");
    case 500:
        return QByteArrayLiteral("Internal Server Error");
    case 502:
        return QByteArrayLiteral("Bad Gateway");
    case 503:
        return QByteArrayLiteral("Service Unavailable");
    case 504:
        return QByteArrayLiteral("Gateway Timeout");
    default:
        return QByteArrayLiteral("Status");
    }
}

QByteArray httpDate()
{
    return QLocale::c()
               .toString(QDateTime::currentDateTimeUtc(),
                         QStringLiteral("ddd, dd MMM yyyy HH:mm:ss"))
               .toLatin1() +
           QByteArrayLiteral(" GMT");
}

} // namespace

SandboxTransport::SandboxTransport(SandboxPortal &portal, QObject *parent)
    : QAbstractHttpServer(parent)
    , m_portal(portal)
{}

SandboxTransport::~SandboxTransport() = default;

quint16 SandboxTransport::listenPlain(const QHostAddress &address, quint16 port)
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

quint16 SandboxTransport::listenTls(const QHostAddress &address, quint16 port,
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

void SandboxTransport::closeAll()
{
    const QList<QTcpServer *> all = servers();
    for (QTcpServer *server : all) {
        server->close();
        server->deleteLater();
    }
}

bool SandboxTransport::handleRequest(const QHttpServerRequest &request, QTcpSocket *socket)
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

    const PortalResponse response = m_portal.handle(portalRequest);
    const QPointer<QTcpSocket> guarded(socket);
    if (response.delivery.delayMs > 0) {
        // A timer, never a sleep: other connections keep being served meanwhile.
        QTimer::singleShot(
            response.delivery.delayMs, this,
            [this, guarded, response, clientCloses] { deliver(guarded, response, clientCloses); });
    } else {
        deliver(guarded, response, clientCloses);
    }
    return true;
}

void SandboxTransport::missingHandler(const QHttpServerRequest &, QTcpSocket *socket)
{
    PortalResponse response;
    response.status = 404;
    deliver(QPointer<QTcpSocket>(socket), response, false);
}

void SandboxTransport::deliver(const QPointer<QTcpSocket> &socket, const PortalResponse &response,
                               bool closeAfter)
{
    const quint64 ticket = response.ticket;
    if (!socket || socket->state() != QAbstractSocket::ConnectedState) {
        m_portal.finish(ticket);
        return;
    }
    const DeliveryDirectives &delivery = response.delivery;
    if (delivery.drop) {
        socket->disconnectFromHost();
        m_portal.finish(ticket);
        return;
    }
    const bool close = closeAfter || delivery.truncate;

    QByteArray head = QByteArrayLiteral("HTTP/1.1 ") + QByteArray::number(response.status) + ' ' +
                      reason(response.status) + QByteArrayLiteral("\r\n");
    bool hasServer = false;
    for (const auto &header : response.headers) {
        hasServer = hasServer || header.first.compare("Server", Qt::CaseInsensitive) == 0;
        head += header.first + QByteArrayLiteral(": ") + header.second + QByteArrayLiteral("\r\n");
    }
    if (!hasServer)
        head += QByteArrayLiteral("Server: docspace-sandbox\r\n");
    head += QByteArrayLiteral("Date: ") + httpDate() + QByteArrayLiteral("\r\n");
    head += QByteArrayLiteral("Content-Length: ") + QByteArray::number(response.body.size()) +
            QByteArrayLiteral("\r\n");
    head += close ? QByteArrayLiteral("Connection: close\r\n\r\n")
                  : QByteArrayLiteral("Connection: keep-alive\r\n\r\n");

    if (delivery.truncate) {
        socket->write(head + response.body.left(response.body.size() / 2));
        socket->disconnectFromHost(); // flushes what was written, then closes
        m_portal.finish(ticket);
        return;
    }
    if (delivery.slowBodyMs > 0 && !response.body.isEmpty()) {
        socket->write(head);
        trickle(socket, response.body, delivery.slowBodyMs, close, ticket);
        return;
    }
    socket->write(head + response.body);
    if (close)
        socket->disconnectFromHost();
    m_portal.finish(ticket);
}

void SandboxTransport::trickle(const QPointer<QTcpSocket> &socket, const QByteArray &body,
                               int durationMs, bool closeAfter, quint64 ticket)
{
    constexpr int kPieces = 10;
    const int pieceSize = std::max(1, static_cast<int>((body.size() + kPieces - 1) / kPieces));
    const int pieces = static_cast<int>((body.size() + pieceSize - 1) / pieceSize);
    auto *timer = new QTimer(this);
    timer->setInterval(std::max(1, durationMs / pieces));
    auto offset = std::make_shared<qsizetype>(0);
    connect(timer, &QTimer::timeout, this,
            [this, timer, socket, body, pieceSize, closeAfter, ticket, offset] {
                if (!socket || socket->state() != QAbstractSocket::ConnectedState) {
                    timer->deleteLater();
                    m_portal.finish(ticket);
                    return;
                }
                socket->write(body.mid(*offset, pieceSize));
                *offset += pieceSize;
                if (*offset >= body.size()) {
                    timer->stop();
                    timer->deleteLater();
                    if (closeAfter)
                        socket->disconnectFromHost();
                    m_portal.finish(ticket);
                }
            });
    timer->start();
}
