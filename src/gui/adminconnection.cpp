#include "adminconnection.h"

#include <QCryptographicHash>

QByteArray AdminConnection::signature() const
{
    QCryptographicHash hash(QCryptographicHash::Sha256);
    for (const QString &part :
         {network ? QStringLiteral("1") : QStringLiteral("0"), portal(), settings.token,
          QString::number(static_cast<int>(settings.scheme)),
          settings.allowInsecureHttp ? QStringLiteral("1") : QStringLiteral("0"), profile, actor,
          ownKeyId}) {
        hash.addData(part.toUtf8());
        hash.addData(QByteArrayView("\n", 1));
    }
    for (const QByteArray &pin : settings.trust.pinnedSha256)
        hash.addData(pin);
    hash.addData(QByteArray::number(settings.trust.extraCaCertificates.size()));
    return hash.result();
}
