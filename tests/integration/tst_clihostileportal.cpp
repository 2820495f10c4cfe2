// A hostile portal against every command of docspace-keys-cli: every text field it sends (key
// name, ending, permissions, creator, user name, e-mail, error messages) is full of terminal
// escape codes, bells, carriage returns, C1 controls and bidirectional overrides. None of them
// may reach the terminal; JSON output keeps the text exact (the JSON writer escapes it).
//
// The sandbox cannot send most of these fields (it builds endings and messages itself), so this
// test answers with a few lines of QTcpServer of its own, on 127.0.0.1.
#include "clirunner.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTest>

namespace {

const QString kKeyId = QStringLiteral("3f2b6c1e-8a4d-4e9b-9c71-2d5e8f0a1b23");
// Every kind of hostile text: CSI colour and screen clear, OSC window title ended by BEL, a
// one-byte C1 CSI, carriage return overwriting the line, a line break that would forge an
// output line, a tab, DEL, NUL, and the bidi override and isolates.
QString hostile(const QString &marker)
{
    return QStringLiteral("\x1b[31m\x1b[2J") + marker + QStringLiteral("\x1b]0;pwned\x07") +
           QString(QChar(0x9b)) + QStringLiteral("2J\rFAKE\nFORGED revoked\t\x7f") +
           QString(QChar(0)) + QString(QChar(0x202E)) + QStringLiteral("txt.exe") +
           QString(QChar(0x2066)) + QStringLiteral("iso") + QString(QChar(0x2069)) +
           QString(QChar(0x200F)) + QStringLiteral("end");
}

QByteArray envelope(const QJsonValue &response)
{
    return QJsonDocument(QJsonObject{{QStringLiteral("response"), response},
                                     {QStringLiteral("status"), 0},
                                     {QStringLiteral("statusCode"), 200}})
        .toJson(QJsonDocument::Compact);
}

QByteArray errorEnvelope(int status, const QString &message)
{
    return QJsonDocument(
               QJsonObject{{QStringLiteral("status"), 1},
                           {QStringLiteral("statusCode"), status},
                           {QStringLiteral("error"),
                            QJsonObject{{QStringLiteral("message"), message},
                                        {QStringLiteral("type"), QStringLiteral("System.X")}}}})
        .toJson(QJsonDocument::Compact);
}

// Answers DocSpace's key endpoints with hostile text, one request per connection.
class HostilePortal : public QObject
{
public:
    bool failKeyList = false; // GET /keys answers 403 with a hostile message

    bool listen() { return m_server.listen(QHostAddress::LocalHost, 0); }
    QString url() const { return QStringLiteral("http://127.0.0.1:%1").arg(m_server.serverPort()); }

    static QJsonObject key()
    {
        return QJsonObject{
            {QStringLiteral("id"), kKeyId},
            {QStringLiteral("name"), hostile(QStringLiteral("KEYNAME"))},
            {QStringLiteral("key"), QStringLiteral("sk-***") + hostile(QStringLiteral("ENDING"))},
            {QStringLiteral("keyPostfix"), hostile(QStringLiteral("ENDING"))},
            {QStringLiteral("permissions"), QJsonArray{hostile(QStringLiteral("SCOPE"))}},
            {QStringLiteral("createOn"), QStringLiteral("2026-01-01T10:00:00.0000000+03:00")},
            {QStringLiteral("createBy"),
             QJsonObject{
                 {QStringLiteral("id"), QStringLiteral("66faa6e4-f133-11ea-b126-00ffeec8b4ef")},
                 {QStringLiteral("displayName"), hostile(QStringLiteral("CREATOR"))}}},
            {QStringLiteral("isActive"), true}};
    }

    HostilePortal()
    {
        connect(&m_server, &QTcpServer::newConnection, this, [this] {
            while (QTcpSocket *socket = m_server.nextPendingConnection()) {
                connect(socket, &QTcpSocket::readyRead, socket, [this, socket] { serve(socket); });
                connect(socket, &QTcpSocket::disconnected, socket, &QObject::deleteLater);
            }
        });
    }

private:
    void serve(QTcpSocket *socket)
    {
        QByteArray &buffer = m_buffers[socket];
        buffer += socket->readAll();
        const qsizetype headerEnd = buffer.indexOf("\r\n\r\n");
        if (headerEnd < 0)
            return;
        const QByteArray head = buffer.left(headerEnd);
        static const QRegularExpression lengthHeader(
            QStringLiteral("(?im)^content-length:\\s*(\\d+)"));
        const auto match = lengthHeader.match(QString::fromLatin1(head));
        const qsizetype length = match.hasMatch() ? match.captured(1).toLongLong() : 0;
        if (buffer.size() < headerEnd + 4 + length)
            return;
        const QList<QByteArray> requestLine = head.left(head.indexOf("\r\n")).split(' ');
        const QByteArray method = requestLine.value(0);
        const QByteArray path = requestLine.value(1);
        m_buffers.remove(socket);

        int status = 200;
        QByteArray body;
        if (path == "/api/2.0/keys" && method == "GET") {
            if (failKeyList) {
                status = 403;
                body = errorEnvelope(403, hostile(QStringLiteral("LISTERROR")));
            } else {
                body = envelope(QJsonArray{key()});
            }
        } else if (path == "/api/2.0/settings/version/build" && method == "GET") {
            // whoami asks which DocSpace runs (a plain answer: versions are parsed, not shown raw)
            body =
                envelope(QJsonObject{{QStringLiteral("docSpace"), QStringLiteral("3.2.1.1000")}});
        } else if (path == "/api/2.0/keys/@self") {
            body = envelope(key());
        } else if (path == "/api/2.0/people/@self") {
            body = envelope(QJsonObject{
                {QStringLiteral("id"), QStringLiteral("66faa6e4-f133-11ea-b126-00ffeec8b4ef")},
                {QStringLiteral("displayName"), hostile(QStringLiteral("USER"))},
                {QStringLiteral("email"), hostile(QStringLiteral("EMAIL"))},
                {QStringLiteral("isAdmin"), true},
                {QStringLiteral("isOwner"), false}});
        } else if (path.startsWith("/api/2.0/keys/")) {
            status = 400; // DELETE and PUT: a refusal with a message
            body = errorEnvelope(400, hostile(QStringLiteral("PORTALERROR")));
        } else {
            status = 404;
        }
        QByteArray answer = "HTTP/1.1 " + QByteArray::number(status) + " X\r\n" +
                            "Content-Type: application/json\r\nConnection: close\r\n" +
                            "Content-Length: " + QByteArray::number(body.size()) + "\r\n\r\n" +
                            body;
        socket->write(answer);
        socket->disconnectFromHost();
    }

    QTcpServer m_server;
    QHash<QTcpSocket *, QByteArray> m_buffers;
};

} // namespace

class TestCliHostilePortal : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<HostilePortal> m_portal;
    const QString m_token = QStringLiteral("sk-") + QString(64, QLatin1Char('a'));

    CliRun cli(const QStringList &args, const QByteArray &input = {})
    {
        return runCli(args, {{QStringLiteral("DOCSPACE_TOKEN"), m_token}}, input);
    }
    QStringList portalArgs(const QString &command, const QStringList &more = {}) const
    {
        return QStringList{command, QStringLiteral("--portal"), m_portal->url()} + more;
    }
    // Both streams are clean, and the field marked `marker` was printed (so the test can fail).
    static void verifyClean(const CliRun &run, const QStringList &markers)
    {
        const QString both = run.out + run.err;
        const QString bad = forbiddenIn(both);
        QVERIFY2(bad.isEmpty(), qPrintable(bad + QLatin1String(" in: ") + both.toHtmlEscaped()));
        for (const QString &marker : markers)
            QVERIFY2(both.contains(marker),
                     qPrintable(marker + QLatin1String(" missing: ") + both));
        // The hostile line break did not forge a line of output.
        for (const QString &line : both.split(QLatin1Char('\n')))
            QVERIFY2(!line.startsWith(QLatin1String("FORGED")), qPrintable(both));
    }

private slots:
    void init()
    {
        m_portal = std::make_unique<HostilePortal>();
        QVERIFY(m_portal->listen());
    }
    void cleanup() { m_portal.reset(); }

    void forbiddenIn_findsEveryKind()
    {
        // The test's own check must be able to fail.
        QVERIFY(!forbiddenIn(hostile(QStringLiteral("X"))).isEmpty());
        QVERIFY(forbiddenIn(QStringLiteral("plain\nlines")).isEmpty());
    }

    void list_table_printsNoControlCodes()
    {
        const CliRun run = cli(portalArgs(QStringLiteral("list")));
        QCOMPARE(run.exitCode, 0);
        verifyClean(run, {QStringLiteral("KEYNAME"), QStringLiteral("ENDING"),
                          QStringLiteral("CREATOR"), QStringLiteral("SCOPE")});
    }

    void list_csv_printsNoControlCodes()
    {
        const CliRun run = cli(portalArgs(QStringLiteral("list"), {QStringLiteral("--csv")}));
        QCOMPARE(run.exitCode, 0);
        verifyClean(run, {QStringLiteral("KEYNAME"), QStringLiteral("CREATOR")});
    }

    void list_json_keepsTheTextExact()
    {
        const CliRun run = cli(portalArgs(QStringLiteral("list"), {QStringLiteral("--json")}));
        QCOMPARE(run.exitCode, 0);
        QVERIFY2(forbiddenIn(run.out).isEmpty(), "the JSON writer escapes controls");
        const QJsonObject key = QJsonDocument::fromJson(run.out.toUtf8()).array().at(0).toObject();
        QCOMPARE(key.value(QLatin1String("name")).toString(), hostile(QStringLiteral("KEYNAME")));
    }

    void list_portalErrorMessage_printsNoControlCodes()
    {
        m_portal->failKeyList = true;
        const CliRun run = cli(portalArgs(QStringLiteral("list")));
        QCOMPARE(run.exitCode, 1);
        verifyClean(run, {QStringLiteral("LISTERROR")});
    }

    void whoami_printsNoControlCodes()
    {
        const CliRun run = cli(portalArgs(QStringLiteral("whoami")));
        QCOMPARE(run.exitCode, 0);
        verifyClean(run,
                    {QStringLiteral("USER"), QStringLiteral("EMAIL"), QStringLiteral("KEYNAME")});
    }

    void revoke_portalErrorMessage_printsNoControlCodes()
    {
        const CliRun run =
            cli(portalArgs(QStringLiteral("revoke"), {QStringLiteral("--yes"), kKeyId}));
        QCOMPARE(run.exitCode, 1);
        verifyClean(run, {QStringLiteral("PORTALERROR")});
    }

    void deactivateActivate_portalErrorMessage_printsNoControlCodes()
    {
        for (const QString &command : {QStringLiteral("deactivate"), QStringLiteral("activate")}) {
            const CliRun run = cli(portalArgs(command, {QStringLiteral("--yes"), kKeyId}));
            QCOMPARE(run.exitCode, 1);
            verifyClean(run, {QStringLiteral("PORTALERROR")});
        }
    }

    void report_printsNoControlCodes()
    {
        const CliRun run = cli(portalArgs(QStringLiteral("report")));
        QCOMPARE(run.exitCode, 0);
        verifyClean(run, {QStringLiteral("KEYNAME"), QStringLiteral("ENDING")});
    }

    void revokeSecret_keyDescriptionAndError_printNoControlCodes()
    {
        const QByteArray leak = "log line with sk-" + QByteArray(64, 'b') + " in it\n";
        const CliRun look = cli(portalArgs(QStringLiteral("revoke-secret")), leak);
        verifyClean(look, {QStringLiteral("KEYNAME"), QStringLiteral("ENDING"),
                           QStringLiteral("CREATOR"), QStringLiteral("SCOPE")});
        const CliRun revoke =
            cli(portalArgs(QStringLiteral("revoke-secret"), {QStringLiteral("--yes")}), leak);
        QCOMPARE(revoke.exitCode, 1);
        verifyClean(revoke, {QStringLiteral("KEYNAME"), QStringLiteral("PORTALERROR")});
    }

    void history_recordsFromAHostilePortal_printNoControlCodes()
    {
        const QByteArray leak = "sk-" + QByteArray(64, 'c') + "\n";
        QCOMPARE(cli(portalArgs(QStringLiteral("revoke-secret"), {QStringLiteral("--yes")}), leak)
                     .exitCode,
                 1);
        QCOMPARE(
            cli(portalArgs(QStringLiteral("revoke"), {QStringLiteral("--yes"), kKeyId})).exitCode,
            1);
        const CliRun run = cli({QStringLiteral("history")});
        QCOMPARE(run.exitCode, 0);
        verifyClean(run, {QStringLiteral("KEYNAME"), kKeyId});
    }
};

QTEST_GUILESS_MAIN(TestCliHostilePortal)
#include "tst_clihostileportal.moc"
