#pragma once

#include <QByteArray>
#include <QStringList>

struct GeneratedCertificate
{
    QByteArray certificatePem;
    QByteArray privateKeyPem;
};

struct GeneratedChain
{
    QByteArray caPem;
    QByteArray leafPem;
    QByteArray leafKeyPem;
};

// Hosts that are IP addresses become IP subjectAltNames, everything else a DNS name.
// An empty list means localhost, 127.0.0.1 and ::1. Keys are EC P-256; certificates SHA-256.
// Both throw std::runtime_error if OpenSSL fails (it never should).
GeneratedCertificate generateSelfSigned(const QStringList &hosts = {});

// A private CA and a leaf certificate for the hosts signed by it, for "trust an extra CA" tests.
GeneratedChain generateCaSignedLeaf(const QStringList &hosts = {});
