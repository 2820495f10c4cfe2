#include "sandboxserver.h"

#include "certificates.h"
#include "sandboxsockettransport.h"

#include <QCryptographicHash>
#include <QFileInfo>
#include <QSslConfiguration>
#include <QSslKey>

#include <stdexcept>

namespace {

QSslKey parsePrivateKey(const QByteArray &pem)
{
    for (QSsl::KeyAlgorithm algorithm : {QSsl::Ec, QSsl::Rsa, QSsl::Dsa}) {
        QSslKey key(pem, algorithm, QSsl::Pem, QSsl::PrivateKey);
        if (!key.isNull())
            return key;
    }
    return {};
}

QUrl makeUrl(const QString &scheme, const QHostAddress &address, quint16 port)
{
    QUrl url;
    url.setScheme(scheme);
    // Clients verify the certificate against this host; 127.0.0.1 is in the generated SAN.
    url.setHost(address.isNull() || address == QHostAddress::Any || address == QHostAddress::AnyIPv4
                    ? QStringLiteral("127.0.0.1")
                    : address.toString());
    url.setPort(port);
    return url;
}

} // namespace

SandboxServer::SandboxServer(const PortalOptions &options, QObject *parent)
    : QObject(parent)
    , m_portal(options)
    , m_transport(std::make_unique<SandboxSocketTransport>(m_portal))
{
    m_sweepTimer.setInterval(600 * 1000);
    connect(&m_sweepTimer, &QTimer::timeout, this, [this] { m_portal.sweepExpiredKeys(); });
    m_sweepTimer.start();
    // lastUsed changes on every authenticated request; coalesce those writes.
    m_saveTimer.setInterval(1000);
    connect(&m_saveTimer, &QTimer::timeout, this, [this] {
        if (m_portal.takeDirty())
            saveState();
    });
}

SandboxServer::~SandboxServer()
{
    saveState();
    m_portal.setChangedCallback({});
}

bool SandboxServer::setCertificate(const QByteArray &certificatePem,
                                   const QByteArray &privateKeyPem)
{
    const QList<QSslCertificate> chain = QSslCertificate::fromData(certificatePem, QSsl::Pem);
    if (chain.isEmpty() || parsePrivateKey(privateKeyPem).isNull()) {
        m_error = QStringLiteral("the certificate or the private key cannot be read");
        return false;
    }
    m_certificatePem = certificatePem;
    m_privateKeyPem = privateKeyPem;
    m_certificate = chain.constFirst();
    return true;
}

QByteArray SandboxServer::certificateSha256() const
{
    return m_certificate.isNull() ? QByteArray()
                                  : m_certificate.digest(QCryptographicHash::Sha256).toHex();
}

bool SandboxServer::listen(const QHostAddress &address, int httpPort, int httpsPort)
{
    close();
    m_transport = std::make_unique<SandboxSocketTransport>(m_portal);
    m_transport->setLimits(m_transportLimits);
    if (httpPort >= 0) {
        const quint16 port = m_transport->listenPlain(address, static_cast<quint16>(httpPort));
        if (port == 0) {
            m_error = QStringLiteral("cannot listen on HTTP port %1: %2")
                          .arg(httpPort)
                          .arg(m_transport->errorString());
            return false;
        }
        m_httpUrl = makeUrl(QStringLiteral("http"), address, port);
    }
    if (httpsPort >= 0) {
        if (m_certificate.isNull()) {
            try {
                const GeneratedCertificate generated = generateSelfSigned({});
                setCertificate(generated.certificatePem, generated.privateKeyPem);
            } catch (const std::exception &error) {
                m_error = QString::fromUtf8(error.what());
                close();
                return false;
            }
        }
        QSslConfiguration configuration = QSslConfiguration::defaultConfiguration();
        configuration.setLocalCertificateChain(QSslCertificate::fromData(m_certificatePem));
        configuration.setPrivateKey(parsePrivateKey(m_privateKeyPem));
        configuration.setPeerVerifyMode(QSslSocket::VerifyNone);
        const quint16 port =
            m_transport->listenTls(address, static_cast<quint16>(httpsPort), configuration);
        if (port == 0) {
            m_error = QStringLiteral("cannot listen on HTTPS port %1: %2")
                          .arg(httpsPort)
                          .arg(m_transport->errorString());
            close();
            return false;
        }
        m_httpsUrl = makeUrl(QStringLiteral("https"), address, port);
    }
    m_portal.setServerInfo(m_httpUrl, m_httpsUrl, certificateSha256(),
                           m_httpsUrl.isEmpty() ? QByteArray() : m_certificatePem);
    return true;
}

void SandboxServer::close()
{
    if (m_transport)
        m_transport->closeAll();
    m_httpUrl.clear();
    m_httpsUrl.clear();
}

bool SandboxServer::setStateFile(const QString &path)
{
    m_stateFile = path;
    if (QFileInfo::exists(path)) {
        QString error;
        if (!m_portal.loadState(path, &error)) {
            m_error = QStringLiteral("cannot load state from %1: %2").arg(path, error);
            m_stateFile.clear();
            return false;
        }
    }
    m_portal.setChangedCallback([this] {
        m_portal.takeDirty();
        saveState();
    });
    m_saveTimer.start();
    saveState();
    return true;
}

void SandboxServer::saveState()
{
    if (m_stateFile.isEmpty())
        return;
    QString error;
    if (!m_portal.saveState(m_stateFile, &error))
        qWarning("docspace-sandbox: cannot save state to %ls: %ls", qUtf16Printable(m_stateFile),
                 qUtf16Printable(error));
}

void SandboxServer::setTransportLimits(const SandboxTransportLimits &limits)
{
    m_transportLimits = limits;
    if (m_transport)
        m_transport->setLimits(limits);
}

void SandboxServer::setExpirySweepInterval(int seconds)
{
    m_sweepTimer.stop();
    if (seconds > 0) {
        m_sweepTimer.setInterval(seconds * 1000);
        m_sweepTimer.start();
    }
}
