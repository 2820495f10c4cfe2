#include "htmlentities.h"

#include <QTest>

// What .NET's HttpUtility.HtmlEncode produces for DocSpace display names, and what a careful
// decoder leaves alone.
class TestHtmlEntities : public QObject
{
    Q_OBJECT

private slots:
    void decode_data()
    {
        QTest::addColumn<QString>("encoded");
        QTest::addColumn<QString>("decoded");
        QTest::newRow("server's encoding of Zoë O'Brien & Co")
            << "Zo&#235; O&#39;Brien &amp; Co" << QStringLiteral("Zoë O'Brien & Co");
        QTest::newRow("plain name unchanged") << "Alice Owner"
                                              << "Alice Owner";
        QTest::newRow("every named entity of the encoder")
            << "&lt;b&gt; &quot;x&quot; &amp; &#39;y&#39;"
            << "<b> \"x\" & 'y'";
        QTest::newRow("apos and nbsp") << "O&apos;Neil&nbsp;Jr" << QStringLiteral("O'Neil\u00a0Jr");
        QTest::newRow("Latin-1 range as &#NNN;")
            << "Jos&#233; M&#252;ller &#160;&#255;" << QStringLiteral("José Müller \u00a0ÿ");
        QTest::newRow("hex reference") << "Zo&#xEB; &#x4E2D;&#X6587;" << QStringLiteral("Zoë 中文");
        QTest::newRow("astral plane") << "&#128273; key" << QStringLiteral("\U0001F511 key");
        QTest::newRow("decoded once, not twice") << "&amp;lt;b&amp;gt;"
                                                 << "&lt;b&gt;";
        QTest::newRow("bare ampersand") << "Smith & Sons"
                                        << "Smith & Sons";
        QTest::newRow("no semicolon") << "AT&T &amp"
                                      << "AT&T &amp";
        QTest::newRow("unknown entity") << "&eacute;&copy;"
                                        << "&eacute;&copy;";
        QTest::newRow("case matters") << "&AMP;"
                                      << "&AMP;";
        QTest::newRow("empty and signed numbers") << "&#; &#x; &#-1; &#+65;"
                                                  << "&#; &#x; &#-1; &#+65;";
        QTest::newRow("out of range and surrogates") << "&#1114112; &#xD800; &#0;"
                                                     << "&#1114112; &#xD800; &#0;";
        QTest::newRow("not hex digits") << "&#x12g4;"
                                        << "&#x12g4;";
        QTest::newRow("ampersand at the end") << "Co &"
                                              << "Co &";
        QTest::newRow("empty") << ""
                               << "";
    }
    void decode()
    {
        QFETCH(QString, encoded);
        QFETCH(QString, decoded);
        QCOMPARE(HtmlEntities::decode(encoded), decoded);
    }
};

QTEST_GUILESS_MAIN(TestHtmlEntities)
#include "tst_htmlentities.moc"
