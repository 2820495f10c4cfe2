#include "keylistmodel.h"
#include "keysview.h"
#include "statusmodel.h"
#include "statuspanel.h"
#include "translations.h"
#include "windowfixture.h"

#include <QClipboard>
#include <QDialog>
#include <QGuiApplication>
#include <QNetworkReply>
#include <QPlainTextEdit>
#include <QProgressBar>
#include <QPushButton>
#include <QSettings>
#include <QSignalSpy>
#include <QSpinBox>
#include <QTableView>
#include <QToolButton>

// The keys view in the real window against the in-process sandbox: load, filter, select, and
// batches of revocations, deactivations and reactivations.
class TestKeysView : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();

    void load_refresh_listsKeysAndMarksTokensOwnKey();
    void load_f5_refreshes();
    void load_noToken_saysWhatIsMissingAndSendsNothing();
    void filter_textAndQuickFilters_updateRowsAndCount();
    void revoke_threeSelected_disappearAfterRefreshAndSummaryShown();
    void revoke_moreThanTen_needsTypedCountAndWrongCountSendsNothing();
    void revokeByPaste_invalidLineSkipped_shownSkippedRestRevoked();
    void deactivateThenReactivate_changesPortalAndTable();
    void cancel_midBatchWithLatency_inFlightFinishRestCancelled();
    void rateLimited_batch_showsPausedThenFinishes();
    void ownKey_revoke_asksExtraConfirmationSayingAccessIsLost();
    void copyId_ctrlC_putsSelectedIdOnClipboard();
    void names_html_confirmationListsThemVerbatim();

private:
    void startWith(int seedKeys = 0);
    void load();
    int rows() const { return m_keys->proxy()->rowCount(); }
    QStringList shownNames() const;
    bool listed(const QString &name) const;
    // Selects the rows whose names are given, as ctrl-clicks would.
    void select(const QStringList &names);
    void selectAllShown();
    QDialog *confirmDialog() const;
    QDialog *waitForDialog(const char *name) const;
    int requests(const QByteArray &method) const;
    // Reads the key list again through the window and waits until the sandbox has logged it:
    // whatever the window sent before has arrived by then. Proves "nothing was sent" without a
    // fixed sleep.
    void markerRead();
    // No request of the window is on its way (bounded wait); with nothing created, at once.
    bool nothingInFlight() const;
    QString idOf(const QString &name) const;
    QString summary() const;

    QTemporaryDir m_settingsDir;
    WindowFixture m_fixture;
    KeysView *m_keys = nullptr;
};

void TestKeysView::initTestCase()
{
    QVERIFY(m_settingsDir.isValid());
    QCoreApplication::setOrganizationName(QStringLiteral("DocSpaceKeysTests"));
    QCoreApplication::setApplicationName(QStringLiteral("tst_keysview"));
    QSettings::setPath(QSettings::NativeFormat, QSettings::UserScope, m_settingsDir.path());
    QSettings::setPath(QSettings::IniFormat, QSettings::UserScope, m_settingsDir.path());
}

void TestKeysView::init()
{
    QVERIFY(m_fixture.setUp());
}

void TestKeysView::cleanup()
{
    m_keys = nullptr;
    m_fixture.tearDown();
}

void TestKeysView::startWith(int seedKeys)
{
    if (seedKeys > 0) {
        PortalOptions options;
        options.seedKeys = seedKeys;
        m_fixture.m_sandbox = std::make_unique<SandboxServer>(options);
        QVERIFY(m_fixture.m_sandbox->listen(QHostAddress(QHostAddress::LocalHost), 0, 0));
    }
    MainWindow *window = m_fixture.startWindow();
    window->selectProfile(QUuid(), false);
    window->setPortalAddress(m_fixture.httpPortal());
    // Alice's "Admin console" key: the owner, every scope, and a key of its own in the list.
    window->setToken(m_fixture.keySecret(QStringLiteral("Admin console")));
    m_keys = window->keysView();
}

void TestKeysView::load()
{
    const int expected = int(m_fixture.m_sandbox->portal().keys().size());
    QTest::mouseClick(m_fixture.find<QPushButton>("refreshKeysButton"), Qt::LeftButton);
    QTRY_COMPARE(m_keys->model()->rowCount(), expected);
    QTRY_VERIFY(!m_keys->isLoading());
    // Who the token is has been found out too: nothing of it is still on the way to the portal.
    QTRY_VERIFY(!m_keys->model()->ownKeyId().isEmpty());
}

QStringList TestKeysView::shownNames() const
{
    QStringList names;
    for (int row = 0; row < rows(); ++row)
        names << m_keys->model()
                     ->keyAt(m_keys->proxy()->mapToSource(m_keys->proxy()->index(row, 0)).row())
                     .name;
    return names;
}

bool TestKeysView::listed(const QString &name) const
{
    for (const ApiKey &key : m_keys->model()->keys()) {
        if (key.name == name)
            return true;
    }
    return false;
}

void TestKeysView::select(const QStringList &names)
{
    QTableView *table = m_fixture.find<QTableView>("keyTable");
    table->clearSelection();
    for (int row = 0; row < rows(); ++row) {
        const QModelIndex index = m_keys->proxy()->index(row, 0);
        const QString name = m_keys->model()->keyAt(m_keys->proxy()->mapToSource(index).row()).name;
        if (!names.contains(name))
            continue;
        table->scrollTo(index);
        const QRect rect = table->visualRect(index);
        QTest::mouseClick(table->viewport(), Qt::LeftButton, Qt::ControlModifier, rect.center());
    }
    QCOMPARE(m_keys->selectedKeys().size(), names.size());
}

void TestKeysView::selectAllShown()
{
    QTableView *table = m_fixture.find<QTableView>("keyTable");
    table->setFocus();
    QTest::keyClick(table, Qt::Key_A, Qt::ControlModifier);
    QCOMPARE(m_keys->selectedKeys().size(), rows());
}

QDialog *TestKeysView::waitForDialog(const char *name) const
{
    QDialog *dialog = nullptr;
    const auto found = [&dialog, name, this] {
        dialog = m_fixture.m_window->findChild<QDialog *>(QLatin1String(name));
        return dialog && dialog->isVisible();
    };
    if (!QTest::qWaitFor(found, 5000))
        return nullptr;
    return dialog;
}

QDialog *TestKeysView::confirmDialog() const
{
    return waitForDialog("batchConfirmDialog");
}

void TestKeysView::markerRead()
{
    const auto reads = [this] {
        int n = 0;
        for (const RequestLogEntry &entry : m_fixture.m_sandbox->requestLog())
            n += entry.method == "GET" && entry.path.startsWith(QLatin1String("/api/2.0/keys"));
        return n;
    };
    const int before = reads();
    QTRY_VERIFY(!m_keys->isLoading() && !m_keys->isBatchRunning());
    m_keys->refresh();
    QTRY_VERIFY_WITH_TIMEOUT(reads() > before, 10000);
    QTRY_VERIFY(!m_keys->isLoading());
}

bool TestKeysView::nothingInFlight() const
{
    return QTest::qWaitFor(
        [this] { return m_fixture.m_window->findChildren<QNetworkReply *>().isEmpty(); }, 5000);
}

int TestKeysView::requests(const QByteArray &method) const
{
    int count = 0;
    for (const RequestLogEntry &entry : m_fixture.m_sandbox->requestLog()) {
        if (entry.method == method)
            ++count;
    }
    return count;
}

QString TestKeysView::idOf(const QString &name) const
{
    for (const SandboxKey &key : m_fixture.m_sandbox->portal().keys()) {
        if (key.name == name)
            return key.id.toString(QUuid::WithoutBraces);
    }
    return {};
}

QString TestKeysView::summary() const
{
    auto *label = m_fixture.find<QLabel>("batchSummary");
    return label->isVisible() ? label->text() : QString();
}

void TestKeysView::load_refresh_listsKeysAndMarksTokensOwnKey()
{
    startWith();
    QCOMPARE(requests("GET"), 0); // nothing is read before Refresh
    load();
    QCOMPARE(m_fixture.find<QLabel>("keyCountLabel")->text(), QStringLiteral("13 keys"));
    QCOMPARE(requests("DELETE") + requests("PUT") + requests("POST"), 0); // reading only

    // The token is "Admin console": its row says so, in bold, once /keys/@self answered.
    const int row = m_keys->model()->rowOf(idOf(QStringLiteral("Admin console")));
    QVERIFY(row >= 0);
    const QModelIndex name = m_keys->model()->index(row, KeyListModel::NameColumn);
    QTRY_COMPARE(name.data().toString(), QStringLiteral("Admin console (this token)"));
    QVERIFY(name.data(Qt::FontRole).value<QFont>().bold());
    const QModelIndex other =
        m_keys->model()->index(m_keys->model()->rowOf(idOf(QStringLiteral("CI pipeline"))), 0);
    QCOMPARE(other.data().toString(), QStringLiteral("CI pipeline"));
    QTRY_VERIFY(m_fixture.find<QToolButton>("filterMine")->isEnabled());
}

void TestKeysView::load_f5_refreshes()
{
    startWith();
    QTest::keyClick(m_fixture.m_window.get(), Qt::Key_F5);
    QTRY_COMPARE(m_keys->model()->rowCount(), 13);
}

void TestKeysView::load_noToken_saysWhatIsMissingAndSendsNothing()
{
    startWith();
    m_fixture.m_window->setToken(QString());
    QTest::mouseClick(m_fixture.find<QPushButton>("refreshKeysButton"), Qt::LeftButton);
    auto *problem = m_fixture.find<QLabel>("keysProblem");
    QVERIFY(problem->isVisible());
    QVERIFY2(problem->text().contains(QStringLiteral("access token")), qPrintable(problem->text()));
    QVERIFY(nothingInFlight());
    QCOMPARE(m_fixture.m_sandbox->requestLog().size(), 0);
    QCOMPARE(m_keys->model()->rowCount(), 0);
}

void TestKeysView::filter_textAndQuickFilters_updateRowsAndCount()
{
    startWith();
    load();
    auto *count = m_fixture.find<QLabel>("keyCountLabel");
    WindowFixture::type(m_fixture.find<QLineEdit>("keyFilterEdit"), QStringLiteral("carol"));
    QCOMPARE(rows(), 2); // "Carol's notebook" and "Carol read-only", by name and by creator
    QCOMPARE(count->text(), QStringLiteral("2 of 13 keys"));
    WindowFixture::type(m_fixture.find<QLineEdit>("keyFilterEdit"), QStringLiteral("Member"));
    QCOMPARE(rows(), 2); // the creator's name
    m_fixture.find<QLineEdit>("keyFilterEdit")->clear();
    QCOMPARE(count->text(), QStringLiteral("13 keys"));

    auto *deactivated = m_fixture.find<QToolButton>("filterDeactivated");
    QTest::mouseClick(deactivated, Qt::LeftButton);
    QCOMPARE(shownNames(), QStringList{QStringLiteral("Disabled webhook")});
    QTest::mouseClick(deactivated, Qt::LeftButton);

    auto *expired = m_fixture.find<QToolButton>("filterExpired");
    QTest::mouseClick(expired, Qt::LeftButton);
    QCOMPARE(shownNames(), QStringList{QStringLiteral("Old migration")});
    QTest::mouseClick(expired, Qt::LeftButton);

    auto *neverUsed = m_fixture.find<QToolButton>("filterNeverUsed");
    QTest::mouseClick(neverUsed, Qt::LeftButton);
    QStringList never = shownNames();
    never.sort();
    QCOMPARE(never, (QStringList{QStringLiteral("Carol read-only"), QStringLiteral("Monitoring"),
                                 QStringLiteral("Zapier integration")}));
    QTest::mouseClick(neverUsed, Qt::LeftButton);

    // Not used in the last 30 days: those last used 40, 100 and 150 days ago, and the one never
    // used that was created 30 days ago (the two never used created 10 and 3 days ago are too
    // new to count).
    auto *unusedDays = m_fixture.find<QSpinBox>("unusedDaysSpin");
    unusedDays->setValue(30);
    QTest::mouseClick(m_fixture.find<QToolButton>("filterUnused"), Qt::LeftButton);
    QCOMPARE(rows(), 4);
    unusedDays->setValue(120);
    QCOMPARE(rows(), 1);
    QTest::mouseClick(m_fixture.find<QToolButton>("filterUnused"), Qt::LeftButton);

    // Created by me: Alice created eight of the thirteen.
    auto *mine = m_fixture.find<QToolButton>("filterMine");
    QTRY_VERIFY(mine->isEnabled());
    QTest::mouseClick(mine, Qt::LeftButton);
    QCOMPARE(rows(), 8);
    QVERIFY(!shownNames().contains(QStringLiteral("Carol's notebook")));
    QCOMPARE(count->text(), QStringLiteral("8 of 13 keys"));
}

void TestKeysView::revoke_threeSelected_disappearAfterRefreshAndSummaryShown()
{
    startWith();
    load();
    WindowFixture::type(m_fixture.find<QLineEdit>("keyFilterEdit"), QStringLiteral("i"));
    const QStringList three{QStringLiteral("Zapier integration"), QStringLiteral("Backup script"),
                            QStringLiteral("Monitoring")};
    select(three);
    QTest::mouseClick(m_fixture.find<QPushButton>("revokeSelectedButton"), Qt::LeftButton);
    QDialog *dialog = confirmDialog();
    QVERIFY(dialog);
    const QString listText = dialog->findChild<QPlainTextEdit *>("confirmKeyList")->toPlainText();
    for (const QString &name : three)
        QVERIFY2(listText.contains(name), qPrintable(listText));
    QVERIFY(listText.contains(QStringLiteral("sk-***")));
    QVERIFY(!dialog->findChild<QLineEdit *>("confirmCountEdit")); // three need no typing
    QCOMPARE(requests("DELETE"), 0);
    QTest::mouseClick(dialog->findChild<QPushButton *>("confirmAcceptButton"), Qt::LeftButton);

    QTRY_VERIFY(!summary().isEmpty());
    QVERIFY2(summary().startsWith(QStringLiteral("Revoked 3 of 3 key")), qPrintable(summary()));
    QCOMPARE(requests("DELETE"), 3);
    for (const QString &name : three)
        QVERIFY(!m_fixture.m_sandbox->portal().key(QUuid(idOf(name))));
    // The automatic refresh: the list is the portal's again, without them.
    QTRY_COMPARE(m_keys->model()->rowCount(), 10);
    for (const QString &name : three)
        QVERIFY2(!listed(name), qPrintable(name));
    QVERIFY(listed(QStringLiteral("CI pipeline")));
    // One outcome per key in the status panel.
    StatusModel *status = m_fixture.find<StatusPanel>("statusPanel")->model();
    QCOMPARE(status->rowCount(), 3);
    QStringList headlines;
    for (int row = 0; row < 3; ++row) {
        QCOMPARE(status->index(row).data(StatusModel::KindNameRole).toString(),
                 QStringLiteral("revoked"));
        headlines << status->index(row).data(StatusModel::HeadlineRole).toString();
    }
    // Entries name the keys (the list knows them); the id stays in the details.
    for (const QString &name : three)
        QVERIFY2(headlines.join(QLatin1Char('\n')).contains(QStringLiteral("“%1” (…").arg(name)),
                 qPrintable(headlines.join(QLatin1Char('\n'))));
    QVERIFY(status->index(0)
                .data(StatusModel::DetailsRole)
                .toStringList()
                .join(QLatin1Char(' '))
                .contains(QLatin1String("Key id: ")));
}

void TestKeysView::revoke_moreThanTen_needsTypedCountAndWrongCountSendsNothing()
{
    startWith(20);
    load();
    WindowFixture::type(m_fixture.find<QLineEdit>("keyFilterEdit"), QStringLiteral("Generated"));
    QCOMPARE(rows(), 20);
    selectAllShown();

    QTest::mouseClick(m_fixture.find<QPushButton>("revokeSelectedButton"), Qt::LeftButton);
    QDialog *dialog = confirmDialog();
    QVERIFY(dialog);
    auto *countEdit = dialog->findChild<QLineEdit *>("confirmCountEdit");
    QVERIFY(countEdit);
    auto *accept = dialog->findChild<QPushButton *>("confirmAcceptButton");
    QVERIFY(!accept->isEnabled());
    QTest::keyClicks(countEdit, QStringLiteral("19"));
    QVERIFY(!accept->isEnabled());
    QTest::mouseClick(accept, Qt::LeftButton);
    QTest::keyClick(countEdit, Qt::Key_Return);
    QVERIFY(dialog->isVisible() || dialog->result() != QDialog::Accepted);
    dialog->reject();
    markerRead();
    QCOMPARE(requests("DELETE"), 0);
    QVERIFY(!m_keys->isBatchRunning());
    selectAllShown(); // the marker's read rebuilt the list

    QTest::mouseClick(m_fixture.find<QPushButton>("revokeSelectedButton"), Qt::LeftButton);
    dialog = confirmDialog();
    QVERIFY(dialog);
    countEdit = dialog->findChild<QLineEdit *>("confirmCountEdit");
    QTest::keyClicks(countEdit, QStringLiteral("20"));
    accept = dialog->findChild<QPushButton *>("confirmAcceptButton");
    QVERIFY(accept->isEnabled());
    QTest::keyClick(countEdit, Qt::Key_Return); // Enter, once the number is right, means yes
    QTRY_VERIFY(summary().startsWith(QStringLiteral("Revoked 20 of 20 key")));
    QCOMPARE(requests("DELETE"), 20);
    QTRY_COMPARE(m_keys->model()->rowCount(), 13);
}

void TestKeysView::revokeByPaste_invalidLineSkipped_shownSkippedRestRevoked()
{
    startWith();
    load();
    QTest::mouseClick(m_fixture.find<QPushButton>("revokeByPasteButton"), Qt::LeftButton);
    QDialog *paste = waitForDialog("pasteIdsDialog");
    QVERIFY(paste);
    const QString ci = idOf(QStringLiteral("CI pipeline"));
    const QString zapier = idOf(QStringLiteral("Zapier integration"));
    paste->findChild<QPlainTextEdit *>("pasteIdsEdit")
        ->setPlainText(ci + QStringLiteral("\nnot-a-key-id\n") + zapier.toUpper() +
                       QStringLiteral("\n"));
    auto *rejected = paste->findChild<QPlainTextEdit *>("pasteRejectedList");
    QVERIFY(rejected->isVisible());
    QVERIFY2(rejected->toPlainText().startsWith(QStringLiteral("Line 2: not-a-key-id")),
             qPrintable(rejected->toPlainText()));
    QCOMPARE(paste->findChild<QLabel *>("pasteSummary")->text(),
             QStringLiteral("2 key ids; 1 line skipped."));
    QTest::mouseClick(paste->findChild<QPushButton *>("pasteRevokeButton"), Qt::LeftButton);

    QDialog *dialog = confirmDialog();
    QVERIFY(dialog);
    const QString listText = dialog->findChild<QPlainTextEdit *>("confirmKeyList")->toPlainText();
    QVERIFY2(listText.contains(QStringLiteral("CI pipeline")) &&
                 listText.contains(QStringLiteral("Zapier integration")) &&
                 !listText.contains(QStringLiteral("not-a-key-id")),
             qPrintable(listText));
    QTest::mouseClick(dialog->findChild<QPushButton *>("confirmAcceptButton"), Qt::LeftButton);
    QTRY_VERIFY(summary().startsWith(QStringLiteral("Revoked 2 of 2 key")));
    QCOMPARE(requests("DELETE"), 2);
    QTRY_COMPARE(m_keys->model()->rowCount(), 11);
    QVERIFY(!listed(QStringLiteral("CI pipeline")));
}

void TestKeysView::deactivateThenReactivate_changesPortalAndTable()
{
    startWith();
    load();
    const QString id = idOf(QStringLiteral("CI pipeline"));
    const auto stateShown = [this, id] {
        const int row = m_keys->model()->rowOf(id);
        return m_keys->model()->index(row, KeyListModel::StateColumn).data().toString();
    };
    QCOMPARE(stateShown(), QStringLiteral("active"));
    select({QStringLiteral("CI pipeline")});
    QTest::mouseClick(m_fixture.find<QPushButton>("deactivateButton"), Qt::LeftButton);
    // Deactivating asks too, like every key change.
    QDialog *dialog = confirmDialog();
    QVERIFY(dialog);
    QCOMPARE(requests("PUT"), 0);
    QTest::mouseClick(dialog->findChild<QPushButton *>("confirmAcceptButton"), Qt::LeftButton);
    QTRY_VERIFY(summary().startsWith(QStringLiteral("Deactivated 1 of 1 key")));
    QVERIFY(!m_fixture.m_sandbox->portal().key(QUuid(id))->isActive);
    QTRY_VERIFY(!m_keys->isLoading());
    QCOMPARE(stateShown(), QStringLiteral("deactivated"));
    QCOMPARE(requests("DELETE"), 0);

    select({QStringLiteral("CI pipeline")});
    QTest::mouseClick(m_fixture.find<QPushButton>("reactivateButton"), Qt::LeftButton);
    dialog = confirmDialog();
    QVERIFY(dialog);
    QTest::mouseClick(dialog->findChild<QPushButton *>("confirmAcceptButton"), Qt::LeftButton);
    QTRY_VERIFY(summary().startsWith(QStringLiteral("Reactivated 1 of 1 key")));
    QVERIFY(m_fixture.m_sandbox->portal().key(QUuid(id))->isActive);
    QTRY_VERIFY(!m_keys->isLoading());
    QCOMPARE(stateShown(), QStringLiteral("active"));
    StatusModel *status = m_fixture.find<StatusPanel>("statusPanel")->model();
    QCOMPARE(status->index(0).data(StatusModel::KindNameRole).toString(),
             QStringLiteral("activated"));
    QCOMPARE(status->index(1).data(StatusModel::KindNameRole).toString(),
             QStringLiteral("deactivated"));
}

void TestKeysView::cancel_midBatchWithLatency_inFlightFinishRestCancelled()
{
    startWith(60);
    load();
    WindowFixture::type(m_fixture.find<QLineEdit>("keyFilterEdit"), QStringLiteral("Generated"));
    selectAllShown();
    FaultSettings slow;
    slow.latencyMs = 250;
    m_fixture.m_sandbox->setFaults(slow);
    m_fixture.m_sandbox->resetStats();

    QTest::mouseClick(m_fixture.find<QPushButton>("revokeSelectedButton"), Qt::LeftButton);
    QDialog *dialog = confirmDialog();
    QVERIFY(dialog);
    QTest::keyClicks(dialog->findChild<QLineEdit *>("confirmCountEdit"), QStringLiteral("60"));
    QTest::mouseClick(dialog->findChild<QPushButton *>("confirmAcceptButton"), Qt::LeftButton);

    auto *progress = m_fixture.find<QProgressBar>("batchProgress");
    QTRY_VERIFY(progress->isVisible() && progress->value() >= 6);
    QVERIFY2(progress->text().contains(QStringLiteral("left")), qPrintable(progress->text()));
    auto *cancel = m_fixture.find<QPushButton>("batchCancelButton");
    QVERIFY(cancel->isEnabled());
    QTest::mouseClick(cancel, Qt::LeftButton);

    QTRY_VERIFY(!summary().isEmpty());
    QVERIFY2(summary().contains(QStringLiteral("cancelled")), qPrintable(summary()));
    const int sent = requests("DELETE");
    QVERIFY2(sent >= 6 && sent < 60, qPrintable(QString::number(sent)));
    QVERIFY(m_fixture.m_sandbox->stats().maxInFlight <= KeysView::BatchConcurrency);
    // Requests in flight finished: every one sent was answered, and the rest never left.
    StatusModel *status = m_fixture.find<StatusPanel>("statusPanel")->model();
    QCOMPARE(status->rowCount(), 60);
    int revoked = 0;
    int cancelled = 0;
    for (int row = 0; row < status->rowCount(); ++row) {
        const QString kind = status->index(row).data(StatusModel::KindNameRole).toString();
        revoked += kind == QStringLiteral("revoked");
        cancelled += kind == QStringLiteral("cancelled");
    }
    QCOMPARE(revoked, sent);
    QCOMPARE(revoked + cancelled, 60);
    QTRY_COMPARE(m_keys->model()->rowCount(), 73 - revoked);
}

void TestKeysView::rateLimited_batch_showsPausedThenFinishes()
{
    startWith();
    load();
    // The one 429 must go to the batch: wait until the window's own lookups after the load
    // (which key the token is) have been answered, or one of them may take it.
    QTRY_VERIFY(!m_keys->model()->ownKeyId().isEmpty());
    QTRY_COMPARE(m_fixture.m_sandbox->stats().inFlight, 0);
    // The identity check that runs beside the list (version, profile, key) must be over, or
    // the one rate-limited answer could go to it instead of a revocation.
    QTRY_VERIFY([this] {
        for (const RequestLogEntry &entry : m_fixture.m_sandbox->requestLog()) {
            if (entry.path.endsWith(QLatin1String("/keys/@self")))
                return m_fixture.m_sandbox->stats().inFlight == 0;
        }
        return false;
    }());
    FaultSettings limited;
    limited.rateLimitRetryAfter = 2;
    limited.count = 1;
    m_fixture.m_sandbox->setFaults(limited);
    select({QStringLiteral("CI pipeline"), QStringLiteral("Monitoring")});

    // Events, not timing: the pause lasts 2 s, which a slow run (sanitizers) can miss entirely
    // when polling for the label. Every time it is shown is recorded, with its text then, and
    // the end of the batch is its signal.
    auto *paused = m_fixture.find<QLabel>("batchPausedLabel");
    struct ShownTexts : QObject
    {
        QStringList texts;
        bool eventFilter(QObject *watched, QEvent *event) override
        {
            if (event->type() == QEvent::Show)
                texts << static_cast<QLabel *>(watched)->text();
            return false;
        }
    } shown;
    paused->installEventFilter(&shown);
    QSignalSpy finished(m_keys, &KeysView::batchFinished);

    QTest::mouseClick(m_fixture.find<QPushButton>("revokeSelectedButton"), Qt::LeftButton);
    QDialog *dialog = confirmDialog();
    QVERIFY(dialog);
    QTest::mouseClick(dialog->findChild<QPushButton *>("confirmAcceptButton"), Qt::LeftButton);

    QVERIFY(finished.count() > 0 || finished.wait(120000));
    paused->removeEventFilter(&shown);
    int limitedDeletes = 0;
    for (const RequestLogEntry &entry : m_fixture.m_sandbox->requestLog())
        limitedDeletes += entry.method == "DELETE" && entry.status == 429 ? 1 : 0;
    QCOMPARE(limitedDeletes, 1);
    QVERIFY2(!shown.texts.isEmpty(), "the paused label was never shown");
    QVERIFY2(shown.texts.first().startsWith(QStringLiteral("Rate limited: paused for ")),
             qPrintable(shown.texts.first()));
    QVERIFY2(summary().startsWith(QStringLiteral("Revoked 2 of 2 key")), qPrintable(summary()));
    QVERIFY(!paused->isVisible());
}

void TestKeysView::ownKey_revoke_asksExtraConfirmationSayingAccessIsLost()
{
    startWith();
    load();
    const QString own = idOf(QStringLiteral("Admin console"));
    QTRY_COMPARE(m_keys->model()->ownKeyId(), own);
    select({QStringLiteral("Admin console"), QStringLiteral("Monitoring")});

    QTest::mouseClick(m_fixture.find<QPushButton>("revokeSelectedButton"), Qt::LeftButton);
    QDialog *dialog = confirmDialog();
    QVERIFY(dialog);
    QVERIFY(dialog->findChild<QPlainTextEdit *>("confirmKeyList")
                ->toPlainText()
                .contains(QStringLiteral("Admin console (this token)")));
    MessageBox::setNextAnswer(QMessageBox::Cancel);
    QTest::mouseClick(dialog->findChild<QPushButton *>("confirmAcceptButton"), Qt::LeftButton);
    QVERIFY2(MessageBox::lastText().contains(QStringLiteral("loses access")),
             qPrintable(MessageBox::lastText()));
    markerRead();
    QCOMPARE(requests("DELETE"), 0); // no to the second question: nothing at all
    select({QStringLiteral("Admin console"), QStringLiteral("Monitoring")});

    QTest::mouseClick(m_fixture.find<QPushButton>("revokeSelectedButton"), Qt::LeftButton);
    dialog = confirmDialog();
    QVERIFY(dialog);
    MessageBox::setNextAnswer(QMessageBox::Ok);
    QTest::mouseClick(dialog->findChild<QPushButton *>("confirmAcceptButton"), Qt::LeftButton);
    QTRY_VERIFY(!summary().isEmpty());
    QCOMPARE(requests("DELETE"), 2);
    QVERIFY(!m_fixture.m_sandbox->portal().key(QUuid(own)));
    // As promised: the refresh after the batch can no longer sign in.
    auto *problem = m_fixture.find<QLabel>("keysProblem");
    QTRY_VERIFY(problem->isVisible());
    QVERIFY2(problem->text().contains(QStringLiteral("could not be read")),
             qPrintable(problem->text()));
}

void TestKeysView::copyId_ctrlC_putsSelectedIdOnClipboard()
{
    startWith();
    load();
    QGuiApplication::clipboard()->clear();
    select({QStringLiteral("Backup script")});
    QTest::keyClick(m_fixture.find<QTableView>("keyTable"), Qt::Key_C, Qt::ControlModifier);
    QCOMPARE(QGuiApplication::clipboard()->text(), idOf(QStringLiteral("Backup script")));
}

void TestKeysView::names_html_confirmationListsThemVerbatim()
{
    startWith();
    load();
    const QString html = QStringLiteral("<b>Legacy</b> & \"quotes\"");
    select({html});
    QTableView *table = m_fixture.find<QTableView>("keyTable");
    const QModelIndex index = table->selectionModel()->selectedRows().value(0);
    QCOMPARE(index.data().toString(), html);
    QTest::mouseClick(m_fixture.find<QPushButton>("revokeSelectedButton"), Qt::LeftButton);
    QDialog *dialog = confirmDialog();
    QVERIFY(dialog);
    QVERIFY(dialog->findChild<QPlainTextEdit *>("confirmKeyList")->toPlainText().contains(html));
    dialog->reject();
    markerRead();
    QCOMPARE(requests("DELETE"), 0);
}

// The English catalogue gives the plural forms ("13 keys", "in 1 day"), as in the application.
static void installEnglishCatalogue()
{
    Translations::install(QStringLiteral("en"));
}
Q_COREAPP_STARTUP_FUNCTION(installEnglishCatalogue)

QTEST_MAIN(TestKeysView)
#include "tst_keysview.moc"
