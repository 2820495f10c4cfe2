#include "keyid.h"

#include <QTest>

class TestKeyId : public QObject
{
    Q_OBJECT

private slots:
    void parse_uuidForms_normaliseToLowerCase_data()
    {
        QTest::addColumn<QString>("input");
        QTest::newRow("lower") << "3f2b6c1e-8a4d-4e9b-9c71-2d5e8f0a1b23";
        QTest::newRow("upper") << "3F2B6C1E-8A4D-4E9B-9C71-2D5E8F0A1B23";
        QTest::newRow("braces") << "{3f2b6c1e-8a4d-4e9b-9c71-2d5e8f0a1b23}";
        QTest::newRow("spaces") << "\t 3f2b6c1e-8a4d-4E9B-9c71-2d5e8f0a1b23 \n";
    }
    void parse_uuidForms_normaliseToLowerCase()
    {
        QFETCH(QString, input);
        const KeyId id = KeyId::parse(input);
        QVERIFY2(id.isValid(), qPrintable(id.errorString()));
        QCOMPARE(id.toString(), QStringLiteral("3f2b6c1e-8a4d-4e9b-9c71-2d5e8f0a1b23"));
        QVERIFY(id.errorString().isEmpty());
    }

    void parse_malformed_rejectedWithMessage_data()
    {
        QTest::addColumn<QString>("input");
        QTest::addColumn<QString>("mentions");
        QTest::newRow("empty") << ""
                               << "Enter the id";
        QTest::newRow("too short") << "3f2b6c1e-8a4d-4e9b-9c71-2d5e8f0a1b2"
                                   << "UUID";
        QTest::newRow("not hex") << "3f2b6c1e-8a4d-4e9b-9c71-2d5e8f0a1bzz"
                                 << "UUID";
        QTest::newRow("no dashes") << "3f2b6c1e8a4d4e9b9c712d5e8f0a1b23"
                                   << "UUID";
        QTest::newRow("one brace") << "{3f2b6c1e-8a4d-4e9b-9c71-2d5e8f0a1b23"
                                   << "UUID";
        QTest::newRow("path traversal") << "../people/@self"
                                        << "UUID";
        QTest::newRow("two ids")
            << "3f2b6c1e-8a4d-4e9b-9c71-2d5e8f0a1b23 3f2b6c1e-8a4d-4e9b-9c71-2d5e8f0a1b23"
            << "UUID";
        QTest::newRow("a secret")
            << "sk-0123456789abcdef0123456789abcdef0123456789abcdef0123456789abcdef"
            << "secret";
    }
    void parse_malformed_rejectedWithMessage()
    {
        QFETCH(QString, input);
        QFETCH(QString, mentions);
        const KeyId id = KeyId::parse(input);
        QVERIFY(!id.isValid());
        QVERIFY(id.toString().isEmpty());
        QVERIFY2(id.errorString().contains(mentions), qPrintable(id.errorString()));
    }
};

QTEST_GUILESS_MAIN(TestKeyId)
#include "tst_keyid.moc"
