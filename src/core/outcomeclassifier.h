#pragma once

#include "httpexchange.h"
#include "revokeoutcome.h"

#include <QJsonValue>

// Turns what the portal answered to DELETE /api/2.0/keys/{id} into an outcome and a sentence a
// person understands. A pure function, so every row of the API notes is a unit-test row.
namespace OutcomeClassifier {
RevokeOutcome classifyRevoke(const QString &keyId, const HttpExchange &exchange);
// PUT /api/2.0/keys/{id} with isActive: the same cases, worded for (de)activation.
RevokeOutcome classifyKeyChange(KeyOperation operation, const QString &keyId,
                                const HttpExchange &exchange);

// For any other call: true with the envelope's "response" when the portal answered with it;
// otherwise false with the failure in *failure, in the same kinds and words as a revocation
// (worded for reading rather than revoking where they differ).
bool readResponse(const HttpExchange &exchange, QJsonValue *response, RevokeOutcome *failure);

// The portal's own message from an error envelope or problem object; empty when none.
QString serverMessage(const QByteArray &body);
// Retry-After in seconds (delta-seconds or HTTP date); -1 when absent or unreadable.
int parseRetryAfter(const QByteArray &value);
} // namespace OutcomeClassifier
