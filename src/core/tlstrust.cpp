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
    const QByteArray digest = parseFingerprint(fingerprint, error);
    if (digest.isEmpty())
        return false;
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

QByteArray TlsTrust::parseFingerprint(const QString &text, QString *error)
{
    QString hex = text.trimmed();
    if (hex.startsWith(QLatin1String("sha256:"), Qt::CaseInsensitive))
        hex = hex.mid(7);
    hex.remove(QLatin1Char(':'));
    // ASCII only: QChar::isDigit() is also true for "٣" or "７", which are not hex digits.
    for (const QChar c : std::as_const(hex)) {
        const char16_t u = c.unicode();
        if (!((u >= u'0' && u <= u'9') || (u >= u'a' && u <= u'f') || (u >= u'A' && u <= u'F'))) {
            if (error) {
                *error =
                    tr("The certificate fingerprint holds \"%1\" (U+%2), which is not a "
                       "hexadecimal digit: use only 0-9 and A-F (ASCII), with or without "
                       "colons.")
                        .arg(QString(c),
                             QStringLiteral("%1").arg(uint(u), 4, 16, QLatin1Char('0')).toUpper());
            }
            return {};
        }
    }
    if (hex.size() != 64) {
        if (error) {
            *error = tr("A certificate fingerprint is a SHA-256 digest: 64 hexadecimal digits, "
                        "with or without colons.");
        }
        return {};
    }
    return QByteArray::fromHex(hex.toLatin1());
}
