#include "outcomeclassifier.h"

#include <QFile>
#include <QTest>

namespace {
QByteArray recorded(const QString &name)
{
    if (name.isEmpty())
        return {};
    QFile file(QStringLiteral(DSK_TEST_DATA_DIR "/") + name);
    if (!file.open(QIODevice::ReadOnly))
        qFatal("missing recorded body %s", qPrintable(name));
    return file.readAll();
}
const QString kId = QStringLiteral("3f2b6c1e-8a4d-4e9b-9c71-2d5e8f0a1b23");
} // namespace

// One row per answer the real portal gives to DELETE /api/2.0/keys/{id} (shared/docspace-api.md),
// plus every transport failure the client itself detects.
class TestOutcomeClassifier : public QObject
{
    Q_OBJECT

private slots:
    void classifyRevoke_data()
    {
        QTest::addColumn<int>("failure");
        QTest::addColumn<int>("status");
        QTest::addColumn<QString>("bodyFile");
        QTest::addColumn<QByteArray>("contentType");
        QTest::addColumn<QByteArray>("retryAfter");
        QTest::addColumn<QString>("kind");
        QTest::addColumn<QString>("serverMessage");
        QTest::addColumn<QString>("sentenceMentions");

        const int none = int(HttpExchange::Failure::None);
        const QByteArray json = "application/json; charset=utf-8";
        const QByteArray html = "text/html";
        QTest::newRow("own key or admin: 200 true")
            << none << 200 << "delete_ok.json" << json << QByteArray() << "revoked"
            << ""
            << "Revoked";
        QTest::newRow("other user's key, not admin: 200 false")
            << none << 200 << "delete_refused.json" << json << QByteArray() << "refused"
            << ""
            << "administrator";
        QTest::newRow("unknown uuid: 500 NullReferenceException")
            << none << 500 << "delete_unknown_500.json" << json << QByteArray() << "not_found"
            << "Object reference not set to an instance of an object."
            << "no key with this id";
        QTest::newRow("id that is not a uuid: 404 empty")
            << none << 404 << "" << QByteArray() << QByteArray() << "invalid_id"
            << ""
            << "key id";
        QTest::newRow("no or invalid credentials: 401 empty")
            << none << 401 << "" << QByteArray() << QByteArray() << "unauthorized"
            << ""
            << "token";
        QTest::newRow("missing *:write scope: 403 empty")
            << none << 403 << "" << QByteArray() << QByteArray() << "forbidden"
            << ""
            << "*:write";
        QTest::newRow("missing scope: 403 envelope")
            << none << 403 << "forbidden_403.json" << json << QByteArray() << "forbidden"
            << "Access denied"
            << "*:write";
        QTest::newRow("rate limited: 429 with Retry-After")
            << none << 429 << "" << QByteArray() << QByteArray("7") << "rate_limited"
            << ""
            << "limiting";
        QTest::newRow("nginx 502 page")
            << none << 502 << "nginx_502.html" << html << QByteArray() << "server_error"
            << "502 Bad Gateway"
            << "502 Bad Gateway";
        QTest::newRow("nginx 503 page")
            << none << 503 << "nginx_503.html" << html << QByteArray() << "server_error"
            << "503 Service Temporarily Unavailable"
            << "temporary";
        QTest::newRow("nginx 504 page, no content type")
            << none << 504 << "nginx_504.html" << QByteArray() << QByteArray() << "server_error"
            << "504 Gateway Time-out"
            << "504 Gateway Time-out";
        QTest::newRow("other server exception: 500")
            << none << 500 << "server_exception_500.json" << json << QByteArray() << "server_error"
            << "Timeout expired. The timeout period elapsed prior to obtaining a connection from "
               "the pool."
            << "HTTP 500";
        QTest::newRow("validation problem: 400")
            << none << 400 << "validation_400.json" << json << QByteArray() << "bad_response"
            << "One or more validation errors occurred. Name: The field Name must be a string with "
               "a maximum length of 30."
            << "HTTP 400";
        QTest::newRow("status 1 inside 200")
            << none << 200 << "status1_in_200.json" << json << QByteArray() << "bad_response"
            << "The operation could not be completed."
            << "failure";
        QTest::newRow("login page instead of JSON")
            << none << 200 << "login_page_200.html" << html << QByteArray() << "bad_response"
            << "ONLYOFFICE DocSpace"
            << "web page";
        QTest::newRow("empty 200") << none << 200 << "" << json << QByteArray() << "bad_response"
                                   << ""
                                   << "empty answer";
        QTest::newRow("200 without boolean") << none << 200 << "unexpected_response_200.json"
                                             << json << QByteArray() << "bad_response"
                                             << ""
                                             << "did not say";

        using F = HttpExchange::Failure;
        QTest::newRow("connection refused")
            << int(F::Network) << 0 << "" << QByteArray() << QByteArray() << "network_error"
            << ""
            << "Could not reach";
        QTest::newRow("timeout") << int(F::Timeout) << 0 << "" << QByteArray() << QByteArray()
                                 << "timeout"
                                 << ""
                                 << "in time";
        QTest::newRow("certificate")
            << int(F::Tls) << 0 << "" << QByteArray() << QByteArray() << "tls_error"
            << ""
            << "fingerprint";
        QTest::newRow("plain http remote")
            << int(F::Insecure) << 0 << "" << QByteArray() << QByteArray() << "insecure_refused"
            << ""
            << "unencrypted";
        QTest::newRow("cancelled")
            << int(F::Cancelled) << 0 << "" << QByteArray() << QByteArray() << "cancelled"
            << ""
            << "Cancelled";
        QTest::newRow("truncated body")
            << int(F::Truncated) << 200 << "" << QByteArray() << QByteArray() << "bad_response"
            << ""
            << "cut off";
        QTest::newRow("oversized body")
            << int(F::Oversized) << 200 << "" << QByteArray() << QByteArray() << "bad_response"
            << ""
            << "far larger";
        QTest::newRow("cross-origin redirect") << int(F::CrossOriginRedirect) << 302 << ""
                                               << QByteArray() << QByteArray() << "bad_response"
                                               << ""
                                               << "never sends your token";
    }

    void classifyRevoke()
    {
        QFETCH(int, failure);
        QFETCH(int, status);
        QFETCH(QString, bodyFile);
        QFETCH(QByteArray, contentType);
        QFETCH(QByteArray, retryAfter);
        QFETCH(QString, kind);
        QFETCH(QString, serverMessage);
        QFETCH(QString, sentenceMentions);

        HttpExchange exchange;
        exchange.failure = HttpExchange::Failure(failure);
        exchange.httpStatus = status;
        exchange.body = recorded(bodyFile);
        exchange.contentType = contentType;
        exchange.retryAfter = retryAfter;
        exchange.attempts = status == 429 ? 4 : 1;

        const RevokeOutcome outcome = OutcomeClassifier::classifyRevoke(kId, exchange);
        QCOMPARE(outcome.kindName(), kind);
        QCOMPARE(outcome.keyId, kId);
        QCOMPARE(outcome.httpStatus, status);
        QCOMPARE(outcome.serverMessage, serverMessage);
        QVERIFY2(outcome.sentence.contains(sentenceMentions), qPrintable(outcome.sentence));
        // Never a stack trace or raw HTML in anything a person reads.
        for (const QString &text : {outcome.sentence, outcome.serverMessage, outcome.detail}) {
            QVERIFY2(!text.contains(QLatin1String(" at ASC.")), qPrintable(text));
            QVERIFY2(!text.contains(QLatin1String("<html")), qPrintable(text));
            QVERIFY2(!text.contains(QLatin1String("<center>")), qPrintable(text));
        }
    }

    void classifyRevoke_rateLimited_keepsRetryAfter()
    {
        HttpExchange exchange;
        exchange.httpStatus = 429;
        exchange.retryAfter = "12";
        exchange.attempts = 4;
        const RevokeOutcome outcome = OutcomeClassifier::classifyRevoke(kId, exchange);
        QCOMPARE(outcome.retryAfterSeconds, 12);
        QVERIFY2(outcome.sentence.contains(QLatin1String("4 attempt")),
                 qPrintable(outcome.sentence));
    }

    void classifyRevoke_tls_carriesFingerprintAndReasons()
    {
        HttpExchange exchange;
        exchange.failure = HttpExchange::Failure::Tls;
        exchange.certificateSha256 = QStringLiteral("AB:CD");
        exchange.tlsErrors = {QStringLiteral("The certificate is self-signed, and untrusted")};
        const RevokeOutcome outcome = OutcomeClassifier::classifyRevoke(kId, exchange);
        QCOMPARE(outcome.certificateSha256, QStringLiteral("AB:CD"));
        QVERIFY(outcome.sentence.contains(QLatin1String("self-signed")));
    }

    void parseRetryAfter_data()
    {
        QTest::addColumn<QByteArray>("value");
        QTest::addColumn<int>("seconds");
        QTest::newRow("absent") << QByteArray() << -1;
        QTest::newRow("seconds") << QByteArray("30") << 30;
        QTest::newRow("spaces") << QByteArray(" 5 ") << 5;
        QTest::newRow("negative") << QByteArray("-3") << -1;
        QTest::newRow("garbage") << QByteArray("soon") << -1;
        QTest::newRow("date in the past") << QByteArray("Wed, 21 Oct 2015 07:28:00 GMT") << 0;
    }
    void parseRetryAfter()
    {
        QFETCH(QByteArray, value);
        QFETCH(int, seconds);
        QCOMPARE(OutcomeClassifier::parseRetryAfter(value), seconds);
    }

    void parseRetryAfter_futureDate_countsDown()
    {
        const QDateTime later = QDateTime::currentDateTimeUtc().addSecs(90);
        const int seconds =
            OutcomeClassifier::parseRetryAfter(later.toString(Qt::RFC2822Date).toLatin1());
        QVERIFY2(seconds >= 85 && seconds <= 90, qPrintable(QString::number(seconds)));
    }

    void kindNames_areStableAndRoundTrip()
    {
        const QStringList names{QStringLiteral("revoked"),          QStringLiteral("refused"),
                                QStringLiteral("not_found"),        QStringLiteral("invalid_id"),
                                QStringLiteral("unauthorized"),     QStringLiteral("forbidden"),
                                QStringLiteral("rate_limited"),     QStringLiteral("server_error"),
                                QStringLiteral("bad_response"),     QStringLiteral("network_error"),
                                QStringLiteral("timeout"),          QStringLiteral("tls_error"),
                                QStringLiteral("insecure_refused"), QStringLiteral("cancelled")};
        for (const QString &name : names) {
            OutcomeKind kind{};
            QVERIFY2(RevokeOutcome::parseKindName(name, &kind), qPrintable(name));
            QCOMPARE(RevokeOutcome::kindName(kind), name);
        }
    }
};

QTEST_GUILESS_MAIN(TestOutcomeClassifier)
#include "tst_outcomeclassifier.moc"
