#pragma once

#include <QCoreApplication>

#include <QString>
#include <QUrl>

// A DocSpace portal address, normalised to its origin (scheme, host, port; no path).
class PortalAddress
{
    Q_DECLARE_TR_FUNCTIONS(PortalAddress)

public:
    PortalAddress() = default;

    // Accepts what people paste: "portal.example.com", "https://Portal.example.com/ ",
    // "http://127.0.0.1:8088/some/page". Rejects other schemes, user info and empty hosts.
    static PortalAddress parse(const QString &input);

    bool isValid() const { return m_error.isEmpty() && m_origin.isValid(); }
    // Why the input was rejected, as a sentence for an inline message; empty when valid.
    QString errorString() const { return m_error; }

    QUrl origin() const { return m_origin; }
    QString toString() const;
    bool isHttps() const;
    // 127.0.0.0/8, ::1 and "localhost": plain HTTP there never leaves the machine.
    bool isLoopback() const;

    // The URL of an API path below the origin, e.g. "/api/2.0/keys/<id>".
    QUrl apiUrl(const QString &path) const;

    static bool sameOrigin(const QUrl &a, const QUrl &b);
    static bool isLoopbackHost(const QString &host);

private:
    QUrl m_origin;
    QString m_error;
};
