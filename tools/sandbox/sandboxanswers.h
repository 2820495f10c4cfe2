#pragma once

#include "sandboxtypes.h"

#include <QByteArray>
#include <QDateTime>
#include <QJsonObject>
#include <QJsonValue>
#include <QString>

// How the portal (ASP.NET behind nginx) words its answers: envelopes, problems, error pages,
// dates and HTML-encoded display names. Pure functions.
namespace SandboxAnswers {

// Any JSON value (not only objects/arrays) as compact bytes, so envelopes keep the portal's order.
QByteArray jsonBytes(const QJsonValue &value);

PortalResponse empty(int status);
PortalResponse json(int status, const QByteArray &body); // application/json; charset=utf-8
PortalResponse plainJson(int status, const QJsonObject &object);

// {"response": value, "count": count, "links": [{href, action}], "status": 0, "statusCode": 200}
PortalResponse success(const QString &href, const QByteArray &method, const QJsonValue &value,
                       int count = 1);
// {"status": 1, "statusCode": status, "error": {message, type, stack, hresult}}
PortalResponse errorEnvelope(int status, const QString &message, const QString &type,
                             const QString &stack, int hresult);
PortalResponse nullReference(const QString &stack); // 500 System.NullReferenceException
PortalResponse accessDenied(const QString &stack);  // 403 "Access denied"
PortalResponse argumentError(const QString &message, const QString &stack); // 400 ArgumentException
// 400 RFC 9110 problem in the success envelope with status 1; `errors` is {"Field": ["..."]}.
PortalResponse validationProblem(const QString &href, const QByteArray &method,
                                 const QJsonObject &errors);
QJsonObject fieldError(const QString &field, const QString &message);
// 429 with Retry-After and X-RateLimit-* (the window limits; the concurrency limiter sends none).
PortalResponse rateLimited(int retryAfterSeconds, int limit, qint64 resetUnixSeconds);
// nginx's page for a status: DocSpace's custom_50x.html for 502/503/504, nginx's default else
// (or always, with `plainNginx`: a proxy in front of the portal that is not DocSpace's).
PortalResponse proxyErrorPage(int status, bool plainNginx = false);

// .NET HttpUtility.HtmlEncode: & < > " ' as entities, U+00A0..U+00FF and characters outside the
// BMP as &#N;. DocSpace applies it to every displayName it sends.
QString htmlEncode(const QString &text);

// 2026-07-01T15:34:56.0000000+03:00 (seven fractional digits); Z when the offset is zero.
QString formatDate(const QDateTime &date, int offsetSeconds);

} // namespace SandboxAnswers
