#include "revokeoutcome.h"

#include <array>
#include <utility>

namespace {
constexpr std::array<std::pair<OutcomeKind, const char *>, 20> kNames{{
    {OutcomeKind::Revoked, "revoked"},
    {OutcomeKind::Refused, "refused"},
    {OutcomeKind::NotFound, "not_found"},
    {OutcomeKind::InvalidId, "invalid_id"},
    {OutcomeKind::Unauthorized, "unauthorized"},
    {OutcomeKind::Forbidden, "forbidden"},
    {OutcomeKind::PortalUnavailable, "portal_unavailable"},
    {OutcomeKind::RateLimited, "rate_limited"},
    {OutcomeKind::ServerError, "server_error"},
    {OutcomeKind::BadResponse, "bad_response"},
    {OutcomeKind::NetworkError, "network_error"},
    {OutcomeKind::Timeout, "timeout"},
    {OutcomeKind::TlsError, "tls_error"},
    {OutcomeKind::InsecureRefused, "insecure_refused"},
    {OutcomeKind::Cancelled, "cancelled"},
    {OutcomeKind::Deactivated, "deactivated"},
    {OutcomeKind::Activated, "activated"},
    {OutcomeKind::Unknown, "unknown"},
    {OutcomeKind::Created, "created"},
    {OutcomeKind::Edited, "edited"},
}};
} // namespace

QString RevokeOutcome::kindName(OutcomeKind kind)
{
    for (const auto &[k, name] : kNames) {
        if (k == kind)
            return QString::fromLatin1(name);
    }
    return {};
}

bool RevokeOutcome::parseKindName(const QString &name, OutcomeKind *kind)
{
    for (const auto &[k, n] : kNames) {
        if (name == QLatin1String(n)) {
            *kind = k;
            return true;
        }
    }
    return false;
}

QString RevokeOutcome::operationName(KeyOperation operation)
{
    switch (operation) {
    case KeyOperation::Deactivate:
        return QStringLiteral("deactivate");
    case KeyOperation::Activate:
        return QStringLiteral("activate");
    case KeyOperation::Create:
        return QStringLiteral("create");
    case KeyOperation::Edit:
        return QStringLiteral("edit");
    case KeyOperation::Revoke:
        break;
    }
    return QStringLiteral("revoke");
}
