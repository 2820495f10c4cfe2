// The real sandbox server on 127.0.0.1 random ports, driven by QNetworkAccessManager and raw
// sockets: HTTP, HTTPS, keep-alive, faults, control path and concurrency statistics.
#include "certificates.h"
#include "sandboxserver.h"
#include "tlsserving.h"
#include "wine.h"

#include <QElapsedTimer>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QNetworkRequest>
#include <QSslConfiguration>
#include <QTcpSocket>
#include <QtTest>

#include <memory>

namespace {

struct Answer
{
    int status = 0;
    QNetworkReply::NetworkError error = QNetworkReply::NoError;
    QByteArray body;
    QByteArray contentType;
    QList<QNetworkReply::RawHeaderPair> headers;
    qint64 elapsedMs = 0;

    QJsonObject json() const { return QJsonDocument::fromJson(body).object(); }
    QByteArray header(const QByteArray &name) const
    {
        for (const auto &pair : headers) {
            if (pair.first.compare(name, Qt::CaseInsensitive) == 0)
                return pair.second;
        }
        return {};
    }
};

// Splits raw bytes into complete HTTP answers (Content-Length framed); an incomplete tail is
// left out.
QList<QByteArray> splitAnswers(const QByteArray &data)
{
    QList<QByteArray> answers;
    qsizetype at = 0;
    while (true) {
        const qsizetype headerEnd = data.indexOf("\r\n\r\n", at);
        if (headerEnd < 0)
            break;
        const QByteArray head = data.mid(at, headerEnd - at).toLower();
        const qsizetype lengthAt = head.indexOf("content-length: ");
        const qsizetype length =
            lengthAt < 0
                ? 0
                : head.mid(lengthAt + 16, head.indexOf('\r', lengthAt) - lengthAt - 16).toInt();
        if (data.size() < headerEnd + 4 + length)
            break;
        answers << data.mid(at, headerEnd + 4 + length - at);
        at = headerEnd + 4 + length;
    }
    return answers;
}

QJsonObject answerJson(const QByteArray &answer)
{
    return QJsonDocument::fromJson(answer.mid(answer.indexOf("\r\n\r\n") + 4)).object();
}

// Reads from `socket` (keeping this thread's event loop, hence the server, running) until
// `count` complete answers arrived, the peer closed or the time is up.
QList<QByteArray> readAnswers(QTcpSocket &socket, int count, bool *closed = nullptr,
                              int timeoutMs = 5000)
{
    QByteArray received;
    QElapsedTimer timer;
    timer.start();
    while (timer.elapsed() < timeoutMs && splitAnswers(received).size() < count &&
           socket.state() == QAbstractSocket::ConnectedState) {
        QTest::qWait(10);
        received += socket.readAll();
    }
    received += socket.readAll();
    if (closed) {
        // A close right after the last answer: give it a moment to arrive.
        while (timer.elapsed() < timeoutMs && socket.state() == QAbstractSocket::ConnectedState)
            QTest::qWait(10);
        *closed = socket.state() != QAbstractSocket::ConnectedState;
    }
    return splitAnswers(received + socket.readAll());
}

QByteArray faultsPost(int latencyMs)
{
    const QByteArray body = R"({"latencyMs":)" + QByteArray::number(latencyMs) + R"(,"count":1})";
    return "POST /__sandbox/faults HTTP/1.1\r\nHost: 127.0.0.1\r\nContent-Type: "
           "application/json\r\nContent-Length: " +
           QByteArray::number(body.size()) + "\r\n\r\n" + body;
}

const QByteArray kFaultsGet = "GET /__sandbox/faults HTTP/1.1\r\nHost: 127.0.0.1\r\n\r\n";

} // namespace

class TestSandboxServer : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();

    void http_listKeys_withBearerKey_returnsJsonEnvelope();
    void http_rawSkKey_returns401EmptyBody();
    void https_selfSignedCertificate_isTrustedThroughCaList();
    void https_untrustedCertificate_failsHandshake();
    void https_caSignedLeaf_isTrustedThroughExtraCa();
    void keepAlive_twoRequestsOnOneConnection_bothAnswered();
    void latency_delaysOneAnswer_withoutBlockingOthers();
    void status502_arrivesAsNginxHtml();
    void truncate_sendsFullContentLengthButHalfTheBody();
    void drop_closesConnectionWithoutAnswer();
    void slowBody_trickesTheCompleteBody();
    void rateLimitFault_answers429WithHeaders();
    void redirect_sameOrigin_isFollowedByTheClient();
    void redirect_otherOrigin_logsWhetherAuthorizationArrived();
    void control_infoStatsFaultsOverHttp();
    void stats_maxInFlight_countsConcurrentRequestsUnderLatency();
    void reader_twoRequestsInOneWrite_bothAnsweredInOrder();
    void reader_requestSplitAcrossManySmallWrites_isAnswered();
    void reader_malformedOrOversized_answersErrorAndCloses_data();
    void reader_malformedOrOversized_answersErrorAndCloses();
    void reader_http10_closesAfterTheAnswer();
    void reader_slowlorisHead_gets408WithinTheRequestDeadline();
    void reader_idleConnection_isClosedAfterTheIdleTimeout();
    void reader_connectionsBeyondTheBound_get503AndClose();

private:
    bool connectRaw(QTcpSocket &socket);
    Answer send(const QByteArray &method, const QUrl &url, const QByteArray &authorization = {},
                const QByteArray &body = {}, const QSslConfiguration *tls = nullptr,
                QNetworkRequest::RedirectPolicy policy = QNetworkRequest::ManualRedirectPolicy);
    QNetworkReply *start(const QByteArray &method, const QUrl &url, const QByteArray &authorization,
                         const QByteArray &body = {});
    static Answer collect(QNetworkReply *reply);
    QByteArray bearer(const QString &keyName) const;
    QUrl api(const QString &path) const { return m_server->httpUrl().resolved(QUrl(path)); }
    QByteArray rawExchange(const QByteArray &request, int waitMs, bool *closed);

    std::unique_ptr<SandboxServer> m_server;
    std::unique_ptr<QNetworkAccessManager> m_nam;
};

void TestSandboxServer::init()
{
    m_server = std::make_unique<SandboxServer>();
    QVERIFY2(m_server->listen(QHostAddress(QHostAddress::LocalHost), 0, 0),
             qPrintable(m_server->errorString()));
    m_nam = std::make_unique<QNetworkAccessManager>();
}

void TestSandboxServer::cleanup()
{
    m_nam.reset();
    m_server.reset();
}

QByteArray TestSandboxServer::bearer(const QString &keyName) const
{
    const SandboxInfo info = m_server->info();
    return QByteArrayLiteral("Bearer ") + info.keyByName(keyName)->secret.toLatin1();
}

QNetworkReply *TestSandboxServer::start(const QByteArray &method, const QUrl &url,
                                        const QByteArray &authorization, const QByteArray &body)
{
    QNetworkRequest request(url);
    if (!authorization.isEmpty())
        request.setRawHeader("Authorization", authorization);
    request.setAttribute(QNetworkRequest::RedirectPolicyAttribute,
                         QNetworkRequest::ManualRedirectPolicy);
    if (!body.isEmpty())
        request.setHeader(QNetworkRequest::ContentTypeHeader,
                          QByteArrayLiteral("application/json"));
    return m_nam->sendCustomRequest(request, method, body);
}

Answer TestSandboxServer::collect(QNetworkReply *reply)
{
    Answer answer;
    if (!reply->isFinished()) {
        QSignalSpy finished(reply, &QNetworkReply::finished);
        finished.wait(15000);
    }
    answer.status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    answer.error = reply->error();
    answer.body = reply->readAll();
    answer.contentType = reply->header(QNetworkRequest::ContentTypeHeader).toByteArray();
    answer.headers = reply->rawHeaderPairs();
    reply->deleteLater();
    return answer;
}

Answer TestSandboxServer::send(const QByteArray &method, const QUrl &url,
                               const QByteArray &authorization, const QByteArray &body,
                               const QSslConfiguration *tls, QNetworkRequest::RedirectPolicy policy)
{
    QNetworkRequest request(url);
    if (!authorization.isEmpty())
        request.setRawHeader("Authorization", authorization);
    if (tls)
        request.setSslConfiguration(*tls);
    request.setAttribute(QNetworkRequest::RedirectPolicyAttribute, policy);
    if (!body.isEmpty())
        request.setHeader(QNetworkRequest::ContentTypeHeader,
                          QByteArrayLiteral("application/json"));
    QElapsedTimer timer;
    timer.start();
    // Standard verbs through their own calls: Qt 6.4 re-sends a custom "GET" after a redirect.
    QNetworkReply *reply = nullptr;
    if (method == "GET")
        reply = m_nam->get(request);
    else if (method == "DELETE")
        reply = m_nam->deleteResource(request);
    else
        reply = m_nam->sendCustomRequest(request, method, body);
    Answer answer = collect(reply);
    answer.elapsedMs = timer.elapsed();
    return answer;
}

QByteArray TestSandboxServer::rawExchange(const QByteArray &request, int waitMs, bool *closed)
{
    QTcpSocket socket;
    socket.connectToHost(QHostAddress(QHostAddress::LocalHost), m_server->httpUrl().port());
    if (!socket.waitForConnected(5000))
        return {};
    socket.write(request);
    QByteArray received;
    bool disconnected = false;
    connect(&socket, &QTcpSocket::readyRead, &socket, [&] { received += socket.readAll(); });
    connect(&socket, &QTcpSocket::disconnected, &socket, [&] { disconnected = true; });
    QElapsedTimer timer;
    timer.start();
    while (!disconnected && timer.elapsed() < waitMs)
        QTest::qWait(20);
    received += socket.readAll();
    if (closed)
        *closed = disconnected;
    return received;
}

void TestSandboxServer::http_listKeys_withBearerKey_returnsJsonEnvelope()
{
    const Answer answer =
        send("GET", api(QStringLiteral("/api/2.0/keys")), bearer(QStringLiteral("Admin console")));
    QCOMPARE(answer.error, QNetworkReply::NoError);
    QCOMPARE(answer.status, 200);
    QCOMPARE(answer.contentType, QByteArray("application/json; charset=utf-8"));
    const QJsonObject json = answer.json();
    QCOMPARE(json.value(QStringLiteral("response")).toArray().size(), 13);
    QCOMPARE(json.value(QStringLiteral("links"))
                 .toArray()
                 .at(0)
                 .toObject()
                 .value(QStringLiteral("href"))
                 .toString(),
             api(QStringLiteral("/api/2.0/keys")).toString());
}

void TestSandboxServer::http_rawSkKey_returns401EmptyBody()
{
    const SandboxInfo info = m_server->info();
    const QUrl url =
        api(QStringLiteral("/api/2.0/keys/") +
            info.keyByName(QStringLiteral("Backup script"))->id.toString(QUuid::WithoutBraces));
    const Answer answer =
        send("DELETE", url, info.keyByName(QStringLiteral("Admin console"))->secret.toLatin1());
    QCOMPARE(answer.status, 401);
    QVERIFY(answer.body.isEmpty());
    QVERIFY(m_server->info().keyByName(QStringLiteral("Backup script")));
}

void TestSandboxServer::https_selfSignedCertificate_isTrustedThroughCaList()
{
    DSK_SKIP_UNLESS_HTTPS_SERVES();
    QVERIFY(!m_server->httpsUrl().isEmpty());
    QSslConfiguration tls = QSslConfiguration::defaultConfiguration();
    tls.setCaCertificates({m_server->certificate()});
    const Answer answer =
        send("GET", m_server->httpsUrl().resolved(QUrl(QStringLiteral("/api/2.0/people/@self"))),
             bearer(QStringLiteral("Read-only reporting")), {}, &tls);
    QCOMPARE(answer.error, QNetworkReply::NoError);
    QCOMPARE(answer.status, 200);
    const QJsonObject profile = answer.json().value(QStringLiteral("response")).toObject();
    QCOMPARE(profile.value(QStringLiteral("email")).toString(),
             QStringLiteral("alice@sandbox.example"));
    QCOMPARE(profile.value(QStringLiteral("isOwner")).toBool(), true);
    QVERIFY(answer.json()
                .value(QStringLiteral("links"))
                .toArray()
                .at(0)
                .toObject()
                .value(QStringLiteral("href"))
                .toString()
                .startsWith(QLatin1String("https://127.0.0.1:")));
    QCOMPARE(m_server->certificateSha256(),
             m_server->certificate().digest(QCryptographicHash::Sha256).toHex());
    QCOMPARE(m_server->certificateSha256().size(), 64);
}

void TestSandboxServer::https_untrustedCertificate_failsHandshake()
{
    DSK_SKIP_UNLESS_HTTPS_SERVES();
    const Answer answer =
        send("GET", m_server->httpsUrl().resolved(QUrl(QStringLiteral("/api/2.0/keys"))),
             bearer(QStringLiteral("Admin console")));
    QCOMPARE(answer.error, QNetworkReply::SslHandshakeFailedError);
}

void TestSandboxServer::https_caSignedLeaf_isTrustedThroughExtraCa()
{
    DSK_SKIP_UNLESS_HTTPS_SERVES();
    const GeneratedChain chain = generateCaSignedLeaf({});
    SandboxServer server;
    QVERIFY(server.setCertificate(chain.leafPem, chain.leafKeyPem));
    QVERIFY2(server.listen(QHostAddress(QHostAddress::LocalHost), -1, 0),
             qPrintable(server.errorString()));
    QVERIFY(server.httpUrl().isEmpty());

    const QSslCertificate ca = QSslCertificate(chain.caPem);
    QCOMPARE(server.certificate().issuerDisplayName(), ca.subjectDisplayName());
    QSslConfiguration tls = QSslConfiguration::defaultConfiguration();
    tls.setCaCertificates({ca});
    const SandboxInfo info = server.info();
    const Answer answer =
        send("GET", server.httpsUrl().resolved(QUrl(QStringLiteral("/api/2.0/keys/@self"))),
             QByteArrayLiteral("Bearer ") +
                 info.keyByName(QStringLiteral("Carol's notebook"))->secret.toLatin1(),
             {}, &tls);
    QCOMPARE(answer.error, QNetworkReply::NoError);
    QCOMPARE(answer.json()
                 .value(QStringLiteral("response"))
                 .toObject()
                 .value(QStringLiteral("name"))
                 .toString(),
             QStringLiteral("Carol's notebook"));
}

void TestSandboxServer::keepAlive_twoRequestsOnOneConnection_bothAnswered()
{
    const QByteArray token = m_server->info()
                                 .userByEmail(QStringLiteral("carol@sandbox.example"))
                                 ->sessionToken.toLatin1();
    const QByteArray one =
        "GET /api/2.0/keys HTTP/1.1\r\nHost: 127.0.0.1\r\nAuthorization: " + token + "\r\n\r\n";
    QTcpSocket socket;
    socket.connectToHost(QHostAddress(QHostAddress::LocalHost), m_server->httpUrl().port());
    QVERIFY(socket.waitForConnected(5000));
    QByteArray received;
    const auto readAnswer = [&] {
        received.clear();
        QElapsedTimer timer;
        timer.start();
        while (timer.elapsed() < 5000) {
            const int headerEnd = received.indexOf("\r\n\r\n");
            if (headerEnd > 0) {
                const QByteArray head = received.left(headerEnd);
                const int lengthAt = head.toLower().indexOf("content-length: ");
                const int length =
                    head.mid(lengthAt + 16, head.indexOf('\r', lengthAt) - lengthAt - 16).toInt();
                if (received.size() >= headerEnd + 4 + length)
                    return received;
            }
            QTest::qWait(20); // the server lives in this thread: keep its event loop running
            received += socket.readAll();
        }
        return received;
    };
    socket.write(one);
    const QByteArray first = readAnswer();
    QVERIFY2(first.startsWith("HTTP/1.1 200 OK\r\n"), first.left(200).constData());
    QVERIFY(first.contains("Connection: keep-alive"));
    socket.write(one);
    const QByteArray second = readAnswer();
    QVERIFY2(second.startsWith("HTTP/1.1 200 OK\r\n"), second.left(200).constData());
    QCOMPARE(socket.state(), QAbstractSocket::ConnectedState);
}

void TestSandboxServer::latency_delaysOneAnswer_withoutBlockingOthers()
{
    FaultSettings faults;
    faults.latencyMs = 600;
    faults.count = 1;
    m_server->setFaults(faults);
    QElapsedTimer timer;
    timer.start();
    QNetworkReply *slow =
        start("GET", api(QStringLiteral("/api/2.0/keys")), bearer(QStringLiteral("Admin console")));
    QTest::qWait(50); // let the slow one reach the server first
    QNetworkReply *fast = start("GET", api(QStringLiteral("/api/2.0/keys/permissions")),
                                bearer(QStringLiteral("Admin console")));
    QSignalSpy fastDone(fast, &QNetworkReply::finished);
    QVERIFY(fastDone.wait(5000));
    QVERIFY(!slow->isFinished());
    QCOMPARE(collect(fast).status, 200);
    const Answer slowAnswer = collect(slow);
    QCOMPARE(slowAnswer.status, 200);
    QVERIFY2(timer.elapsed() >= 550, qPrintable(QString::number(timer.elapsed())));
}

void TestSandboxServer::status502_arrivesAsNginxHtml()
{
    FaultSettings faults;
    faults.status = 502;
    faults.count = 1;
    m_server->setFaults(faults);
    const Answer answer =
        send("DELETE", api(QStringLiteral("/api/2.0/keys/00000000-0000-0000-0000-000000000001")),
             bearer(QStringLiteral("Admin console")));
    QCOMPARE(answer.status, 502);
    QCOMPARE(answer.contentType, QByteArray("text/html"));
    QCOMPARE(answer.header("Server"), QByteArray("nginx"));
    QVERIFY(answer.body.contains("<title>500 Error Page</title>")); // custom_50x.html
    // count 1: the next request is normal again.
    QCOMPARE(
        send("GET", api(QStringLiteral("/api/2.0/keys")), bearer(QStringLiteral("Admin console")))
            .status,
        200);
}

void TestSandboxServer::truncate_sendsFullContentLengthButHalfTheBody()
{
    FaultSettings faults;
    faults.truncate = true;
    faults.count = 1;
    m_server->setFaults(faults);
    const QByteArray token = m_server->info()
                                 .userByEmail(QStringLiteral("alice@sandbox.example"))
                                 ->sessionToken.toLatin1();
    bool closed = false;
    const QByteArray raw = rawExchange(
        "GET /api/2.0/keys HTTP/1.1\r\nHost: 127.0.0.1\r\nAuthorization: " + token + "\r\n\r\n",
        5000, &closed);
    QVERIFY(closed);
    const int headerEnd = raw.indexOf("\r\n\r\n");
    QVERIFY(headerEnd > 0);
    const QByteArray head = raw.left(headerEnd);
    const int lengthAt = head.indexOf("Content-Length: ");
    const int announced =
        head.mid(lengthAt + 16, head.indexOf('\r', lengthAt) - lengthAt - 16).toInt();
    const int got = static_cast<int>(raw.size()) - headerEnd - 4;
    QVERIFY(announced > 1000);
    QVERIFY2(got < announced && got >= announced / 2 - 1,
             qPrintable(QStringLiteral("%1 of %2").arg(got).arg(announced)));

    m_server->setFaults(faults);
    const Answer answer =
        send("GET", api(QStringLiteral("/api/2.0/keys")), bearer(QStringLiteral("Admin console")));
    QVERIFY(answer.error != QNetworkReply::NoError);
}

void TestSandboxServer::drop_closesConnectionWithoutAnswer()
{
    FaultSettings faults;
    faults.drop = true;
    m_server->setFaults(faults);
    bool closed = false;
    const QByteArray raw =
        rawExchange("GET /api/2.0/keys HTTP/1.1\r\nHost: 127.0.0.1\r\n\r\n", 5000, &closed);
    QVERIFY(closed);
    QVERIFY(raw.isEmpty());

    const Answer answer =
        send("GET", api(QStringLiteral("/api/2.0/keys")), bearer(QStringLiteral("Admin console")));
    QCOMPARE(answer.error, QNetworkReply::RemoteHostClosedError);
    QCOMPARE(answer.status, 0);
    m_server->clearFaults();
    QCOMPARE(
        send("GET", api(QStringLiteral("/api/2.0/keys")), bearer(QStringLiteral("Admin console")))
            .status,
        200);
}

void TestSandboxServer::slowBody_trickesTheCompleteBody()
{
    FaultSettings faults;
    faults.slowBodyMs = 500;
    faults.count = 1;
    m_server->setFaults(faults);
    const Answer answer =
        send("GET", api(QStringLiteral("/api/2.0/keys")), bearer(QStringLiteral("Admin console")));
    QCOMPARE(answer.error, QNetworkReply::NoError);
    QVERIFY2(answer.elapsedMs >= 400, qPrintable(QString::number(answer.elapsedMs)));
    QCOMPARE(answer.json().value(QStringLiteral("response")).toArray().size(), 13);
}

void TestSandboxServer::rateLimitFault_answers429WithHeaders()
{
    FaultSettings faults;
    faults.rateLimitRetryAfter = 3;
    faults.count = 1;
    m_server->setFaults(faults);
    const Answer answer =
        send("GET", api(QStringLiteral("/api/2.0/keys")), bearer(QStringLiteral("Admin console")));
    QCOMPARE(answer.status, 429);
    QVERIFY(answer.body.isEmpty());
    QCOMPARE(answer.header("Retry-After"), QByteArray("3"));
    QCOMPARE(answer.header("X-RateLimit-Remaining"), QByteArray("0"));
    QVERIFY(!answer.header("X-RateLimit-Limit").isEmpty());
    QVERIFY(answer.header("X-RateLimit-Reset").toLongLong() > QDateTime::currentSecsSinceEpoch());
}

void TestSandboxServer::redirect_sameOrigin_isFollowedByTheClient()
{
    // Followed by hand: Qt 6.4's own redirect following sometimes sends a request twice
    // ("caching was enabled after some bytes had been written"), which is not under test here.
    const QUrl target = api(QStringLiteral("/api/2.0/keys/permissions"));
    FaultSettings faults;
    faults.redirectLocation = target.toString();
    faults.redirectStatus = 307;
    faults.count = 1;
    m_server->setFaults(faults);
    const Answer redirect =
        send("GET", api(QStringLiteral("/api/2.0/keys")), bearer(QStringLiteral("Admin console")));
    QCOMPARE(redirect.status, 307);
    QCOMPARE(redirect.header("Location"), target.toEncoded());
    const Answer answer = send("GET", QUrl::fromEncoded(redirect.header("Location")),
                               bearer(QStringLiteral("Admin console")));
    QCOMPARE(answer.status, 200);
    QCOMPARE(answer.json().value(QStringLiteral("response")).toArray().size(), 11);
    const QList<RequestLogEntry> log = m_server->requestLog();
    QCOMPARE(log.size(), 2);
    QCOMPARE(log.at(0).status, 307);
    QCOMPARE(log.at(1).path, QStringLiteral("/api/2.0/keys/permissions"));
}

void TestSandboxServer::redirect_otherOrigin_logsWhetherAuthorizationArrived()
{
    SandboxServer other;
    QVERIFY(other.listen(QHostAddress(QHostAddress::LocalHost), 0, -1));
    FaultSettings faults;
    faults.redirectLocation =
        other.httpUrl().resolved(QUrl(QStringLiteral("/api/2.0/keys"))).toString();
    faults.count = 1;
    m_server->setFaults(faults);

    const Answer first =
        send("GET", api(QStringLiteral("/api/2.0/keys")), bearer(QStringLiteral("Admin console")));
    QCOMPARE(first.status, 307);
    const QUrl location = QUrl(QString::fromLatin1(first.header("Location")));
    QCOMPARE(location.port(), other.httpUrl().port());
    // A careful client follows without the credential; the other instance can prove it.
    const Answer followed = send("GET", location);
    QCOMPARE(followed.status, 401);

    const Answer log =
        send("GET", other.httpUrl().resolved(QUrl(QStringLiteral("/__sandbox/requests"))));
    const QJsonArray entries = log.json().value(QStringLiteral("requests")).toArray();
    QCOMPARE(entries.size(), 1);
    const QJsonObject entry = entries.at(0).toObject();
    QCOMPARE(entry.value(QStringLiteral("authorization")).toBool(true), false);
    QCOMPARE(entry.value(QStringLiteral("host")).toString(), other.httpUrl().authority());
    QCOMPARE(m_server->requestLog().at(0).authorizationScheme, QStringLiteral("Bearer"));
}

void TestSandboxServer::control_infoStatsFaultsOverHttp()
{
    const QUrl base = m_server->httpUrl();
    const Answer info = send("GET", base.resolved(QUrl(QStringLiteral("/__sandbox/info"))));
    QCOMPARE(info.status, 200);
    const QJsonObject json = info.json();
    QCOMPARE(json.value(QStringLiteral("httpUrl")).toString(), base.toString());
    QCOMPARE(json.value(QStringLiteral("httpsUrl")).toString(), m_server->httpsUrl().toString());
    QCOMPARE(json.value(QStringLiteral("certificateSha256")).toString().toLatin1(),
             m_server->certificateSha256());
    QVERIFY(json.value(QStringLiteral("certificatePem"))
                .toString()
                .startsWith(QLatin1String("-----BEGIN CERTIFICATE-----")));
    const QJsonArray users = json.value(QStringLiteral("users")).toArray();
    QCOMPARE(users.size(), 4);
    QCOMPARE(users.at(0).toObject().value(QStringLiteral("role")).toString(),
             QStringLiteral("owner"));
    QCOMPARE(users.at(3).toObject().value(QStringLiteral("role")).toString(),
             QStringLiteral("guest"));
    QCOMPARE(json.value(QStringLiteral("keys")).toArray().size(), 13);
    QVERIFY(json.value(QStringLiteral("keys"))
                .toArray()
                .at(0)
                .toObject()
                .value(QStringLiteral("secret"))
                .toString()
                .startsWith(QLatin1String("sk-")));

    const Answer set = send("POST", base.resolved(QUrl(QStringLiteral("/__sandbox/faults"))), {},
                            QByteArrayLiteral(R"({"status":503})"));
    QCOMPARE(set.status, 200);
    QCOMPARE(
        send("GET", api(QStringLiteral("/api/2.0/keys")), bearer(QStringLiteral("Admin console")))
            .status,
        503);
    // The control path is never faulted.
    const Answer stats = send("GET", base.resolved(QUrl(QStringLiteral("/__sandbox/stats"))));
    QCOMPARE(stats.status, 200);
    QCOMPARE(stats.json().value(QStringLiteral("requests")).toInt(), 1);
    QCOMPARE(send("DELETE", base.resolved(QUrl(QStringLiteral("/__sandbox/faults")))).status, 200);
    QCOMPARE(
        send("GET", api(QStringLiteral("/api/2.0/keys")), bearer(QStringLiteral("Admin console")))
            .status,
        200);

    const SandboxInfo seeded = m_server->info();
    const QUrl victim =
        api(QStringLiteral("/api/2.0/keys/") +
            seeded.keyByName(QStringLiteral("CI pipeline"))->id.toString(QUuid::WithoutBraces));
    QCOMPARE(send("DELETE", victim, bearer(QStringLiteral("Admin console"))).status, 200);
    QCOMPARE(send("POST", base.resolved(QUrl(QStringLiteral("/__sandbox/reset")))).status, 200);
    QVERIFY(m_server->info().keyByName(QStringLiteral("CI pipeline")));
}

void TestSandboxServer::stats_maxInFlight_countsConcurrentRequestsUnderLatency()
{
    FaultSettings faults;
    faults.latencyMs = 400;
    m_server->setFaults(faults);
    m_server->resetStats();
    // QNetworkAccessManager opens at most six HTTP/1.1 connections per origin.
    QList<QNetworkReply *> replies;
    for (int i = 0; i < 6; ++i)
        replies << start("GET", api(QStringLiteral("/api/2.0/keys/permissions")),
                         bearer(QStringLiteral("Admin console")));
    QTRY_COMPARE_WITH_TIMEOUT(m_server->stats().inFlight, 6, 5000);
    for (QNetworkReply *reply : replies)
        QCOMPARE(collect(reply).status, 200);
    QTRY_COMPARE_WITH_TIMEOUT(m_server->stats().inFlight, 0, 5000);

    const Answer stats =
        send("GET", m_server->httpUrl().resolved(QUrl(QStringLiteral("/__sandbox/stats"))));
    QCOMPARE(stats.json().value(QStringLiteral("maxInFlight")).toInt(), 6);
    QCOMPARE(stats.json().value(QStringLiteral("inFlight")).toInt(), 0);
    QCOMPARE(stats.json().value(QStringLiteral("requests")).toInt(), 6);
    QCOMPARE(
        send("POST", m_server->httpUrl().resolved(QUrl(QStringLiteral("/__sandbox/stats/reset"))))
            .status,
        200);
    QCOMPARE(m_server->stats().maxInFlight, 0);
}

bool TestSandboxServer::connectRaw(QTcpSocket &socket)
{
    socket.connectToHost(QHostAddress(QHostAddress::LocalHost), m_server->httpUrl().port());
    return socket.waitForConnected(5000);
}

void TestSandboxServer::reader_twoRequestsInOneWrite_bothAnsweredInOrder()
{
    // A request with a body and the next one in a single TCP write: the second must not be
    // lost while the first is answered, and the body must end exactly at Content-Length.
    QTcpSocket socket;
    QVERIFY(connectRaw(socket));
    socket.write(faultsPost(7) + kFaultsGet);
    QList<QByteArray> answers = readAnswers(socket, 2);
    QCOMPARE(answers.size(), 2);
    QVERIFY2(answers.at(0).startsWith("HTTP/1.1 200 OK\r\n"), answers.at(0).constData());
    QVERIFY2(answers.at(1).startsWith("HTTP/1.1 200 OK\r\n"), answers.at(1).constData());
    QCOMPARE(answerJson(answers.at(1)).value(QStringLiteral("latencyMs")).toInt(), 7);
    QVERIFY(answers.at(1).contains("Connection: keep-alive"));

    // Still usable afterwards, and three at once work as well.
    socket.write(faultsPost(9) + kFaultsGet + kFaultsGet);
    answers = readAnswers(socket, 3);
    QCOMPARE(answers.size(), 3);
    QCOMPARE(answerJson(answers.at(2)).value(QStringLiteral("latencyMs")).toInt(), 9);
    QCOMPARE(socket.state(), QAbstractSocket::ConnectedState);
}

void TestSandboxServer::reader_requestSplitAcrossManySmallWrites_isAnswered()
{
    QTcpSocket socket;
    QVERIFY(connectRaw(socket));
    const QByteArray request = faultsPost(11);
    for (qsizetype at = 0; at < request.size(); at += 3) {
        socket.write(request.mid(at, 3));
        socket.flush();
        QTest::qWait(2); // separate segments; the server sees partial lines, head and body
    }
    const QList<QByteArray> answers = readAnswers(socket, 1);
    QCOMPARE(answers.size(), 1);
    QVERIFY2(answers.at(0).startsWith("HTTP/1.1 200 OK\r\n"), answers.at(0).constData());
    QCOMPARE(answerJson(answers.at(0)).value(QStringLiteral("latencyMs")).toInt(), 11);
    QCOMPARE(m_server->portal().faults().latencyMs, 11);
}

void TestSandboxServer::reader_malformedOrOversized_answersErrorAndCloses_data()
{
    QTest::addColumn<QByteArray>("request");
    QTest::addColumn<int>("status");
    const QByteArray host = "Host: 127.0.0.1\r\n";
    QTest::newRow("oversized header") << "GET /__sandbox/stats HTTP/1.1\r\n" + host +
                                             "X-Big: " + QByteArray(20000, 'a') + "\r\n\r\n"
                                      << 431;
    QTest::newRow("oversized request line")
        << "GET /" + QByteArray(20000, 'a') + " HTTP/1.1\r\n" + host + "\r\n"
        << 414;
    QTest::newRow("too many headers") << "GET /__sandbox/stats HTTP/1.1\r\n" + host +
                                             QByteArray("X-A: b\r\n").repeated(200) + "\r\n"
                                      << 431;
    QTest::newRow("head over 64 KiB in short lines")
        << "GET /__sandbox/stats HTTP/1.1\r\n" + host +
               QByteArray("X-Long: " + QByteArray(4000, 'b') + "\r\n").repeated(20) + "\r\n"
        << 431;
    QTest::newRow("head without end, over 64 KiB")
        << "GET /__sandbox/stats HTTP/1.1\r\n" + host +
               QByteArray("X-Long: " + QByteArray(4000, 'b') + "\r\n").repeated(17)
        << 431;
    QTest::newRow("garbage") << QByteArray("\x16\x03\x01 hello there\r\n\r\n") << 400;
    QTest::newRow("no version") << QByteArray("GET /__sandbox/stats\r\n\r\n") << 400;
    QTest::newRow("header without colon")
        << "GET /__sandbox/stats HTTP/1.1\r\n" + host + "Broken header\r\n\r\n"
        << 400;
    QTest::newRow("space before colon")
        << "GET /__sandbox/stats HTTP/1.1\r\n" + host + "X-A : b\r\n\r\n"
        << 400;
    QTest::newRow("folded header")
        << "GET /__sandbox/stats HTTP/1.1\r\n" + host + "X-A: b\r\n c\r\n\r\n"
        << 400;
    QTest::newRow("HTTP/1.1 without Host")
        << QByteArray("GET /__sandbox/stats HTTP/1.1\r\n\r\n") << 400;
    QTest::newRow("bad Content-Length")
        << "POST /__sandbox/faults HTTP/1.1\r\n" + host + "Content-Length: 1x\r\n\r\n"
        << 400;
    QTest::newRow("oversized body")
        << "POST /__sandbox/faults HTTP/1.1\r\n" + host + "Content-Length: 2000000\r\n\r\n"
        << 413;
    QTest::newRow("chunked body") << "POST /__sandbox/faults HTTP/1.1\r\n" + host +
                                         "Transfer-Encoding: chunked\r\n\r\n2\r\n{}\r\n0\r\n\r\n"
                                  << 501;
    QTest::newRow("HTTP/2.0") << "GET /__sandbox/stats HTTP/2.0\r\n" + host + "\r\n" << 505;
    // Content-Length and Transfer-Encoding together: a smuggled request must not be answered.
    QTest::newRow("Content-Length with Transfer-Encoding")
        << "POST /__sandbox/reset HTTP/1.1\r\n" + host +
               "Content-Length: 44\r\nTransfer-Encoding: chunked\r\n\r\n0\r\n\r\n"
               "GET /__sandbox/info HTTP/1.1\r\n" +
               host + "\r\n"
        << 400;
    QTest::newRow("90 MB body declared")
        << "POST /api/2.0/keys HTTP/1.1\r\n" + host + "Content-Length: 94371840\r\n\r\n" +
               QByteArray(64 * 1024, 'x')
        << 413;
}

void TestSandboxServer::reader_malformedOrOversized_answersErrorAndCloses()
{
    QFETCH(QByteArray, request);
    QFETCH(int, status);
    QTcpSocket socket;
    QVERIFY(connectRaw(socket));
    socket.write(request);
    bool closed = false;
    const QList<QByteArray> answers = readAnswers(socket, 1, &closed);
    QCOMPARE(answers.size(), 1);
    QVERIFY2(answers.at(0).startsWith("HTTP/1.1 " + QByteArray::number(status) + ' '),
             answers.at(0).constData());
    QVERIFY(answers.at(0).contains("Connection: close\r\n"));
    QVERIFY(closed);
    QCOMPARE(m_server->stats().requests, quint64(0));
}

void TestSandboxServer::reader_http10_closesAfterTheAnswer()
{
    QTcpSocket socket;
    QVERIFY(connectRaw(socket));
    socket.write("GET /__sandbox/faults HTTP/1.0\r\n\r\n");
    bool closed = false;
    const QList<QByteArray> answers = readAnswers(socket, 1, &closed);
    QCOMPARE(answers.size(), 1);
    QVERIFY2(answers.at(0).startsWith("HTTP/1.1 200 OK\r\n"), answers.at(0).constData());
    QVERIFY(answers.at(0).contains("Connection: close\r\n"));
    QVERIFY(closed);
}

void TestSandboxServer::reader_slowlorisHead_gets408WithinTheRequestDeadline()
{
    SandboxTransportLimits limits;
    limits.requestTimeoutMs = 400;
    m_server->setTransportLimits(limits);
    QTcpSocket socket;
    QVERIFY(connectRaw(socket));
    socket.write("GET /__sandbox/stats HTTP/1.1\r\nHost: 127.0.0.1\r\n");
    // One header line every 50 ms keeps the connection busy but never ends the head.
    QByteArray received;
    QElapsedTimer timer;
    timer.start();
    while (timer.elapsed() < 5000 && socket.state() == QAbstractSocket::ConnectedState &&
           !received.contains("\r\n\r\n")) {
        socket.write("X-Slow: a\r\n");
        QTest::qWait(50);
        received += socket.readAll();
    }
    received += socket.readAll();
    QVERIFY2(received.startsWith("HTTP/1.1 408 "), received.constData());
    QVERIFY(received.contains("Connection: close\r\n"));
    QVERIFY2(timer.elapsed() < 3000, qPrintable(QString::number(timer.elapsed())));
    QTRY_VERIFY_WITH_TIMEOUT(socket.state() != QAbstractSocket::ConnectedState, 3000);
}

void TestSandboxServer::reader_idleConnection_isClosedAfterTheIdleTimeout()
{
    SandboxTransportLimits limits;
    limits.idleTimeoutMs = 300;
    m_server->setTransportLimits(limits);
    QTcpSocket socket;
    QVERIFY(connectRaw(socket));
    // A first request keeps the connection alive; then it waits and is closed.
    socket.write(kFaultsGet);
    QCOMPARE(readAnswers(socket, 1).size(), 1);
    QTRY_VERIFY_WITH_TIMEOUT(socket.state() != QAbstractSocket::ConnectedState, 5000);
}

void TestSandboxServer::reader_connectionsBeyondTheBound_get503AndClose()
{
    SandboxTransportLimits limits;
    limits.maxConnections = 2;
    m_server->setTransportLimits(limits);
    QTcpSocket first;
    QTcpSocket second;
    for (QTcpSocket *socket : {&first, &second}) {
        QVERIFY(connectRaw(*socket));
        socket->write(kFaultsGet);
        QCOMPARE(readAnswers(*socket, 1).size(), 1); // accepted and kept alive
    }
    QTcpSocket third;
    QVERIFY(connectRaw(third));
    bool closed = false;
    const QList<QByteArray> answers = readAnswers(third, 1, &closed);
    QCOMPARE(answers.size(), 1);
    QVERIFY2(answers.at(0).startsWith("HTTP/1.1 503 "), answers.at(0).constData());
    QVERIFY(closed);
    if (runningUnderWine())
        QSKIP("the bound and its 503 hold; whether a freed slot is served again is not checked "
              "under Wine, whose sockets report an idle keep-alive connection's close to the "
              "server late or not at all (6 of 10 runs)");
    // One goes, and a new connection is served again.
    first.disconnectFromHost();
    QTRY_VERIFY_WITH_TIMEOUT(first.state() == QAbstractSocket::UnconnectedState, 3000);
    // The server sees the close a moment later: until then a new connection may still get 503.
    bool served = false;
    QElapsedTimer timer;
    timer.start();
    while (!served && timer.elapsed() < 5000) {
        QTcpSocket next;
        QVERIFY(connectRaw(next));
        next.write(kFaultsGet);
        const QList<QByteArray> got = readAnswers(next, 1);
        served = !got.isEmpty() && got.at(0).startsWith("HTTP/1.1 200 ");
    }
    QVERIFY(served);
}

QTEST_GUILESS_MAIN(TestSandboxServer)
#include "tst_sandboxserver.moc"
