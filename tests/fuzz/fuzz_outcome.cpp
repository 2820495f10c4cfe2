// The outcome of an HTTP answer: every classification the client makes of status, headers and
// body, for revoke and the other key operations, plus the Retry-After parser.
#include "fuzzinput.h"
#include "outcomeclassifier.h"

#include <QJsonValue>

namespace {
HttpExchange::Failure failureNamed(const QByteArray &name)
{
    using F = HttpExchange::Failure;
    static const QList<QPair<QByteArray, F>> names = {{"network", F::Network},
                                                      {"timeout", F::Timeout},
                                                      {"tls", F::Tls},
                                                      {"insecure", F::Insecure},
                                                      {"redirect", F::CrossOriginRedirect},
                                                      {"redirects", F::TooManyRedirects},
                                                      {"truncated", F::Truncated},
                                                      {"oversized", F::Oversized},
                                                      {"cancelled", F::Cancelled}};
    for (const auto &[n, f] : names) {
        if (n == name)
            return f;
    }
    return F::Network;
}
} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const FuzzInput::Answer a = FuzzInput::answer(FuzzInput::bytes(data, size));
    HttpExchange exchange;
    if (!a.failure.isEmpty()) {
        exchange.failure = failureNamed(a.failure);
        exchange.errorString = QString::fromLatin1(a.failure);
    }
    exchange.httpStatus = a.status;
    exchange.contentType = a.contentType;
    exchange.retryAfter = a.retryAfter;
    exchange.rateLimitReset = a.rateLimitReset;
    exchange.body = a.body;
    const QString id = QStringLiteral("00000000-1111-4222-8333-444444444444");
    const RevokeOutcome revoke = OutcomeClassifier::classifyRevoke(id, exchange);
    // Every outcome says what happened.
    if (revoke.sentence.isEmpty() && !revoke.succeeded())
        std::abort();
    for (const KeyOperation op :
         {KeyOperation::Revoke, KeyOperation::Deactivate, KeyOperation::Activate})
        OutcomeClassifier::classifyKeyChange(op, id, exchange);
    QJsonValue response;
    RevokeOutcome failure;
    OutcomeClassifier::readResponse(exchange, &response, &failure);
    OutcomeClassifier::serverMessage(exchange.body);
    const int retry = OutcomeClassifier::parseRetryAfter(exchange.retryAfter);
    if (retry < -1)
        std::abort();
    OutcomeClassifier::parseRetryAfter(exchange.rateLimitReset);
    return 0;
}
