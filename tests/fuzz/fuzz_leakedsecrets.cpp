// LeakedSecrets::find, checked against the regular expression that defines a secret: the
// linear scanner must find exactly what the expression finds, once each, in order.
#include "fuzzinput.h"
#include "leakedsecret.h"

#include <QRegularExpression>
#include <QSet>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QString text = FuzzInput::text(data, size);
    const QStringList found = LeakedSecrets::find(text);

    static const QRegularExpression secret(
        QStringLiteral("(?<![A-Za-z0-9_-])sk-[0-9a-f]{64}(?![A-Za-z0-9_-])"));
    QStringList expected;
    QSet<QString> seen;
    auto it = secret.globalMatch(text);
    while (it.hasNext()) {
        const QString match = it.next().captured(0);
        if (!seen.contains(match)) {
            seen.insert(match);
            expected << match;
        }
    }
    if (found != expected)
        std::abort();
    for (const QString &s : found) {
        if (LeakedSecrets::redacted(s).size() != 8)
            std::abort();
    }
    return 0;
}
