// The key-hygiene Report view on its own against the in-process sandbox: the figures of every
// finding match the seed, the "unused for" threshold rebuilds the report, an action changes
// exactly that finding's keys after a confirmation (and records them), and the exports carry
// the portal, the date, the figures and names escaped.
#include "filechooser.h"
#include "historylog.h"
#include "historyrecorder.h"
#include "hygienereportview.h"
#include "messagebox.h"
#include "sandboxserver.h"

#include <QLabel>
#include <QNetworkAccessManager>
#include <QPushButton>
#include <QSignalSpy>
#include <QSpinBox>
#include <QTemporaryDir>
#include <QTest>
#include <QTreeWidget>

class TestHygieneReportView : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<SandboxServer> m_server;
    std::unique_ptr<QNetworkAccessManager> m_network;
    std::unique_ptr<HistoryRecorder> m_recorder;
    std::unique_ptr<QTemporaryDir> m_dir;
    SandboxInfo m_info;

    AdminConnection admin() const
    {
        AdminConnection connection;
        connection.network = m_network.get();
        connection.settings.portal = PortalAddress::parse(m_server->httpUrl().toString());
        connection.settings.token = m_info.keyByName(QStringLiteral("Admin console"))->secret;
        connection.profile = QStringLiteral("Sandbox");
        connection.actor = QStringLiteral("Alice Owner");
        return connection;
    }
    static void load(HygieneReportView &view)
    {
        QSignalSpy loaded(&view, &HygieneReportView::loaded);
        view.refresh();
        QVERIFY(loaded.wait(15000));
    }
    static QStringList names(const QList<ApiKey> &keys)
    {
        QStringList result;
        for (const ApiKey &key : keys)
            result << key.name;
        return result;
    }
    static QStringList shownNames(const HygieneReportView &view, const QString &findingId)
    {
        QStringList result;
        auto *card = view.findChild<QWidget *>(QStringLiteral("finding-") + findingId);
        if (!card)
            return result;
        if (auto *tree = card->findChild<QTreeWidget *>(QStringLiteral("keysTree"))) {
            for (int i = 0; i < tree->topLevelItemCount(); ++i)
                result << tree->topLevelItem(i)->text(0);
        }
        return result;
    }
    static QString shownCount(const HygieneReportView &view, const QString &findingId)
    {
        auto *card = view.findChild<QWidget *>(QStringLiteral("finding-") + findingId);
        return card ? card->findChild<QLabel *>(QStringLiteral("countLabel"))->text() : QString();
    }
    // Expected from the sandbox's own seed, computed the way the report promises.
    QHash<QString, QStringList> expected(int unusedDays) const
    {
        const QDateTime now = QDateTime::currentDateTimeUtc();
        QHash<QString, QStringList> byFinding;
        for (const SandboxKey &key : m_server->info().keys) {
            const bool gone = key.isExpiredAt(now);
            if (gone)
                byFinding[QStringLiteral("expired")] << key.name;
            else if (!key.isActive)
                byFinding[QStringLiteral("deactivated")] << key.name;
            if (gone || !key.isActive)
                continue;
            if (!key.lastUsed.isValid())
                byFinding[QStringLiteral("never-used")] << key.name;
            // Unused for N days: no use in the last N days, a never-used key counted from its
            // creation (ApiKey::isUnusedFor).
            const QDateTime idleSince = key.lastUsed.isValid() ? key.lastUsed : key.createOn;
            if (idleSince.secsTo(now) >= qint64(unusedDays) * 86400)
                byFinding[QStringLiteral("unused")] << key.name;
            if (!key.expiresAt.isValid())
                byFinding[QStringLiteral("no-expiry")] << key.name;
            if (key.permissions.isEmpty())
                byFinding[QStringLiteral("unrestricted")] << key.name;
        }
        return byFinding;
    }
    int requests(const QByteArray &method) const
    {
        int count = 0;
        for (const RequestLogEntry &entry : m_server->requestLog())
            count += entry.method == method ? 1 : 0;
        return count;
    }

private slots:
    void init()
    {
        m_server = std::make_unique<SandboxServer>();
        QVERIFY(m_server->listen(QHostAddress::LocalHost, 0, -1));
        m_info = m_server->info();
        m_network = std::make_unique<QNetworkAccessManager>();
        QFile::remove(HistoryLog::defaultPath());
        m_recorder = std::make_unique<HistoryRecorder>(QString(), QStringLiteral("gui"));
        m_dir = std::make_unique<QTemporaryDir>();
    }
    void cleanup()
    {
        MessageBox::setNextAnswer(QMessageBox::NoButton);
        m_dir.reset();
        m_recorder.reset();
        m_network.reset();
        m_server.reset();
    }

    void figures_matchTheSeededKeys()
    {
        HygieneReportView view(admin(), m_recorder.get());
        QCOMPARE(view.unusedDays(), 90);
        load(view);
        const HygieneReport &report = view.report();
        QCOMPARE(report.totalKeys, int(m_info.keys.size()));
        QCOMPARE(report.portal, m_server->httpUrl().toString());
        QCOMPARE(report.findings.size(), 6);
        const QHash<QString, QStringList> want = expected(90);
        for (const HygieneFinding &finding : report.findings) {
            QCOMPARE(names(finding.keys), want.value(finding.id));
            // On screen: the count, and the keys behind it as plain text.
            QCOMPARE(shownCount(view, finding.id), QString::number(want.value(finding.id).size()));
            QCOMPARE(shownNames(view, finding.id), want.value(finding.id));
            auto *action = view.findChild<QPushButton *>(QStringLiteral("action-") + finding.id);
            QVERIFY(action);
            QCOMPARE(action->isVisibleTo(&view), !finding.keys.isEmpty());
        }
        QVERIFY(want.value(QStringLiteral("expired")).contains(QStringLiteral("Old migration")));
        QVERIFY(
            want.value(QStringLiteral("deactivated")).contains(QStringLiteral("Disabled webhook")));
        QVERIFY(shownNames(view, QStringLiteral("unrestricted"))
                    .contains(QStringLiteral("<b>Legacy</b> & \"quotes\"")));
    }

    void unusedDays_spinBoxRebuildsTheReport()
    {
        HygieneReportView view(admin(), m_recorder.get());
        load(view);
        const qsizetype before = m_server->requestLog().size();
        view.findChild<QSpinBox *>(QStringLiteral("reportUnusedDaysSpin"))->setValue(3);
        QCOMPARE(view.report().unusedDays, 3);
        const QStringList want = expected(3).value(QStringLiteral("unused"));
        QVERIFY(want.size() > expected(90).value(QStringLiteral("unused")).size());
        QCOMPARE(names(view.report().finding(QStringLiteral("unused"))->keys), want);
        QCOMPARE(shownCount(view, QStringLiteral("unused")), QString::number(want.size()));
        QCOMPARE(m_server->requestLog().size(), before); // no new request for a new threshold
    }

    void revokeAction_afterConfirmation_revokesExactlyThatFindingsKeys()
    {
        HygieneReportView view(admin(), m_recorder.get());
        load(view);
        const QList<ApiKey> expired = view.report().finding(QStringLiteral("expired"))->keys;
        QCOMPARE(names(expired), QStringList{QStringLiteral("Old migration")});
        auto *action = view.findChild<QPushButton *>(QStringLiteral("action-expired"));

        MessageBox::setNextAnswer(QMessageBox::Cancel);
        QTest::mouseClick(action, Qt::LeftButton);
        QVERIFY(MessageBox::lastText().contains(QLatin1String("Old migration")));
        QCOMPARE(requests("DELETE"), 0);

        QSignalSpy outcomes(&view, &HygieneReportView::outcome);
        QSignalSpy finished(&view, &HygieneReportView::actionFinished);
        QSignalSpy reloaded(&view, &HygieneReportView::loaded);
        MessageBox::setNextAnswer(QMessageBox::Ok);
        QTest::mouseClick(action, Qt::LeftButton);
        QVERIFY(finished.wait(15000));
        QCOMPARE(outcomes.size(), 1);
        QCOMPARE(outcomes.first().at(0).value<RevokeOutcome>().kind, OutcomeKind::Revoked);
        QCOMPARE(requests("DELETE"), 1);
        QVERIFY(!m_server->portal().key(m_info.keyByName(QStringLiteral("Old migration"))->id));
        QCOMPARE(int(m_server->portal().keys().size()), int(m_info.keys.size()) - 1);

        // Recorded with name and ending; the report is refreshed afterwards.
        const HistoryLog::ReadResult history = HistoryLog().read();
        QCOMPARE(history.records.size(), 1);
        QCOMPARE(history.records.first().keyName, QStringLiteral("Old migration"));
        QCOMPARE(history.records.first().keyPostfix, expired.first().keyPostfix);
        QVERIFY(reloaded.wait(15000));
        QCOMPARE(view.report().finding(QStringLiteral("expired"))->keys.size(), 0);
        QVERIFY(view.findChild<QLabel *>(QStringLiteral("reportStatus"))
                    ->text()
                    .contains(QLatin1String("Revoked")));
    }

    void deactivateAction_deactivatesExactlyTheNeverUsedKeys()
    {
        HygieneReportView view(admin(), m_recorder.get());
        load(view);
        const QList<ApiKey> neverUsed = view.report().finding(QStringLiteral("never-used"))->keys;
        QVERIFY(neverUsed.size() >= 2);
        QSignalSpy finished(&view, &HygieneReportView::actionFinished);
        QSignalSpy reloaded(&view, &HygieneReportView::loaded);
        MessageBox::setNextAnswer(QMessageBox::Ok);
        view.actOnFinding(QStringLiteral("never-used"));
        QVERIFY(finished.wait(15000));
        QCOMPARE(finished.first().at(1).value<KeyOperation>(), KeyOperation::Deactivate);
        QCOMPARE(requests("DELETE"), 0);
        QStringList ids;
        for (const ApiKey &key : neverUsed)
            ids << key.id;
        for (const SandboxKey &key : m_server->portal().keys()) {
            const bool inFinding = ids.contains(key.id.toString(QUuid::WithoutBraces));
            const SandboxKey *seeded = m_info.keyByName(key.name);
            QCOMPARE(key.isActive, inFinding ? false : seeded->isActive);
        }
        QVERIFY(reloaded.wait(15000));
        QCOMPARE(view.report().finding(QStringLiteral("never-used"))->keys.size(), 0);
        QCOMPARE(HistoryLog().read().records.size(), neverUsed.size());
    }

    void exports_carryPortalDateFiguresAndEscapedNames()
    {
        HygieneReportView view(admin(), m_recorder.get());
        load(view);
        const QString portal = m_server->httpUrl().toString();
        const QString date = view.report().generatedAt.toString(QStringLiteral("yyyy-MM-dd"));

        const QString csvPath = m_dir->filePath(QStringLiteral("report.csv"));
        FileChooser::setNextPath(csvPath);
        QTest::mouseClick(view.findChild<QPushButton *>(QStringLiteral("reportCsvButton")),
                          Qt::LeftButton);
        QFile csv(csvPath);
        QVERIFY(csv.open(QIODevice::ReadOnly));
        const QString csvText = QString::fromUtf8(csv.readAll());
        QVERIFY(csvText.contains(portal));
        QVERIFY(csvText.contains(date));
        const HygieneFinding *expired = view.report().finding(QStringLiteral("expired"));
        QVERIFY(csvText.contains(
            QStringLiteral("expired,%1,%2,revoke").arg(expired->title).arg(expired->keys.size())));
        QVERIFY(csvText.contains(
            QStringLiteral("keys_examined,unused_days\nAPI key hygiene report,%1,").arg(portal)));
        QVERIFY(csvText.contains(QStringLiteral("\"<b>Legacy</b> & \"\"quotes\"\"\"")));

        const QString htmlPath = m_dir->filePath(QStringLiteral("report.html"));
        FileChooser::setNextPath(htmlPath);
        QTest::mouseClick(view.findChild<QPushButton *>(QStringLiteral("reportHtmlButton")),
                          Qt::LeftButton);
        QFile html(htmlPath);
        QVERIFY(html.open(QIODevice::ReadOnly));
        const QByteArray page = html.readAll();
        QVERIFY(page.contains(portal.toUtf8()));
        QVERIFY(page.contains(date.toUtf8()));
        QVERIFY(page.contains("&lt;b&gt;Legacy&lt;/b&gt; &amp; &quot;quotes&quot;"));
        QVERIFY(!page.contains("<b>Legacy</b>"));

        if (!HygieneReportView::canExportPdf())
            QSKIP("Qt print support is not available");
        const QString pdfPath = m_dir->filePath(QStringLiteral("report.pdf"));
        FileChooser::setNextPath(pdfPath);
        QTest::mouseClick(view.findChild<QPushButton *>(QStringLiteral("reportPdfButton")),
                          Qt::LeftButton);
        QFile pdf(pdfPath);
        QVERIFY(pdf.open(QIODevice::ReadOnly));
        QVERIFY(pdf.read(5) == "%PDF-");
    }

    void loadFailure_showsWhyAndNoReport()
    {
        AdminConnection wrong = admin();
        wrong.settings.token = QStringLiteral("sk-") + QString(64, QLatin1Char('0'));
        HygieneReportView view(wrong, m_recorder.get());
        QSignalSpy failed(&view, &HygieneReportView::loadFailed);
        view.refresh();
        QVERIFY(failed.wait(15000));
        QVERIFY(!view.hasReport());
        QVERIFY(!view.findChild<QPushButton *>(QStringLiteral("reportCsvButton"))->isEnabled());
    }
};

QTEST_MAIN(TestHygieneReportView)
#include "tst_hygienereportview.moc"
