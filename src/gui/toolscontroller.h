#pragma once

#include "adminconnection.h"
#include "connectionsettings.h"

#include <QObject>
#include <QPointer>
#include <QTimer>

#include <functional>

class HistoryRecorder;
class HistoryView;
class HygieneReportView;
class LeakedSecretDialog;
class QMainWindow;
class SettingsDialog;

namespace Ui {
class MainWindow;
}

// The main window's tools beside the single-key form: the History and Report tabs, the
// "Revoke Leaked Secret" and Settings dialogs, and the AdminConnection the Report and the
// dialog work on (following the fields once typing has settled, handed over only between
// batches).
class ToolsController : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ToolsController)

public:
    struct Hooks
    {
        std::function<AdminConnection()> adminConnection;
        // The fields' connection, or why they cannot be used yet (and point at them).
        std::function<bool(ConnectionSettings *, QString *)> keysConnection;
        std::function<void()> clearConnectionResult;
    };

    ToolsController(Ui::MainWindow *ui, QMainWindow *window, HistoryRecorder *history,
                    const QString &uiSettingsPath, Hooks hooks);

    HistoryView *historyView() const { return m_historyView; }
    HygieneReportView *reportView() const;
    LeakedSecretDialog *leakedSecretDialog() const;
    SettingsDialog *settingsDialog() const;

    void openLeakedSecretDialog();
    void openSettings();
    // Help > About; tokenStore: where saved tokens are kept.
    void showAbout(const QString &tokenStore);
    void scheduleConnectionUpdate();
    // The tab titles and tooltips.
    void retranslate();
    // Deletes the report and the dialog (they record into the history while they run).
    void closeAll();

private:
    void setUp();
    void updateAdminConnection();
    void onTabChanged(int index);
    void keysChangedElsewhere();

    Ui::MainWindow *m_ui;
    QMainWindow *m_window;
    HistoryRecorder *m_history;
    QString m_uiSettingsPath;
    Hooks m_hooks;
    HistoryView *m_historyView = nullptr;
    QPointer<HygieneReportView> m_reportView;
    QPointer<LeakedSecretDialog> m_leakedDialog;
    QPointer<SettingsDialog> m_settingsDialog;
    QTimer m_connectionUpdate;
    QByteArray m_adminSignature; // what the report and the dialog were last given
    AdminConnection m_admin;
    bool m_reportStale = true; // the Report tab loads when it is shown
};
