#include "terminaltext.h"

namespace Terminal {

namespace {

enum class Treatment
{
    Keep,
    Space,
    Drop
};

Treatment treatment(char16_t c)
{
    switch (c) {
    case u'\t':
    case u'\n':
    case u'\v':
    case u'\f':
    case u'\r':
    case 0x2028: // line separator
    case 0x2029: // paragraph separator
        return Treatment::Space;
    default:
        break;
    }
    if (c < 0x20 || (c >= 0x7F && c <= 0x9F))
        return Treatment::Drop; // C0, DEL, C1 (0x9B is a one-byte CSI)
    if ((c >= 0x202A && c <= 0x202E) || (c >= 0x2066 && c <= 0x2069))
        return Treatment::Drop; // bidi embeddings, overrides and isolates
    return Treatment::Keep;
}

} // namespace

QString printable(const QString &text)
{
    if (isPrintable(text))
        return text;
    QString result;
    result.reserve(text.size());
    for (const QChar c : text) {
        switch (treatment(c.unicode())) {
        case Treatment::Keep:
            result += c;
            break;
        case Treatment::Space:
            result += QLatin1Char(' ');
            break;
        case Treatment::Drop:
            break;
        }
    }
    return result;
}

bool isPrintable(const QString &text)
{
    for (const QChar c : text) {
        if (treatment(c.unicode()) != Treatment::Keep)
            return false;
    }
    return true;
}

QByteArray escapeJson(const QByteArray &json)
{
    bool ascii = true;
    for (const char byte : json)
        ascii = ascii && static_cast<unsigned char>(byte) < 0x7F;
    if (ascii)
        return json;
    const QString text = QString::fromUtf8(json);
    QString result;
    result.reserve(text.size());
    for (const QChar c : text) {
        const char16_t u = c.unicode();
        const bool escape = (u >= 0x7F && u <= 0x9F) || (u >= 0x202A && u <= 0x202E) ||
                            (u >= 0x2066 && u <= 0x2069) || u == 0x2028 || u == 0x2029;
        if (escape)
            result += QStringLiteral("\\u%1").arg(int(u), 4, 16, QLatin1Char('0'));
        else
            result += c;
    }
    return result.toUtf8();
}

} // namespace Terminal
