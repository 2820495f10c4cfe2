#include "portalprofile.h"

#include <QCoreApplication>

namespace {
const QLatin1String kName("name");
const QLatin1String kPortal("portal");
const QLatin1String kScheme("authScheme");
const QLatin1String kAllowHttp("allowInsecureHttp");
const QLatin1String kPinned("pinnedSha256");
const QLatin1String kCaFile("caFile");
const QLatin1String kTimeout("timeoutSeconds");
} // namespace

QString PortalProfile::validate() const
{
    const QString trimmed = name.trimmed();
    if (trimmed.isEmpty())
        return tr("Give the profile a name, for example \"Production\".");
    if (trimmed.size() > MaxNameLength)
        return tr("The profile name is too long (at most %1 characters).").arg(MaxNameLength);
    const PortalAddress address = PortalAddress::parse(portal);
    if (!address.isValid())
        return address.errorString();
    if (timeoutSeconds < 1 || timeoutSeconds > 3600)
        return tr("The timeout must be between 1 and 3600 seconds.");
    if (!pinnedSha256.trimmed().isEmpty() && TlsTrust::parseFingerprint(pinnedSha256).isEmpty())
        return tr("The trusted certificate fingerprint must be a SHA-256 digest: 64 hexadecimal "
                  "digits, with or without colons.");
    return {};
}

bool PortalProfile::toConnectionSettings(const QString &token, ConnectionSettings *settings,
                                         QString *error) const
{
    const QString problem = validate();
    if (!problem.isEmpty()) {
        *error = problem;
        return false;
    }
    ConnectionSettings s;
    s.portal = PortalAddress::parse(portal);
    s.token = token;
    s.scheme = scheme;
    s.allowInsecureHttp = allowInsecureHttp;
    s.timeoutMs = timeoutSeconds * 1000;
    if (!pinnedSha256.trimmed().isEmpty() && !s.trust.addPinnedFingerprint(pinnedSha256, error))
        return false;
    if (!caFile.trimmed().isEmpty() && !s.trust.addCaFile(caFile.trimmed(), error))
        return false;
    *settings = s;
    return true;
}

QJsonObject PortalProfile::toJson() const
{
    QJsonObject object{{kName, name.trimmed()},
                       {kPortal, portal.trimmed()},
                       {kScheme, Auth::schemeName(scheme)},
                       {kTimeout, timeoutSeconds}};
    if (allowInsecureHttp)
        object.insert(kAllowHttp, true);
    if (!pinnedSha256.trimmed().isEmpty())
        object.insert(kPinned, pinnedSha256.trimmed());
    if (!caFile.trimmed().isEmpty())
        object.insert(kCaFile, caFile.trimmed());
    return object;
}

std::optional<PortalProfile> PortalProfile::fromJson(const QJsonObject &object, QString *error)
{
    PortalProfile profile;
    profile.id = QUuid::createUuid();
    profile.name = object.value(kName).toString().trimmed();
    profile.portal = object.value(kPortal).toString().trimmed();
    if (object.contains(kScheme) &&
        !Auth::parseSchemeName(object.value(kScheme).toString(), &profile.scheme)) {
        *error = tr("Profile \"%1\": unknown auth scheme \"%2\".")
                     .arg(profile.name, object.value(kScheme).toString());
        return std::nullopt;
    }
    profile.allowInsecureHttp = object.value(kAllowHttp).toBool(false);
    profile.pinnedSha256 = object.value(kPinned).toString();
    profile.caFile = object.value(kCaFile).toString();
    profile.timeoutSeconds = object.value(kTimeout).toInt(30);
    const QString problem = profile.validate();
    if (!problem.isEmpty()) {
        *error =
            profile.name.isEmpty() ? problem : tr("Profile \"%1\": %2").arg(profile.name, problem);
        return std::nullopt;
    }
    return profile;
}

bool PortalProfile::operator==(const PortalProfile &o) const
{
    return id == o.id && name == o.name && portal == o.portal && scheme == o.scheme &&
           allowInsecureHttp == o.allowInsecureHttp && pinnedSha256 == o.pinnedSha256 &&
           caFile == o.caFile && timeoutSeconds == o.timeoutSeconds;
}
