#include "retirementplan.h"

#include "docspaceclient.h"
#include "filelock.h"
#include "historylog.h"
#include "keybatch.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QSaveFile>
#include <QTimer>

#include <memory>

namespace {

constexpr int kFormatVersion = 1;

QString dateText(const QDateTime &date)
{
    return date.isValid() ? date.toUTC().toString(Qt::ISODateWithMs) : QString();
}

QDateTime dateFrom(const QJsonValue &value)
{
    return QDateTime::fromString(value.toString(), Qt::ISODateWithMs).toUTC();
}

} // namespace

QString RetirementEntry::stateName(State state)
{
    switch (state) {
    case State::Pending:
        return QStringLiteral("pending");
    case State::Revoked:
        return QStringLiteral("revoked");
    case State::Reactivated:
        return QStringLiteral("reactivated");
    case State::Gone:
        return QStringLiteral("gone");
    case State::Cancelled:
        break;
    }
    return QStringLiteral("cancelled");
}

bool RetirementEntry::parseStateName(const QString &name, State *state)
{
    for (const State s :
         {State::Pending, State::Revoked, State::Reactivated, State::Gone, State::Cancelled}) {
        if (stateName(s) == name) {
            *state = s;
            return true;
        }
    }
    return false;
}

QString RetirementEntry::stateText() const
{
    switch (state) {
    case State::Pending:
        return tr("Deactivated, to be revoked");
    case State::Revoked:
        return tr("Revoked");
    case State::Reactivated:
        return tr("Reactivated meanwhile: left alone");
    case State::Gone:
        return tr("No longer on the portal");
    case State::Cancelled:
        break;
    }
    return tr("Taken out of the plan");
}

QJsonObject RetirementEntry::toJson() const
{
    QJsonObject object{
        {QStringLiteral("portal"), portal},
        {QStringLiteral("keyId"), keyId},
        {QStringLiteral("deactivatedAt"), dateText(deactivatedAt)},
        {QStringLiteral("revokeAfter"), dateText(revokeAfter)},
        {QStringLiteral("state"), stateName(state)},
        {QStringLiteral("updatedAt"), dateText(updatedAt)},
    };
    const auto optional = [&object](const char *name, const QString &value) {
        if (!value.isEmpty())
            object.insert(QLatin1String(name), value);
    };
    optional("profile", profile);
    optional("keyName", keyName);
    optional("keyPostfix", keyPostfix);
    optional("note", note);
    return object;
}

std::optional<RetirementEntry> RetirementEntry::fromJson(const QJsonObject &object)
{
    RetirementEntry entry;
    entry.portal = object.value(QLatin1String("portal")).toString();
    entry.keyId = object.value(QLatin1String("keyId")).toString();
    entry.revokeAfter = dateFrom(object.value(QLatin1String("revokeAfter")));
    if (entry.portal.isEmpty() || entry.keyId.isEmpty() || !entry.revokeAfter.isValid() ||
        !parseStateName(object.value(QLatin1String("state")).toString(), &entry.state))
        return std::nullopt;
    entry.profile = object.value(QLatin1String("profile")).toString();
    entry.keyName = object.value(QLatin1String("keyName")).toString();
    entry.keyPostfix = object.value(QLatin1String("keyPostfix")).toString();
    entry.deactivatedAt = dateFrom(object.value(QLatin1String("deactivatedAt")));
    entry.updatedAt = dateFrom(object.value(QLatin1String("updatedAt")));
    entry.note = object.value(QLatin1String("note")).toString();
    return entry;
}

RetirementPlan::RetirementPlan(QString path)
    : m_path(path.isEmpty() ? defaultPath() : std::move(path))
{}

QString RetirementPlan::defaultPath()
{
    return QFileInfo(HistoryLog::defaultPath()).absolutePath() +
           QLatin1String("/retirement-plan.json");
}

RetirementPlan::ReadResult RetirementPlan::readUnlocked() const
{
    ReadResult result;
    QFile file(m_path);
    if (!file.exists())
        return result;
    if (!file.open(QIODevice::ReadOnly)) {
        result.error =
            tr("Cannot read the retirement plan %1: %2.").arg(m_path, file.errorString());
        return result;
    }
    QJsonParseError parseError{};
    const QJsonDocument document = QJsonDocument::fromJson(file.readAll(), &parseError);
    if (parseError.error != QJsonParseError::NoError || !document.isObject() ||
        document.object().value(QLatin1String("version")).toInt() != kFormatVersion) {
        result.error = tr("The retirement plan %1 is damaged or from another version; it was "
                          "left as it is. Move it aside to start a new plan.")
                           .arg(m_path);
        return result;
    }
    for (const QJsonValue &value : document.object().value(QLatin1String("entries")).toArray()) {
        if (const auto entry = RetirementEntry::fromJson(value.toObject()))
            result.entries.append(*entry);
    }
    return result;
}

QString RetirementPlan::lockProblem(const FileLock &lock) const
{
    return lock.wasHeldElsewhere()
               ? tr("The retirement plan %1 is locked by another DocSpace Keys process.")
                     .arg(m_path)
               : tr("Cannot read the retirement plan %1: %2.").arg(m_path, lock.errorString());
}

RetirementPlan::ReadResult RetirementPlan::read() const
{
    FileLock lock(m_path + QLatin1String(".lock"));
    if (QFileInfo::exists(m_path) && !lock.tryLock(10000)) {
        ReadResult locked;
        locked.error = lockProblem(lock);
        return locked;
    }
    return readUnlocked();
}

bool RetirementPlan::update(const std::function<void(QList<RetirementEntry> &)> &change,
                            QString *error)
{
    QDir().mkpath(QFileInfo(m_path).absolutePath());
    FileLock lock(m_path + QLatin1String(".lock"));
    if (!lock.tryLock(10000)) {
        *error = lockProblem(lock);
        return false;
    }
    ReadResult current = readUnlocked();
    if (!current.error.isEmpty()) {
        *error = current.error;
        return false;
    }
    change(current.entries);
    QJsonArray entries;
    for (const RetirementEntry &entry : std::as_const(current.entries))
        entries.append(entry.toJson());
    const QJsonObject root{{QStringLiteral("version"), kFormatVersion},
                           {QStringLiteral("entries"), entries}};
    QSaveFile file(m_path);
    if (!file.open(QIODevice::WriteOnly)) {
        *error = tr("Cannot write the retirement plan %1: %2.").arg(m_path, file.errorString());
        return false;
    }
    file.write(QJsonDocument(root).toJson(QJsonDocument::Indented));
    if (!file.commit()) {
        *error = tr("Cannot write the retirement plan %1: %2.").arg(m_path, file.errorString());
        return false;
    }
    return true;
}

bool RetirementPlan::add(const QList<RetirementEntry> &added, QString *error)
{
    return update(
        [&added](QList<RetirementEntry> &entries) {
            for (const RetirementEntry &entry : added) {
                entries.removeIf([&entry](const RetirementEntry &existing) {
                    return existing.state == RetirementEntry::State::Pending &&
                           existing.portal == entry.portal && existing.keyId == entry.keyId;
                });
                entries.append(entry);
            }
        },
        error);
}

namespace Retirement {
RetirementEntry plannedEntry(const QString &portal, const QString &profile, const QString &keyId,
                             const QString &keyName, const QString &keyPostfix,
                             const QDateTime &now, int days)
{
    RetirementEntry entry;
    entry.portal = portal;
    entry.profile = profile;
    entry.keyId = keyId;
    entry.keyName = keyName;
    entry.keyPostfix = keyPostfix;
    entry.deactivatedAt = now.toUTC();
    entry.revokeAfter = now.toUTC().addDays(days);
    entry.updatedAt = now.toUTC();
    entry.note = RetirementEntry::tr("Deactivated; revoked after %n day(s) unless reactivated.",
                                     nullptr, days);
    return entry;
}
} // namespace Retirement

RetirementRunner::RetirementRunner(QNetworkAccessManager *network,
                                   const ConnectionSettings &settings, RetirementPlan *plan,
                                   QObject *parent)
    : QObject(parent)
    , m_network(network)
    , m_settings(settings)
    , m_plan(plan)
{}

void RetirementRunner::runDue(const QDateTime &now, const QString &profile)
{
    const QString portal = m_settings.portal.toString();
    const auto mine = [portal, profile](const RetirementEntry &entry) {
        return entry.portal == portal && (profile.isEmpty() || entry.profile.isEmpty() ||
                                          entry.profile.compare(profile, Qt::CaseInsensitive) == 0);
    };
    const RetirementPlan::ReadResult plan = m_plan->read();
    QList<RetirementEntry> due;
    for (const RetirementEntry &entry : plan.entries) {
        if (mine(entry) && entry.isDueAt(now))
            due.append(entry);
    }
    if (!plan.error.isEmpty() || due.isEmpty()) {
        QTimer::singleShot(
            0, this, [this, error = plan.error] { emit finished(error.isEmpty(), {}, {}, error); });
        return;
    }

    auto *client = new DocSpaceClient(m_network, this);
    client->setConnection(m_settings);
    connect(
        client->listKeys(), &KeyListOperation::finished, this,
        [this, due, now, client](bool ok, const QList<ApiKey> &keys, const RevokeOutcome &failure) {
            if (!ok) {
                client->deleteLater();
                emit finished(false, {}, failure, {});
                return;
            }
            QHash<QString, ApiKey> byId;
            for (const ApiKey &key : keys)
                byId.insert(key.id, key);
            auto actions = std::make_shared<QList<RetirementAction>>();
            QStringList toRevoke;
            for (RetirementEntry entry : due) {
                entry.updatedAt = now.toUTC();
                const auto found = byId.constFind(entry.keyId);
                if (found == byId.constEnd()) {
                    entry.state = RetirementEntry::State::Gone;
                    entry.note = RetirementEntry::tr(
                        "The key was no longer on the portal when due: someone revoked it "
                        "already.");
                } else if (found->isActive && !found->isExpiredAt(now)) {
                    entry.state = RetirementEntry::State::Reactivated;
                    entry.note = RetirementEntry::tr(
                        "The key was active again when due (reactivated on the portal), so "
                        "it was left alone.");
                } else {
                    toRevoke << entry.keyId;
                }
                actions->append(RetirementAction{entry, std::nullopt});
            }
            const auto write = [this, actions, client] {
                QString planError;
                m_plan->update(
                    [actions](QList<RetirementEntry> &entries) {
                        for (RetirementEntry &existing : entries) {
                            for (const RetirementAction &action : std::as_const(*actions)) {
                                if (existing.state == RetirementEntry::State::Pending &&
                                    existing.portal == action.entry.portal &&
                                    existing.keyId == action.entry.keyId)
                                    existing = action.entry;
                            }
                        }
                    },
                    &planError);
                client->deleteLater();
                emit finished(true, *actions, {}, planError);
            };
            if (toRevoke.isEmpty()) {
                write();
                return;
            }
            auto *batch = new KeyBatch(m_network, m_settings, KeyOperation::Revoke, toRevoke, this);
            connect(batch, &KeyBatch::keyFinished, this,
                    [this, actions, now](const RevokeOutcome &outcome) {
                        for (RetirementAction &action : *actions) {
                            if (action.entry.keyId != outcome.keyId || action.revoked)
                                continue;
                            RevokeOutcome named = outcome;
                            named.keyName = action.entry.keyName;
                            named.keyPostfix = action.entry.keyPostfix;
                            action.revoked = named;
                            if (outcome.succeeded()) {
                                action.entry.state = RetirementEntry::State::Revoked;
                                action.entry.note = RetirementEntry::tr("Revoked as planned.");
                            } else if (outcome.kind == OutcomeKind::NotFound) {
                                action.entry.state = RetirementEntry::State::Gone;
                                action.entry.note = RetirementEntry::tr(
                                    "The key was no longer on the portal when due.");
                            } else {
                                action.entry.note =
                                    RetirementEntry::tr(
                                        "Revoking failed (%1); tried again at the next run.")
                                        .arg(outcome.sentence);
                            }
                            emit keyRevoked(named);
                            break;
                        }
                    });
            connect(batch, &KeyBatch::finished, this, [batch, write] {
                batch->deleteLater();
                write();
            });
            batch->start();
        });
}
