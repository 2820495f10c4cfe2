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

} // namespace Terminal
