#pragma once

#include <QString>

// The id of a DocSpace API key: a UUID. Normalised to lower case without braces.
class KeyId
{
public:
    KeyId() = default;

    // Accepts any case, with or without braces, with surrounding white space.
    static KeyId parse(const QString &input);

    bool isValid() const { return !m_id.isEmpty(); }
    QString toString() const { return m_id; }
    // Why the input is not a key id, for an inline message; empty when valid.
    QString errorString() const { return m_error; }

private:
    QString m_id;
    QString m_error;
};
