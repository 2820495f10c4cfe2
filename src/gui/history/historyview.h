#pragma once

#include <QStringList>

#include <QWidget>

class HistoryFilterModel;
class HistoryModel;
class QComboBox;
class QFileSystemWatcher;
class QLabel;
class QLineEdit;
class QPushButton;
class QTableView;
class QTimer;
class WarningBar;

// The History tab: every revocation, deactivation and reactivation recorded by the window and
// the command line, newest first, with portal, outcome and text filters and a CSV export. It
// follows the file: a record appended by another process shows up on its own.
class HistoryView : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(HistoryView)

public:
    // Empty path: HistoryLog::defaultPath(). The file is read at once.
    // Now: read the file at once. WhenShown: not before the view is first shown (the window's
    // History tab: a long history must not cost start-up time or memory until it is looked at).
    enum class Load
    {
        Now,
        WhenShown
    };
    explicit HistoryView(const QString &historyPath = {}, QWidget *parent = nullptr,
                         Load load = Load::Now);

    QString historyPath() const { return m_path; }
    // The order Tab follows on the tab, top to bottom: the filters, Reload, Export, the table.
    QList<QWidget *> tabChain() const;
    HistoryModel *model() const { return m_model; }
    HistoryFilterModel *filterModel() const { return m_filter; }
    QTableView *view() const { return m_table; }
    // The warning about damaged lines or an unreadable file; empty when none.
    QString warningText() const;
    // The rows the filters let through, as CSV (header first).
    QByteArray visibleRowsAsCsv() const;

public slots:
    // Reads the file again (the window calls this after each operation; changes to the file
    // also trigger it).
    void reload();
    // Asks for a file (FileChooser) and writes the visible rows to it.
    void exportCsv();

signals:
    void reloaded(int records);

protected:
    void changeEvent(QEvent *event) override;
    void showEvent(QShowEvent *event) override;

private:
    QByteArray firstLine() const;
    // Every text set in code: from the constructor and on QEvent::LanguageChange.
    void retranslate();
    void retranslateStaticTexts();
    void watchFile();
    void updateFilterChoices();
    void updateSummary();

    QString m_path;
    HistoryModel *m_model;
    HistoryFilterModel *m_filter;
    WarningBar *m_warning;
    QLabel *m_portalLabel = nullptr;
    QLabel *m_outcomeLabel = nullptr;
    QComboBox *m_portalCombo;
    QComboBox *m_outcomeCombo;
    QLineEdit *m_searchEdit;
    QPushButton *m_reloadButton;
    QPushButton *m_exportButton;
    QTableView *m_table;
    QLabel *m_summary;
    QFileSystemWatcher *m_watcher;
    QTimer *m_reloadTimer;
    // How far the file has been read, so that a reload reads only what was appended.
    bool m_loadWhenShown = false;
    qint64 m_readUpTo = 0;
    int m_linesRead = 0;
    QByteArray m_firstLine;
    QStringList m_warnings;
};
