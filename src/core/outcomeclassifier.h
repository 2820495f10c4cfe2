#pragma once

#include "httpexchange.h"
#include "revokeoutcome.h"

#include <QJsonValue>

// Turns what the portal answered to DELETE /api/2.0/keys/{id} into an outcome and a sentence a
// person understands. A pure function, so every row of the API notes is a unit-test row.
namespace OutcomeClassifier {
// What a call was for: a failure is worded for it (and some sentences, like the one about
// developer tools restricted to administrators, are true for one purpose only).
enum class CallPurpose
{
    Read,      // any GET
    Revoke,    // DELETE /keys/{id}
    ChangeKey, // PUT /keys/{id}
    CreateKey, // POST /keys
};

RevokeOutcome classifyRevoke(const QString &keyId, const HttpExchange &exchange);
// PUT /api/2.0/keys/{id} with isActive: the same cases, worded for (de)activation.
RevokeOutcome classifyKeyChange(KeyOperation operation, const QString &keyId,
                                const HttpExchange &exchange);

// For any other call: true with the envelope's "response" when the portal answered with it;
// otherwise false with the failure in *failure, in the same kinds and words as a revocation
// (worded for reading rather than revoking where they differ).
bool readResponse(const HttpExchange &exchange, QJsonValue *response, RevokeOutcome *failure);
// The same for a call with another purpose (creating a key, changing one), worded for it.
bool readResponse(CallPurpose purpose, const HttpExchange &exchange, QJsonValue *response,
                  RevokeOutcome *failure);
// A transport failure or a non-2xx answer, worded for the purpose.
RevokeOutcome classifyFailure(CallPurpose purpose, const QString &keyId,
                              const HttpExchange &exchange);

// The portal's own message from an error envelope, a problem object or a bare JSON string
// (the IP restriction's answer); empty when none.
QString serverMessage(const QByteArray &body);
// Retry-After in seconds (delta-seconds or HTTP date); -1 when absent or unreadable.
int parseRetryAfter(const QByteArray &value);
} // namespace OutcomeClassifier
