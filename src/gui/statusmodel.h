#pragma once

#include "revokeoutcome.h"

#include <QAbstractListModel>
#include <QList>

// The results of this session, newest first. Everything is plain text: key names and messages
// come from the server and must never be interpreted as markup.
class StatusModel : public QAbstractListModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(StatusModel)

public:
    enum Role
    {
        KindRole = Qt::UserRole + 1, // OutcomeKind as int
        KindNameRole,                // "revoked", "tls_error", ...
        HeadlineRole,                // time, title, HTTP status, key id
        SentenceRole,
        DetailsRole,     // QStringList, shown when expanded
        FingerprintRole, // certificate SHA-256 of a tls_error, empty otherwise
        PortalRole,
        ExpandedRole,
        CertificateTrustedRole,
        PlainTextRole, // the entry as it is copied to the clipboard
    };

    explicit StatusModel(QObject *parent = nullptr);

    void addOutcome(const RevokeOutcome &outcome, const QString &portal);
    // Oldest first in, newest on top: one insertion for the lot, as a batch produces them.
    void addOutcomes(const QList<RevokeOutcome> &outcomes, const QString &portal);
    void clear();
    // Notes on every tls_error entry with this fingerprint that it is now trusted.
    void markCertificateTrusted(const QString &fingerprint);

    int rowCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role) const override;
    bool setData(const QModelIndex &index, const QVariant &value, int role) override;
    Qt::ItemFlags flags(const QModelIndex &index) const override;

private:
    struct Entry
    {
        RevokeOutcome outcome;
        QString portal;
        QDateTime at;
        bool expanded = false;
        bool certificateTrusted = false;
    };

    static Entry makeEntry(const RevokeOutcome &outcome, const QString &portal);
    QString headline(const Entry &entry, const QString &time) const;
    QStringList details(const Entry &entry) const;
    QString plainText(const Entry &entry) const;

    QList<Entry> m_entries;
};
