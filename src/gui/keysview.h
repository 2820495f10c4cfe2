#pragma once

#include "apikey.h"
#include "connectionsettings.h"
#include "keybatch.h"
#include "revokeoutcome.h"

#include <QPointer>
#include <QTimer>
#include <QWidget>

#include <functional>

class ApiCall;
class QAction;
class ConnectionTest;
class DocSpaceClient;
class KeyFilterProxyModel;
class KeyListModel;
class KeyListOperation;
class QLabel;
class QLineEdit;
class QMenu;
class QNetworkAccessManager;
class QProgressBar;
class QPushButton;
class QSpinBox;
class QTableView;
class QToolButton;
class StatusPanel;
struct ConnectionReport;

// The portal's keys: a filtered, sortable table, and batches of revocations, deactivations and
// reactivations on the selection or on pasted ids, with progress, Cancel and the outcomes in
// the status panel. Reading the list changes nothing on the portal.
class KeysView : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(KeysView)

public:
    // The connection the revoke form would use now; false with a sentence when it cannot.
    using ConnectionProvider = std::function<bool(ConnectionSettings *, QString *)>;

    // Batches adapt to the portal (KeyBatch); over HTTP/1.1 never more than this at once.
    static constexpr int BatchConcurrency = KeyBatch::HttpConnectionsPerHost;

    explicit KeysView(QWidget *parent = nullptr);
    ~KeysView() override;

    void setUp(QNetworkAccessManager *network, StatusPanel *statusPanel,
               ConnectionProvider connection);
    // Who the token is, from "Test connection": marks its key and enables "Created by me".
    void setIdentity(const QString &userId, const QString &ownKeyId);
    // The fields changed: the list shown may belong to another portal or user.
    void connectionChanged();

    KeyListModel *model() const { return m_model; }
    KeyFilterProxyModel *proxy() const { return m_proxy; }
    QTableView *table() const { return m_table; }
    KeyBatch *batch() const { return m_batch; }
    bool isLoading() const { return !m_listOperation.isNull(); }
    bool isBatchRunning() const { return !m_batch.isNull(); }
    QList<ApiKey> selectedKeys() const;

    // Shows a list as if the portal had just answered with it.
    void showKeys(const QList<ApiKey> &keys);
    // Runs a batch without asking (callers have asked). False when it cannot start.
    bool startBatch(KeyOperation operation, const QStringList &ids);

public slots:
    void refresh();
    void revokeSelected();
    void deactivateSelected();
    void reactivateSelected();
    void revokeByPaste();
    void cancelBatch();
    void copySelectedIds();
    void cancelAll();

signals:
    void message(const QString &text, int timeoutMs);
    void busyChanged();
    // One key of a batch is done; emitted before its outcome is shown anywhere, so that a
    // direct connection can record it first. `key` has the name and ending when the list
    // shown has the key, only the id otherwise.
    void keyFinished(const RevokeOutcome &outcome, const ApiKey &key, const QString &portal);
    // Emitted right before a bunch of outcomes goes to the status panel (connect directly):
    // the window writes the bunch's history records here, in one go.
    void aboutToShowOutcomes();
    void batchFinished(const BatchSummary &summary, KeyOperation operation);
    // The display name of the user the token signs in as, once the portal has said it.
    void identityKnown(const QString &displayName);

protected:
    void changeEvent(QEvent *event) override;

private:
    void buildUi();
    // Every text set in code: from the constructor and on QEvent::LanguageChange.
    void retranslate();
    void setColumnWidths();
    void applyFilter();
    void updateCount();
    void updateActions();
    void setProblem(const QString &text);
    void onKeysListed(bool ok, const QList<ApiKey> &keys, const RevokeOutcome &failure);
    void onIdentity(const ConnectionReport &report);
    void lookUpOwnKey();
    void showContextMenu(const QPoint &position);
    // Asks (names and endings; the typed count above 10 keys; the extra question for the
    // token's own key), then starts the batch.
    void confirmAndRun(KeyOperation operation, const QStringList &ids);
    bool confirmOwnKey(KeyOperation operation, const QStringList &ids);
    void onBatchKeyFinished(const RevokeOutcome &outcome);
    void onBatchProgress(int done, int failed, int left);
    void showProgress();
    void onBatchPaused(int seconds);
    void onBatchFinished(const BatchSummary &summary);
    void flushOutcomes();
    void updatePausedLabel();
    QString keyLine(const QString &id) const;

    QNetworkAccessManager *m_network = nullptr;
    StatusPanel *m_statusPanel = nullptr;
    ConnectionProvider m_connection;
    DocSpaceClient *m_client = nullptr;
    KeyListModel *m_model;
    KeyFilterProxyModel *m_proxy;

    QLineEdit *m_filterEdit = nullptr;
    QToolButton *m_filterExpired = nullptr;
    QToolButton *m_filterDeactivated = nullptr;
    QToolButton *m_filterNeverUsed = nullptr;
    QToolButton *m_filterUnused = nullptr;
    QSpinBox *m_unusedDays = nullptr;
    QToolButton *m_filterMine = nullptr;
    QLabel *m_countLabel = nullptr;
    QPushButton *m_refreshButton = nullptr;
    QLabel *m_problemLabel = nullptr;
    QTableView *m_table = nullptr;
    QPushButton *m_revokeButton = nullptr;
    QPushButton *m_deactivateButton = nullptr;
    QPushButton *m_reactivateButton = nullptr;
    QPushButton *m_pasteButton = nullptr;
    QProgressBar *m_progress = nullptr;
    QPushButton *m_batchCancelButton = nullptr;
    QLabel *m_pausedLabel = nullptr;
    QLabel *m_summaryLabel = nullptr;
    QMenu *m_contextMenu = nullptr;
    QAction *m_copyAction = nullptr;
    QAction *m_revokeAction = nullptr;
    QAction *m_deactivateAction = nullptr;
    QAction *m_reactivateAction = nullptr;

    QPointer<KeyListOperation> m_listOperation;
    QPointer<ConnectionTest> m_identityTest;
    QPointer<ApiCall> m_selfKeyCall;
    QPointer<KeyBatch> m_batch;
    QString m_portal; // of the list shown and of the batch running
    QString m_userId;
    QString m_ownKeyId;
    bool m_loaded = false;

    // Outcomes reach the status panel in bunches: a cancelled batch of a thousand keys must
    // not insert a thousand rows one by one.
    QList<RevokeOutcome> m_pendingOutcomes;
    QTimer m_flushTimer;
    // Likewise the progress text: at most every 50 ms, not once per key.
    QTimer m_progressTimer;
    int m_done = 0;
    int m_failed = 0;
    int m_left = 0;
    QTimer m_pauseCountdown;
    int m_pausedSecondsLeft = 0;
};
