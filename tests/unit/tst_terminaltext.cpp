// Terminal::printable: what a hostile portal's text becomes before it reaches a terminal.
#include "terminaltext.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>

class TestTerminalText : public QObject
{
    Q_OBJECT

private slots:
    void printable_data()
    {
        QTest::addColumn<QString>("input");
        QTest::addColumn<QString>("expected");
        QTest::newRow("plain text kept") << QStringLiteral("CI pipeline") << "CI pipeline";
        QTest::newRow("non-ASCII kept") << QStringLiteral("Zoë 日本語 Ω") << "Zoë 日本語 Ω";
        QTest::newRow("html kept as text") << "<b>Legacy</b> & \"q\""
                                           << "<b>Legacy</b> & \"q\"";
        QTest::newRow("CSI colour") << QStringLiteral("\x1b[31mred\x1b[0m") << "[31mred[0m";
        QTest::newRow("OSC title with BEL")
            << QStringLiteral("\x1b]0;pwned\x07name") << "]0;pwnedname";
        QTest::newRow("one-byte C1 CSI") << QString::fromUtf16(u"a\u009b2Jb") << "a2Jb";
        QTest::newRow("C1 NEL and ST") << QString::fromUtf16(u"a\u0085b\u009cc") << "abc";
        QTest::newRow("DEL") << QStringLiteral("a\x7f"
                                               "b")
                             << "ab";
        QTest::newRow("NUL and backspace") << QString(QChar(0)) + QStringLiteral("a\bb") << "ab";
        QTest::newRow("carriage return overwrite") << QStringLiteral("evil\rgood") << "evil good";
        QTest::newRow("line breaks and tab") << QStringLiteral("a\nb\tc\r\nd") << "a b c  d";
        QTest::newRow("unicode line separators")
            << QString::fromUtf16(u"a\u2028b\u2029c") << "a b c";
        QTest::newRow("right-to-left override")
            << QString::fromUtf16(u"invoice\u202Efdp.exe") << "invoicefdp.exe";
        QTest::newRow("every embedding and override")
            << QString::fromUtf16(u"\u202Aa\u202Bb\u202Cc\u202Dd\u202Ee") << "abcde";
        QTest::newRow("isolates") << QString::fromUtf16(u"\u2066a\u2067b\u2068c\u2069") << "abc";
        QTest::newRow("only controls") << QStringLiteral("\x1b\x07\x1b") << "";
    }
    void printable()
    {
        QFETCH(QString, input);
        QFETCH(QString, expected);
        QCOMPARE(Terminal::printable(input), expected);
        QCOMPARE(Terminal::isPrintable(input), input == expected);
        QVERIFY(Terminal::isPrintable(Terminal::printable(input)));
    }

    void escapeJson_sameValueNothingRawForATerminal()
    {
        const QString hostile = QStringLiteral("a\x1b[31m\x7f") + QString(QChar(0x9b)) +
                                QString(QChar(0x202E)) + QString(QChar(0x2069)) +
                                QStringLiteral("Zoë 日本");
        const QByteArray json = QJsonDocument(QJsonObject{{QStringLiteral("name"), hostile}})
                                    .toJson(QJsonDocument::Compact);
        const QByteArray escaped = Terminal::escapeJson(json);
        QVERIFY(escaped.contains("\\u007f"));
        QVERIFY(escaped.contains("\\u009b"));
        QVERIFY(escaped.contains("\\u202e"));
        QVERIFY(escaped.contains("Zoë 日本"));
        QVERIFY(Terminal::isPrintable(QString::fromUtf8(escaped)));
        QCOMPARE(QJsonDocument::fromJson(escaped).object().value(QLatin1String("name")).toString(),
                 hostile);
        const QByteArray plain = "{\"a\":\"b\"}";
        QCOMPARE(Terminal::escapeJson(plain), plain);
    }

    void printable_everyControlCodePoint_removedOrSpaced()
    {
        for (char16_t c = 0; c < 0xA0; ++c) {
            const bool control = c < 0x20 || c >= 0x7F;
            const QString out = Terminal::printable(QString(QChar(c)));
            if (control)
                QVERIFY2(out.isEmpty() || out == QLatin1String(" "),
                         qPrintable(QString::number(c)));
            else
                QCOMPARE(out, QString(QChar(c)));
        }
    }
};

QTEST_GUILESS_MAIN(TestTerminalText)
#include "tst_terminaltext.moc"
