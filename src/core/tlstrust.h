#pragma once

#include <QCoreApplication>

#include <QByteArray>
#include <QList>
#include <QSslCertificate>
#include <QString>

// What the client trusts beyond the system's certificate authorities. Never "ignore all errors":
// either an extra CA (an on-premises portal's internal CA) or one exact certificate, pinned by
// its SHA-256 fingerprint.
class TlsTrust
{
    Q_DECLARE_TR_FUNCTIONS(TlsTrust)

public:
    QList<QSslCertificate> extraCaCertificates;
    QList<QByteArray> pinnedSha256; // raw 32-byte digests

    // Loads PEM or DER certificates from a file; false with a sentence in *error otherwise.
    bool addCaFile(const QString &path, QString *error);
    // Accepts hex with or without colons, any case; false with a sentence in *error otherwise.
    bool addPinnedFingerprint(const QString &fingerprint, QString *error);
    bool isPinned(const QSslCertificate &certificate) const;

    static QByteArray sha256(const QSslCertificate &certificate);
    // "AB:CD:..." upper-case colon form, as browsers show it.
    static QString formatFingerprint(const QByteArray &digest);
    // The 32-byte digest; empty when malformed, with a sentence in *error (if given) that says
    // what is wrong. Only ASCII hex digits count: "٣" or "７" is a digit, but not a hex digit.
    static QByteArray parseFingerprint(const QString &text, QString *error = nullptr);
};
