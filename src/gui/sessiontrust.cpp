#include "sessiontrust.h"

#include "messagebox.h"
#include "portaladdress.h"

#include <QWidget>

SessionTrust::SessionTrust(QWidget *window)
    : QObject(window)
    , m_window(window)
{}

bool SessionTrust::trust(const QString &portal, const QString &fingerprint, QString *error)
{
    const PortalAddress address = PortalAddress::parse(portal);
    if (!address.isValid()) {
        if (error)
            *error = address.errorString();
        return false;
    }
    TlsTrust trust = m_trustByPortal.value(address.toString());
    if (!trust.addPinnedFingerprint(fingerprint, error))
        return false;
    m_trustByPortal.insert(address.toString(), trust);
    emit trusted(fingerprint);
    return true;
}

bool SessionTrust::askAndTrust(const QString &portal, const QString &fingerprint)
{
    const QMessageBox::StandardButton answer = MessageBox::confirm(
        m_window, tr("Trust This Certificate?"),
        tr("Trust the certificate presented by %1 for this session?").arg(portal),
        tr("SHA-256 fingerprint:\n%1\n\n"
           "Only do this if you have checked that this is your portal's certificate, for "
           "example with its administrator. If someone is intercepting the connection, "
           "trusting their certificate hands them your access token.\n\n"
           "The certificate is trusted until DocSpace Keys quits; nothing is saved. To trust "
           "it for good, enter the fingerprint in the profile (Edit…).")
            .arg(fingerprint),
        tr("&Trust for This Session"), QMessageBox::Warning);
    if (answer != QMessageBox::Ok)
        return false;
    QString error;
    if (!trust(portal, fingerprint, &error)) {
        MessageBox::warning(m_window, tr("Certificate Not Trusted"),
                            tr("The certificate could not be trusted."), error);
        return false;
    }
    return true;
}

void SessionTrust::addTo(const PortalAddress &portal, TlsTrust *trust) const
{
    const TlsTrust session = m_trustByPortal.value(portal.toString());
    trust->extraCaCertificates += session.extraCaCertificates;
    trust->pinnedSha256 += session.pinnedSha256;
}
