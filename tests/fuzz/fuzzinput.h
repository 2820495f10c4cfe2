#pragma once

// Shared by the fuzz targets: turning libFuzzer's bytes into the inputs the parsers take.
#include <QByteArray>
#include <QList>
#include <QString>

#include <cstddef>
#include <cstdint>
#include <cstdlib> // std::abort: a broken invariant is a crash for libFuzzer

namespace FuzzInput {

inline QByteArray bytes(const uint8_t *data, size_t size)
{
    return QByteArray(reinterpret_cast<const char *>(data), qsizetype(size));
}

// Text pasted by a user or read from a file: UTF-8, invalid sequences replaced as Qt does.
inline QString text(const uint8_t *data, size_t size)
{
    return QString::fromUtf8(reinterpret_cast<const char *>(data), qsizetype(size));
}

// A readable HTTP answer, so that seeds can be written by hand:
//   HTTP 429            (or "FAIL timeout" for a transport failure)
//   Retry-After: 30
//   X-RateLimit-Reset: 5
//   Content-Type: application/json
//   <empty line>
//   body...
struct Answer
{
    int status = 0;
    QByteArray failure;
    QByteArray contentType;
    QByteArray retryAfter;
    QByteArray rateLimitReset;
    QByteArray body;
};

inline Answer answer(const QByteArray &input)
{
    Answer a;
    qsizetype at = 0;
    bool first = true;
    while (at < input.size()) {
        qsizetype end = input.indexOf('\n', at);
        if (end < 0)
            end = input.size();
        QByteArray line = input.mid(at, end - at);
        at = end + 1;
        if (line.endsWith('\r'))
            line.chop(1);
        if (line.isEmpty())
            break;
        if (first) {
            first = false;
            if (line.startsWith("HTTP "))
                a.status = line.mid(5).trimmed().toInt();
            else if (line.startsWith("FAIL "))
                a.failure = line.mid(5).trimmed();
            continue;
        }
        const qsizetype colon = line.indexOf(':');
        if (colon < 0)
            continue;
        const QByteArray name = line.left(colon).trimmed().toLower();
        const QByteArray value = line.mid(colon + 1).trimmed();
        if (name == "content-type")
            a.contentType = value;
        else if (name == "retry-after")
            a.retryAfter = value;
        else if (name == "x-ratelimit-reset")
            a.rateLimitReset = value;
    }
    a.body = at < input.size() ? input.mid(at) : QByteArray();
    return a;
}

} // namespace FuzzInput
