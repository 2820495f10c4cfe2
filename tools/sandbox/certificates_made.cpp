// The sandbox's certificates where it is built without the OpenSSL library (the Windows cross
// build): made at build time by make-certificates.cmake with the host's openssl program, a few
// self-signed ones handed out in turn (so that two sandboxes in one test present two different
// certificates, as with generated ones) and one CA-signed chain.
#include "certificates.h"

#include <QAtomicInt>

#include <stdexcept>

extern const GeneratedCertificate madeSelfSigned[];
extern const int madeSelfSignedCount;
extern const GeneratedChain madeChain;

namespace {

// The made certificates name localhost, 127.0.0.1 and ::1 only.
void requireDefaultHosts(const QStringList &hosts)
{
    const QStringList covered{QStringLiteral("localhost"), QStringLiteral("127.0.0.1"),
                              QStringLiteral("::1")};
    for (const QString &host : hosts) {
        if (!covered.contains(host))
            throw std::runtime_error(
                "this sandbox was built without OpenSSL: its certificates name localhost, "
                "127.0.0.1 and ::1 only");
    }
}

QAtomicInt nextSelfSigned;

} // namespace

GeneratedCertificate generateSelfSigned(const QStringList &hosts)
{
    requireDefaultHosts(hosts);
    return madeSelfSigned[nextSelfSigned.fetchAndAddRelaxed(1) % madeSelfSignedCount];
}

GeneratedChain generateCaSignedLeaf(const QStringList &hosts)
{
    requireDefaultHosts(hosts);
    return madeChain;
}
