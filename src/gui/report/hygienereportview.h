#pragma once

#include "adminconnection.h"
#include "apikey.h"
#include "docspaceclient.h"
#include "keybatch.h"
#include "keyhygiene.h"

#include <QPointer>
#include <QWidget>

#include <optional>

class BatchRunner;
class HistoryRecorder;
class IdentityLookup;
class QLabel;
class QProgressBar;
class QPushButton;
class QSpinBox;
class QVBoxLayout;
class WarningBar;

// The key-hygiene Report view: loads the portal's key list with the administrator's connection
// and shows every finding (expired, deactivated, never used, unused for N days, no expiry,
// unrestricted) with its count, why it matters and the keys behind it, and one button per finding
// that revokes or deactivates exactly those keys after a confirmation. Exports CSV, printable
// HTML and, where Qt's print support is built in, PDF.
class HygieneReportView : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(HygieneReportView)

public:
    // `recorder` may be null (nothing recorded); it must outlive the view. Nothing is loaded
    // until refresh() (or setConnection()) is called.
    HygieneReportView(const AdminConnection &admin, HistoryRecorder *recorder,
                      QWidget *parent = nullptr);
    ~HygieneReportView() override;

    // Another profile was chosen in the window: forgets the report and loads the new one.
    void setConnection(const AdminConnection &admin);

    const HygieneReport &report() const { return m_report; }
    bool hasReport() const { return m_loaded; }
    bool isLoading() const { return m_listing != nullptr || m_listedKeys.has_value(); }
    bool isRunning() const;
    BatchRunner *runner() const { return m_runner; }
    // The order Tab follows on the tab, top to bottom: the toolbar, each card (its action, the
    // toggle, its key list), the batch's Cancel.
    QList<QWidget *> tabChain() const;
    int unusedDays() const;
    // The key the report's connection signs in with; empty when not known.
    QString ownKeyId() const { return m_ownKeyId; }
    void setUnusedDays(int days);

    // The exported files' contents.
    QString html() const;
    static bool canExportPdf();

public slots:
    // Loads the key list again and rebuilds the report.
    void refresh();
    // Confirms (MessageBox), then revokes or deactivates every key of that finding.
    void actOnFinding(const QString &findingId);
    // Stops sending further changes; those already sent finish and are reported.
    void cancelAction();
    // Ask for a file (FileChooser) and write the report to it.
    void exportCsv();
    void exportHtml();
    void exportPdf();

signals:
    void loaded(const HygieneReport &report);
    void loadFailed(const RevokeOutcome &failure);
    // One per key acted on, already written to the history (the status panel gets them in
    // bunches from runner()).
    void outcome(const RevokeOutcome &outcome, const ApiKey &key);
    void actionFinished(const BatchSummary &summary, KeyOperation operation);
    // Some keys were revoked or deactivated: the window's key list is out of date.
    void keysChanged();

protected:
    void changeEvent(QEvent *event) override;
    void showEvent(QShowEvent *event) override;

private:
    // Every text set in code: from the constructor and on QEvent::LanguageChange.
    void retranslate();
    void retranslateStaticTexts();
    void onListed(bool ok, const QList<ApiKey> &keys, const RevokeOutcome &failure);
    void rebuild();
    void showReport();
    // Each card's title takes a letter no other control of the window uses: Alt+letter runs
    // its action. Again when the tab shows (the window's other texts may have changed).
    void assignFindingAccelerators();
    QWidget *findingCard(const HygieneFinding &finding);
    void onBatchFinished(const BatchSummary &summary, KeyOperation operation);
    void updateButtons();
    bool writeFile(const QString &path, const QByteArray &contents);

    AdminConnection m_admin;
    HistoryRecorder *m_recorder;
    QList<ApiKey> m_keys;
    HygieneReport m_report;
    bool m_loaded = false;

    WarningBar *m_warning;
    QLabel *m_heading;
    QLabel *m_summary;
    QLabel *m_unusedLabel = nullptr;
    QSpinBox *m_unusedDays;
    QPushButton *m_refreshButton;
    QPushButton *m_csvButton;
    QPushButton *m_htmlButton;
    QPushButton *m_pdfButton;
    QWidget *m_cards;
    QVBoxLayout *m_cardsLayout;
    BatchRunner *m_runner;
    QLabel *m_status;
    QList<QPushButton *> m_actionButtons;
    QList<QLabel *> m_findingTitles; // each with its action button as buddy
    QString m_statusAfterLoad;       // what the status line says once the next load is done

    DocSpaceClient *m_client = nullptr; // for the key list; recreated with the connection
    QPointer<KeyListOperation> m_listing;
    QPointer<IdentityLookup> m_identity;
    QString m_ownKeyId;                        // the key the connection signs in with, once known
    std::optional<QList<ApiKey>> m_listedKeys; // listed, waiting for m_identity
};
