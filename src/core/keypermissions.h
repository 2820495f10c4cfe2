#pragma once

#include <QCoreApplication>

#include <QList>
#include <QString>
#include <QStringList>

#include <array>
#include <optional>

// A key's permissions as the portal's Developer Tools page offers them: All, Read only, or
// Restricted with read or write per Files, Rooms, Profile and Accounts. Maps both ways between
// that choice and the scopes of GET /api/2.0/keys/permissions.
struct KeyPermissions
{
    Q_DECLARE_TR_FUNCTIONS(KeyPermissions)

public:
    enum class Mode
    {
        All,
        ReadOnly,
        Restricted
    };
    enum class Resource
    {
        Files,
        Rooms,
        Profile, // accounts.self:*
        Accounts,
    };
    enum class Access
    {
        None,
        Read,
        Write, // write includes read, as on the portal's page
    };
    static constexpr int ResourceCount = 4;
    static constexpr std::array<Resource, ResourceCount> Resources{
        Resource::Files, Resource::Rooms, Resource::Profile, Resource::Accounts};

    Mode mode = Mode::All;
    std::array<Access, ResourceCount> access{Access::None, Access::None, Access::None,
                                             Access::None};
    // Scopes that fit none of the above (e.g. "*:write" alone): kept as they are.
    QStringList extraScopes;

    Access accessTo(Resource resource) const { return access.at(std::size_t(resource)); }
    void setAccess(Resource resource, Access a) { access[std::size_t(resource)] = a; }

    static KeyPermissions all() { return {}; }
    static KeyPermissions readOnly();

    // The scopes to send in POST or PUT: ["*"] for All (PUT needs it to widen a key: an empty
    // list leaves a key unchanged), ["*:read"] for Read only, the resource scopes otherwise.
    QStringList toScopes() const;
    // A key's stored scopes ([] or null or ["*"] mean All), as the portal's page reads them.
    static KeyPermissions fromScopes(const QStringList &scopes);

    // Restricted with nothing ticked: the portal would store [] and the key would get every
    // permission, the opposite of what was meant.
    bool isEmptyRestriction() const;
    // Empty when every scope toScopes() gives is among `offered` (GET /keys/permissions);
    // otherwise a sentence naming the ones this portal does not know.
    QString checkOffered(const QStringList &offered) const;

    // "All", "Read only", "Restricted".
    QString modeText() const;
    static QString modeText(Mode mode);
    // For a tooltip or details: "Files: read and write; Rooms: read" and the scopes themselves.
    QString description() const;
    static QString resourceText(Resource resource);
    static QString scopePrefix(Resource resource); // "files", "rooms", "accounts.self", "accounts"

    // The CLI's --permissions: "all", "read-only", or a comma list of RESOURCE:read|write
    // (files, rooms, profile, accounts) or portal scopes ("files:read", "accounts.self:write").
    static std::optional<KeyPermissions> parse(const QString &text, QString *error);
    // The reverse of parse(), for --json and for rotation plans.
    QString toText() const;

    bool operator==(const KeyPermissions &other) const;
    bool operator!=(const KeyPermissions &other) const { return !(*this == other); }
};
