#pragma once

#include "authscheme.h"
#include "portaladdress.h"
#include "tlstrust.h"

// Everything needed to talk to one portal as one user. The token lives only in memory here.
struct ConnectionSettings
{
    PortalAddress portal;
    QString token;
    AuthScheme scheme = AuthScheme::Auto;
    TlsTrust trust;
    int timeoutMs = 30000;          // no data for this long ends the request as a timeout
    bool allowInsecureHttp = false; // plain http:// to a host that is not loopback
    int maxRateLimitRetries = 3;
    int maxRetryAfterSeconds = 60;
    // 429s without headers (the concurrency limiter) are retried for this long in all: the
    // portal is answering, only asking for fewer requests at once.
    int maxConcurrencyWaitSeconds = 600;
};
