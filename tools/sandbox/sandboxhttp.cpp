#include "sandboxhttp.h"

#include <QDateTime>
#include <QLocale>
#include <QPointer>
#include <QTcpSocket>
#include <QTimer>

#include <algorithm>
#include <memory>

namespace {

QByteArray httpDate()
{
    return QLocale::c()
               .toString(QDateTime::currentDateTimeUtc(),
                         QStringLiteral("ddd, dd MMM yyyy HH:mm:ss"))
               .toLatin1() +
           QByteArrayLiteral(" GMT");
}

void trickle(SandboxPortal &portal, QObject *context, const QPointer<QTcpSocket> &socket,
             const QByteArray &body, int durationMs, bool closeAfter, quint64 ticket,
             const std::function<void()> &keptOpen)
{
    constexpr int kPieces = 10;
    const int pieceSize = std::max(1, static_cast<int>((body.size() + kPieces - 1) / kPieces));
    const int pieces = static_cast<int>((body.size() + pieceSize - 1) / pieceSize);
    auto *timer = new QTimer(context);
    timer->setInterval(std::max(1, durationMs / pieces));
    auto offset = std::make_shared<qsizetype>(0);
    QObject::connect(
        timer, &QTimer::timeout, context,
        [&portal, timer, socket, body, pieceSize, closeAfter, ticket, offset, keptOpen] {
            if (!socket || socket->state() != QAbstractSocket::ConnectedState) {
                timer->stop();
                timer->deleteLater();
                portal.finish(ticket);
                return;
            }
            socket->write(body.mid(*offset, pieceSize));
            *offset += pieceSize;
            if (*offset < body.size())
                return;
            timer->stop();
            timer->deleteLater();
            if (closeAfter)
                socket->disconnectFromHost();
            portal.finish(ticket);
            if (!closeAfter && keptOpen)
                keptOpen();
        });
    timer->start();
}

void deliverNow(SandboxPortal &portal, QObject *context, const QPointer<QTcpSocket> &socket,
                const PortalResponse &response, bool closeAfter,
                const std::function<void()> &keptOpen)
{
    const quint64 ticket = response.ticket;
    if (!socket || socket->state() != QAbstractSocket::ConnectedState) {
        portal.finish(ticket);
        return;
    }
    const DeliveryDirectives &delivery = response.delivery;
    if (delivery.drop) {
        socket->disconnectFromHost();
        portal.finish(ticket);
        return;
    }
    const bool close = closeAfter || delivery.truncate;
    const QByteArray head =
        sandboxResponseHead(response.status, response.headers, response.body.size(), close);

    if (delivery.truncate) {
        socket->write(head + response.body.left(response.body.size() / 2));
        socket->disconnectFromHost(); // flushes what was written, then closes
        portal.finish(ticket);
        return;
    }
    if (delivery.slowBodyMs > 0 && !response.body.isEmpty()) {
        socket->write(head);
        trickle(portal, context, socket, response.body, delivery.slowBodyMs, close, ticket,
                keptOpen);
        return;
    }
    socket->write(head + response.body);
    if (close)
        socket->disconnectFromHost();
    portal.finish(ticket);
    if (!close && keptOpen)
        keptOpen();
}

} // namespace

QByteArray sandboxReasonPhrase(int status)
{
    switch (status) {
    case 100:
        return QByteArrayLiteral("Continue");
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
    case 413:
        return QByteArrayLiteral("Content Too Large");
    case 429:
        return QByteArrayLiteral("Too Many Requests");
    case 500:
        return QByteArrayLiteral("Internal Server Error");
    case 501:
        return QByteArrayLiteral("Not Implemented");
    case 502:
        return QByteArrayLiteral("Bad Gateway");
    case 503:
        return QByteArrayLiteral("Service Unavailable");
    case 504:
        return QByteArrayLiteral("Gateway Timeout");
    case 505:
        return QByteArrayLiteral("HTTP Version Not Supported");
    default:
        return QByteArrayLiteral("Status");
    }
}

QByteArray sandboxResponseHead(int status, const SandboxHeaders &headers, qsizetype contentLength,
                               bool close)
{
    QByteArray head = QByteArrayLiteral("HTTP/1.1 ") + QByteArray::number(status) + ' ' +
                      sandboxReasonPhrase(status) + QByteArrayLiteral("\r\n");
    bool hasServer = false;
    for (const auto &header : headers) {
        hasServer = hasServer || header.first.compare("Server", Qt::CaseInsensitive) == 0;
        head += header.first + QByteArrayLiteral(": ") + header.second + QByteArrayLiteral("\r\n");
    }
    if (!hasServer)
        head += QByteArrayLiteral("Server: docspace-sandbox\r\n");
    head += QByteArrayLiteral("Date: ") + httpDate() + QByteArrayLiteral("\r\n");
    head += QByteArrayLiteral("Content-Length: ") + QByteArray::number(contentLength) +
            QByteArrayLiteral("\r\n");
    head += close ? QByteArrayLiteral("Connection: close\r\n\r\n")
                  : QByteArrayLiteral("Connection: keep-alive\r\n\r\n");
    return head;
}

void sandboxDeliver(SandboxPortal &portal, QObject *context, QTcpSocket *socket,
                    const PortalResponse &response, bool closeAfter,
                    const std::function<void()> &keptOpen)
{
    const QPointer<QTcpSocket> guarded(socket);
    if (response.delivery.delayMs > 0) {
        // A timer, never a sleep: other connections keep being served meanwhile.
        QTimer::singleShot(response.delivery.delayMs, context,
                           [&portal, context, guarded, response, closeAfter, keptOpen] {
                               deliverNow(portal, context, guarded, response, closeAfter, keptOpen);
                           });
    } else {
        deliverNow(portal, context, guarded, response, closeAfter, keptOpen);
    }
}
