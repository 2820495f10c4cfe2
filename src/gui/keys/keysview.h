#pragma once

#include "apikey.h"
#include "connectionsettings.h"
#include "keybatch.h"
#include "keycolumnsizer.h"
#include "revokeoutcome.h"

#include <QPointer>
#include <QTimer>
#include <QWidget>

#include <functional>

class ApiCall;
class BatchRunner;
class HistoryRecorder;
class IdentityLookup;
class QAction;
class ConnectionTest;
class DocSpaceClient;
class KeyFilterProxyModel;
class KeyListModel;
class KeyListOperation;
class QHBoxLayout;
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
    // The profile name for the history records; empty when none is used.
    using ProfileNameProvider = std::function<QString()>;

    explicit KeysView(QWidget *parent = nullptr);
    ~KeysView() override;

    // `recorder` (may be null) gets every outcome before the status panel shows it.
    void setUp(QNetworkAccessManager *network, StatusPanel *statusPanel,
               ConnectionProvider connection, HistoryRecorder *recorder = nullptr,
               ProfileNameProvider profileName = {});
    // Who the token is, from "Test connection": marks its key and enables "Created by me".
    void setIdentity(const QString &userId, const QString &ownKeyId);
    // The fields changed: the list shown belongs to another portal or token. It is cleared
    // (with its selection and who "me" is) and has to be read again.
    void connectionChanged();
    // Where the list shown was read from; empty when none is shown.
    QString loadedPortal() const { return m_loaded ? m_portal : QString(); }

    // Puts the window's heading for the list at the start of the filter row and `extra` after
    // Revoke by Paste: no row of their own, so a small screen has room for more keys.
    void adoptHeader(QWidget *heading, QWidget *extra);
    // Its widgets in Tab order, top to bottom: the filters, the table (one stop), the buttons
    // under it with `extra` after Revoke by Paste.
    QList<QWidget *> tabChain(QWidget *extra) const;

    KeyListModel *model() const { return m_model; }
    KeyFilterProxyModel *proxy() const { return m_proxy; }
    QTableView *table() const { return m_table; }
    KeyBatch *batch() const;
    BatchRunner *runner() const { return m_runner; }
    bool isLoading() const { return !m_listOperation.isNull(); }
    bool isBatchRunning() const;
    QList<ApiKey> selectedKeys() const;
    // The keys for these ids, as the list shown knows them when it was read with the
    // connection of the fields now (only the id otherwise).
    QList<ApiKey> keysFor(const QStringList &ids) const;

    // Shows a list as if the portal had just answered with it.
    void showKeys(const QList<ApiKey> &keys);
    // Runs a batch without asking (callers have asked). False when it cannot start.
    bool startBatch(KeyOperation operation, const QStringList &ids);
    bool startBatch(KeyOperation operation, const QList<ApiKey> &keys);

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
    // One key of a batch is done and recorded in the history. `key` has the name and ending
    // when the list shown has the key, only the id otherwise.
    void keyFinished(const RevokeOutcome &outcome, const ApiKey &key, const QString &portal);
    void batchFinished(const BatchSummary &summary, KeyOperation operation);
    // The display name of the user the token signs in as, once the portal has said it.
    void identityKnown(const QString &displayName);

protected:
    void changeEvent(QEvent *event) override;
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void buildUi();
    // Every text set in code: from the constructor and on QEvent::LanguageChange.
    void retranslate();
    void applyFilter();
    void updateCount();
    void updateActions();
    void setProblem(const QString &text);
    void onKeysListed(bool ok, const QList<ApiKey> &keys, const RevokeOutcome &failure);
    void onIdentity(const QString &userId, const QString &ownKeyId, const QString &displayName);
    void showContextMenu(const QPoint &position);
    // Asks through KeyChangeConfirmation (portal, names, endings, owners; the typed count above
    // 10 keys; the own key's question), then starts the batch.
    void confirmAndRun(KeyOperation operation, const QList<ApiKey> &keys);
    void actOnSelection(KeyOperation operation);
    // The connection of the fields now, as a signature; empty when they cannot be used.
    QByteArray currentSignature() const;
    static QByteArray signatureOf(const ConnectionSettings &settings);
    void clearList();
    void onBatchKeyFinished(const RevokeOutcome &outcome, const ApiKey &key);
    void onBatchFinished(const BatchSummary &summary, KeyOperation operation);
    void updatePortalLabel();

    QNetworkAccessManager *m_network = nullptr;
    StatusPanel *m_statusPanel = nullptr;
    ConnectionProvider m_connection;
    DocSpaceClient *m_client = nullptr;
    KeyListModel *m_model;
    KeyFilterProxyModel *m_proxy;

    KeyColumnSizer m_columns;
    QHBoxLayout *m_filterRow = nullptr;
    QHBoxLayout *m_actionRow = nullptr;
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
    BatchRunner *m_runner = nullptr;
    QLabel *m_portalLabel = nullptr;
    QLabel *m_summaryLabel = nullptr;
    QMenu *m_contextMenu = nullptr;
    QAction *m_copyAction = nullptr;
    QAction *m_revokeAction = nullptr;
    QAction *m_deactivateAction = nullptr;
    QAction *m_reactivateAction = nullptr;

    QPointer<KeyListOperation> m_listOperation;
    QPointer<IdentityLookup> m_identity;
    HistoryRecorder *m_recorder = nullptr;
    ProfileNameProvider m_profileName;
    QString m_portal;              // of the list shown
    QString m_profile;             // the profile the list shown was read with
    QByteArray m_loadingSignature; // the connection of the list being read
    QByteArray m_loadedSignature;  // the connection of the list shown
    QString m_userId;
    QString m_ownKeyId;
    QString m_actor; // the display name of the user the token signs in as
    bool m_loaded = false;
};
