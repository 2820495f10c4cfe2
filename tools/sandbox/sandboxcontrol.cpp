#include "sandboxcontrol.h"

#include "sandboxanswers.h"
#include "sandboxportal.h"

#include <QJsonArray>
#include <QJsonDocument>

using SandboxAnswers::empty;
using SandboxAnswers::plainJson;

namespace {

PortalResponse badRequest(const QString &message)
{
    return plainJson(400, QJsonObject{{QStringLiteral("error"), message}});
}

// The body as a JSON object, or the 400 to answer.
std::optional<PortalResponse> bodyObject(const PortalRequest &request, QJsonObject *object)
{
    QJsonParseError parseError{};
    const QJsonDocument doc = QJsonDocument::fromJson(request.body, &parseError);
    if (!doc.isObject())
        return badRequest(QStringLiteral("body must be a JSON object: ") +
                          parseError.errorString());
    *object = doc.object();
    return std::nullopt;
}

} // namespace

PortalResponse SandboxControl::handle(const PortalRequest &request)
{
    const QString path = request.path.mid(QStringLiteral("/__sandbox").size());
    const QByteArray &method = request.method;

    if (path == QLatin1String("/info") && method == "GET")
        return plainJson(200, m_portal.info().toJson());
    if (path == QLatin1String("/faults"))
        return faults(request);
    if (path == QLatin1String("/limits"))
        return limits(request);
    if (path == QLatin1String("/portal"))
        return portalSettings(request);
    if (path == QLatin1String("/user") && method == "POST")
        return user(request);
    if (path == QLatin1String("/reset") && method == "POST")
        return reset(request);
    if (path == QLatin1String("/sweep") && method == "POST")
        return plainJson(200, QJsonObject{{QStringLiteral("swept"), m_portal.sweepExpiredKeys()}});
    if (path == QLatin1String("/stats") && method == "GET") {
        const PortalStats stats = m_portal.stats();
        return plainJson(
            200, QJsonObject{{QStringLiteral("requests"), static_cast<qint64>(stats.requests)},
                             {QStringLiteral("inFlight"), stats.inFlight},
                             {QStringLiteral("maxInFlight"), stats.maxInFlight}});
    }
    if (path == QLatin1String("/stats/reset") && method == "POST") {
        m_portal.resetStats();
        return plainJson(200, QJsonObject{{QStringLiteral("reset"), true}});
    }
    if (path == QLatin1String("/requests") && method == "GET") {
        QJsonArray array;
        for (const RequestLogEntry &entry : m_portal.requestLog())
            array.append(entry.toJson());
        return plainJson(200, QJsonObject{{QStringLiteral("requests"), array}});
    }
    return empty(404);
}

PortalResponse SandboxControl::faults(const PortalRequest &request)
{
    if (request.method == "GET")
        return plainJson(200, m_portal.faults().toJson());
    if (request.method == "DELETE") {
        m_portal.clearFaults();
        return plainJson(200, m_portal.faults().toJson());
    }
    if (request.method != "POST")
        return empty(405);
    QJsonObject object;
    if (auto refused = bodyObject(request, &object))
        return *refused;
    QString error;
    const auto faults = FaultSettings::fromJson(object, &error);
    if (!faults)
        return badRequest(error);
    m_portal.setFaults(*faults);
    return plainJson(200, m_portal.faults().toJson());
}

PortalResponse SandboxControl::limits(const PortalRequest &request)
{
    const auto current = [this] {
        QJsonObject object = m_portal.options().limits.toJson();
        object.insert(QStringLiteral("latencyMs"), m_portal.options().baseLatencyMs);
        return plainJson(200, object);
    };
    if (request.method == "GET")
        return current();
    if (request.method != "POST")
        return empty(405);
    QJsonObject object;
    if (auto refused = bodyObject(request, &object))
        return *refused;
    int latencyMs = m_portal.options().baseLatencyMs;
    if (object.contains(QStringLiteral("latencyMs"))) {
        const QJsonValue value = object.take(QStringLiteral("latencyMs"));
        latencyMs = value.toInt(-1);
        if (!value.isDouble() || latencyMs < 0 || latencyMs > 3600000)
            return badRequest(QStringLiteral("latencyMs must be 0..3600000"));
    }
    PortalLimits limits = m_portal.options().limits;
    QString error;
    if (!limits.mergeJson(object, &error))
        return badRequest(error);
    m_portal.setLimits(limits);
    m_portal.setBaseLatency(latencyMs);
    return current();
}

PortalResponse SandboxControl::portalSettings(const PortalRequest &request)
{
    if (request.method == "GET")
        return plainJson(200, m_portal.settings().toJson());
    if (request.method != "POST")
        return empty(405);
    QJsonObject object;
    if (auto refused = bodyObject(request, &object))
        return *refused;
    PortalSettings settings = m_portal.settings();
    QString error;
    if (!settings.mergeJson(object, &error))
        return badRequest(error);
    m_portal.setSettings(settings);
    return plainJson(200, settings.toJson());
}

PortalResponse SandboxControl::user(const PortalRequest &request)
{
    QJsonObject object;
    if (auto refused = bodyObject(request, &object))
        return *refused;
    const QString email = object.value(QStringLiteral("email")).toString();
    const SandboxInfo info = m_portal.info();
    const SandboxUser *user = info.userByEmail(email);
    if (!user)
        return badRequest(QStringLiteral("no user with e-mail \"%1\"").arg(email));
    const QJsonValue disabled = object.value(QStringLiteral("disabled"));
    const bool remove = object.value(QStringLiteral("remove")).toBool(false);
    if (!disabled.isBool() && !remove)
        return badRequest(QStringLiteral("body must be {\"email\", \"disabled\": bool} or "
                                         "{\"email\", \"remove\": true}"));
    if (remove) {
        m_portal.removeUser(user->id);
        return plainJson(200, QJsonObject{{QStringLiteral("removed"), email}});
    }
    m_portal.setUserDisabled(user->id, disabled.toBool());
    return plainJson(200, QJsonObject{{QStringLiteral("email"), email},
                                      {QStringLiteral("disabled"), disabled.toBool()}});
}

PortalResponse SandboxControl::reset(const PortalRequest &request)
{
    // Optional body {"seedKeys": N}: how many generated keys the new seed has.
    if (!request.body.trimmed().isEmpty()) {
        const QJsonObject object = QJsonDocument::fromJson(request.body).object();
        const QJsonValue count = object.value(QStringLiteral("seedKeys"));
        if (!count.isDouble() || count.toInt(-1) < 0 || count.toInt() > 10000000)
            return badRequest(QStringLiteral("body must be {\"seedKeys\": 0..10000000}"));
        m_portal.setSeedKeys(count.toInt());
    }
    m_portal.seed();
    return plainJson(200, QJsonObject{{QStringLiteral("reset"), true},
                                      {QStringLiteral("keys"), int(m_portal.keys().size())}});
}
