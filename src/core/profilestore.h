#pragma once

#include <QCoreApplication>

#include "portalprofile.h"

#include <QList>
#include <QString>
#include <QUuid>

#include <optional>

// The saved profiles, in QSettings (the native format of each OS) with a schema version.
// A settings file that cannot be read is moved aside, never overwritten, and the store starts
// empty with a warning the window shows. Tokens are never stored here.
class ProfileStore
{
    Q_DECLARE_TR_FUNCTIONS(ProfileStore)

public:
    static constexpr int SchemaVersion = 1;

    // Empty path: the application's native settings. A path: an INI file (tests, portable use).
    explicit ProfileStore(QString iniPath = {});

    // Reads the settings; warning() tells when they could not be read.
    void load();
    // Writes all profiles; false (with warning()) when the settings cannot be written.
    bool save();

    QList<PortalProfile> profiles() const { return m_profiles; }
    const PortalProfile *find(const QString &name) const; // case-insensitive
    const PortalProfile *find(const QUuid &id) const;

    // Adds or replaces (by id). Returns false with a sentence when invalid or the name is taken.
    bool upsert(const PortalProfile &profile, QString *error);
    bool remove(const QUuid &id);
    // A name not yet used, based on `base`: "Staging", "Staging (2)", ...
    QString uniqueName(const QString &base) const;

    QUuid lastUsed() const { return m_lastUsed; }
    void setLastUsed(const QUuid &id) { m_lastUsed = id; }

    // A sentence for the user when the settings could not be read or written; empty otherwise.
    QString warning() const { return m_warning; }
    QString location() const; // the settings file (or registry path) in use

    // Export and import as JSON, never with tokens. Import adds the profiles (renaming on name
    // clashes) and returns how many, or -1 with a sentence in *error.
    QByteArray exportJson(const QList<QUuid> &ids = {}) const;
    int importJson(const QByteArray &json, QString *error, QList<QUuid> *imported = nullptr);
    // The profiles of an export, all valid, without adding them; nullopt with a sentence in
    // *error when the file cannot be imported (one bad profile spoils the file).
    static std::optional<QList<PortalProfile>> parseExport(const QByteArray &json, QString *error);

private:
    QString m_iniPath;
    QList<PortalProfile> m_profiles;
    QUuid m_lastUsed;
    QString m_warning;
    bool m_readOnly = false; // the unreadable file could not be moved aside: never write it
};
