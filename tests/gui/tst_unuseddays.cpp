// "Unused for N days" means one thing everywhere (issue 11): the keys list's filter, the keys of
// all portals, `docspace-keys-cli list --unused-days N`, `docspace-keys-cli report` and the
// window's Report tab pick the same keys from the same portal, and explain the rule in the same
// words. The expected keys are spelled out from the sandbox's seed, not computed with the rule.
#include "../integration/clirunner.h"
#include "allportalsview.h"
#include "homescan.h"
#include "hygienereportview.h"
#include "keyhygiene.h"
#include "keylistmodel.h"
#include "keysview.h"
#include "lifecycleactions.h"
#include "windowfixture.h"

#include <QCheckBox>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QPushButton>
#include <QSortFilterProxyModel>
#include <QSpinBox>
#include <QTabBar>
#include <QTabWidget>
#include <QTableWidget>
#include <QToolButton>

namespace {
// The sandbox seed at 20 days: "Zapier integration" was created 30 days ago and never used,
// "<b>Legacy</b>…" was last used 150 days ago, "Old migration" (expired) 40 and "Disabled
// webhook" (deactivated) 100 days ago. "Monitoring" (created 10 days ago) and "Carol read-only"
// (3 days ago) were never used but are too new to count.
constexpr int kDays = 20;
const QStringList kUnusedWorking{QStringLiteral("<b>Legacy</b> & \"quotes\""),
                                 QStringLiteral("Zapier integration")};
const QStringList kUnusedAll{QStringLiteral("<b>Legacy</b> & \"quotes\""),
                             QStringLiteral("Disabled webhook"), QStringLiteral("Old migration"),
                             QStringLiteral("Zapier integration")};

QStringList sorted(QStringList list)
{
    list.sort();
    return list;
}
} // namespace

class TestUnusedDays : public QObject
{
    Q_OBJECT

private:
    WindowFixture m_fixture;
    MainWindow *m_window = nullptr;

    CliRun cli(const QString &command, const QStringList &more = {}) const
    {
        return runCli(QStringList{command, QStringLiteral("--portal"), m_fixture.httpPortal()} +
                          more,
                      {{QStringLiteral("DOCSPACE_TOKEN"),
                        m_fixture.keySecret(QStringLiteral("Admin console"))}});
    }
    QStringList shownInKeysList() const
    {
        KeysView *keys = m_window->keysView();
        QStringList names;
        for (int row = 0; row < keys->proxy()->rowCount(); ++row)
            names << keys->model()
                         ->keyAt(keys->proxy()->mapToSource(keys->proxy()->index(row, 0)).row())
                         .name;
        return sorted(names);
    }
    static QStringList names(const QList<ApiKey> &keys)
    {
        QStringList list;
        for (const ApiKey &key : keys)
            list << key.name;
        return sorted(list);
    }

private slots:
    void initTestCase()
    {
        QVERIFY2(testHomePath().contains(QLatin1String("dsk-home")),
                 "run through tests/run-with-keyring.sh");
    }
    void init()
    {
        QVERIFY(m_fixture.setUp());
        m_fixture.seedProfile(QStringLiteral("Sandbox"), m_fixture.httpPortal(),
                              m_fixture.keySecret(QStringLiteral("Admin console")));
        m_window = m_fixture.startWindow();
        m_fixture.choose(QStringLiteral("Sandbox"));
        QTRY_VERIFY(m_window->adminConnection().network != nullptr);
    }
    void cleanup()
    {
        m_window = nullptr;
        m_fixture.tearDown();
    }

    void unusedForNDays_sameKeysInListAllPortalsCliAndReport()
    {
        // The window's key list.
        KeysView *keys = m_window->keysView();
        QTest::mouseClick(m_fixture.find<QPushButton>("refreshKeysButton"), Qt::LeftButton);
        QTRY_COMPARE(keys->model()->rowCount(), int(m_fixture.m_sandbox->portal().keys().size()));
        QTRY_VERIFY(!keys->isLoading());
        m_fixture.find<QSpinBox>("unusedDaysSpin")->setValue(kDays);
        QTest::mouseClick(m_fixture.find<QToolButton>("filterUnused"), Qt::LeftButton);
        QCOMPARE(shownInKeysList(), kUnusedAll);

        // The keys of all portals.
        m_window->lifecycle()->allPortalsAction()->trigger();
        QTRY_VERIFY(m_window->lifecycle()->allPortalsView());
        AllPortalsView *all = m_window->lifecycle()->allPortalsView();
        QTRY_VERIFY_WITH_TIMEOUT(!all->isLoading() && all->table()->rowCount() > 0, 20000);
        all->unusedDays()->setValue(kDays);
        all->unusedFilter()->setChecked(true);
        QStringList fromAll;
        for (int r = 0; r < all->table()->rowCount(); ++r)
            fromAll << all->table()->item(r, 2)->text();
        QCOMPARE(sorted(fromAll), kUnusedAll);
        all->close();

        // docspace-keys-cli list --unused-days N.
        const CliRun list =
            cli(QStringLiteral("list"), {QStringLiteral("--unused-days"), QString::number(kDays),
                                         QStringLiteral("--json")});
        QCOMPARE(list.exitCode, 0);
        QStringList fromCli;
        for (const QJsonValue &key : QJsonDocument::fromJson(list.out.toUtf8()).array())
            fromCli << key.toObject().value(QLatin1String("name")).toString();
        QCOMPARE(sorted(fromCli), kUnusedAll);

        // docspace-keys-cli report: its "unused" finding, among the keys that still work (the
        // expired and the deactivated ones have findings of their own).
        const CliRun report =
            cli(QStringLiteral("report"), {QStringLiteral("--unused-days"), QString::number(kDays),
                                           QStringLiteral("--json")});
        QCOMPARE(report.exitCode, 0);
        QStringList fromCliReport;
        for (const QJsonValue &finding : QJsonDocument::fromJson(report.out.toUtf8())
                                             .object()
                                             .value(QLatin1String("findings"))
                                             .toArray()) {
            if (finding.toObject().value(QLatin1String("id")).toString() != QLatin1String("unused"))
                continue;
            for (const QJsonValue &key : finding.toObject().value(QLatin1String("keys")).toArray())
                fromCliReport << key.toObject().value(QLatin1String("name")).toString();
        }
        QCOMPARE(sorted(fromCliReport), kUnusedWorking);

        // The window's Report tab.
        HygieneReportView *view = m_window->reportView();
        auto *tabs = m_fixture.find<QTabWidget>("mainTabs");
        QTest::mouseClick(tabs->tabBar(), Qt::LeftButton, {},
                          tabs->tabBar()->tabRect(tabs->indexOf(view)).center());
        QTRY_VERIFY_WITH_TIMEOUT(view->hasReport(), 15000);
        view->findChild<QSpinBox *>(QStringLiteral("reportUnusedDaysSpin"))->setValue(kDays);
        const HygieneFinding *unused = view->report().finding(QStringLiteral("unused"));
        QVERIFY(unused);
        QCOMPARE(names(unused->keys), kUnusedWorking);
        // The same keys as the list's filter, less those that no longer work.
        QStringList working = kUnusedAll;
        working.removeAll(QStringLiteral("Old migration"));
        working.removeAll(QStringLiteral("Disabled webhook"));
        QCOMPARE(names(unused->keys), working);
    }

    void unusedForNDays_sameWordsInListAllPortalsCliAndReport()
    {
        const QString rule = KeyUsage::unusedRule();
        QVERIFY(rule.contains(QLatin1String("never used")));
        QCOMPARE(m_fixture.find<QToolButton>("filterUnused")->toolTip(), rule);
        QCOMPARE(m_window->reportView()
                     ->findChild<QSpinBox *>(QStringLiteral("reportUnusedDaysSpin"))
                     ->toolTip(),
                 rule);
        m_window->lifecycle()->allPortalsAction()->trigger();
        QTRY_VERIFY(m_window->lifecycle()->allPortalsView());
        QCOMPARE(m_window->lifecycle()
                     ->allPortalsView()
                     ->findChild<QCheckBox *>(QStringLiteral("unusedFilter"))
                     ->toolTip(),
                 rule);
        // The report's own finding (window, CSV, HTML and PDF) says it too.
        const HygieneReport report = HygieneReport::build({}, QDateTime::currentDateTimeUtc(),
                                                          kDays, m_fixture.httpPortal());
        QVERIFY(report.finding(QStringLiteral("unused"))->explanation.contains(rule));
        QCOMPARE(report.finding(QStringLiteral("unused"))->title, KeyUsage::unusedTitle(kDays));
        // --help wraps long lines: compare the words.
        for (const QString &command : {QStringLiteral("list"), QStringLiteral("report")}) {
            const CliRun help = runCli({command, QStringLiteral("--help")});
            QCOMPARE(help.exitCode, 0);
            QVERIFY2(help.out.simplified().contains(rule), qPrintable(command));
        }
    }
};

QTEST_MAIN(TestUnusedDays)
#include "tst_unuseddays.moc"
