#pragma once

#include "sandboxportal.h"

#include <QByteArray>

#include <functional>

class QObject;
class QTcpSocket;

// The HTTP/1.1 answer format and the delivery semantics (delay, drop, truncate, slow body).

QByteArray sandboxReasonPhrase(int status);

// Status line and headers up to the empty line. Adds Server (unless given), Date,
// Content-Length and Connection (close or keep-alive).
QByteArray sandboxResponseHead(int status, const SandboxHeaders &headers, qsizetype contentLength,
                               bool close);

// Writes `response` to `socket` as response.delivery says (delay, drop, truncate, slow body) and
// calls portal.finish(response.ticket) exactly once, when the answer left or was abandoned.
// Timers are owned by `context`. The connection is closed after the answer if `closeAfter`,
// truncate or drop; otherwise `keptOpen` (if set) is called once the whole answer was written,
// so the transport can read the next request of that connection.
void sandboxDeliver(SandboxPortal &portal, QObject *context, QTcpSocket *socket,
                    const PortalResponse &response, bool closeAfter,
                    const std::function<void()> &keptOpen = {});
