#include "keyid.h"

#include <QCoreApplication>
#include <QRegularExpression>

KeyId KeyId::parse(const QString &input)
{
    static const QRegularExpression uuid(QStringLiteral(
        "^\\{?([0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12})\\}?$"));
    KeyId key;
    const QString text = input.trimmed();
    if (text.isEmpty()) {
        key.m_error = QCoreApplication::translate(
            "KeyId", "Enter the id of the key to revoke (a UUID such as "
                     "3f2b6c1e-8a4d-4e9b-9c71-2d5e8f0a1b23).");
        return key;
    }
    const auto match = uuid.match(text);
    // A brace on one side only is a paste gone wrong, not an id.
    const bool balanced = text.startsWith(QLatin1Char('{')) == text.endsWith(QLatin1Char('}'));
    if (!match.hasMatch() || !balanced) {
        if (text.startsWith(QLatin1String("sk-")))
            key.m_error = QCoreApplication::translate(
                "KeyId", "This looks like a key's secret, not its id. Enter the key's UUID.");
        else
            key.m_error = QCoreApplication::translate(
                "KeyId", "A key id is a UUID of 32 hexadecimal digits in groups 8-4-4-4-12, "
                         "for example 3f2b6c1e-8a4d-4e9b-9c71-2d5e8f0a1b23.");
        return key;
    }
    key.m_id = match.captured(1).toLower();
    return key;
}
