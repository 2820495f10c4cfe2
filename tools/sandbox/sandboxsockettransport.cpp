#include "sandboxsockettransport.h"

#include "sandboxhttp.h"
#include "sandboxportal.h"

#include <QSslServer>
#include <QSslSocket>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTimer>
#include <QUrl>

#include <algorithm>
#include <cctype>
#include <utility>

namespace {

using Limits = SandboxSocketTransport;

// RFC 9110 tchar: the characters of methods and header names.
bool isTokenChar(char c)
{
    if ((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9'))
        return true;
    return c != '\0' && QByteArrayView("!#$%&'*+-.^_`|~").contains(c);
}

bool isToken(const QByteArray &text)
{
    return !text.isEmpty() && std::all_of(text.cbegin(), text.cend(), isTokenChar);
}

bool isControl(char c)
{
    const auto byte = static_cast<uchar>(c);
    return byte < 0x20 || byte == 0x7f;
}

// Whether a comma-separated header value (e.g. Connection) lists `token`, case-insensitively.
bool listsToken(const SandboxHeaders &headers, const QByteArray &name, const QByteArray &token)
{
    for (const auto &header : headers) {
        if (header.first.compare(name, Qt::CaseInsensitive) != 0)
            continue;
        const QList<QByteArray> items = header.second.split(',');
        for (const QByteArray &item : items) {
            if (item.trimmed().compare(token, Qt::CaseInsensitive) == 0)
                return true;
        }
    }
    return false;
}

QList<QByteArray> headerValues(const SandboxHeaders &headers, const QByteArray &name)
{
    QList<QByteArray> values;
    for (const auto &header : headers) {
        if (header.first.compare(name, Qt::CaseInsensitive) == 0)
            values << header.second;
    }
    return values;
}

struct ParsedRequest
{
    QByteArray method;
    QByteArray target; // as sent: origin-form "/path?query", absolute-form or "*"
    bool http10 = false;
    SandboxHeaders headers;
    QByteArray body;
};

// Incremental HTTP/1.1 request reader: append() bytes as they arrive, next() says whether a whole
// request is there. Bytes after that request stay buffered for the next one.
class HttpRequestReader
{
public:
    enum class Status
    {
        NeedMore,
        Complete,
        Error
    };

    void append(const QByteArray &bytes) { m_buffer += bytes; }
    Status next();
    ParsedRequest take() { return std::exchange(m_request, ParsedRequest()); } // after Complete
    int errorStatus() const { return m_errorStatus; }                          // after Error
    // True once per request when the head is read, the body is still missing and the client
    // waits for "100 Continue" before sending it.
    bool takeContinueRequest();
    // Whether bytes of a request that is not complete yet are buffered.
    bool hasPartialRequest() const { return !m_buffer.isEmpty(); }

private:
    enum class Stage
    {
        RequestLine,
        Headers,
        Body
    };

    Status fail(int status)
    {
        m_errorStatus = status;
        return Status::Error;
    }
    Status parseRequestLine(const QByteArray &line);
    Status parseHeaderLine(const QByteArray &line);
    Status finishHead();

    QByteArray m_buffer; // starts at the current request
    qsizetype m_pos = 0; // parsed up to here
    Stage m_stage = Stage::RequestLine;
    qsizetype m_bodyLength = 0;
    bool m_continueAnswered = false;
    ParsedRequest m_request;
    int m_errorStatus = 0;
};

HttpRequestReader::Status HttpRequestReader::next()
{
    if (m_errorStatus != 0)
        return Status::Error;
    while (m_stage != Stage::Body) {
        const qsizetype newline = m_buffer.indexOf('\n', m_pos);
        if (newline < 0) {
            if (m_buffer.size() - m_pos > Limits::kMaxLineBytes)
                return fail(m_stage == Stage::RequestLine ? 414 : 431);
            if (m_buffer.size() > Limits::kMaxHeadBytes)
                return fail(431);
            return Status::NeedMore;
        }
        // CRLF ends a line; a bare LF is tolerated (RFC 9112 2.2), a bare CR is not (isControl).
        const qsizetype end =
            newline > m_pos && m_buffer.at(newline - 1) == '\r' ? newline - 1 : newline;
        const QByteArray line = m_buffer.mid(m_pos, end - m_pos);
        if (line.size() > Limits::kMaxLineBytes)
            return fail(m_stage == Stage::RequestLine ? 414 : 431);
        m_pos = newline + 1;
        if (m_pos > Limits::kMaxHeadBytes)
            return fail(431);

        Status status = Status::NeedMore;
        if (m_stage == Stage::RequestLine) {
            if (line.isEmpty()) { // empty lines before a request are ignored (RFC 9112 2.2)
                m_buffer.remove(0, m_pos);
                m_pos = 0;
                continue;
            }
            status = parseRequestLine(line);
            m_stage = Stage::Headers;
        } else if (line.isEmpty()) {
            status = finishHead();
            m_stage = Stage::Body;
        } else {
            status = parseHeaderLine(line);
        }
        if (status == Status::Error)
            return status;
    }
    if (m_buffer.size() - m_pos < m_bodyLength)
        return Status::NeedMore;
    m_request.body = m_buffer.mid(m_pos, m_bodyLength);
    m_buffer.remove(0, m_pos + m_bodyLength);
    m_pos = 0;
    m_bodyLength = 0;
    m_stage = Stage::RequestLine;
    m_continueAnswered = false;
    return Status::Complete;
}

bool HttpRequestReader::takeContinueRequest()
{
    if (m_stage != Stage::Body || m_continueAnswered || m_request.http10 ||
        !listsToken(m_request.headers, QByteArrayLiteral("Expect"),
                    QByteArrayLiteral("100-continue")))
        return false;
    m_continueAnswered = true;
    return true;
}

HttpRequestReader::Status HttpRequestReader::parseRequestLine(const QByteArray &line)
{
    // method SP request-target SP HTTP-version, single spaces, nothing else.
    const QList<QByteArray> parts = line.split(' ');
    if (parts.size() != 3 || !isToken(parts.at(0)))
        return fail(400);
    const QByteArray &target = parts.at(1);
    const QByteArray &version = parts.at(2);
    for (const char c : target) {
        if (isControl(c) || static_cast<uchar>(c) > 0x7e) // clients percent-encode the rest
            return fail(400);
    }
    const bool originForm = target.startsWith('/');
    const bool absoluteForm =
        target.toLower().startsWith("http://") || target.toLower().startsWith("https://");
    const bool asteriskForm = target == "*" && parts.at(0) == "OPTIONS";
    if (!originForm && !absoluteForm && !asteriskForm)
        return fail(400);
    if (version.size() != 8 || !version.startsWith("HTTP/") || version.at(6) != '.' ||
        !std::isdigit(static_cast<uchar>(version.at(5))) ||
        !std::isdigit(static_cast<uchar>(version.at(7))))
        return fail(400);
    if (version.at(5) != '1')
        return fail(505);
    m_request.method = parts.at(0);
    m_request.target = target;
    m_request.http10 = version.at(7) == '0';
    return Status::NeedMore;
}

HttpRequestReader::Status HttpRequestReader::parseHeaderLine(const QByteArray &line)
{
    // field-name ":" OWS field-value OWS; no obsolete line folding, no space before the colon.
    const qsizetype colon = line.indexOf(':');
    if (colon <= 0 || !isToken(line.left(colon)))
        return fail(400);
    const QByteArray rawValue = line.mid(colon + 1);
    for (const char c : rawValue) {
        if (isControl(c) && c != '\t')
            return fail(400);
    }
    if (m_request.headers.size() >= Limits::kMaxHeaderCount)
        return fail(431);
    m_request.headers.append({line.left(colon), rawValue.trimmed()});
    return Status::NeedMore;
}

HttpRequestReader::Status HttpRequestReader::finishHead()
{
    const SandboxHeaders &headers = m_request.headers;
    if (!m_request.http10 && headerValues(headers, QByteArrayLiteral("Host")).size() != 1)
        return fail(400);
    const QList<QByteArray> lengths = headerValues(headers, QByteArrayLiteral("Content-Length"));
    if (!headerValues(headers, QByteArrayLiteral("Transfer-Encoding")).isEmpty()) {
        // Both framings at once is how requests are smuggled past a proxy (RFC 9112 6.3): refuse.
        if (!lengths.isEmpty())
            return fail(400);
        return fail(501); // chunked request bodies: not needed by any client of the sandbox
    }
    if (lengths.isEmpty())
        return Status::NeedMore;
    for (const QByteArray &length : lengths) {
        if (length != lengths.constFirst() || length.isEmpty() ||
            !std::all_of(length.cbegin(), length.cend(),
                         [](char c) { return c >= '0' && c <= '9'; }))
            return fail(400);
    }
    const QByteArray digits = lengths.constFirst();
    if (digits.size() > 10)
        return fail(413);
    const qint64 length = digits.toLongLong();
    if (length > Limits::kMaxBodyBytes)
        return fail(413);
    m_bodyLength = static_cast<qsizetype>(length);
    return Status::NeedMore;
}

// One accepted connection; a child of its socket, so it goes when the socket goes.
class HttpConnection final : public QObject
{
public:
    HttpConnection(SandboxPortal &portal, QObject *transport, QTcpSocket *socket,
                   const SandboxTransportLimits &limits)
        : QObject(socket)
        , m_portal(portal)
        , m_transport(transport)
        , m_socket(socket)
        , m_limits(limits)
    {
        // Unread bytes wait in the socket up to this much; then TCP slows the client down.
        socket->setReadBufferSize(Limits::kReadBufferBytes);
        m_timer.setSingleShot(true);
        connect(&m_timer, &QTimer::timeout, this, &HttpConnection::timedOut);
        connect(socket, &QIODevice::readyRead, this, &HttpConnection::readRequests);
        connect(socket, &QAbstractSocket::disconnected, socket, &QObject::deleteLater);
        waitForRequest();
        readRequests(); // bytes may have arrived with the TLS handshake already
    }

private:
    void readRequests();
    void answer(const ParsedRequest &parsed);
    void reject(int status);
    void answered();
    void waitForRequest();
    void timedOut();

    SandboxPortal &m_portal;
    QObject *m_transport; // owns the delivery timers, outlives this connection
    QTcpSocket *m_socket;
    SandboxTransportLimits m_limits;
    HttpRequestReader m_reader;
    QTimer m_timer;         // idle timeout, then the deadline of the request being read
    bool m_reading = false; // a request has started arriving; its deadline runs
    bool m_busy = false;    // one request at a time; later bytes wait in m_reader and the socket
};

void HttpConnection::waitForRequest()
{
    m_reading = false;
    if (m_limits.idleTimeoutMs > 0)
        m_timer.start(m_limits.idleTimeoutMs);
}

void HttpConnection::timedOut()
{
    if (m_busy)
        return;
    if (m_reading || m_reader.hasPartialRequest()) {
        m_busy = true; // for good
        reject(408);   // too slow: the slowloris case
    } else {
        m_socket->disconnectFromHost(); // idle keep-alive connection
    }
}

void HttpConnection::readRequests()
{
    if (m_busy)
        return;
    m_reader.append(m_socket->readAll());
    if (!m_reading && m_reader.hasPartialRequest()) {
        // The whole request must arrive within the deadline, however slowly it trickles.
        m_reading = true;
        if (m_limits.requestTimeoutMs > 0)
            m_timer.start(m_limits.requestTimeoutMs);
        else
            m_timer.stop();
    }
    switch (m_reader.next()) {
    case HttpRequestReader::Status::NeedMore:
        if (m_reader.takeContinueRequest())
            m_socket->write(QByteArrayLiteral("HTTP/1.1 100 Continue\r\n\r\n"));
        return;
    case HttpRequestReader::Status::Error:
        m_timer.stop();
        m_busy = true; // for good: the connection closes after the answer
        reject(m_reader.errorStatus());
        return;
    case HttpRequestReader::Status::Complete:
        m_timer.stop();
        m_busy = true;
        answer(m_reader.take());
        return;
    }
}

void HttpConnection::answer(const ParsedRequest &parsed)
{
    // Path decoded, query kept encoded.
    QByteArray pathAndQuery = parsed.target;
    if (!pathAndQuery.startsWith('/') && pathAndQuery != "*") { // absolute-form
        const qsizetype authority = pathAndQuery.indexOf("//") + 2;
        qsizetype start = authority;
        while (start < pathAndQuery.size() && pathAndQuery.at(start) != '/' &&
               pathAndQuery.at(start) != '?')
            ++start;
        pathAndQuery = pathAndQuery.mid(start);
    }
    const qsizetype fragment = pathAndQuery.indexOf('#');
    if (fragment >= 0)
        pathAndQuery.truncate(fragment);
    const qsizetype question = pathAndQuery.indexOf('?');
    QUrl url;
    url.setPath(QString::fromUtf8(question < 0 ? pathAndQuery : pathAndQuery.left(question)),
                QUrl::TolerantMode);
    if (question >= 0)
        url.setQuery(QString::fromUtf8(pathAndQuery.mid(question + 1)));

    PortalRequest request;
    request.method = parsed.method;
    request.path = url.path();
    request.query = url.query(QUrl::FullyEncoded);
    request.headers = parsed.headers;
    request.body = parsed.body;
    request.peer = m_socket->peerAddress();
    request.scheme = qobject_cast<QSslSocket *>(m_socket) != nullptr ? QStringLiteral("https")
                                                                     : QStringLiteral("http");
    const bool close =
        listsToken(parsed.headers, QByteArrayLiteral("Connection"), QByteArrayLiteral("close")) ||
        (parsed.http10 && !listsToken(parsed.headers, QByteArrayLiteral("Connection"),
                                      QByteArrayLiteral("keep-alive")));

    const QPointer<HttpConnection> self(this);
    sandboxDeliver(m_portal, m_transport, m_socket, m_portal.handle(request), close, [self] {
        if (self)
            self->answered();
    });
}

void HttpConnection::reject(int status)
{
    PortalResponse response;
    response.status = status;
    response.headers = {{QByteArrayLiteral("Content-Type"), QByteArrayLiteral("text/plain")}};
    response.body = QByteArray::number(status) + ' ' + sandboxReasonPhrase(status) + '\n';
    sandboxDeliver(m_portal, m_transport, m_socket, response, true);
}

void HttpConnection::answered()
{
    m_busy = false;
    waitForRequest();
    // Queued: a client sending many requests at once must not deepen the stack per request.
    QMetaObject::invokeMethod(
        this, [this] { readRequests(); }, Qt::QueuedConnection);
}

} // namespace

SandboxSocketTransport::SandboxSocketTransport(SandboxPortal &portal, QObject *parent)
    : QObject(parent)
    , m_portal(portal)
{}

SandboxSocketTransport::~SandboxSocketTransport() = default;

quint16 SandboxSocketTransport::listenPlain(const QHostAddress &address, quint16 port)
{
    return listenOn(new QTcpServer(this), address, port);
}

quint16 SandboxSocketTransport::listenTls(const QHostAddress &address, quint16 port,
                                          const QSslConfiguration &configuration)
{
    auto *server = new QSslServer(this);
    server->setSslConfiguration(configuration);
    return listenOn(server, address, port);
}

quint16 SandboxSocketTransport::listenOn(QTcpServer *server, const QHostAddress &address,
                                         quint16 port)
{
    if (!server->listen(address, port)) {
        m_error = server->errorString();
        delete server;
        return 0;
    }
    // QSslServer queues a connection once its handshake succeeded, QTcpServer at once.
    connect(server, &QTcpServer::pendingConnectionAvailable, this,
            [this, server] { acceptPending(server); });
    m_servers.append(server);
    return server->serverPort();
}

void SandboxSocketTransport::acceptPending(QTcpServer *server)
{
    // The sockets stay children of their server: closeAll() ends them with it.
    while (QTcpSocket *socket = server->nextPendingConnection()) {
        if (m_limits.maxConnections > 0 && m_connections >= m_limits.maxConnections) {
            const QByteArray body = QByteArrayLiteral("503 too many connections\n");
            socket->write(
                sandboxResponseHead(
                    503, {{QByteArrayLiteral("Content-Type"), QByteArrayLiteral("text/plain")}},
                    body.size(), true) +
                body);
            connect(socket, &QAbstractSocket::disconnected, socket, &QObject::deleteLater);
            socket->disconnectFromHost();
            continue;
        }
        ++m_connections;
        connect(socket, &QObject::destroyed, this, [this] { --m_connections; });
        new HttpConnection(m_portal, this, socket, m_limits);
    }
}

void SandboxSocketTransport::closeAll()
{
    for (const QPointer<QTcpServer> &server : std::as_const(m_servers)) {
        if (server) {
            server->close();
            server->deleteLater();
        }
    }
    m_servers.clear();
}
