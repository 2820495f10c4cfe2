#pragma once

#include "multiportal.h"

#include <QDialog>
#include <QPointer>

class ProfileStore;
class QCheckBox;
class QLabel;
class QLineEdit;
class QNetworkAccessManager;
class QSpinBox;
class QTableWidget;
class SecretStore;

// The keys of every saved profile in one list, the portal as a column, with the key list's
// filters (text, expired, deactivated, never used, unused for N days) and a CSV export: "every
// key unused for 90 days on every portal" is one screen and one file.
class AllPortalsView : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(AllPortalsView)

public:
    AllPortalsView(QNetworkAccessManager *network, ProfileStore *profiles, SecretStore *secrets,
                   QWidget *parent = nullptr);

    QTableWidget *table() const { return m_table; }
    QLineEdit *searchField() const { return m_search; }
    QSpinBox *unusedDays() const { return m_unusedDays; }
    QCheckBox *unusedFilter() const { return m_unused; }
    bool isLoading() const { return m_loading; }
    QString csv() const; // what Export writes: the rows shown
    // Test seam for Export: the path instead of a file chooser.
    static void setNextExportPath(const QString &path);

public slots:
    void refresh();

signals:
    void loaded();

private:
    void start(const QList<MultiPortalLister::Source> &sources, const QStringList &problems);
    void applyFilter();
    void exportCsv();

    QNetworkAccessManager *m_network;
    ProfileStore *m_profiles;
    SecretStore *m_secrets;
    QPointer<MultiPortalLister> m_lister;
    QList<PortalKey> m_keys;
    QStringList m_problems;
    QLineEdit *m_search;
    QCheckBox *m_expired;
    QCheckBox *m_deactivated;
    QCheckBox *m_neverUsed;
    QCheckBox *m_unused;
    QSpinBox *m_unusedDays;
    QTableWidget *m_table;
    QLabel *m_summary;
    bool m_loading = false;
    int m_generation = 0;
};
