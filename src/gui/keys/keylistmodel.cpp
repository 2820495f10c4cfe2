#include "keylistmodel.h"
#include "localdates.h"

#include "keypermissions.h"
#include "outcomestyle.h"

#include <QApplication>
#include <QFont>
#include <QPalette>

#include <limits>

namespace {
constexpr qint64 DayMs = 24LL * 60 * 60 * 1000;

// "never used" sorts before any use; "never expires" after any expiry.
qint64 sortableDate(const QDateTime &date, qint64 whenInvalid)
{
    return date.isValid() ? date.toMSecsSinceEpoch() : whenInvalid;
}

int permissionsRank(const QStringList &permissions)
{
    if (permissions.isEmpty() || permissions.contains(QLatin1String("*")))
        return 0;
    if (permissions.size() == 1 && permissions.first() == QLatin1String("*:read"))
        return 1;
    return 2;
}

template<typename T> int compareValues(const T &a, const T &b)
{
    return a < b ? -1 : (b < a ? 1 : 0);
}
} // namespace

KeyListModel::KeyListModel(QObject *parent)
    : QAbstractTableModel(parent)
    , m_now(QDateTime::currentDateTimeUtc())
    , m_activeIcon(OutcomeStyle::icon(OutcomeStyle::Severity::Success))
    , m_deactivatedIcon(OutcomeStyle::icon(OutcomeStyle::Severity::Neutral))
    , m_expiredIcon(OutcomeStyle::icon(OutcomeStyle::Severity::Warning))
{}

void KeyListModel::setKeys(QList<ApiKey> keys)
{
    beginResetModel();
    m_keys = std::move(keys);
    m_rowById.clear();
    m_rowById.reserve(m_keys.size());
    for (int row = 0; row < m_keys.size(); ++row)
        m_rowById.insert(m_keys.at(row).id, row);
    m_revoked.clear();
    endResetModel();
}

void KeyListModel::setNow(const QDateTime &now)
{
    if (now == m_now)
        return;
    m_now = now;
    if (!m_keys.isEmpty())
        emit dataChanged(index(0, 0), index(rowCount() - 1, ColumnCount - 1));
}

void KeyListModel::setOwnKeyId(const QString &id)
{
    const QString normalised = id.toLower();
    if (normalised == m_ownKeyId)
        return;
    const int before = rowOf(m_ownKeyId);
    m_ownKeyId = normalised;
    emitRowChanged(before);
    emitRowChanged(rowOf(m_ownKeyId));
}

void KeyListModel::markRevoked(const QString &id)
{
    const int row = rowOf(id);
    if (row < 0 || m_revoked.contains(id))
        return;
    m_revoked.insert(id);
    emitRowChanged(row);
}

void KeyListModel::setActive(const QString &id, bool active)
{
    const int row = rowOf(id);
    if (row < 0 || m_keys.at(row).isActive == active)
        return;
    m_keys[row].isActive = active;
    emitRowChanged(row);
}

void KeyListModel::emitRowChanged(int row)
{
    if (row >= 0)
        emit dataChanged(index(row, 0), index(row, ColumnCount - 1));
}

int KeyListModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_keys.size());
}

int KeyListModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QString KeyListModel::stateText(ApiKey::State state)
{
    switch (state) {
    case ApiKey::State::Active:
        return tr("active");
    case ApiKey::State::Deactivated:
        return tr("deactivated");
    case ApiKey::State::Expired:
        return tr("expired");
    }
    return {};
}

QString KeyListModel::permissionsText(const QStringList &permissions)
{
    switch (permissionsRank(permissions)) {
    case 0:
        return tr("All");
    case 1:
        return tr("Read only");
    default:
        return permissions.join(QLatin1String(", "));
    }
}

QString KeyListModel::relativeExpiry(const QDateTime &expiresAt, const QDateTime &now)
{
    if (!expiresAt.isValid())
        return tr("never");
    const qint64 ms = now.msecsTo(expiresAt);
    const qint64 span = ms < 0 ? -ms : ms;
    const int days = int(span / DayMs);
    const int hours = int(span / (60 * 60 * 1000));
    const int minutes = qMax(1, int(span / (60 * 1000)));
    if (ms > 0) {
        if (days >= 1)
            return tr("in %n day(s)", nullptr, days);
        if (hours >= 1)
            return tr("in %n hour(s)", nullptr, hours);
        return tr("in %n minute(s)", nullptr, minutes);
    }
    if (days >= 1)
        return tr("expired %n day(s) ago", nullptr, days);
    if (hours >= 1)
        return tr("expired %n hour(s) ago", nullptr, hours);
    return tr("expired %n minute(s) ago", nullptr, minutes);
}

QString KeyListModel::dateText(const QDateTime &date)
{
    // As the Report and the History write them; sorting uses the date itself (SortRole).
    return LocalDates::day(date);
}

QString KeyListModel::displayText(const ApiKey &key, int column) const
{
    switch (column) {
    case NameColumn:
        return key.id == m_ownKeyId ? tr("%1 (this token)").arg(key.name) : key.name;
    case EndingColumn:
        return key.maskedKey();
    case CreatedByColumn:
        return key.createdByName;
    case CreatedColumn:
        return dateText(key.createOn);
    case LastUsedColumn:
        return key.lastUsed.isValid() ? dateText(key.lastUsed) : tr("never");
    case ExpiresColumn:
        return key.expiresAt.isValid()
                   ? QStringLiteral("%1 (%2)").arg(dateText(key.expiresAt),
                                                   relativeExpiry(key.expiresAt, m_now))
                   : tr("never");
    case StateColumn:
        return m_revoked.contains(key.id) ? tr("revoked") : stateText(key.stateAt(m_now));
    case PermissionsColumn:
        return KeyPermissions::fromScopes(key.permissions).modeText();
    }
    return {};
}

QVariant KeyListModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.parent().isValid() || index.row() >= m_keys.size())
        return {};
    const ApiKey &key = m_keys.at(index.row());
    const int column = index.column();
    switch (role) {
    case Qt::DisplayRole:
    case Qt::AccessibleTextRole:
        return displayText(key, column);
    case Qt::ToolTipRole:
        switch (column) {
        case NameColumn:
            return key.id == m_ownKeyId
                       ? tr("%1\nId: %2\nThe token this window signs in with: revoking or "
                            "deactivating it cuts DocSpace Keys off from the portal.")
                             .arg(key.name, key.id)
                       : tr("%1\nId: %2").arg(key.name, key.id);
        case CreatedColumn:
            return QLocale().toString(key.createOn.toLocalTime(), QLocale::LongFormat);
        case LastUsedColumn:
            return key.lastUsed.isValid()
                       ? QLocale().toString(key.lastUsed.toLocalTime(), QLocale::LongFormat)
                       : tr("Never used");
        case ExpiresColumn:
            // Whole, as a narrow column may elide the cell after the date.
            return key.expiresAt.isValid()
                       ? QStringLiteral("%1\n%2").arg(
                             QLocale().toString(key.expiresAt.toLocalTime(), QLocale::LongFormat),
                             relativeExpiry(key.expiresAt, m_now))
                       : tr("Never expires");
        case PermissionsColumn:
            return KeyPermissions::fromScopes(key.permissions).description();
        default:
            return {};
        }
    case Qt::DecorationRole:
        if (column != StateColumn || m_revoked.contains(key.id))
            return {};
        switch (key.stateAt(m_now)) {
        case ApiKey::State::Active:
            return m_activeIcon;
        case ApiKey::State::Deactivated:
            return m_deactivatedIcon;
        case ApiKey::State::Expired:
            return m_expiredIcon;
        }
        return {};
    case Qt::ForegroundRole: {
        const QPalette palette = QApplication::palette();
        if (m_revoked.contains(key.id))
            return palette.color(QPalette::Disabled, QPalette::Text);
        if (column == StateColumn) {
            switch (key.stateAt(m_now)) {
            case ApiKey::State::Active:
                return OutcomeStyle::color(OutcomeStyle::Severity::Success, palette);
            case ApiKey::State::Deactivated:
                return palette.color(QPalette::Disabled, QPalette::Text);
            case ApiKey::State::Expired:
                return OutcomeStyle::color(OutcomeStyle::Severity::Warning, palette);
            }
        }
        if (column == ExpiresColumn && key.isExpiredAt(m_now))
            return OutcomeStyle::color(OutcomeStyle::Severity::Warning, palette);
        return {};
    }
    case Qt::FontRole:
        if (key.id == m_ownKeyId || m_revoked.contains(key.id)) {
            QFont font;
            font.setBold(key.id == m_ownKeyId);
            font.setStrikeOut(m_revoked.contains(key.id));
            return font;
        }
        return {};
    case KeyIdRole:
        return key.id;
    case StateRole:
        return int(key.stateAt(m_now));
    case IsOwnKeyRole:
        return key.id == m_ownKeyId;
    case SortRole:
        switch (column) {
        case CreatedColumn:
            return key.createOn.toMSecsSinceEpoch();
        case LastUsedColumn:
            return sortableDate(key.lastUsed, std::numeric_limits<qint64>::min());
        case ExpiresColumn:
            return sortableDate(key.expiresAt, std::numeric_limits<qint64>::max());
        case StateColumn:
            return int(key.stateAt(m_now));
        default:
            return displayText(key, column);
        }
    default:
        return {};
    }
}

void KeyListModel::retranslate()
{
    emit headerDataChanged(Qt::Horizontal, 0, ColumnCount - 1);
    if (!m_keys.isEmpty())
        emit dataChanged(index(0, 0), index(rowCount() - 1, ColumnCount - 1));
}

QVariant KeyListModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case NameColumn:
        return tr("Name");
    case EndingColumn:
        return tr("Key");
    case CreatedByColumn:
        return tr("Created by");
    case CreatedColumn:
        return tr("Created");
    case LastUsedColumn:
        return tr("Last used");
    case ExpiresColumn:
        return tr("Expires");
    case StateColumn:
        return tr("State");
    case PermissionsColumn:
        return tr("Permissions");
    }
    return {};
}

// --- KeyFilterProxyModel ---

KeyFilterProxyModel::KeyFilterProxyModel(QObject *parent)
    : QSortFilterProxyModel(parent)
{
    setSortRole(KeyListModel::SortRole);
}

void KeyFilterProxyModel::setKeyModel(KeyListModel *model)
{
    m_keys = model;
    setSourceModel(model);
}

void KeyFilterProxyModel::setKeyFilter(const KeyFilter &filter)
{
    m_filter = filter;
    // One layout change rather than a removal per range of rows: far cheaper on long lists.
    invalidate();
}

bool KeyFilterProxyModel::filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const
{
    if (!m_keys || sourceParent.isValid())
        return true;
    return m_filter.matches(m_keys->keyAt(sourceRow), m_keys->now());
}

bool KeyFilterProxyModel::lessThan(const QModelIndex &left, const QModelIndex &right) const
{
    if (!m_keys)
        return QSortFilterProxyModel::lessThan(left, right);
    // Straight from the keys, without a QVariant per comparison: 10,000 rows sort quickly.
    const ApiKey &a = m_keys->keyAt(left.row());
    const ApiKey &b = m_keys->keyAt(right.row());
    const QDateTime &now = m_keys->now();
    int order = 0;
    switch (left.column()) {
    case KeyListModel::NameColumn:
        order = a.name.compare(b.name, Qt::CaseInsensitive);
        break;
    case KeyListModel::EndingColumn:
        order = a.keyPostfix.compare(b.keyPostfix, Qt::CaseInsensitive);
        break;
    case KeyListModel::CreatedByColumn:
        order = a.createdByName.compare(b.createdByName, Qt::CaseInsensitive);
        break;
    case KeyListModel::CreatedColumn:
        order = compareValues(a.createOn.toMSecsSinceEpoch(), b.createOn.toMSecsSinceEpoch());
        break;
    case KeyListModel::LastUsedColumn:
        order = compareValues(sortableDate(a.lastUsed, std::numeric_limits<qint64>::min()),
                              sortableDate(b.lastUsed, std::numeric_limits<qint64>::min()));
        break;
    case KeyListModel::ExpiresColumn:
        order = compareValues(sortableDate(a.expiresAt, std::numeric_limits<qint64>::max()),
                              sortableDate(b.expiresAt, std::numeric_limits<qint64>::max()));
        break;
    case KeyListModel::StateColumn:
        order = compareValues(int(a.stateAt(now)), int(b.stateAt(now)));
        break;
    case KeyListModel::PermissionsColumn:
        order = compareValues(permissionsRank(a.permissions), permissionsRank(b.permissions));
        if (order == 0)
            order = KeyListModel::permissionsText(a.permissions)
                        .compare(KeyListModel::permissionsText(b.permissions), Qt::CaseInsensitive);
        break;
    default:
        break;
    }
    if (order == 0) // equal values keep a stable, meaningful order: newest first
        order = compareValues(b.createOn.toMSecsSinceEpoch(), a.createOn.toMSecsSinceEpoch());
    return order < 0;
}
