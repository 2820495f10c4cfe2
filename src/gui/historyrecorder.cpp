#include "historyrecorder.h"

HistoryRecorder::HistoryRecorder(const QString &path, QObject *parent)
    : QObject(parent)
    , m_log(path)
{}

bool HistoryRecorder::record(const RevokeOutcome &outcome, const QString &portal,
                             const QString &profile, const QString &actor, const QString &keyName,
                             const QString &keyPostfix)
{
    HistoryRecord record =
        HistoryRecord::fromOutcome(outcome, portal, profile, QStringLiteral("gui"));
    record.actor = actor;
    record.keyName = keyName;
    record.keyPostfix = keyPostfix;
    QString error;
    if (!m_log.append(record, &error)) {
        m_lastError = tr("This result was not recorded in the history. %1 Check that the folder "
                         "is writable and that the disk is not full.")
                          .arg(error);
        emit appendFailed(m_lastError);
        return false;
    }
    m_lastError.clear();
    emit recorded(record);
    return true;
}
