#include "tlstrust.h"

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QFile>

bool TlsTrust::addCaFile(const QString &path, QString *error)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        *error = tr("Cannot read the CA file %1: %2.").arg(path, file.errorString());
        return false;
    }
    const QByteArray data = file.readAll();
    QList<QSslCertificate> certificates = QSslCertificate::fromData(data, QSsl::Pem);
    if (certificates.isEmpty())
        certificates = QSslCertificate::fromData(data, QSsl::Der);
    if (certificates.isEmpty()) {
        *error = tr("The file %1 holds no certificate in PEM or DER form.").arg(path);
        return false;
    }
    extraCaCertificates += certificates;
    return true;
}

bool TlsTrust::addPinnedFingerprint(const QString &fingerprint, QString *error)
{
    const QByteArray digest = parseFingerprint(fingerprint);
    if (digest.isEmpty()) {
        *error = tr("A certificate fingerprint is a SHA-256 digest: 64 hexadecimal digits, "
                    "with or without colons.");
        return false;
    }
    if (!pinnedSha256.contains(digest))
        pinnedSha256.append(digest);
    return true;
}

bool TlsTrust::isPinned(const QSslCertificate &certificate) const
{
    return !certificate.isNull() && pinnedSha256.contains(sha256(certificate));
}

QByteArray TlsTrust::sha256(const QSslCertificate &certificate)
{
    return certificate.digest(QCryptographicHash::Sha256);
}

QString TlsTrust::formatFingerprint(const QByteArray &digest)
{
    return QString::fromLatin1(digest.toHex(':').toUpper());
}

QByteArray TlsTrust::parseFingerprint(const QString &text)
{
    QString hex = text.trimmed();
    if (hex.startsWith(QLatin1String("sha256:"), Qt::CaseInsensitive))
        hex = hex.mid(7);
    hex.remove(QLatin1Char(':'));
    if (hex.size() != 64)
        return {};
    for (const QChar c : hex) {
        if (!c.isDigit() && !(c.toLower() >= QLatin1Char('a') && c.toLower() <= QLatin1Char('f')))
            return {};
    }
    return QByteArray::fromHex(hex.toLatin1());
}
