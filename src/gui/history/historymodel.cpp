#include "historymodel.h"
#include "localdates.h"

#include "outcomestyle.h"

#include <QGuiApplication>
#include <QLocale>
#include <QPalette>

#include <algorithm>

HistoryModel::HistoryModel(QObject *parent)
    : QAbstractTableModel(parent)
{}

void HistoryModel::setRecords(const QList<HistoryRecord> &records)
{
    beginResetModel();
    m_records = records;
    std::reverse(m_records.begin(), m_records.end());
    // Two writers can append slightly out of order: the time decides, the file order breaks ties.
    std::stable_sort(
        m_records.begin(), m_records.end(),
        [](const HistoryRecord &a, const HistoryRecord &b) { return a.time > b.time; });
    endResetModel();
}

void HistoryModel::addNewRecords(const QList<HistoryRecord> &records)
{
    if (records.isEmpty())
        return;
    QList<HistoryRecord> newest = records;
    std::reverse(newest.begin(), newest.end());
    std::stable_sort(
        newest.begin(), newest.end(),
        [](const HistoryRecord &a, const HistoryRecord &b) { return a.time > b.time; });
    beginInsertRows({}, 0, int(newest.size()) - 1);
    m_records = newest + m_records;
    endInsertRows();
}

QStringList HistoryModel::portals() const
{
    QStringList result;
    for (const HistoryRecord &record : m_records) {
        if (!record.portal.isEmpty() && !result.contains(record.portal))
            result << record.portal;
    }
    result.sort();
    return result;
}

QStringList HistoryModel::outcomeKinds() const
{
    QStringList result;
    for (const HistoryRecord &record : m_records) {
        if (!result.contains(record.outcome))
            result << record.outcome;
    }
    result.sort();
    return result;
}

int HistoryModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_records.size());
}

int HistoryModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QString HistoryModel::keyText(const HistoryRecord &record)
{
    if (!record.keyName.isEmpty() && !record.keyPostfix.isEmpty())
        return tr("%1 (…%2)").arg(record.keyName, record.keyPostfix);
    if (!record.keyName.isEmpty())
        return record.keyName;
    if (!record.keyPostfix.isEmpty())
        return tr("%1 (…%2)").arg(record.keyId, record.keyPostfix);
    return record.keyId;
}

QString HistoryModel::outcomeText(const QString &kindName)
{
    OutcomeKind kind;
    return RevokeOutcome::parseKindName(kindName, &kind) ? OutcomeStyle::title(kind) : kindName;
}

QString HistoryModel::outcomeText(const HistoryRecord &record)
{
    if (record.changes.isEmpty() || record.outcome != RevokeOutcome::kindName(OutcomeKind::Edited))
        return outcomeText(record.outcome);
    QStringList changes;
    for (const QString &change : record.changes) {
        changes << (change == QLatin1String("name")          ? tr("name")
                    : change == QLatin1String("permissions") ? tr("permissions")
                                                             : change);
    }
    return tr("Edited: %1", "what was changed: name, permissions")
        .arg(changes.join(QStringLiteral(", ")));
}

QString HistoryModel::operationText(KeyOperation operation)
{
    switch (operation) {
    case KeyOperation::Revoke:
        return tr("Revoke");
    case KeyOperation::Deactivate:
        return tr("Deactivate");
    case KeyOperation::Activate:
        return tr("Reactivate");
    case KeyOperation::Create:
        return tr("Create");
    case KeyOperation::Edit:
        return tr("Edit");
    }
    return {};
}

QString HistoryModel::byText(const HistoryRecord &record)
{
    const QString source = record.source == QLatin1String("cli")   ? tr("command line")
                           : record.source == QLatin1String("gui") ? tr("window")
                                                                   : record.source;
    if (record.actor.isEmpty())
        return source;
    return source.isEmpty() ? record.actor : tr("%1 (%2)").arg(record.actor, source);
}

QVariant HistoryModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= m_records.size())
        return {};
    const HistoryRecord &record = m_records.at(index.row());
    const int column = index.column();

    switch (role) {
    case PortalRole:
        return record.portal;
    case OutcomeKindRole:
        return record.outcome;
    case SearchTextRole:
        return QStringList{record.portal,
                           record.profile,
                           operationText(record.operation),
                           record.keyId,
                           record.keyName,
                           record.keyPostfix,
                           record.outcome,
                           outcomeText(record),
                           record.httpStatus ? QString::number(record.httpStatus) : QString(),
                           record.actor,
                           byText(record),
                           record.message}
            .join(QLatin1Char('\n'));
    default:
        break;
    }

    OutcomeKind kind = OutcomeKind::NetworkError;
    const bool knownKind = RevokeOutcome::parseKindName(record.outcome, &kind);

    switch (column) {
    case TimeColumn:
        if (role == Qt::DisplayRole)
            return LocalDates::dayAndTime(record.time);
        if (role == Qt::ToolTipRole)
            return record.time.toUTC().toString(Qt::ISODateWithMs);
        if (role == SortRole)
            return record.time;
        break;
    case PortalColumn:
        if (role == Qt::DisplayRole || role == SortRole || role == Qt::ToolTipRole)
            return record.portal;
        break;
    case ProfileColumn:
        if (role == Qt::DisplayRole || role == SortRole)
            return record.profile;
        break;
    case OperationColumn:
        if (role == Qt::DisplayRole || role == SortRole)
            return operationText(record.operation);
        break;
    case KeyColumn:
        if (role == Qt::DisplayRole || role == SortRole)
            return keyText(record);
        if (role == Qt::ToolTipRole)
            return tr("Key id: %1").arg(record.keyId);
        break;
    case OutcomeColumn:
        if (role == Qt::DisplayRole || role == SortRole)
            return outcomeText(record);
        if (role == Qt::DecorationRole && knownKind)
            return OutcomeStyle::icon(OutcomeStyle::severity(kind));
        if (role == Qt::ForegroundRole && knownKind)
            return OutcomeStyle::color(OutcomeStyle::severity(kind), QGuiApplication::palette());
        if (role == Qt::ToolTipRole)
            return record.outcome;
        break;
    case HttpColumn:
        if (role == Qt::DisplayRole)
            return record.httpStatus ? QString::number(record.httpStatus) : QString();
        if (role == SortRole)
            return record.httpStatus;
        if (role == Qt::TextAlignmentRole)
            return QVariant::fromValue(Qt::AlignRight | Qt::AlignVCenter);
        break;
    case ByColumn:
        if (role == Qt::DisplayRole || role == SortRole)
            return byText(record);
        break;
    case MessageColumn:
        if (role == Qt::DisplayRole || role == SortRole || role == Qt::ToolTipRole)
            return record.message;
        break;
    default:
        break;
    }
    return {};
}

QVariant HistoryModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case TimeColumn:
        return tr("Time");
    case PortalColumn:
        return tr("Portal");
    case ProfileColumn:
        return tr("Profile");
    case OperationColumn:
        return tr("Operation");
    case KeyColumn:
        return tr("Key");
    case OutcomeColumn:
        return tr("Outcome");
    case HttpColumn:
        return tr("HTTP");
    case ByColumn:
        return tr("By");
    case MessageColumn:
        return tr("Message");
    default:
        return {};
    }
}

HistoryFilterModel::HistoryFilterModel(QObject *parent)
    : QSortFilterProxyModel(parent)
{
    setSortRole(HistoryModel::SortRole);
}

void HistoryFilterModel::setPortal(const QString &portal)
{
    if (m_portal == portal)
        return;
    m_portal = portal;
    invalidateFilter();
}

void HistoryFilterModel::setOutcomeKind(const QString &kind)
{
    if (m_kind == kind)
        return;
    m_kind = kind;
    invalidateFilter();
}

void HistoryFilterModel::setText(const QString &text)
{
    const QString trimmed = text.trimmed();
    if (m_text == trimmed)
        return;
    m_text = trimmed;
    invalidateFilter();
}

bool HistoryFilterModel::filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const
{
    const QModelIndex index = sourceModel()->index(sourceRow, 0, sourceParent);
    if (!m_portal.isEmpty() && index.data(HistoryModel::PortalRole).toString() != m_portal)
        return false;
    if (!m_kind.isEmpty() && index.data(HistoryModel::OutcomeKindRole).toString() != m_kind)
        return false;
    if (!m_text.isEmpty() &&
        !index.data(HistoryModel::SearchTextRole).toString().contains(m_text, Qt::CaseInsensitive))
        return false;
    return true;
}
