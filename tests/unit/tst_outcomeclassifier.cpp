#include "outcomeclassifier.h"
#include "recordedanswers.h"

#include <QJsonArray>
#include <QTest>

namespace {
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
        addAnswerColumns();
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
        // The client checks the id's form first, so a 404 is about the portal, never the id.
        QTest::newRow("portal suspended or not DocSpace: 404 empty")
            << none << 404 << "" << QByteArray() << QByteArray() << "portal_unavailable"
            << ""
            << "suspended";
        QTest::newRow("portal not paid: 402 empty")
            << none << 402 << "" << QByteArray() << QByteArray() << "portal_unavailable"
            << ""
            << "subscription has lapsed";
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
        QTest::newRow("IP restriction: 403 bare JSON string")
            << none << 403 << "forbidden_ip_403.json" << json << QByteArray() << "forbidden"
            << "The access to the portal is restricted"
            << "“The access to the portal is restricted”";
        QTest::newRow("guest: 403 Access denied envelope")
            << none << 403 << "access_denied_403.json" << json << QByteArray() << "forbidden"
            << "Access denied"
            << "“Access denied”";
        QTest::newRow("DocSpace's own 50x page")
            << none << 503 << "custom_50x.html" << html << QByteArray() << "server_error"
            << "500 Error Page"
            << "HTTP 503";
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
        QFETCH(QByteArray, retryAfter);
        QFETCH(QString, kind);
        QFETCH(QString, serverMessage);
        QFETCH(QString, sentenceMentions);

        HttpExchange exchange = fetchAnswer();
        exchange.retryAfter = retryAfter;
        exchange.attempts = exchange.httpStatus == 429 ? 4 : 1;

        const RevokeOutcome outcome = OutcomeClassifier::classifyRevoke(kId, exchange);
        QCOMPARE(outcome.kindName(), kind);
        QCOMPARE(outcome.keyId, kId);
        QCOMPARE(outcome.httpStatus, exchange.httpStatus);
        QCOMPARE(outcome.serverMessage, serverMessage);
        QVERIFY2(outcome.sentence.contains(sentenceMentions), qPrintable(outcome.sentence));
        // Never a stack trace or raw HTML in anything a person reads.
        for (const QString &text : {outcome.sentence, outcome.serverMessage, outcome.detail}) {
            QVERIFY2(!text.contains(QLatin1String(" at ASC.")), qPrintable(text));
            QVERIFY2(!text.contains(QLatin1String("<html")), qPrintable(text));
            QVERIFY2(!text.contains(QLatin1String("<center>")), qPrintable(text));
        }
    }

    // "Developer tools restricted to administrators" is checked by the portal on POST /keys
    // only: the sentence says so for creating keys and for nothing else.
    void forbidden_developerToolsSentence_onlyForCreatingKeys_data()
    {
        QTest::addColumn<int>("purpose");
        QTest::addColumn<QString>("bodyFile");
        QTest::addColumn<bool>("mentionsDeveloperTools");
        QTest::addColumn<QString>("mentions");
        using P = OutcomeClassifier::CallPurpose;
        QTest::newRow("create, Access denied")
            << int(P::CreateKey) << "access_denied_403.json" << true << "“Access denied”";
        QTest::newRow("create, empty: scope") << int(P::CreateKey) << "" << false << "*:write";
        QTest::newRow("revoke, Access denied")
            << int(P::Revoke) << "access_denied_403.json" << false << "“Access denied”";
        QTest::newRow("revoke, empty: scope") << int(P::Revoke) << "" << false << "*:write";
        QTest::newRow("change, Access denied")
            << int(P::ChangeKey) << "access_denied_403.json" << false << "“Access denied”";
        QTest::newRow("change, empty: scope") << int(P::ChangeKey) << "" << false << "*:write";
        QTest::newRow("read, Access denied")
            << int(P::Read) << "access_denied_403.json" << false << "“Access denied”";
        QTest::newRow("read, empty: scope") << int(P::Read) << "" << false << "scope";
        QTest::newRow("create, IP restriction")
            << int(P::CreateKey) << "forbidden_ip_403.json" << false << "IP addresses";
        QTest::newRow("read, IP restriction")
            << int(P::Read) << "forbidden_ip_403.json" << false << "IP addresses";
    }
    void forbidden_developerToolsSentence_onlyForCreatingKeys()
    {
        QFETCH(int, purpose);
        QFETCH(QString, bodyFile);
        QFETCH(bool, mentionsDeveloperTools);
        QFETCH(QString, mentions);
        HttpExchange exchange;
        exchange.httpStatus = 403;
        exchange.body = recordedBody(bodyFile);
        QJsonValue response;
        RevokeOutcome outcome;
        QVERIFY(!OutcomeClassifier::readResponse(OutcomeClassifier::CallPurpose(purpose), exchange,
                                                 &response, &outcome));
        QCOMPARE(outcome.kindName(), QStringLiteral("forbidden"));
        QCOMPARE(outcome.sentence.contains(QLatin1String("developer tools")),
                 mentionsDeveloperTools);
        QVERIFY2(outcome.sentence.contains(mentions), qPrintable(outcome.sentence));
        const RevokeOutcome same = OutcomeClassifier::classifyFailure(
            OutcomeClassifier::CallPurpose(purpose), {}, exchange);
        QCOMPARE(same.sentence, outcome.sentence);
    }

    void keyChange_404_isPortalUnavailableNotInvalidId()
    {
        HttpExchange exchange;
        exchange.httpStatus = 404;
        for (KeyOperation operation :
             {KeyOperation::Revoke, KeyOperation::Deactivate, KeyOperation::Activate}) {
            const RevokeOutcome outcome =
                OutcomeClassifier::classifyKeyChange(operation, kId, exchange);
            QCOMPARE(outcome.kindName(), QStringLiteral("portal_unavailable"));
        }
        QJsonValue response;
        RevokeOutcome read;
        QVERIFY(!OutcomeClassifier::readResponse(exchange, &response, &read));
        QCOMPARE(read.kindName(), QStringLiteral("portal_unavailable"));
    }

    void readResponse_listCountIsIgnored_everyKeyIsRead()
    {
        // GET /keys streams its answer: "count" is 1 whatever the number of keys.
        HttpExchange exchange;
        exchange.httpStatus = 200;
        exchange.body = recordedBody(QStringLiteral("keys_list_count1.json"));
        QJsonValue response;
        RevokeOutcome failure;
        QVERIFY(OutcomeClassifier::readResponse(exchange, &response, &failure));
        QCOMPARE(response.toArray().size(), 3);
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
        const QStringList names{QStringLiteral("revoked"),
                                QStringLiteral("refused"),
                                QStringLiteral("not_found"),
                                QStringLiteral("invalid_id"),
                                QStringLiteral("unauthorized"),
                                QStringLiteral("forbidden"),
                                QStringLiteral("portal_unavailable"),
                                QStringLiteral("rate_limited"),
                                QStringLiteral("server_error"),
                                QStringLiteral("bad_response"),
                                QStringLiteral("network_error"),
                                QStringLiteral("timeout"),
                                QStringLiteral("tls_error"),
                                QStringLiteral("insecure_refused"),
                                QStringLiteral("cancelled")};
        for (const QString &name : names) {
            OutcomeKind kind{};
            QVERIFY2(RevokeOutcome::parseKindName(name, &kind), qPrintable(name));
            QCOMPARE(RevokeOutcome::kindName(kind), name);
        }
    }
};

QTEST_GUILESS_MAIN(TestOutcomeClassifier)
#include "tst_outcomeclassifier.moc"
