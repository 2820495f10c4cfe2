#include "sandboxanswers.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QRandomGenerator>

#include <algorithm>
#include <cstdlib>

namespace SandboxAnswers {

namespace {

const QByteArray kJsonType = QByteArrayLiteral("application/json; charset=utf-8");

// nginx's own wording for its error pages ("Service Temporarily Unavailable", "Gateway
// Time-out"), which differs from the RFC reason phrases the transport puts in status lines.
QByteArray nginxReasonPhrase(int status)
{
    switch (status) {
    case 400:
        return QByteArrayLiteral("Bad Request");
    case 401:
        return QByteArrayLiteral("Unauthorized");
    case 403:
        return QByteArrayLiteral("Forbidden");
    case 404:
        return QByteArrayLiteral("Not Found");
    case 500:
        return QByteArrayLiteral("Internal Server Error");
    case 502:
        return QByteArrayLiteral("Bad Gateway");
    case 503:
        return QByteArrayLiteral("Service Temporarily Unavailable");
    case 504:
        return QByteArrayLiteral("Gateway Time-out");
    default:
        return QByteArrayLiteral("Error");
    }
}

QByteArray linksJson(const QString &href, const QByteArray &method)
{
    return jsonBytes(QJsonArray{QJsonObject{
        {QStringLiteral("href"), href}, {QStringLiteral("action"), QString::fromLatin1(method)}}});
}

} // namespace

QByteArray jsonBytes(const QJsonValue &value)
{
    const QByteArray wrapped = QJsonDocument(QJsonArray{value}).toJson(QJsonDocument::Compact);
    return wrapped.mid(1, wrapped.size() - 2);
}

PortalResponse empty(int status)
{
    PortalResponse response;
    response.status = status;
    return response;
}

PortalResponse json(int status, const QByteArray &body)
{
    PortalResponse response;
    response.status = status;
    response.headers.append({QByteArrayLiteral("Content-Type"), kJsonType});
    response.body = body;
    return response;
}

PortalResponse plainJson(int status, const QJsonObject &object)
{
    return json(status, QJsonDocument(object).toJson(QJsonDocument::Indented));
}

PortalResponse success(const QString &href, const QByteArray &method, const QJsonValue &value,
                       int count)
{
    QByteArray body = QByteArrayLiteral("{\"response\":") + jsonBytes(value);
    body += QByteArrayLiteral(",\"count\":") + QByteArray::number(count);
    body += QByteArrayLiteral(",\"links\":") + linksJson(href, method);
    body += QByteArrayLiteral(",\"status\":0,\"statusCode\":200}");
    return json(200, body);
}

PortalResponse errorEnvelope(int status, const QString &message, const QString &type,
                             const QString &stack, int hresult)
{
    QByteArray body = QByteArrayLiteral("{\"status\":1,\"statusCode\":");
    body += QByteArray::number(status);
    body += QByteArrayLiteral(",\"error\":");
    body += jsonBytes(QJsonObject{{QStringLiteral("message"), message},
                                  {QStringLiteral("type"), type},
                                  {QStringLiteral("stack"), stack},
                                  {QStringLiteral("hresult"), hresult}});
    body += '}';
    return json(status, body);
}

PortalResponse nullReference(const QString &stack)
{
    return errorEnvelope(500,
                         QStringLiteral("Object reference not set to an instance of an object."),
                         QStringLiteral("System.NullReferenceException"), stack, -2147467261);
}

PortalResponse accessDenied(const QString &stack)
{
    return errorEnvelope(403, QStringLiteral("Access denied"),
                         QStringLiteral("System.UnauthorizedAccessException"), stack, -2147024891);
}

PortalResponse argumentError(const QString &message, const QString &stack)
{
    return errorEnvelope(400, message, QStringLiteral("System.ArgumentException"), stack,
                         -2147024809);
}

PortalResponse validationProblem(const QString &href, const QByteArray &method,
                                 const QJsonObject &errors)
{
    QByteArray traceBytes(16, Qt::Uninitialized);
    QRandomGenerator::global()->generate(traceBytes.begin(), traceBytes.end());
    const QString traceId = QStringLiteral("00-%1-%2-00")
                                .arg(QString::fromLatin1(traceBytes.toHex()),
                                     QString::fromLatin1(traceBytes.left(8).toHex()));
    const QJsonObject problem{
        {QStringLiteral("type"),
         QStringLiteral("https://tools.ietf.org/html/rfc9110#section-15.5.1")},
        {QStringLiteral("title"), QStringLiteral("One or more validation errors occurred.")},
        {QStringLiteral("status"), 400},
        {QStringLiteral("errors"), errors},
        {QStringLiteral("traceId"), traceId}};
    QByteArray body = QByteArrayLiteral("{\"response\":") + jsonBytes(problem);
    body += QByteArrayLiteral(",\"count\":1,\"links\":") + linksJson(href, method);
    body += QByteArrayLiteral(",\"status\":1,\"statusCode\":400}");
    return json(400, body);
}

QJsonObject fieldError(const QString &field, const QString &message)
{
    return QJsonObject{{field, QJsonArray{message}}};
}

PortalResponse rateLimited(int retryAfterSeconds, int limit, qint64 resetUnixSeconds)
{
    PortalResponse response = empty(429);
    response.headers.append(
        {QByteArrayLiteral("Retry-After"), QByteArray::number(std::max(0, retryAfterSeconds))});
    response.headers.append({QByteArrayLiteral("X-RateLimit-Limit"), QByteArray::number(limit)});
    response.headers.append({QByteArrayLiteral("X-RateLimit-Remaining"), QByteArrayLiteral("0")});
    response.headers.append(
        {QByteArrayLiteral("X-RateLimit-Reset"), QByteArray::number(resetUnixSeconds)});
    return response;
}

PortalResponse proxyErrorPage(int status, bool plainNginx)
{
    PortalResponse response;
    response.status = status;
    response.headers.append({QByteArrayLiteral("Content-Type"), QByteArrayLiteral("text/html")});
    response.headers.append({QByteArrayLiteral("Server"), QByteArrayLiteral("nginx")});
    if (!plainNginx && (status == 502 || status == 503 || status == 504)) {
        // DocSpace's nginx answers every gateway error with one static page, custom_50x.html,
        // whose title says 500 whatever the status.
        response.body = QByteArrayLiteral(
            "<!DOCTYPE html>\n<html>\n<head>\n<meta charset=\"utf-8\">\n"
            "<title>500 Error Page</title>\n</head>\n<body>\n"
            "<h1>The service is temporarily unavailable</h1>\n"
            "<p>The portal could not answer this request. Please try again later.</p>\n"
            "</body>\n</html>\n");
        return response;
    }
    const QByteArray title = QByteArray::number(status) + ' ' + nginxReasonPhrase(status);
    response.body = QByteArrayLiteral("<html><head><title>") + title +
                    QByteArrayLiteral("</title></head><body><center><h1>") + title +
                    QByteArrayLiteral("</h1></center><hr><center>nginx</center></body></html>");
    return response;
}

QString htmlEncode(const QString &text)
{
    QString out;
    out.reserve(text.size());
    for (qsizetype i = 0; i < text.size(); ++i) {
        const QChar c = text.at(i);
        const char16_t u = c.unicode();
        if (u == '&')
            out += QLatin1String("&amp;");
        else if (u == '<')
            out += QLatin1String("&lt;");
        else if (u == '>')
            out += QLatin1String("&gt;");
        else if (u == '"')
            out += QLatin1String("&quot;");
        else if (u == '\'')
            out += QLatin1String("&#39;");
        else if (u >= 0xA0 && u <= 0xFF)
            out += QStringLiteral("&#%1;").arg(int(u));
        else if (c.isHighSurrogate() && i + 1 < text.size() && text.at(i + 1).isLowSurrogate()) {
            out += QStringLiteral("&#%1;").arg(QChar::surrogateToUcs4(c, text.at(i + 1)));
            ++i;
        } else if (c.isSurrogate())
            out += QStringLiteral("&#65533;"); // a lone surrogate becomes U+FFFD
        else
            out += c;
    }
    return out;
}

QString formatDate(const QDateTime &date, int offsetSeconds)
{
    const QDateTime local = date.toOffsetFromUtc(offsetSeconds);
    const int absOffset = std::abs(offsetSeconds);
    const QString zone = offsetSeconds == 0
                             ? QStringLiteral("Z")
                             : QStringLiteral("%1%2:%3")
                                   .arg(offsetSeconds < 0 ? QLatin1Char('-') : QLatin1Char('+'))
                                   .arg(absOffset / 3600, 2, 10, QLatin1Char('0'))
                                   .arg((absOffset % 3600) / 60, 2, 10, QLatin1Char('0'));
    // .NET prints seven fractional digits; Qt knows milliseconds, so pad the rest.
    return local.toString(QStringLiteral("yyyy-MM-ddTHH:mm:ss.zzz")) + QStringLiteral("0000") +
           zone;
}

} // namespace SandboxAnswers
