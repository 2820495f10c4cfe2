#include "tlstrust.h"

#include <QTemporaryDir>
#include <QTest>

class TestTlsTrust : public QObject
{
    Q_OBJECT

private slots:
    void parseFingerprint_acceptsColonsAndCase_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<bool>("valid");
        const QString hex =
            QStringLiteral("00112233445566778899aabbccddeeff00112233445566778899aabbccddeeff");
        QTest::newRow("plain") << hex << true;
        QTest::newRow("upper") << hex.toUpper() << true;
        QTest::newRow("colons") << QString::fromLatin1(
                                       QByteArray::fromHex(hex.toLatin1()).toHex(':'))
                                << true;
        QTest::newRow("prefix") << QStringLiteral("sha256:") + hex << true;
        QTest::newRow("short") << hex.left(62) << false;
        QTest::newRow("not hex") << QString(hex).replace(0, 1, QLatin1Char('g')) << false;
        QTest::newRow("sha1 length") << hex.left(40) << false;
    }
    void parseFingerprint_acceptsColonsAndCase()
    {
        QFETCH(QString, text);
        QFETCH(bool, valid);
        const QByteArray digest = TlsTrust::parseFingerprint(text);
        QCOMPARE(digest.size(), valid ? 32 : 0);
        TlsTrust trust;
        QString error;
        QCOMPARE(trust.addPinnedFingerprint(text, &error), valid);
        QCOMPARE(error.isEmpty(), valid);
    }

    void parseFingerprint_nonAsciiDigitOrLetter_refusedWithClearMessage_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QString>("character");
        const QString hex =
            QStringLiteral("00112233445566778899aabbccddeeff00112233445566778899aabbccddeeff");
        // Digits for QChar::isDigit(), but not hexadecimal digits of a fingerprint.
        QTest::newRow("arabic-indic three")
            << QString(hex).replace(5, 1, QChar(0x0663)) << QStringLiteral("U+0663");
        QTest::newRow("devanagari one")
            << QString(hex).replace(0, 1, QChar(0x0967)) << QStringLiteral("U+0967");
        QTest::newRow("fullwidth seven")
            << QString(hex).replace(63, 1, QChar(0xFF17)) << QStringLiteral("U+FF17");
        QTest::newRow("fullwidth a")
            << QString(hex).replace(20, 1, QChar(0xFF41)) << QStringLiteral("U+FF41");
        QTest::newRow("superscript two")
            << QString(hex).replace(9, 1, QChar(0x00B2)) << QStringLiteral("U+00B2");
    }
    void parseFingerprint_nonAsciiDigitOrLetter_refusedWithClearMessage()
    {
        QFETCH(QString, text);
        QFETCH(QString, character);
        QCOMPARE(TlsTrust::parseFingerprint(text).size(), 0);
        QString error;
        QCOMPARE(TlsTrust::parseFingerprint(text, &error).size(), 0);
        QVERIFY2(error.contains(character), qPrintable(error));
        QVERIFY2(error.contains(QLatin1String("0-9")), qPrintable(error));
        TlsTrust trust;
        error.clear();
        QVERIFY(!trust.addPinnedFingerprint(text, &error));
        QVERIFY2(error.contains(character), qPrintable(error));
        QVERIFY(trust.pinnedSha256.isEmpty());
    }

    void formatFingerprint_isUpperCaseWithColons()
    {
        QCOMPARE(TlsTrust::formatFingerprint(QByteArray::fromHex("0aff10")),
                 QStringLiteral("0A:FF:10"));
    }

    void addCaFile_missingOrEmpty_explains()
    {
        QTemporaryDir dir;
        TlsTrust trust;
        QString error;
        QVERIFY(!trust.addCaFile(dir.filePath(QStringLiteral("missing.pem")), &error));
        QVERIFY2(error.contains(QLatin1String("Cannot read")), qPrintable(error));
        QFile junk(dir.filePath(QStringLiteral("junk.pem")));
        QVERIFY(junk.open(QIODevice::WriteOnly));
        junk.write("not a certificate\n");
        junk.close();
        error.clear();
        QVERIFY(!trust.addCaFile(junk.fileName(), &error));
        QVERIFY2(error.contains(QLatin1String("no certificate")), qPrintable(error));
        QVERIFY(trust.extraCaCertificates.isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestTlsTrust)
#include "tst_tlstrust.moc"
