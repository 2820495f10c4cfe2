#include "portaladdress.h"

#include <QCoreApplication>
#include <QHostAddress>

PortalAddress PortalAddress::parse(const QString &input)
{
    PortalAddress address;
    const QString text = input.trimmed();
    if (text.isEmpty()) {
        address.m_error = tr("Enter the portal address, for example https://portal.example.com.");
        return address;
    }
    if (text.contains(QLatin1Char(' '))) {
        address.m_error = tr("A portal address cannot contain spaces.");
        return address;
    }

    // Without a scheme QUrl would read "portal.example.com" as a path; DocSpace portals are
    // HTTPS unless the user explicitly asks for http://.
    QString withScheme = text;
    const int schemeEnd = text.indexOf(QLatin1String("://"));
    if (schemeEnd < 0)
        withScheme = QLatin1String("https://") + text;

    const QUrl url(withScheme, QUrl::StrictMode);
    const QString scheme = url.scheme().toLower();
    if (!url.isValid()) {
        address.m_error = tr("This is not a valid web address.");
        return address;
    }
    if (scheme != QLatin1String("https") && scheme != QLatin1String("http")) {
        address.m_error =
            tr("Only https:// (or http://) portal addresses are supported, not %1://.").arg(scheme);
        return address;
    }
    if (!url.userInfo().isEmpty()) {
        address.m_error = tr("Remove the user name or password from the address; the access "
                             "token goes in its own field.");
        return address;
    }
    const QString host = url.host().toLower();
    if (host.isEmpty()) {
        address.m_error = tr("The address has no host name.");
        return address;
    }

    QUrl origin;
    origin.setScheme(scheme);
    origin.setHost(host);
    const int defaultPort = scheme == QLatin1String("https") ? 443 : 80;
    if (url.port() != -1 && url.port() != defaultPort)
        origin.setPort(url.port());
    address.m_origin = origin;
    return address;
}

QString PortalAddress::toString() const
{
    return m_origin.toString(QUrl::FullyEncoded);
}

bool PortalAddress::isHttps() const
{
    return m_origin.scheme() == QLatin1String("https");
}

bool PortalAddress::isLoopback() const
{
    return isLoopbackHost(m_origin.host());
}

QUrl PortalAddress::apiUrl(const QString &path) const
{
    QUrl url = m_origin;
    url.setPath(path);
    return url;
}

bool PortalAddress::sameOrigin(const QUrl &a, const QUrl &b)
{
    const auto port = [](const QUrl &u) {
        return u.port(u.scheme().compare(QLatin1String("https"), Qt::CaseInsensitive) == 0 ? 443
                                                                                           : 80);
    };
    return a.scheme().compare(b.scheme(), Qt::CaseInsensitive) == 0 &&
           a.host().compare(b.host(), Qt::CaseInsensitive) == 0 && port(a) == port(b);
}

bool PortalAddress::isLoopbackHost(const QString &host)
{
    if (host.compare(QLatin1String("localhost"), Qt::CaseInsensitive) == 0)
        return true;
    const QHostAddress address(host);
    return !address.isNull() && address.isLoopback();
}
