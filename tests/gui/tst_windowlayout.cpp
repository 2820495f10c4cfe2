#include "keylistmodel.h"
#include "keysview.h"
#include "translations.h"
#include "windowfixture.h"

#include <QAbstractButton>
#include <QApplication>
#include <QGroupBox>
#include <QHash>
#include <QMenuBar>
#include <QPushButton>
#include <QScrollBar>
#include <QSettings>
#include <QTabWidget>
#include <QTableView>

// The main window on the screens the issue names (1024x700, 1366x768), in the size the
// application gives it there: how many rows of the key table a user sees.
class TestWindowLayout : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();

    void keyTable_at1024x700_showsAtLeastEightRows_data();
    void keyTable_at1024x700_showsAtLeastEightRows();
    void keyTable_at1366x768_showsMoreRowsThanAt1024x700();

private:
    // Opens the window in demo mode (its warning bar shown) at the size main.cpp gives it on a
    // screen of `screen` (the desktop's frame and title bar left out), and loads the 13 keys.
    void openAt(const QSize &screen);
    // Rows whose whole height is inside the table's viewport.
    int visibleRows() const;

    QTemporaryDir m_settingsDir;
    WindowFixture m_fixture;
};

void TestWindowLayout::initTestCase()
{
    QVERIFY(m_settingsDir.isValid());
    QCoreApplication::setOrganizationName(QStringLiteral("DocSpaceKeysTests"));
    QCoreApplication::setApplicationName(QStringLiteral("tst_windowlayout"));
    QSettings::setPath(QSettings::NativeFormat, QSettings::UserScope, m_settingsDir.path());
    QSettings::setPath(QSettings::IniFormat, QSettings::UserScope, m_settingsDir.path());
}

void TestWindowLayout::init()
{
    Translations::install(QStringLiteral("en"));
    QVERIFY(m_fixture.setUp());
}

void TestWindowLayout::cleanup()
{
    m_fixture.tearDown();
    Translations::install(QStringLiteral("en"));
}

void TestWindowLayout::openAt(const QSize &screen)
{
    m_fixture.m_demoMode = true;
    MainWindow *window = m_fixture.startWindow();
    window->selectProfile(QUuid(), false);
    window->setPortalAddress(m_fixture.httpPortal());
    window->setToken(m_fixture.keySecret(QStringLiteral("Admin console")));
    // As main.cpp does: room for the title bar and frame the window manager adds.
    window->resize(window->size().boundedTo(screen - QSize(16, 48)));
    QCOMPARE(window->height(), screen.height() - 48);
    KeysView *keys = window->keysView();
    QTest::mouseClick(m_fixture.find<QPushButton>("refreshKeysButton"), Qt::LeftButton);
    QTRY_COMPARE(keys->model()->rowCount(), int(m_fixture.m_sandbox->portal().keys().size()));
    QTRY_VERIFY(!keys->isLoading());
    QApplication::processEvents();
}

int TestWindowLayout::visibleRows() const
{
    auto *table = m_fixture.find<QTableView>("keyTable");
    const QRect viewport = table->viewport()->rect();
    int rows = 0;
    for (int row = 0; row < table->model()->rowCount(); ++row) {
        if (viewport.contains(table->visualRect(table->model()->index(row, 0))))
            ++rows;
    }
    return rows;
}

void TestWindowLayout::keyTable_at1024x700_showsAtLeastEightRows_data()
{
    QTest::addColumn<QString>("language");
    QTest::newRow("en") << QStringLiteral("en");
    QTest::newRow("de") << QStringLiteral("de");
    QTest::newRow("ja") << QStringLiteral("ja");
}

void TestWindowLayout::keyTable_at1024x700_showsAtLeastEightRows()
{
    QFETCH(QString, language);
    QCOMPARE(Translations::install(language), language);
    openAt(QSize(1024, 700));
    const int rows = visibleRows();
    qInfo("%s at 1024x700: %d rows visible", qPrintable(language), rows);
    if (qEnvironmentVariableIsSet("DSK_LAYOUT_DUMP")) {
        qInfo("hscroll %d",
              m_fixture.find<QTableView>("keyTable")->horizontalScrollBar()->isVisible());
        for (QWidget *w : m_fixture.m_window->findChildren<QWidget *>()) {
            if (w->isVisible() && !w->objectName().isEmpty() &&
                !w->objectName().startsWith(QLatin1String("qt_")))
                qInfo("%s y=%d h=%d w=%d", qPrintable(w->objectName()),
                      w->mapTo(m_fixture.m_window.get(), QPoint()).y(), w->height(), w->width());
        }
    }
    QVERIFY2(rows >= 8, qPrintable(QStringLiteral("%1 rows").arg(rows)));
    // Nothing of the window is cut: it is no taller than it was made.
    MainWindow *window = m_fixture.m_window.get();
    QVERIFY2(window->minimumSizeHint().height() <= window->height(),
             qPrintable(QStringLiteral("needs %1 px").arg(window->minimumSizeHint().height())));
}

void TestWindowLayout::keyTable_at1366x768_showsMoreRowsThanAt1024x700()
{
    openAt(QSize(1024, 700));
    const int small = visibleRows();
    m_fixture.tearDown();
    QVERIFY(m_fixture.setUp());
    openAt(QSize(1366, 768));
    const int large = visibleRows();
    qInfo("1024x700: %d rows, 1366x768: %d rows", small, large);
    QVERIFY2(large > small, qPrintable(QStringLiteral("%1 vs %2").arg(large).arg(small)));
    QVERIFY(large >= 10);
}

QTEST_MAIN(TestWindowLayout)
#include "tst_windowlayout.moc"
