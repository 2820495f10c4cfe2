#include "keypermissions.h"

#include <algorithm>

namespace {

const QString kAll = QStringLiteral("*");
const QString kAllRead = QStringLiteral("*:read");
const QString kAllWrite = QStringLiteral("*:write");

// -1 when the name is none of the four.
int resourceIndex(const QString &name)
{
    const QString n = name.trimmed().toLower();
    if (n == QLatin1String("files"))
        return int(KeyPermissions::Resource::Files);
    if (n == QLatin1String("rooms"))
        return int(KeyPermissions::Resource::Rooms);
    if (n == QLatin1String("profile") || n == QLatin1String("accounts.self"))
        return int(KeyPermissions::Resource::Profile);
    if (n == QLatin1String("accounts"))
        return int(KeyPermissions::Resource::Accounts);
    return -1;
}

QStringList sorted(QStringList list)
{
    list.removeDuplicates();
    std::sort(list.begin(), list.end());
    return list;
}

} // namespace

KeyPermissions KeyPermissions::readOnly()
{
    KeyPermissions permissions;
    permissions.mode = Mode::ReadOnly;
    return permissions;
}

QString KeyPermissions::scopePrefix(Resource resource)
{
    switch (resource) {
    case Resource::Files:
        return QStringLiteral("files");
    case Resource::Rooms:
        return QStringLiteral("rooms");
    case Resource::Profile:
        return QStringLiteral("accounts.self");
    case Resource::Accounts:
        break;
    }
    return QStringLiteral("accounts");
}

QString KeyPermissions::resourceText(Resource resource)
{
    switch (resource) {
    case Resource::Files:
        return tr("Files");
    case Resource::Rooms:
        return tr("Rooms");
    case Resource::Profile:
        return tr("Profile");
    case Resource::Accounts:
        break;
    }
    return tr("Accounts");
}

QStringList KeyPermissions::toScopes() const
{
    switch (mode) {
    case Mode::All:
        return {kAll};
    case Mode::ReadOnly:
        return {kAllRead};
    case Mode::Restricted:
        break;
    }
    QStringList scopes;
    for (const Resource resource : Resources) {
        const Access a = accessTo(resource);
        if (a == Access::None)
            continue;
        scopes << scopePrefix(resource) + QLatin1String(":read");
        if (a == Access::Write)
            scopes << scopePrefix(resource) + QLatin1String(":write");
    }
    for (const QString &extra : extraScopes) {
        if (!scopes.contains(extra))
            scopes << extra;
    }
    return scopes;
}

KeyPermissions KeyPermissions::fromScopes(const QStringList &scopes)
{
    KeyPermissions permissions;
    if (scopes.isEmpty() || scopes.contains(kAll))
        return permissions;
    if (sorted(scopes) == QStringList{kAllRead})
        return readOnly();
    permissions.mode = Mode::Restricted;
    for (const QString &scope : scopes) {
        const qsizetype colon = scope.lastIndexOf(QLatin1Char(':'));
        const int index = colon > 0 ? resourceIndex(scope.left(colon)) : -1;
        const QString level = colon > 0 ? scope.mid(colon + 1) : QString();
        if (index < 0 || (level != QLatin1String("read") && level != QLatin1String("write"))) {
            if (!permissions.extraScopes.contains(scope))
                permissions.extraScopes << scope;
            continue;
        }
        const Access wanted = level == QLatin1String("write") ? Access::Write : Access::Read;
        const Resource resource = Resource(index);
        if (wanted > permissions.accessTo(resource))
            permissions.setAccess(resource, wanted);
    }
    return permissions;
}

bool KeyPermissions::isEmptyRestriction() const
{
    return mode == Mode::Restricted && toScopes().isEmpty();
}

QString KeyPermissions::checkOffered(const QStringList &offered) const
{
    if (offered.isEmpty())
        return {};
    QStringList unknown;
    for (const QString &scope : toScopes()) {
        if (!offered.contains(scope))
            unknown << scope;
    }
    if (unknown.isEmpty())
        return {};
    return tr("This portal does not offer the permission(s) %1 (it offers: %2).", nullptr,
              int(unknown.size()))
        .arg(unknown.join(QLatin1String(", ")), offered.join(QLatin1String(", ")));
}

QString KeyPermissions::modeText(Mode mode)
{
    switch (mode) {
    case Mode::All:
        return tr("All");
    case Mode::ReadOnly:
        return tr("Read only");
    case Mode::Restricted:
        break;
    }
    return tr("Restricted");
}

QString KeyPermissions::modeText() const
{
    return modeText(mode);
}

QString KeyPermissions::description() const
{
    switch (mode) {
    case Mode::All:
        return tr("All: every resource, read and write.");
    case Mode::ReadOnly:
        return tr("Read only: every resource, read (scope *:read).");
    case Mode::Restricted:
        break;
    }
    QStringList parts;
    for (const Resource resource : Resources) {
        const Access a = accessTo(resource);
        if (a == Access::Read)
            parts << tr("%1: read").arg(resourceText(resource));
        else if (a == Access::Write)
            parts << tr("%1: read and write").arg(resourceText(resource));
    }
    for (const QString &extra : extraScopes) {
        if (extra == kAllRead)
            parts << tr("every resource: read");
        else if (extra == kAllWrite)
            parts << tr("every resource: write");
        else
            parts << extra;
    }
    if (parts.isEmpty())
        return tr("Restricted: nothing chosen.");
    return tr("Restricted: %1 (scopes %2).")
        .arg(parts.join(QLatin1String("; ")), toScopes().join(QLatin1String(", ")));
}

std::optional<KeyPermissions> KeyPermissions::parse(const QString &text, QString *error)
{
    const QString trimmed = text.trimmed().toLower();
    if (trimmed == QLatin1String("all") || trimmed == kAll)
        return all();
    if (trimmed == QLatin1String("read-only") || trimmed == QLatin1String("readonly") ||
        trimmed == kAllRead)
        return readOnly();
    KeyPermissions permissions;
    permissions.mode = Mode::Restricted;
    const QStringList items = trimmed.split(QLatin1Char(','), Qt::SkipEmptyParts);
    for (const QString &raw : items) {
        const QString item = raw.trimmed();
        const qsizetype colon = item.lastIndexOf(QLatin1Char(':'));
        const QString level = colon > 0 ? item.mid(colon + 1) : QString();
        const int index = colon > 0 ? resourceIndex(item.left(colon)) : -1;
        if (item == kAllWrite) {
            if (!permissions.extraScopes.contains(item))
                permissions.extraScopes << item;
            continue;
        }
        if (index < 0 || (level != QLatin1String("read") && level != QLatin1String("write"))) {
            *error = tr("Invalid permission \"%1\": give all, read-only, or a comma-separated "
                        "list of files, rooms, profile or accounts, each with :read or :write "
                        "(e.g. files:write,rooms:read).")
                         .arg(item);
            return std::nullopt;
        }
        const Access wanted = level == QLatin1String("write") ? Access::Write : Access::Read;
        const Resource resource = Resource(index);
        if (wanted > permissions.accessTo(resource))
            permissions.setAccess(resource, wanted);
    }
    if (permissions.isEmptyRestriction()) {
        *error = tr("No permission given: a key restricted to nothing would get every "
                    "permission. Give all, read-only, or e.g. files:read.");
        return std::nullopt;
    }
    return permissions;
}

QString KeyPermissions::toText() const
{
    switch (mode) {
    case Mode::All:
        return QStringLiteral("all");
    case Mode::ReadOnly:
        return QStringLiteral("read-only");
    case Mode::Restricted:
        break;
    }
    QStringList items;
    for (const Resource resource : Resources) {
        const Access a = accessTo(resource);
        if (a == Access::None)
            continue;
        const QString name =
            resource == Resource::Profile ? QStringLiteral("profile") : scopePrefix(resource);
        items << name + (a == Access::Write ? QLatin1String(":write") : QLatin1String(":read"));
    }
    items += extraScopes;
    return items.join(QLatin1Char(','));
}

bool KeyPermissions::operator==(const KeyPermissions &other) const
{
    return mode == other.mode && sorted(toScopes()) == sorted(other.toScopes());
}
