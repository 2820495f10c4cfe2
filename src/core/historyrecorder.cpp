#include "historyrecorder.h"

#include "apikey.h"
#include "keycreation.h"
#include "keyid.h"

#include <condition_variable>
#include <deque>
#include <mutex>
#include <thread>
#include <utility>
#include <vector>

struct HistoryRecorder::Writer
{
    struct Group
    {
        quint64 lastTicket = 0;
        bool ok = true;
        QString error;
        QList<HistoryRecord> records;
    };

    explicit Writer(const QString &path)
        : log(path)
    {}

    // The writer thread: takes everything queued, writes it as one group, reports, repeats.
    void run(HistoryRecorder *owner)
    {
        std::unique_lock<std::mutex> lock(mutex);
        for (;;) {
            wake.wait(lock, [this] { return stopping || !queue.empty(); });
            if (queue.empty())
                return; // stopping, and everything was written
            Group group;
            group.lastTicket = queue.back().first;
            for (auto &entry : queue)
                group.records.append(std::move(entry.second));
            queue.clear();
            lock.unlock();
            group.ok = log.append(group.records, &group.error);
            lock.lock();
            done.push_back(std::move(group));
            ++groups;
            writtenTicket = done.back().lastTicket;
            written.notify_all();
            if (!stopping) {
                QMetaObject::invokeMethod(
                    owner, [owner] { owner->deliver(); }, Qt::QueuedConnection);
            }
        }
    }

    HistoryLog log;
    std::mutex mutex;
    std::condition_variable wake;
    std::condition_variable written;
    std::deque<std::pair<quint64, HistoryRecord>> queue;
    std::vector<Group> done;
    quint64 writtenTicket = 0;
    int groups = 0;
    bool stopping = false;
    std::thread thread;
};

HistoryRecorder::HistoryRecorder(const QString &path, const QString &source, QObject *parent)
    : QObject(parent)
    , m_source(source)
    , m_writer(std::make_unique<Writer>(path))
{
    m_writer->thread = std::thread([writer = m_writer.get(), this] { writer->run(this); });
}

HistoryRecorder::~HistoryRecorder()
{
    {
        const std::lock_guard<std::mutex> lock(m_writer->mutex);
        m_writer->stopping = true;
    }
    m_writer->wake.notify_all();
    m_writer->thread.join(); // after the queue is written; posted reports die with this object
}

QString HistoryRecorder::path() const
{
    return m_writer->log.path();
}

int HistoryRecorder::groupsWritten() const
{
    const std::lock_guard<std::mutex> lock(m_writer->mutex);
    return m_writer->groups;
}

HistoryRecord HistoryRecorder::make(const RevokeOutcome &outcome, const QString &portal,
                                    const QString &profile, const QString &actor,
                                    const QString &keyName, const QString &keyPostfix) const
{
    HistoryRecord record = HistoryRecord::fromOutcome(outcome, portal, profile, m_source);
    record.actor = actor;
    record.keyName = keyName.isEmpty() ? outcome.keyName : keyName;
    record.keyPostfix = keyPostfix.isEmpty() ? outcome.keyPostfix : keyPostfix;
    return record;
}

quint64 HistoryRecorder::submit(const RevokeOutcome &outcome, const QString &portal,
                                const QString &profile, const QString &actor,
                                const QString &keyName, const QString &keyPostfix)
{
    return submit(make(outcome, portal, profile, actor, keyName, keyPostfix));
}

quint64 HistoryRecorder::submit(HistoryRecord record)
{
    return submitAll({std::move(record)});
}

quint64 HistoryRecorder::submitAll(QList<HistoryRecord> records)
{
    if (records.isEmpty())
        return m_submitted;
    {
        // All at once, so that a bunch goes into one group.
        const std::lock_guard<std::mutex> lock(m_writer->mutex);
        for (HistoryRecord &record : records) {
            if (record.source.isEmpty())
                record.source = m_source;
            m_writer->queue.emplace_back(++m_submitted, std::move(record));
        }
    }
    m_writer->wake.notify_one();
    return m_submitted;
}

bool HistoryRecorder::waitForDurable()
{
    {
        std::unique_lock<std::mutex> lock(m_writer->mutex);
        const quint64 target = m_submitted;
        m_writer->written.wait(lock, [this, target] { return m_writer->writtenTicket >= target; });
    }
    return deliver();
}

bool HistoryRecorder::deliver()
{
    std::vector<Writer::Group> groups;
    {
        const std::lock_guard<std::mutex> lock(m_writer->mutex);
        groups.swap(m_writer->done);
    }
    bool allOk = true;
    for (const Writer::Group &group : groups) {
        if (group.lastTicket <= m_delivered)
            continue;
        m_delivered = group.lastTicket;
        if (group.ok) {
            m_lastError.clear();
            for (const HistoryRecord &record : group.records)
                emit recorded(record);
        } else {
            allOk = false;
            m_lastError = tr("This result was not recorded in the history. %1 Check that the "
                             "folder is writable and that the disk is not full.")
                              .arg(group.error);
            emit appendFailed(m_lastError);
        }
        emit durable(group.lastTicket, group.ok);
    }
    return allOk;
}

bool HistoryRecorder::record(const RevokeOutcome &outcome, const QString &portal,
                             const QString &profile, const QString &actor, const QString &keyName,
                             const QString &keyPostfix)
{
    return record(make(outcome, portal, profile, actor, keyName, keyPostfix), portal, profile,
                  actor);
}

bool HistoryRecorder::record(HistoryRecord record, const QString &portal, const QString &profile,
                             const QString &actor)
{
    record.portal = portal;
    record.profile = profile;
    record.actor = actor;
    // Whatever was collected goes first: the file keeps the order things happened in.
    QList<HistoryRecord> records = std::exchange(m_collected, {});
    records.append(std::move(record));
    submitAll(std::move(records));
    return waitForDurable();
}

HistoryRecord HistoryRecorder::creation(const KeyCreateRequest &request,
                                        const KeyCreateResult &result, const QString &note)
{
    RevokeOutcome outcome = result.failure;
    outcome.operation = KeyOperation::Create;
    if (result.ok) {
        outcome.kind = OutcomeKind::Created;
        outcome.keyId = result.key.id;
        const KeyPermissions permissions = KeyPermissions::fromScopes(result.key.permissions);
        outcome.sentence =
            result.key.expiresAt.isValid()
                ? tr("Created with the permissions %1; it expires on %2 (UTC).")
                      .arg(permissions.toText(),
                           result.key.expiresAt.toUTC().toString(QStringLiteral("yyyy-MM-dd")))
                : tr("Created with the permissions %1; it never expires.")
                      .arg(permissions.toText());
    }
    if (!note.isEmpty())
        outcome.sentence = note + QLatin1Char(' ') + outcome.sentence;
    HistoryRecord record = HistoryRecord::fromOutcome(outcome, {}, {}, {});
    record.keyName = result.ok ? result.key.name : request.name;
    record.keyPostfix = result.ok ? result.key.keyPostfix : QString();
    return record;
}

HistoryRecord HistoryRecorder::replacement(const ApiKey &old, const KeyCreateRequest &request,
                                           const KeyCreateResult &result)
{
    return creation(request, result,
                    tr("Replacement for “%1” (%2), in a rotation.").arg(old.name, old.id));
}

HistoryRecord HistoryRecorder::edit(const ApiKey &before, const KeyEditRequest &request,
                                    const KeyEditResult &result)
{
    RevokeOutcome outcome = result.outcome;
    outcome.operation = KeyOperation::Edit;
    const KeyId id = KeyId::parse(request.keyId);
    outcome.keyId = id.isValid() ? id.toString() : request.keyId;
    QStringList changes;
    QStringList said;
    if (!request.name.isEmpty()) {
        changes << QStringLiteral("name");
        if (!before.name.isEmpty() && before.name != request.name)
            said << tr("Name “%1”, was “%2”.").arg(request.name, before.name);
        else
            said << tr("Name “%1”.").arg(request.name);
    }
    if (request.permissions) {
        changes << QStringLiteral("permissions");
        said << (before.id.isEmpty()
                     ? tr("Permissions %1.").arg(request.permissions->toText())
                     : tr("Permissions %1, were %2.")
                           .arg(request.permissions->toText(),
                                KeyPermissions::fromScopes(before.permissions).toText()));
    }
    if (result.ok)
        outcome.kind = OutcomeKind::Edited;
    outcome.sentence = said.join(QLatin1Char(' ')) + QLatin1Char(' ') + outcome.sentence;
    HistoryRecord record = HistoryRecord::fromOutcome(outcome, {}, {}, {});
    record.changes = changes;
    // The key is called what it is called now.
    record.keyName = result.ok && !request.name.isEmpty() ? request.name : before.name;
    record.keyPostfix = before.keyPostfix;
    return record;
}

void HistoryRecorder::enqueue(const RevokeOutcome &outcome, const QString &portal,
                              const QString &profile, const QString &actor, const QString &keyName,
                              const QString &keyPostfix)
{
    m_collected.append(make(outcome, portal, profile, actor, keyName, keyPostfix));
}

bool HistoryRecorder::flush()
{
    if (m_collected.isEmpty())
        return true;
    submitAll(std::exchange(m_collected, {}));
    return waitForDurable();
}

quint64 HistoryRecorder::submitCollected()
{
    return submitAll(std::exchange(m_collected, {}));
}
