#pragma once

#include "historylog.h"

#include <QAbstractTableModel>
#include <QSortFilterProxyModel>

// The history records as a table, newest first. Every text is plain text for the view.
class HistoryModel : public QAbstractTableModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(HistoryModel)

public:
    enum Column
    {
        TimeColumn,
        PortalColumn,
        ProfileColumn,
        OperationColumn,
        KeyColumn,
        OutcomeColumn,
        HttpColumn,
        ByColumn,
        MessageColumn,
        ColumnCount
    };
    enum Role
    {
        SortRole = Qt::UserRole + 1, // a comparable value per column (time as QDateTime)
        PortalRole,                  // the record's portal, for the portal filter
        OutcomeKindRole,             // the record's outcome kind name, for the outcome filter
        SearchTextRole,              // every field of the record, for the text filter
    };

    explicit HistoryModel(QObject *parent = nullptr);

    // Records as HistoryLog::read() returns them (oldest first); shown newest first.
    void setRecords(const QList<HistoryRecord> &records);
    // Records appended to the file since the last read (oldest first): they go on top.
    void addNewRecords(const QList<HistoryRecord> &records);
    const HistoryRecord &record(int row) const { return m_records.at(row); }
    QStringList portals() const;      // distinct portals seen, sorted
    QStringList outcomeKinds() const; // distinct outcome kind names seen, sorted

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

    // How a record's key, outcome and actor read in the table and in exports.
    static QString keyText(const HistoryRecord &record);
    static QString outcomeText(const QString &kindName);
    // The same, with what an edit changed: "Edited: name, permissions".
    static QString outcomeText(const HistoryRecord &record);
    static QString operationText(KeyOperation operation);
    static QString byText(const HistoryRecord &record);

private:
    QList<HistoryRecord> m_records; // newest first
};

// Portal, outcome and free-text filters over a HistoryModel.
class HistoryFilterModel : public QSortFilterProxyModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(HistoryFilterModel)

public:
    explicit HistoryFilterModel(QObject *parent = nullptr);

    void setPortal(const QString &portal);    // empty: every portal
    void setOutcomeKind(const QString &kind); // kind name; empty: every outcome
    void setText(const QString &text);        // case-insensitive in any field

protected:
    bool filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const override;

private:
    QString m_portal;
    QString m_kind;
    QString m_text;
};
