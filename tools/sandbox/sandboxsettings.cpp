#include "sandboxsettings.h"

#include <QJsonDocument>
#include <QRegularExpression>
#include <QStringList>

#include <climits>
#include <utility>

// ---- FaultSettings ---------------------------------------------------------------------------

bool FaultSettings::isEmpty() const
{
    return latencyMs <= 0 && status == 0 && !truncate && !drop && slowBodyMs <= 0 &&
           rateLimitRetryAfter < 0 && redirectLocation.isEmpty();
}

QJsonObject FaultSettings::toJson() const
{
    QJsonObject object;
    if (latencyMs > 0)
        object.insert(QStringLiteral("latencyMs"), latencyMs);
    if (status != 0)
        object.insert(QStringLiteral("status"), status);
    if (truncate)
        object.insert(QStringLiteral("truncate"), true);
    if (drop)
        object.insert(QStringLiteral("drop"), true);
    if (slowBodyMs > 0)
        object.insert(QStringLiteral("slowBodyMs"), slowBodyMs);
    if (plainNginxPage)
        object.insert(QStringLiteral("page"), QStringLiteral("nginx"));
    if (rateLimitRetryAfter >= 0)
        object.insert(QStringLiteral("rateLimit"),
                      QJsonObject{{QStringLiteral("retryAfter"), rateLimitRetryAfter}});
    if (!redirectLocation.isEmpty())
        object.insert(QStringLiteral("redirect"),
                      QJsonObject{{QStringLiteral("location"), redirectLocation},
                                  {QStringLiteral("status"), redirectStatus}});
    object.insert(QStringLiteral("count"), count);
    return object;
}

std::optional<FaultSettings> FaultSettings::fromJson(const QJsonObject &object, QString *error)
{
    static const QStringList known = {
        QStringLiteral("latencyMs"), QStringLiteral("status"),     QStringLiteral("truncate"),
        QStringLiteral("drop"),      QStringLiteral("slowBodyMs"), QStringLiteral("rateLimit"),
        QStringLiteral("redirect"),  QStringLiteral("count"),      QStringLiteral("page")};
    for (auto it = object.begin(); it != object.end(); ++it) {
        if (!known.contains(it.key())) {
            if (error)
                *error = QStringLiteral("unknown fault field \"%1\"").arg(it.key());
            return std::nullopt;
        }
    }
    FaultSettings faults;
    faults.latencyMs = object.value(QStringLiteral("latencyMs")).toInt(0);
    faults.status = object.value(QStringLiteral("status")).toInt(0);
    faults.truncate = object.value(QStringLiteral("truncate")).toBool(false);
    faults.drop = object.value(QStringLiteral("drop")).toBool(false);
    faults.slowBodyMs = object.value(QStringLiteral("slowBodyMs")).toInt(0);
    faults.count = object.value(QStringLiteral("count")).toInt(-1);
    const QString page = object.value(QStringLiteral("page")).toString();
    if (!page.isEmpty() && page != QLatin1String("nginx") && page != QLatin1String("docspace")) {
        if (error)
            *error = QStringLiteral("page must be \"docspace\" (custom_50x.html) or \"nginx\"");
        return std::nullopt;
    }
    faults.plainNginxPage = page == QLatin1String("nginx");
    const QJsonValue rateLimit = object.value(QStringLiteral("rateLimit"));
    if (rateLimit.isObject())
        faults.rateLimitRetryAfter =
            rateLimit.toObject().value(QStringLiteral("retryAfter")).toInt(1);
    else if (rateLimit.toBool(false))
        faults.rateLimitRetryAfter = 1;
    const QJsonObject redirect = object.value(QStringLiteral("redirect")).toObject();
    faults.redirectLocation = redirect.value(QStringLiteral("location")).toString();
    faults.redirectStatus = redirect.value(QStringLiteral("status")).toInt(307);
    if (faults.status != 0 && (faults.status < 100 || faults.status > 599)) {
        if (error)
            *error = QStringLiteral("status must be an HTTP status code");
        return std::nullopt;
    }
    if (!faults.redirectLocation.isEmpty() &&
        (faults.redirectStatus < 300 || faults.redirectStatus > 399)) {
        if (error)
            *error = QStringLiteral("redirect.status must be 3xx");
        return std::nullopt;
    }
    if (faults.count < -1)
        faults.count = -1;
    return faults;
}

std::optional<FaultSettings> FaultSettings::fromString(const QString &text, QString *error)
{
    const QString trimmed = text.trimmed();
    if (trimmed.startsWith(QLatin1Char('{'))) {
        QJsonParseError parseError{};
        const QJsonDocument doc = QJsonDocument::fromJson(trimmed.toUtf8(), &parseError);
        if (!doc.isObject()) {
            if (error)
                *error = parseError.errorString();
            return std::nullopt;
        }
        return fromJson(doc.object(), error);
    }
    QJsonObject object;
    QJsonObject redirect;
    for (const QString &part : trimmed.split(QLatin1Char(','), Qt::SkipEmptyParts)) {
        const int eq = part.indexOf(QLatin1Char('='));
        const QString name = (eq < 0 ? part : part.left(eq)).trimmed();
        const QString value = eq < 0 ? QString() : part.mid(eq + 1).trimmed();
        if (name == QLatin1String("truncate") || name == QLatin1String("drop"))
            object.insert(name, value.isEmpty() || value == QLatin1String("true"));
        else if (name == QLatin1String("retryAfter") || name == QLatin1String("rateLimit"))
            object.insert(QStringLiteral("rateLimit"),
                          QJsonObject{{QStringLiteral("retryAfter"), value.toInt()}});
        else if (name == QLatin1String("redirect"))
            redirect.insert(QStringLiteral("location"), value);
        else if (name == QLatin1String("redirectStatus"))
            redirect.insert(QStringLiteral("status"), value.toInt());
        else if (name == QLatin1String("page"))
            object.insert(name, value);
        else
            object.insert(name, value.toInt());
    }
    if (!redirect.isEmpty())
        object.insert(QStringLiteral("redirect"), redirect);
    return fromJson(object, error);
}

// ---- PortalLimits ------------------------------------------------------------------------------

QJsonObject PortalLimits::toJson() const
{
    return QJsonObject{{QStringLiteral("requestsPerMinute"), requestsPerMinute},
                       {QStringLiteral("concurrentGets"), concurrentGets},
                       {QStringLiteral("concurrentWrites"), concurrentWrites},
                       {QStringLiteral("keyCreations"), keyCreations},
                       {QStringLiteral("keyCreationWindowSeconds"), keyCreationWindowSeconds},
                       {QStringLiteral("dailyWrites"), dailyWrites}};
}

bool PortalLimits::mergeJson(const QJsonObject &object, QString *error)
{
    PortalLimits merged = *this;
    const std::pair<const char *, int *> fields[] = {
        {"requestsPerMinute", &merged.requestsPerMinute},
        {"concurrentGets", &merged.concurrentGets},
        {"concurrentWrites", &merged.concurrentWrites},
        {"keyCreations", &merged.keyCreations},
        {"keyCreationWindowSeconds", &merged.keyCreationWindowSeconds},
        {"dailyWrites", &merged.dailyWrites}};
    for (auto it = object.begin(); it != object.end(); ++it) {
        int *target = nullptr;
        for (const auto &field : fields) {
            if (it.key() == QLatin1String(field.first))
                target = field.second;
        }
        if (!target) {
            if (error)
                *error = QStringLiteral("unknown limit \"%1\"").arg(it.key());
            return false;
        }
        const double value = it.value().toDouble(-1);
        if (!it.value().isDouble() || value < 0 || value > INT_MAX ||
            value != static_cast<double>(static_cast<int>(value))) {
            if (error)
                *error = QStringLiteral("%1 must be a non-negative integer").arg(it.key());
            return false;
        }
        *target = static_cast<int>(value);
    }
    *this = merged;
    return true;
}

// ---- PortalState, DocSpaceVersion, PortalSettings -----------------------------------------------

QString portalStateName(PortalState state)
{
    switch (state) {
    case PortalState::Normal:
        return QStringLiteral("normal");
    case PortalState::Unpaid:
        return QStringLiteral("unpaid");
    case PortalState::Suspended:
        return QStringLiteral("suspended");
    case PortalState::Transferring:
        return QStringLiteral("transferring");
    case PortalState::IpRestricted:
        return QStringLiteral("ipRestricted");
    }
    return QStringLiteral("normal");
}

std::optional<PortalState> portalStateFromName(const QString &name)
{
    for (PortalState state : {PortalState::Normal, PortalState::Unpaid, PortalState::Suspended,
                              PortalState::Transferring, PortalState::IpRestricted}) {
        if (name.compare(portalStateName(state), Qt::CaseInsensitive) == 0)
            return state;
    }
    return std::nullopt;
}

std::optional<DocSpaceVersion> DocSpaceVersion::parse(const QString &text)
{
    static const QRegularExpression pattern(
        QStringLiteral("^(\\d{1,3})\\.(\\d{1,3})(?:\\.(\\d{1,3})(?:\\.(\\d{1,6}))?)?$"));
    const QRegularExpressionMatch match = pattern.match(text.trimmed());
    if (!match.hasMatch())
        return std::nullopt;
    DocSpaceVersion version;
    version.major = match.captured(1).toInt();
    version.minor = match.captured(2).toInt();
    if (match.hasCaptured(3) && !match.captured(3).isEmpty()) {
        version.patch = match.captured(3).toInt();
    } else if (version.major == 3 && version.minor == 6) {
        version.patch = 1; // the last 3.6 release
    } else if (version.major == 3 && version.minor == 7) {
        version.patch = 2;
    } else {
        version.patch = 0;
    }
    version.build = match.hasCaptured(4) && !match.captured(4).isEmpty()
                        ? match.captured(4).toInt()
                        : 1000 + version.minor * 100 + version.patch * 10;
    if (!version.atLeast(3, 1, 0))
        return std::nullopt; // API keys appeared in DocSpace 3.1.0
    return version;
}

QString DocSpaceVersion::toString() const
{
    return QStringLiteral("%1.%2.%3.%4").arg(major).arg(minor).arg(patch).arg(build);
}

bool DocSpaceVersion::atLeast(int wantMajor, int wantMinor, int wantPatch) const
{
    if (major != wantMajor)
        return major > wantMajor;
    if (minor != wantMinor)
        return minor > wantMinor;
    return patch >= wantPatch;
}

QJsonObject PortalSettings::toJson() const
{
    return QJsonObject{{QStringLiteral("state"), portalStateName(state)},
                       {QStringLiteral("developerToolsAdminsOnly"), developerToolsAdminsOnly},
                       {QStringLiteral("version"), version.toString()}};
}

bool PortalSettings::mergeJson(const QJsonObject &object, QString *error)
{
    const auto fail = [error](const QString &message) {
        if (error)
            *error = message;
        return false;
    };
    PortalSettings merged = *this;
    for (auto it = object.begin(); it != object.end(); ++it) {
        if (it.key() == QLatin1String("state")) {
            const auto parsed = portalStateFromName(it.value().toString());
            if (!parsed)
                return fail(QStringLiteral("state must be normal, unpaid, suspended, "
                                           "transferring or ipRestricted"));
            merged.state = *parsed;
        } else if (it.key() == QLatin1String("developerToolsAdminsOnly")) {
            if (!it.value().isBool())
                return fail(QStringLiteral("developerToolsAdminsOnly must be true or false"));
            merged.developerToolsAdminsOnly = it.value().toBool();
        } else if (it.key() == QLatin1String("version")) {
            const auto parsed = DocSpaceVersion::parse(it.value().toString());
            if (!parsed)
                return fail(QStringLiteral("version must look like 3.6, 3.7 or 3.6.1 (3.1.0 or "
                                           "later)"));
            merged.version = *parsed;
        } else {
            return fail(QStringLiteral("unknown portal setting \"%1\"").arg(it.key()));
        }
    }
    *this = std::move(merged);
    return true;
}
