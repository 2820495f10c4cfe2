// The key list as GET /api/2.0/keys answers it: the envelope, then every key object.
#include "apikey.h"
#include "fuzzinput.h"
#include "outcomeclassifier.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QJsonValue>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    HttpExchange exchange;
    exchange.httpStatus = 200;
    exchange.contentType = "application/json; charset=utf-8";
    exchange.body = FuzzInput::bytes(data, size);
    QJsonValue response;
    RevokeOutcome failure;
    if (OutcomeClassifier::readResponse(exchange, &response, &failure)) {
        const QJsonArray array = response.toArray();
        const QList<ApiKey> keys = ApiKey::listFromJson(array);
        // The list keeps the keys it could read, never more than were sent.
        if (keys.size() > array.size())
            std::abort();
        ApiKey::fromJson(response.toObject());
    }
    return 0;
}
