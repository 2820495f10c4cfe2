#include "sandboxdemo.h"

#include "profilestore.h"
#include "secretstore.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSet>

bool SandboxDemo::load(const QString &path, SandboxDemo *demo, QString *error)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        *error = tr("Cannot read the sandbox info file %1: %2. Start docspace-sandbox with "
                    "--info-file and pass the same path.")
                     .arg(path, file.errorString());
        return false;
    }
    return fromJson(file.readAll(), demo, error);
}

bool SandboxDemo::fromJson(const QByteArray &json, SandboxDemo *demo, QString *error)
{
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(json, &parseError);
    if (!document.isObject()) {
        *error = tr("The sandbox info file is not valid JSON (%1).").arg(parseError.errorString());
        return false;
    }
    const QJsonObject info = document.object();

    SandboxDemo result;
    result.portal = info.value(QLatin1String("httpsUrl")).toString();
    if (!result.portal.isEmpty())
        result.certificateSha256 = info.value(QLatin1String("certificateSha256")).toString();
    else
        result.portal = info.value(QLatin1String("httpUrl")).toString();
    if (result.portal.isEmpty()) {
        *error = tr("The sandbox info file names no portal address (httpsUrl or httpUrl).");
        return false;
    }

    QSet<QString> owners;
    for (const QJsonValue &value : info.value(QLatin1String("users")).toArray()) {
        const QJsonObject user = value.toObject();
        if (user.value(QLatin1String("role"))
                .toString()
                .compare(QLatin1String("owner"), Qt::CaseInsensitive) == 0) {
            owners << user.value(QLatin1String("id")).toString()
                   << user.value(QLatin1String("email")).toString();
        }
    }

    const QJsonArray keys = info.value(QLatin1String("keys")).toArray();
    QJsonObject adminKey;
    for (const QJsonValue &value : keys) {
        const QJsonObject key = value.toObject();
        if (key.value(QLatin1String("name")).toString() != QLatin1String("Admin console"))
            continue;
        if (adminKey.isEmpty() || owners.contains(key.value(QLatin1String("owner")).toString()))
            adminKey = key;
    }
    if (adminKey.isEmpty()) {
        *error = tr("The sandbox info file has no \"Admin console\" key to sign in with.");
        return false;
    }
    result.token = adminKey.value(QLatin1String("secret")).toString();
    const QString owner = adminKey.value(QLatin1String("owner")).toString();
    const QString adminId = adminKey.value(QLatin1String("id")).toString();

    // Prefer the well-known demo key; otherwise any other active key of the same owner.
    QJsonObject target;
    for (const QJsonValue &value : keys) {
        const QJsonObject key = value.toObject();
        if (key.value(QLatin1String("owner")).toString() != owner ||
            key.value(QLatin1String("id")).toString() == adminId ||
            !key.value(QLatin1String("isActive")).toBool(true))
            continue;
        if (key.value(QLatin1String("name")).toString() == QLatin1String("Zapier integration")) {
            target = key;
            break;
        }
        if (target.isEmpty())
            target = key;
    }
    if (target.isEmpty()) {
        *error = tr("The sandbox info file has no other key of the owner to revoke.");
        return false;
    }
    result.keyId = target.value(QLatin1String("id")).toString();
    result.keyName = target.value(QLatin1String("name")).toString();
    *demo = result;
    return true;
}

bool SandboxDemo::install(ProfileStore *profiles, SecretStore *secrets, PortalProfile *installed,
                          QString *error) const
{
    PortalProfile profile;
    profile.id = QUuid::createUuid();
    profile.name = profiles->uniqueName(tr("Sandbox portal (demo)"));
    profile.portal = portal;
    profile.scheme = AuthScheme::Auto;
    profile.pinnedSha256 = certificateSha256;
    if (!profiles->upsert(profile, error))
        return false;
    profiles->setLastUsed(profile.id);
    profiles->save();
    const QString secret = token;
    const SecretStore::Result written =
        waitFor([secrets, &profile, &secret](QObject *context, SecretStore::Callback done) {
            secrets->write(profile.secretKey(), secret, context, std::move(done));
        });
    if (written.status != SecretStore::Status::Ok) {
        *error = tr("The demo token could not be stored: %1").arg(written.error);
        return false;
    }
    if (installed)
        *installed = profile;
    return true;
}
