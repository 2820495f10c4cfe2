#pragma once

#include "sandboxtypes.h"

class SandboxPortal;

// The control path, /__sandbox/... (loopback peers only; SandboxPortal checks that): info,
// faults, limits, portal state and version, users, reset, sweep, statistics and the request log.
// Never faulted, rate limited or counted. See tools/sandbox/README.md for every route.
class SandboxControl
{
public:
    explicit SandboxControl(SandboxPortal &portal)
        : m_portal(portal)
    {}

    PortalResponse handle(const PortalRequest &request);

private:
    PortalResponse faults(const PortalRequest &request);
    PortalResponse limits(const PortalRequest &request);
    PortalResponse portalSettings(const PortalRequest &request);
    PortalResponse user(const PortalRequest &request);
    PortalResponse reset(const PortalRequest &request);

    SandboxPortal &m_portal;
};
