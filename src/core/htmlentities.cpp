#include "htmlentities.h"

#include <array>
#include <utility>

namespace {

// The named references .NET's encoder produces, plus the two a hand-made name may carry.
constexpr std::array<std::pair<const char *, char16_t>, 6> kNamed{{
    {"amp", u'&'},
    {"lt", u'<'},
    {"gt", u'>'},
    {"quot", u'"'},
    {"apos", u'\''},
    {"nbsp", u'\u00a0'},
}};

constexpr int kLongestReference = 10; // "#x10FFFF" and "#1114111" fit

bool appendNumeric(const QString &reference, QString *out)
{
    // reference is what stands between '&' and ';', starting with '#'.
    const bool hex = reference.size() > 1 && (reference.at(1) == u'x' || reference.at(1) == u'X');
    const QString digits = reference.mid(hex ? 2 : 1);
    if (digits.isEmpty())
        return false;
    for (const QChar digit : digits) {
        const bool valid =
            hex ? digit.isDigit() || (digit.toLower() >= u'a' && digit.toLower() <= u'f')
                : digit.isDigit();
        if (!valid || digit.unicode() > 0x7f) // signs, spaces and non-ASCII digits are no reference
            return false;
    }
    bool ok = false;
    const uint code = digits.toUInt(&ok, hex ? 16 : 10);
    if (!ok || code == 0 || code > 0x10FFFF || (code >= 0xD800 && code <= 0xDFFF))
        return false;
    const char32_t scalar = code;
    out->append(QString::fromUcs4(&scalar, 1));
    return true;
}

bool appendNamed(const QString &reference, QString *out)
{
    for (const auto &[name, character] : kNamed) {
        if (reference == QLatin1String(name)) {
            out->append(QChar(character));
            return true;
        }
    }
    return false;
}

} // namespace

namespace HtmlEntities {

QString decode(const QString &text)
{
    if (!text.contains(u'&'))
        return text;
    QString out;
    out.reserve(text.size());
    int i = 0;
    while (i < text.size()) {
        const QChar c = text.at(i);
        if (c != u'&') {
            out.append(c);
            ++i;
            continue;
        }
        const int end = text.indexOf(u';', i + 1);
        if (end > i + 1 && end - i - 1 <= kLongestReference) {
            const QString reference = text.mid(i + 1, end - i - 1);
            const bool decoded = reference.startsWith(u'#') ? appendNumeric(reference, &out)
                                                            : appendNamed(reference, &out);
            if (decoded) {
                i = end + 1;
                continue;
            }
        }
        out.append(c);
        ++i;
    }
    return out;
}

} // namespace HtmlEntities
