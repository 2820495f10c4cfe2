#include "apikey.h"

#include "htmlentities.h"

#include <QRegularExpression>

QDateTime parseDocSpaceDate(const QString &text)
{
    if (text.isEmpty())
        return {};
    QDateTime date = QDateTime::fromString(text, Qt::ISODateWithMs);
    if (!date.isValid()) {
        // Qt reads at most three fractional digits; DocSpace writes seven.
        static const QRegularExpression extraDigits(QStringLiteral("(\\.\\d{3})\\d+"));
        QString trimmed = text;
        trimmed.replace(extraDigits, QStringLiteral("\\1"));
        date = QDateTime::fromString(trimmed, Qt::ISODateWithMs);
    }
    return date;
}

ApiKey::State ApiKey::stateAt(const QDateTime &now) const
{
    if (isExpiredAt(now))
        return State::Expired;
    return isActive ? State::Active : State::Deactivated;
}

bool ApiKey::isUnrestricted() const
{
    return permissions.isEmpty() || permissions.contains(QLatin1String("*"));
}

bool ApiKey::canWrite() const
{
    return isUnrestricted() || permissions.contains(QLatin1String("*:write"));
}

std::optional<ApiKey> ApiKey::fromJson(const QJsonObject &object)
{
    ApiKey key;
    key.id = object.value(QLatin1String("id")).toString().toLower();
    if (key.id.isEmpty())
        return std::nullopt;
    key.name = object.value(QLatin1String("name")).toString();
    key.keyPostfix = object.value(QLatin1String("keyPostfix")).toString();
    if (key.keyPostfix.isEmpty()) {
        const QString masked = object.value(QLatin1String("key")).toString();
        key.keyPostfix = masked.right(4);
    }
    const QJsonArray permissions = object.value(QLatin1String("permissions")).toArray();
    key.permissions.reserve(permissions.size());
    for (const QJsonValue &permission : permissions)
        key.permissions << permission.toString();
    key.createOn = parseDocSpaceDate(object.value(QLatin1String("createOn")).toString());
    key.lastUsed = parseDocSpaceDate(object.value(QLatin1String("lastUsed")).toString());
    key.expiresAt = parseDocSpaceDate(object.value(QLatin1String("expiresAt")).toString());
    key.isActive = object.value(QLatin1String("isActive")).toBool(true);
    const QJsonObject creator = object.value(QLatin1String("createBy")).toObject();
    key.createdById = creator.value(QLatin1String("id")).toString();
    // The portal HTML-encodes display names (never key names): decoded here, once.
    key.createdByName =
        HtmlEntities::decode(creator.value(QLatin1String("displayName")).toString());
    return key;
}

QString ApiKey::stateName(State state)
{
    switch (state) {
    case State::Expired:
        return QStringLiteral("expired");
    case State::Deactivated:
        return QStringLiteral("deactivated");
    case State::Active:
        break;
    }
    return QStringLiteral("active");
}

QJsonObject ApiKey::toJson(const QDateTime &now) const
{
    const auto date = [](const QDateTime &d) {
        return d.isValid() ? QJsonValue(d.toString(Qt::ISODate)) : QJsonValue();
    };
    return QJsonObject{
        {QStringLiteral("id"), id},
        {QStringLiteral("name"), name},
        {QStringLiteral("keyPostfix"), keyPostfix},
        {QStringLiteral("permissions"), QJsonArray::fromStringList(permissions)},
        {QStringLiteral("createOn"), date(createOn)},
        {QStringLiteral("createBy"), createdByName},
        {QStringLiteral("createById"), createdById},
        {QStringLiteral("lastUsed"), date(lastUsed)},
        {QStringLiteral("expiresAt"), date(expiresAt)},
        {QStringLiteral("isActive"), isActive},
        {QStringLiteral("state"), stateName(stateAt(now))},
    };
}

QList<ApiKey> ApiKey::listFromJson(const QJsonArray &array)
{
    QList<ApiKey> keys;
    keys.reserve(array.size());
    for (const QJsonValue &value : array) {
        if (std::optional<ApiKey> key = fromJson(value.toObject()))
            keys.append(std::move(*key));
    }
    return keys;
}

QDateTime ApiKey::idleSince() const
{
    return lastUsed.isValid() ? lastUsed : createOn;
}

bool ApiKey::isUnusedFor(int days, const QDateTime &now) const
{
    const QDateTime since = idleSince();
    return !since.isValid() || since.secsTo(now) >= qint64(days) * 86400;
}

QString KeyUsage::unusedRule()
{
    return tr("Not used in the last N days, counted from the last use, or from the creation for "
              "a key never used: a key created less than N days ago is not unused yet.");
}

QString KeyUsage::unusedTitle(int days)
{
    return tr("Not used in the last %n day(s)", nullptr, days);
}

bool KeyFilter::isEmpty() const
{
    return text.trimmed().isEmpty() && !expired && !deactivated && !neverUsed && unusedDays < 0 &&
           createdById.isEmpty();
}

bool KeyFilter::matches(const ApiKey &key, const QDateTime &now) const
{
    if (expired && !key.isExpiredAt(now))
        return false;
    if (deactivated && key.isActive)
        return false;
    if (neverUsed && key.lastUsed.isValid())
        return false;
    if (unusedDays >= 0 && !key.isUnusedFor(unusedDays, now))
        return false;
    if (!createdById.isEmpty() && key.createdById.compare(createdById, Qt::CaseInsensitive) != 0)
        return false;
    const QString needle = text.trimmed();
    if (needle.isEmpty())
        return true;
    return key.name.contains(needle, Qt::CaseInsensitive) ||
           key.createdByName.contains(needle, Qt::CaseInsensitive) ||
           key.keyPostfix.contains(needle, Qt::CaseInsensitive) ||
           key.id.contains(needle, Qt::CaseInsensitive);
}
