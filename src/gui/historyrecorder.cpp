#include "historyrecorder.h"

HistoryRecorder::HistoryRecorder(const QString &path, QObject *parent)
    : QObject(parent)
    , m_log(path)
{}

HistoryRecord HistoryRecorder::make(const RevokeOutcome &outcome, const QString &portal,
                                    const QString &profile, const QString &actor,
                                    const QString &keyName, const QString &keyPostfix)
{
    HistoryRecord record =
        HistoryRecord::fromOutcome(outcome, portal, profile, QStringLiteral("gui"));
    record.actor = actor;
    record.keyName = keyName;
    record.keyPostfix = keyPostfix;
    return record;
}

bool HistoryRecorder::record(const RevokeOutcome &outcome, const QString &portal,
                             const QString &profile, const QString &actor, const QString &keyName,
                             const QString &keyPostfix)
{
    flush(); // keep the file in the order things happened
    return write({make(outcome, portal, profile, actor, keyName, keyPostfix)});
}

void HistoryRecorder::enqueue(const RevokeOutcome &outcome, const QString &portal,
                              const QString &profile, const QString &actor, const QString &keyName,
                              const QString &keyPostfix)
{
    m_queue.append(make(outcome, portal, profile, actor, keyName, keyPostfix));
}

bool HistoryRecorder::flush()
{
    if (m_queue.isEmpty())
        return true;
    const QList<HistoryRecord> records = std::exchange(m_queue, {});
    return write(records);
}

bool HistoryRecorder::write(const QList<HistoryRecord> &records)
{
    QString error;
    if (!m_log.append(records, &error)) {
        m_lastError = tr("This result was not recorded in the history. %1 Check that the folder "
                         "is writable and that the disk is not full.")
                          .arg(error);
        emit appendFailed(m_lastError);
        return false;
    }
    m_lastError.clear();
    for (const HistoryRecord &record : records)
        emit recorded(record);
    return true;
}
