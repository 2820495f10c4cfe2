#include "profilestore.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QSettings>

#include <algorithm>
#include <memory>

namespace {
// One settings location for the GUI and the CLI alike, whatever each calls itself.
const QString kOrganisation = QStringLiteral("DocSpaceKeys");
const QString kApplication = QStringLiteral("docspace-keys");
const QString kSchema = QStringLiteral("schemaVersion");
const QString kLastProfile = QStringLiteral("lastProfile");
const QString kProfiles = QStringLiteral("profiles");
const QString kExportFormat = QStringLiteral("docspace-keys-profiles");
} // namespace

ProfileStore::ProfileStore(QString iniPath)
    : m_iniPath(std::move(iniPath))
{}

static std::unique_ptr<QSettings> openSettings(const QString &iniPath)
{
    if (!iniPath.isEmpty())
        return std::make_unique<QSettings>(iniPath, QSettings::IniFormat);
    return std::make_unique<QSettings>(QSettings::NativeFormat, QSettings::UserScope, kOrganisation,
                                       kApplication);
}

QString ProfileStore::location() const
{
    return openSettings(m_iniPath)->fileName();
}

void ProfileStore::load()
{
    m_profiles.clear();
    m_lastUsed = QUuid();
    m_warning.clear();
    m_readOnly = false;

    auto settings = openSettings(m_iniPath);
    const QString file = settings->fileName();
    QString problem;
    if (settings->status() == QSettings::AccessError)
        problem = tr("it cannot be read");
    else if (settings->status() == QSettings::FormatError)
        problem = tr("it is damaged");
    else if (settings->value(kSchema, 0).toInt() > SchemaVersion)
        problem = tr("it was written by a newer version of DocSpace Keys");

    if (!problem.isEmpty()) {
        settings.reset();
        // Keep the file for the user to inspect or restore; never write over it.
        const QString aside =
            file + QStringLiteral(".unreadable-") +
            QDateTime::currentDateTimeUtc().toString(QStringLiteral("yyyyMMdd-HHmmss"));
        if (QFileInfo(file).isFile() && QFile::rename(file, aside)) {
            m_warning = tr("Your saved profiles could not be loaded: %1. The file was kept as %2, "
                           "and DocSpace Keys starts without profiles.")
                            .arg(problem, aside);
        } else {
            m_readOnly = true;
            m_warning = tr("Your saved profiles could not be loaded: %1. The file %2 is left "
                           "untouched and nothing will be saved this session; move it away to "
                           "start afresh.")
                            .arg(problem, file);
        }
        return;
    }

    // A damaged file may claim any size (two thousand million hangs start-up): visit only the
    // entries that are actually there, in order, within the claimed size.
    settings->beginGroup(kProfiles);
    const QStringList present = settings->childGroups();
    settings->endGroup();
    const int count = settings->beginReadArray(kProfiles);
    QList<int> indices;
    for (const QString &group : present) {
        bool ok = false;
        const int index = group.toInt(&ok); // 1-based in the file
        if (ok && index >= 1 && index <= count)
            indices.append(index - 1);
    }
    std::sort(indices.begin(), indices.end());
    for (const int i : std::as_const(indices)) {
        settings->setArrayIndex(i);
        PortalProfile p;
        p.id = QUuid::fromString(settings->value(QStringLiteral("id")).toString());
        p.name = settings->value(QStringLiteral("name")).toString();
        p.portal = settings->value(QStringLiteral("portal")).toString();
        Auth::parseSchemeName(settings->value(QStringLiteral("authScheme")).toString(), &p.scheme);
        p.allowInsecureHttp = settings->value(QStringLiteral("allowInsecureHttp")).toBool();
        p.pinnedSha256 = settings->value(QStringLiteral("pinnedSha256")).toString();
        p.caFile = settings->value(QStringLiteral("caFile")).toString();
        p.timeoutSeconds = settings->value(QStringLiteral("timeoutSeconds"), 30).toInt();
        if (p.id.isNull())
            p.id = QUuid::createUuid();
        if (p.validate().isEmpty() && !find(p.name) && !find(p.id))
            m_profiles.append(p);
    }
    settings->endArray();
    m_lastUsed = QUuid::fromString(settings->value(kLastProfile).toString());
}

bool ProfileStore::save()
{
    if (m_readOnly)
        return false;
    auto settings = openSettings(m_iniPath);
    settings->setValue(kSchema, SchemaVersion);
    settings->remove(kProfiles);
    settings->beginWriteArray(kProfiles, int(m_profiles.size()));
    for (int i = 0; i < m_profiles.size(); ++i) {
        const PortalProfile &p = m_profiles.at(i);
        settings->setArrayIndex(i);
        settings->setValue(QStringLiteral("id"), p.id.toString(QUuid::WithoutBraces));
        settings->setValue(QStringLiteral("name"), p.name.trimmed());
        settings->setValue(QStringLiteral("portal"), p.portal.trimmed());
        settings->setValue(QStringLiteral("authScheme"), Auth::schemeName(p.scheme));
        settings->setValue(QStringLiteral("allowInsecureHttp"), p.allowInsecureHttp);
        settings->setValue(QStringLiteral("pinnedSha256"), p.pinnedSha256.trimmed());
        settings->setValue(QStringLiteral("caFile"), p.caFile.trimmed());
        settings->setValue(QStringLiteral("timeoutSeconds"), p.timeoutSeconds);
    }
    settings->endArray();
    if (m_lastUsed.isNull() || !find(m_lastUsed))
        settings->remove(kLastProfile);
    else
        settings->setValue(kLastProfile, m_lastUsed.toString(QUuid::WithoutBraces));
    settings->sync();
    if (settings->status() != QSettings::NoError) {
        m_warning = tr("Your profiles could not be saved to %1. Check that the folder is "
                       "writable and the disk is not full.")
                        .arg(settings->fileName());
        return false;
    }
    return true;
}

const PortalProfile *ProfileStore::find(const QString &name) const
{
    for (const PortalProfile &p : m_profiles) {
        if (p.name.trimmed().compare(name.trimmed(), Qt::CaseInsensitive) == 0)
            return &p;
    }
    return nullptr;
}

const PortalProfile *ProfileStore::find(const QUuid &id) const
{
    for (const PortalProfile &p : m_profiles) {
        if (p.id == id)
            return &p;
    }
    return nullptr;
}

bool ProfileStore::upsert(const PortalProfile &profile, QString *error)
{
    const QString problem = profile.validate();
    if (!problem.isEmpty()) {
        *error = problem;
        return false;
    }
    PortalProfile stored = profile;
    stored.name = profile.name.trimmed();
    if (stored.id.isNull())
        stored.id = QUuid::createUuid();
    const PortalProfile *sameName = find(stored.name);
    if (sameName && sameName->id != stored.id) {
        *error = tr("A profile named \"%1\" already exists. Choose another name.").arg(stored.name);
        return false;
    }
    for (PortalProfile &p : m_profiles) {
        if (p.id == stored.id) {
            p = stored;
            return true;
        }
    }
    m_profiles.append(stored);
    return true;
}

bool ProfileStore::remove(const QUuid &id)
{
    for (qsizetype i = 0; i < m_profiles.size(); ++i) {
        if (m_profiles.at(i).id == id) {
            m_profiles.removeAt(i);
            if (m_lastUsed == id)
                m_lastUsed = QUuid();
            return true;
        }
    }
    return false;
}

QString ProfileStore::uniqueName(const QString &base) const
{
    const QString trimmed = base.trimmed().isEmpty() ? tr("Portal") : base.trimmed();
    if (!find(trimmed))
        return trimmed;
    for (int n = 2;; ++n) {
        // The suffix must fit within the name limit, or the profile fails validation on the next
        // load and is silently dropped: shorten the base instead.
        const QString suffix = QStringLiteral(" (%1)").arg(n);
        const QString candidate =
            trimmed.left(PortalProfile::MaxNameLength - suffix.size()).trimmed() + suffix;
        if (!find(candidate))
            return candidate;
    }
}

QByteArray ProfileStore::exportJson(const QList<QUuid> &ids) const
{
    QJsonArray list;
    for (const PortalProfile &p : m_profiles) {
        if (ids.isEmpty() || ids.contains(p.id))
            list.append(p.toJson());
    }
    const QJsonObject document{{QStringLiteral("format"), kExportFormat},
                               {QStringLiteral("version"), SchemaVersion},
                               {QStringLiteral("profiles"), list}};
    return QJsonDocument(document).toJson(QJsonDocument::Indented);
}

int ProfileStore::importJson(const QByteArray &json, QString *error, QList<QUuid> *imported)
{
    const std::optional<QList<PortalProfile>> incoming = parseExport(json, error);
    if (!incoming)
        return -1;
    for (PortalProfile p : *incoming) {
        p.name = uniqueName(p.name);
        m_profiles.append(p);
        if (imported)
            imported->append(p.id);
    }
    return int(incoming->size());
}

std::optional<QList<PortalProfile>> ProfileStore::parseExport(const QByteArray &json,
                                                              QString *error)
{
    QJsonParseError parseError{};
    const QJsonDocument document = QJsonDocument::fromJson(json, &parseError);
    if (parseError.error != QJsonParseError::NoError) {
        *error = tr("The file is not valid JSON (%1).").arg(parseError.errorString());
        return std::nullopt;
    }
    QJsonArray list;
    if (document.isArray()) {
        list = document.array();
    } else if (document.object().value(QStringLiteral("format")).toString() == kExportFormat) {
        if (document.object().value(QStringLiteral("version")).toInt() > SchemaVersion) {
            *error = tr("The file was exported by a newer version of DocSpace Keys.");
            return std::nullopt;
        }
        list = document.object().value(QStringLiteral("profiles")).toArray();
    } else {
        *error = tr("The file is not a DocSpace Keys profile export.");
        return std::nullopt;
    }

    // All or nothing: a file with one bad profile imports none, and says which.
    QList<PortalProfile> incoming;
    for (const QJsonValue &value : list) {
        const std::optional<PortalProfile> profile =
            PortalProfile::fromJson(value.toObject(), error);
        if (!profile)
            return std::nullopt;
        incoming.append(*profile);
    }
    return incoming;
}
