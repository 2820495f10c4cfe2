#include "certificates.h"

#include <QHostAddress>

#include <openssl/bio.h>
#include <openssl/bn.h>
#include <openssl/evp.h>
#include <openssl/pem.h>
#include <openssl/x509.h>
#include <openssl/x509v3.h>

#include <memory>
#include <stdexcept>

namespace {

struct PkeyFree
{
    void operator()(EVP_PKEY *key) const { EVP_PKEY_free(key); }
};
struct X509Free
{
    void operator()(X509 *cert) const { X509_free(cert); }
};
struct BioFree
{
    void operator()(BIO *bio) const { BIO_free(bio); }
};
struct BnFree
{
    void operator()(BIGNUM *bn) const { BN_free(bn); }
};
using PkeyPtr = std::unique_ptr<EVP_PKEY, PkeyFree>;
using X509Ptr = std::unique_ptr<X509, X509Free>;
using BioPtr = std::unique_ptr<BIO, BioFree>;
using BnPtr = std::unique_ptr<BIGNUM, BnFree>;

void check(bool ok, const char *what)
{
    if (!ok)
        throw std::runtime_error(std::string("OpenSSL failed: ") + what);
}

PkeyPtr generateKey()
{
    PkeyPtr key(EVP_EC_gen("P-256"));
    check(key != nullptr, "EVP_EC_gen");
    return key;
}

QByteArray subjectAltNames(const QStringList &hosts)
{
    const QStringList effective =
        hosts.isEmpty() ? QStringList{QStringLiteral("localhost"), QStringLiteral("127.0.0.1"),
                                      QStringLiteral("::1")}
                        : hosts;
    QStringList entries;
    for (const QString &host : effective) {
        const bool isIp = !QHostAddress(host).isNull();
        entries << (isIp ? QStringLiteral("IP:") : QStringLiteral("DNS:")) + host;
    }
    return entries.join(QLatin1Char(',')).toLatin1();
}

void addExtension(X509 *cert, X509 *issuer, int nid, const QByteArray &value)
{
    X509V3_CTX ctx;
    X509V3_set_ctx_nodb(&ctx);
    X509V3_set_ctx(&ctx, issuer, cert, nullptr, nullptr, 0);
    X509_EXTENSION *ext = X509V3_EXT_conf_nid(nullptr, &ctx, nid, value.constData());
    check(ext != nullptr, "X509V3_EXT_conf_nid");
    const int added = X509_add_ext(cert, ext, -1);
    X509_EXTENSION_free(ext);
    check(added == 1, "X509_add_ext");
}

X509Ptr newCertificate(EVP_PKEY *key, const QByteArray &commonName, long validDays)
{
    X509Ptr cert(X509_new());
    check(cert != nullptr, "X509_new");
    check(X509_set_version(cert.get(), 2) == 1, "X509_set_version");

    // Random serials so that browsers and caches never confuse two generated certificates.
    BnPtr serial(BN_new());
    check(serial && BN_rand(serial.get(), 120, BN_RAND_TOP_ANY, BN_RAND_BOTTOM_ANY) == 1,
          "BN_rand");
    check(BN_to_ASN1_INTEGER(serial.get(), X509_get_serialNumber(cert.get())) != nullptr, "serial");

    // Back-dated by a day so clock skew between processes never makes it "not yet valid".
    X509_gmtime_adj(X509_getm_notBefore(cert.get()), -24L * 3600L);
    X509_gmtime_adj(X509_getm_notAfter(cert.get()), validDays * 24L * 3600L);
    check(X509_set_pubkey(cert.get(), key) == 1, "X509_set_pubkey");

    X509_NAME *name = X509_get_subject_name(cert.get());
    const auto *org = reinterpret_cast<const unsigned char *>("DocSpace Sandbox");
    const auto *cn = reinterpret_cast<const unsigned char *>(commonName.constData());
    X509_NAME_add_entry_by_txt(name, "O", MBSTRING_UTF8, org, -1, -1, 0);
    X509_NAME_add_entry_by_txt(name, "CN", MBSTRING_UTF8, cn, -1, -1, 0);
    return cert;
}

void sign(X509 *cert, EVP_PKEY *key)
{
    check(X509_sign(cert, key, EVP_sha256()) > 0, "X509_sign");
}

QByteArray readBio(BIO *bio)
{
    char *data = nullptr;
    const long size = BIO_get_mem_data(bio, &data);
    return QByteArray(data, static_cast<int>(size));
}

QByteArray certificateToPem(X509 *cert)
{
    BioPtr bio(BIO_new(BIO_s_mem()));
    check(bio && PEM_write_bio_X509(bio.get(), cert) == 1, "PEM_write_bio_X509");
    return readBio(bio.get());
}

QByteArray keyToPem(EVP_PKEY *key)
{
    BioPtr bio(BIO_new(BIO_s_mem()));
    check(bio &&
              PEM_write_bio_PrivateKey(bio.get(), key, nullptr, nullptr, 0, nullptr, nullptr) == 1,
          "PEM_write_bio_PrivateKey");
    return readBio(bio.get());
}

void addLeafExtensions(X509 *leaf, X509 *issuer, const QStringList &hosts)
{
    addExtension(leaf, issuer, NID_basic_constraints, "critical,CA:FALSE");
    addExtension(leaf, issuer, NID_key_usage, "critical,digitalSignature,keyEncipherment");
    addExtension(leaf, issuer, NID_ext_key_usage, "serverAuth");
    addExtension(leaf, issuer, NID_subject_key_identifier, "hash");
    addExtension(leaf, issuer, NID_subject_alt_name, subjectAltNames(hosts));
}

QByteArray leafCommonName(const QStringList &hosts)
{
    return hosts.isEmpty() ? QByteArrayLiteral("localhost") : hosts.constFirst().toUtf8();
}

} // namespace

GeneratedCertificate generateSelfSigned(const QStringList &hosts)
{
    PkeyPtr key = generateKey();
    X509Ptr cert = newCertificate(key.get(), leafCommonName(hosts), 397);
    X509_set_issuer_name(cert.get(), X509_get_subject_name(cert.get()));
    addLeafExtensions(cert.get(), cert.get(), hosts);
    sign(cert.get(), key.get());
    return {certificateToPem(cert.get()), keyToPem(key.get())};
}

GeneratedChain generateCaSignedLeaf(const QStringList &hosts)
{
    PkeyPtr caKey = generateKey();
    X509Ptr ca = newCertificate(caKey.get(), QByteArrayLiteral("DocSpace Sandbox Test CA"), 3650);
    X509_set_issuer_name(ca.get(), X509_get_subject_name(ca.get()));
    addExtension(ca.get(), ca.get(), NID_basic_constraints, "critical,CA:TRUE");
    addExtension(ca.get(), ca.get(), NID_key_usage, "critical,keyCertSign,cRLSign");
    addExtension(ca.get(), ca.get(), NID_subject_key_identifier, "hash");
    sign(ca.get(), caKey.get());

    PkeyPtr leafKey = generateKey();
    X509Ptr leaf = newCertificate(leafKey.get(), leafCommonName(hosts), 397);
    X509_set_issuer_name(leaf.get(), X509_get_subject_name(ca.get()));
    addLeafExtensions(leaf.get(), ca.get(), hosts);
    addExtension(leaf.get(), ca.get(), NID_authority_key_identifier, "keyid:always");
    sign(leaf.get(), caKey.get());

    return {certificateToPem(ca.get()), certificateToPem(leaf.get()), keyToPem(leafKey.get())};
}
