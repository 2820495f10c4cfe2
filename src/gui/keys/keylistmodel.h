#pragma once

#include "apikey.h"

#include <QAbstractTableModel>
#include <QDateTime>
#include <QHash>
#include <QIcon>
#include <QList>
#include <QSet>
#include <QSortFilterProxyModel>

// The portal's keys as a table. Names come from the portal verbatim and are only ever shown as
// plain text. Dates and states are relative to now(), which tests set.
class KeyListModel : public QAbstractTableModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(KeyListModel)

public:
    enum Column
    {
        NameColumn,
        EndingColumn,
        CreatedByColumn,
        CreatedColumn,
        LastUsedColumn,
        ExpiresColumn,
        StateColumn,
        PermissionsColumn,
        ColumnCount
    };
    enum Role
    {
        KeyIdRole = Qt::UserRole + 1,
        SortRole,  // the real value: dates as milliseconds since the epoch, states as numbers
        StateRole, // ApiKey::State as int
        IsOwnKeyRole,
    };

    explicit KeyListModel(QObject *parent = nullptr);

    // One reset for the whole list, however long.
    void setKeys(QList<ApiKey> keys);
    const QList<ApiKey> &keys() const { return m_keys; }
    const ApiKey &keyAt(int row) const { return m_keys.at(row); }
    int rowOf(const QString &id) const { return m_rowById.value(id, -1); }

    void setNow(const QDateTime &now);
    QDateTime now() const { return m_now; }
    // The key the current token is: shown in bold with "(this token)".
    void setOwnKeyId(const QString &id);
    QString ownKeyId() const { return m_ownKeyId; }
    // Keys a batch already revoked, shown struck through until the list is read again.
    void markRevoked(const QString &id);
    bool isRevoked(const QString &id) const { return m_revoked.contains(id); }
    // A batch deactivated or reactivated the key: shown at once, before the list is read again.
    void setActive(const QString &id, bool active);
    // The language changed: column titles, states and relative dates are read again.
    void retranslate();

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role) const override;

    static QString stateText(ApiKey::State state);
    static QString permissionsText(const QStringList &permissions);
    // "in 3 days", "expired 2 days ago", "never"
    static QString relativeExpiry(const QDateTime &expiresAt, const QDateTime &now);
    static QString dateText(const QDateTime &date);
    QString displayText(const ApiKey &key, int column) const;

private:
    void emitRowChanged(int row);

    QList<ApiKey> m_keys;
    QHash<QString, int> m_rowById;
    QSet<QString> m_revoked;
    QString m_ownKeyId;
    QDateTime m_now;
    QIcon m_activeIcon;
    QIcon m_deactivatedIcon;
    QIcon m_expiredIcon;
};

// Filters with the same KeyFilter the command line uses, and sorts by the real values.
class KeyFilterProxyModel : public QSortFilterProxyModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(KeyFilterProxyModel)

public:
    explicit KeyFilterProxyModel(QObject *parent = nullptr);

    void setKeyModel(KeyListModel *model);
    void setKeyFilter(const KeyFilter &filter);
    const KeyFilter &keyFilter() const { return m_filter; }

protected:
    bool filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const override;
    bool lessThan(const QModelIndex &left, const QModelIndex &right) const override;

private:
    KeyListModel *m_keys = nullptr;
    KeyFilter m_filter;
};
