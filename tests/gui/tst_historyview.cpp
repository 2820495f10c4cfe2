// The History tab on its own: records written by the command line (another process) show up on
// their own, newest first; the portal, outcome and text filters; CSV export of what is shown;
// a damaged line is a warning, never a crash; and HistoryRecorder's durable append.
#include "../integration/clirunner.h"
#include "filechooser.h"
#include "historylog.h"
#include "historymodel.h"
#include "historyrecorder.h"
#include "historyview.h"
#include "sandboxserver.h"

#include <QComboBox>
#include <QDir>
#include <QFile>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>

namespace {
const QString kPortalA = QStringLiteral("https://a.example.com");
const QString kPortalB = QStringLiteral("https://b.example.com");

HistoryRecord makeRecord(const QString &portal, const QString &outcome, const QString &keyName,
                         int minutesAgo)
{
    HistoryRecord record;
    record.time = QDateTime::currentDateTimeUtc().addSecs(-60 * minutesAgo);
    record.portal = portal;
    record.keyId =
        QStringLiteral("00000000-1111-4222-8333-%1").arg(minutesAgo, 12, 10, QLatin1Char('0'));
    record.keyName = keyName;
    record.keyPostfix = QStringLiteral("ab%1").arg(minutesAgo % 100, 2, 10, QLatin1Char('0'));
    record.operation = KeyOperation::Revoke;
    record.outcome = outcome;
    record.httpStatus = outcome == QLatin1String("revoked") ? 200 : 403;
    record.message = QStringLiteral("message for ") + keyName;
    record.source = QStringLiteral("gui");
    record.actor = QStringLiteral("Alice Owner");
    return record;
}
} // namespace

class TestHistoryView : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<QTemporaryDir> m_dir;

    QString path() const { return m_dir->filePath(QStringLiteral("history.jsonl")); }
    void write(const QList<HistoryRecord> &records)
    {
        HistoryLog log(path());
        for (const HistoryRecord &record : records) {
            QString error;
            QVERIFY2(log.append(record, &error), qPrintable(error));
        }
    }
    static QStringList column(const HistoryView &view, int column)
    {
        QStringList values;
        for (int row = 0; row < view.filterModel()->rowCount(); ++row)
            values << view.filterModel()->index(row, column).data().toString();
        return values;
    }
    template<typename T> static T *child(const QWidget &parent, const char *name)
    {
        T *widget = parent.findChild<T *>(QLatin1String(name));
        if (!widget)
            qFatal("no child named %s", name);
        return widget;
    }

private slots:
    void init()
    {
        m_dir = std::make_unique<QTemporaryDir>();
        QVERIFY(m_dir->isValid());
    }
    void cleanup() { m_dir.reset(); }

    void cliRevocation_appearsWithoutReload()
    {
        SandboxServer server;
        QVERIFY(server.listen(QHostAddress::LocalHost, 0, -1));
        const SandboxInfo info = server.info();
        QFile::remove(HistoryLog::defaultPath());

        HistoryView view; // the default file, shared with the command line
        view.show();
        QVERIFY(QTest::qWaitForWindowExposed(&view));
        QCOMPARE(view.model()->rowCount(), 0);
        QVERIFY(child<QLabel>(view, "historySummary")->text().contains(QLatin1String("Nothing")));

        const QString id =
            info.keyByName(QStringLiteral("Zapier integration"))->id.toString(QUuid::WithoutBraces);
        const CliRun run = runCli({QStringLiteral("revoke"), QStringLiteral("--portal"),
                                   server.httpUrl().toString(), QStringLiteral("--yes"), id},
                                  {{QStringLiteral("DOCSPACE_TOKEN"),
                                    info.keyByName(QStringLiteral("Admin console"))->secret}});
        QCOMPARE(run.exitCode, 0);

        // No reload() call: the view follows the file.
        QTRY_COMPARE(view.model()->rowCount(), 1);
        const QAbstractItemModel *model = view.filterModel();
        QCOMPARE(model->index(0, HistoryModel::PortalColumn).data().toString(),
                 server.httpUrl().toString());
        // The CLI records the key's name as the window does (issue 14 item 2), so it is shown.
        QVERIFY2(model->index(0, HistoryModel::KeyColumn)
                     .data()
                     .toString()
                     .startsWith(QLatin1String("Zapier integration")),
                 qPrintable(model->index(0, HistoryModel::KeyColumn).data().toString()));
        QCOMPARE(model->index(0, HistoryModel::OutcomeColumn).data().toString(),
                 QStringLiteral("Revoked"));
        QCOMPARE(model->index(0, HistoryModel::HttpColumn).data().toString(),
                 QStringLiteral("200"));
        // ... and who acted: "Alice Owner (command line)".
        QVERIFY2(model->index(0, HistoryModel::ByColumn)
                     .data()
                     .toString()
                     .endsWith(QLatin1String("(command line)")),
                 qPrintable(model->index(0, HistoryModel::ByColumn).data().toString()));
        QVERIFY(!model->index(0, HistoryModel::OutcomeColumn).data(Qt::DecorationRole).isNull());
        QVERIFY(view.warningText().isEmpty());
    }

    void records_newestFirst_keyNameWithEnding()
    {
        write({makeRecord(kPortalA, QStringLiteral("revoked"), QStringLiteral("Oldest"), 30),
               makeRecord(kPortalA, QStringLiteral("revoked"), QStringLiteral("Newest"), 1),
               makeRecord(kPortalA, QStringLiteral("revoked"), QStringLiteral("Middle"), 10)});
        HistoryView view(path());
        QCOMPARE(column(view, HistoryModel::KeyColumn),
                 (QStringList{QStringLiteral("Newest (…ab01)"), QStringLiteral("Middle (…ab10)"),
                              QStringLiteral("Oldest (…ab30)")}));
        QCOMPARE(column(view, HistoryModel::ByColumn).constFirst(),
                 QStringLiteral("Alice Owner (window)"));
    }

    void filters_portalOutcomeAndText_narrowTheRows()
    {
        write({makeRecord(kPortalA, QStringLiteral("revoked"), QStringLiteral("CI pipeline"), 5),
               makeRecord(kPortalA, QStringLiteral("forbidden"), QStringLiteral("Backup"), 4),
               makeRecord(kPortalB, QStringLiteral("revoked"), QStringLiteral("Zapier"), 3),
               makeRecord(kPortalB, QStringLiteral("not_found"), QStringLiteral("Gone"), 2)});
        HistoryView view(path());
        QCOMPARE(view.filterModel()->rowCount(), 4);

        auto *portals = child<QComboBox>(view, "historyPortalCombo");
        QCOMPARE(portals->count(), 3); // all, A, B
        portals->setCurrentIndex(portals->findData(kPortalB));
        QCOMPARE(column(view, HistoryModel::KeyColumn),
                 (QStringList{QStringLiteral("Gone (…ab02)"), QStringLiteral("Zapier (…ab03)")}));

        auto *outcomes = child<QComboBox>(view, "historyOutcomeCombo");
        QCOMPARE(outcomes->count(), 4); // all, forbidden, not_found, revoked
        QVERIFY(outcomes->findText(QStringLiteral("Not found")) > 0);
        outcomes->setCurrentIndex(outcomes->findData(QStringLiteral("revoked")));
        QCOMPARE(column(view, HistoryModel::KeyColumn),
                 QStringList{QStringLiteral("Zapier (…ab03)")});

        portals->setCurrentIndex(0);
        QCOMPARE(view.filterModel()->rowCount(), 2);
        QTest::keyClicks(child<QLineEdit>(view, "historySearchEdit"), QStringLiteral("pipe"));
        QCOMPARE(column(view, HistoryModel::KeyColumn),
                 QStringList{QStringLiteral("CI pipeline (…ab05)")});
        QVERIFY(child<QLabel>(view, "historySummary")->text().contains(QLatin1String("1 of 4")));

        // A new record keeps the chosen filters.
        write({makeRecord(kPortalA, QStringLiteral("revoked"), QStringLiteral("pipeline 2"), 0)});
        view.reload();
        QCOMPARE(outcomes->currentData().toString(), QStringLiteral("revoked"));
        QCOMPARE(view.filterModel()->rowCount(), 2);
    }

    void exportCsv_writesTheShownRowsQuoted()
    {
        HistoryRecord tricky = makeRecord(kPortalA, QStringLiteral("revoked"),
                                          QStringLiteral("Name, with \"quotes\""), 2);
        tricky.profile = QStringLiteral("Prod");
        write({tricky,
               makeRecord(kPortalB, QStringLiteral("forbidden"), QStringLiteral("Other"), 1)});
        HistoryView view(path());
        auto *portals = child<QComboBox>(view, "historyPortalCombo");
        portals->setCurrentIndex(portals->findData(kPortalA));

        const QString file = m_dir->filePath(QStringLiteral("out.csv"));
        FileChooser::setNextPath(file);
        QTest::mouseClick(child<QPushButton>(view, "historyExportButton"), Qt::LeftButton);
        QFile csv(file);
        QVERIFY(csv.open(QIODevice::ReadOnly));
        const QList<QByteArray> lines = csv.readAll().split('\n');
        QCOMPARE(lines.at(0), QByteArray("time_utc,portal,profile,operation,key_id,key_name,"
                                         "key_ending,outcome,http_status,actor,source,message"));
        QCOMPARE(lines.size(), 3); // header, one row, final newline
        QVERIFY(lines.at(1).startsWith(tricky.time.toString(Qt::ISODate).toUtf8() + ','));
        QVERIFY2(lines.at(1).contains(",https://a.example.com,Prod,revoke," +
                                      tricky.keyId.toUtf8() +
                                      ",\"Name, with \"\"quotes\"\"\",ab02,revoked,200,"
                                      "Alice Owner,gui,"),
                 lines.at(1).constData());
    }

    void damagedLine_warnsAndShowsTheRest()
    {
        write({makeRecord(kPortalA, QStringLiteral("revoked"), QStringLiteral("First"), 3)});
        {
            QFile file(path());
            QVERIFY(file.open(QIODevice::Append));
            file.write("{\"time\":\"2024-01-01T00:00:00Z\",\"keyId\":\"torn\n");
        }
        write({makeRecord(kPortalA, QStringLiteral("revoked"), QStringLiteral("Third"), 1)});
        HistoryView view(path());
        view.show();
        QCOMPARE(view.model()->rowCount(), 2);
        QVERIFY2(view.warningText().contains(QLatin1String("Line 2")),
                 qPrintable(view.warningText()));
        QVERIFY(child<QWidget>(view, "historyWarning")->isVisible());

        // Garbage only: still no crash, and nothing but a warning.
        QFile file(path());
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(QByteArray("\x00\xff not json\n[1,2]\n{}\n", 20));
        file.close();
        view.reload();
        QCOMPARE(view.model()->rowCount(), 0);
        QVERIFY(view.warningText().contains(QLatin1String("Line 3")));
    }

    void recorder_appendsWithNamesAndViewReloads()
    {
        HistoryView view(path());
        HistoryRecorder recorder(path(), QStringLiteral("gui"));
        QSignalSpy recorded(&recorder, &HistoryRecorder::recorded);
        connect(&recorder, &HistoryRecorder::recorded, &view, &HistoryView::reload);
        RevokeOutcome outcome;
        outcome.kind = OutcomeKind::Deactivated;
        outcome.operation = KeyOperation::Deactivate;
        outcome.keyId = QStringLiteral("11111111-2222-4333-8444-555555555555");
        outcome.httpStatus = 200;
        outcome.sentence = QStringLiteral("Deactivated.");
        outcome.finishedAt = QDateTime::currentDateTimeUtc();
        QVERIFY(recorder.record(outcome, kPortalA, QStringLiteral("Prod"),
                                QStringLiteral("Alice Owner"), QStringLiteral("CI"),
                                QStringLiteral("beef")));
        QCOMPARE(recorded.size(), 1);
        QCOMPARE(view.model()->rowCount(), 1);
        const HistoryRecord record = view.model()->record(0);
        QCOMPARE(record.keyName, QStringLiteral("CI"));
        QCOMPARE(record.keyPostfix, QStringLiteral("beef"));
        QCOMPARE(record.profile, QStringLiteral("Prod"));
        QCOMPARE(record.actor, QStringLiteral("Alice Owner"));
        QCOMPARE(record.source, QStringLiteral("gui"));
        QCOMPARE(record.operation, KeyOperation::Deactivate);
        QCOMPARE(view.filterModel()->index(0, HistoryModel::OperationColumn).data().toString(),
                 QStringLiteral("Deactivate"));
    }

    void recorder_unwritableFile_reportsFailure()
    {
        // A folder where the file should be: nothing can be appended.
        QVERIFY(QDir().mkpath(path()));
        HistoryRecorder recorder(path(), QStringLiteral("gui"));
        QSignalSpy failed(&recorder, &HistoryRecorder::appendFailed);
        RevokeOutcome outcome;
        outcome.kind = OutcomeKind::Revoked;
        outcome.keyId = QStringLiteral("11111111-2222-4333-8444-555555555555");
        QVERIFY(!recorder.record(outcome, kPortalA, {}, {}));
        QCOMPARE(failed.size(), 1);
        QVERIFY(recorder.lastError().contains(QLatin1String("not recorded")));
    }
};

QTEST_MAIN(TestHistoryView)
#include "tst_historyview.moc"
