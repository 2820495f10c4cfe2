#pragma once

#include "tlstrust.h"

#include <QHash>
#include <QObject>

class PortalAddress;
class QWidget;

// Certificates the user chose to trust in this session, per portal origin: asked about with a
// warning, kept until the application quits, never saved.
class SessionTrust : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SessionTrust)

public:
    explicit SessionTrust(QWidget *window);

    // Trusts one certificate of that portal by SHA-256 fingerprint. False with a sentence in
    // *error when the portal or the fingerprint is malformed.
    bool trust(const QString &portal, const QString &fingerprint, QString *error = nullptr);
    // Asks first (the warning names what trusting an interceptor means), then trusts; true
    // when it is trusted now.
    bool askAndTrust(const QString &portal, const QString &fingerprint);
    // Adds what this session trusts for that portal.
    void addTo(const PortalAddress &portal, TlsTrust *trust) const;

signals:
    void trusted(const QString &fingerprint);

private:
    QWidget *m_window;
    QHash<QString, TlsTrust> m_trustByPortal;
};
