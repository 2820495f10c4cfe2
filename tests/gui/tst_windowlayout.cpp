#include "historyview.h"
#include "hygienereportview.h"
#include "keylistmodel.h"
#include "keysview.h"
#include "leakedsecretdialog.h"
#include "mnemonics.h"
#include "settingsdialog.h"
#include "translations.h"
#include "windowfixture.h"
#include "wine.h"

#include <QAbstractButton>
#include <QAbstractSpinBox>
#include <QApplication>
#include <QCheckBox>
#include <QDialog>
#include <QDialogButtonBox>
#include <QGroupBox>
#include <QHash>
#include <QHeaderView>
#include <QLabel>
#include <QMenu>
#include <QMenuBar>
#include <QPushButton>
#include <QScrollBar>
#include <QSettings>
#include <QTabWidget>
#include <QTableView>
#include <QToolButton>
#include <QTreeWidget>

#include <algorithm>

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
    void tab_mainWindow_walksTheFormTopToBottomWithTheTableOnce();
    void tab_everyTab_walksTopToBottom_data();
    void tab_everyTab_walksTopToBottom();
    void accelerators_mainWindowEachTab_uniqueAndOnEveryButton_data();
    void accelerators_mainWindowEachTab_uniqueAndOnEveryButton();
    void accelerators_menus_uniqueInEachMenu_data();
    void accelerators_menus_uniqueInEachMenu();
    void accelerators_dialogs_uniqueInEachDialog_data();
    void accelerators_dialogs_uniqueInEachDialog();

private:
    // Opens the window in demo mode (its warning bar shown) at the size main.cpp gives it on a
    // screen of `screen` (the desktop's frame and title bar left out), and loads the 13 keys.
    void openAt(const QSize &screen);
    // Rows whose whole height is inside the table's viewport.
    int visibleRows() const;
    // The object names Tab visits from `start` until it comes back to it; the widgets in *stops.
    QStringList tabChain(QWidget *start, QList<QWidget *> *stops = nullptr) const;
    // Shows the Report tab and waits for its findings.
    void showReport();
    // Rows: one per language the application ships.
    static void languageRows();
    // "&Copy" -> 'c'; 0 when the text has none ("&&" is a literal ampersand).
    static QChar mnemonic(const QString &text);
    // Each accelerator of the labels, buttons and check boxes of `root` that can show at the same
    // time as `root` (those of other tab pages than the current one left out), with the texts
    // that use it; the texts of push buttons without one (neither their own nor a label's whose
    // buddy they are; Esc for a Cancel) in *missing.
    static QHash<QChar, QStringList> accelerators(QWidget *root, QStringList *missing);
    static QString clashes(const QHash<QChar, QStringList> &used);

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
    // The languages of the screenshots; Japanese has the tallest lines (CJK fonts).
    for (const char *language : {"en", "de", "ja"})
        QTest::newRow(language) << QString::fromLatin1(language);
}

void TestWindowLayout::keyTable_at1024x700_showsAtLeastEightRows()
{
    QFETCH(QString, language);
    QCOMPARE(Translations::install(language), language);
    openAt(QSize(1024, 700));
    const int rows = visibleRows();
    qInfo("%s at 1024x700: %d rows visible", qPrintable(language), rows);
    QVERIFY2(rows >= 8, qPrintable(QStringLiteral("%1 rows").arg(rows)));
    // Nothing of the window is cut: it is no taller than it was made.
    MainWindow *window = m_fixture.m_window.get();
    QVERIFY2(window->minimumSizeHint().height() <= window->height(),
             qPrintable(QStringLiteral("needs %1 px").arg(window->minimumSizeHint().height())));
    // Every column fits across, the last one's title ("Berechtigungen" in German) whole: no
    // horizontal scroll bar, even with an expired key's long wording in the expiry column.
    auto *table = m_fixture.find<QTableView>("keyTable");
    QHeaderView *header = table->horizontalHeader();
    const int last = table->model()->columnCount() - 1;
    const QString lastTitle =
        table->model()->headerData(last, Qt::Horizontal, Qt::DisplayRole).toString();
    qInfo("%s: columns %d px wide in a %d px viewport, last section %d px for \"%s\"",
          qPrintable(language), header->length(), table->viewport()->width(),
          header->sectionSize(last), qPrintable(lastTitle));
    // Not under Wine: its offscreen font metrics make every column about half as wide again.
    if (!runningUnderWine())
        QCOMPARE(table->horizontalScrollBar()->maximum(), 0);
    QVERIFY(header->sectionSize(last) >= header->fontMetrics().horizontalAdvance(lastTitle));
    bool expiredListed = false;
    for (int row = 0; row < table->model()->rowCount(); ++row)
        expiredListed |= table->model()->index(row, KeyListModel::StateColumn).data().toString() ==
                         KeyListModel::tr("expired");
    QVERIFY2(expiredListed, "the demo portal lists an expired key, the longest expiry text");
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

QStringList TestWindowLayout::tabChain(QWidget *start, QList<QWidget *> *stops) const
{
    start->setFocus(Qt::TabFocusReason);
    QStringList chain;
    QWidget *current = QApplication::focusWidget();
    for (int i = 0; i < 200 && current; ++i) {
        chain << current->objectName();
        if (stops)
            *stops << current;
        QTest::keyClick(current, Qt::Key_Tab);
        current = QApplication::focusWidget();
        if (current == start)
            break;
    }
    return chain;
}

void TestWindowLayout::showReport()
{
    MainWindow *window = m_fixture.m_window.get();
    // Who signs in is known first: learning it later hands the report a new connection, which
    // loads it again.
    QTRY_VERIFY(!window->adminConnection().actor.isEmpty());
    m_fixture.find<QTabWidget>("mainTabs")->setCurrentWidget(window->reportView());
    QTRY_VERIFY(window->reportView()->hasReport());
    QTRY_VERIFY(!window->reportView()
                     ->findChildren<QPushButton *>(QStringLiteral("action-expired"))
                     .isEmpty());
    QApplication::processEvents();
}

void TestWindowLayout::languageRows()
{
    QTest::addColumn<QString>("language");
    QStringList languages = Translations::available();
    if (!languages.contains(QLatin1String("en")))
        languages.prepend(QStringLiteral("en"));
    for (const QString &language : std::as_const(languages))
        QTest::newRow(qPrintable(language)) << language;
}

QChar TestWindowLayout::mnemonic(const QString &text)
{
    return Mnemonics::of(text);
}

QHash<QChar, QStringList> TestWindowLayout::accelerators(QWidget *root, QStringList *missing)
{
    QHash<QChar, QStringList> used;
    const auto onOtherPage = [root](QWidget *widget) {
        return Mnemonics::onHiddenTabPage(widget, root);
    };
    const QList<QLabel *> labels = root->findChildren<QLabel *>();
    for (QWidget *widget : root->findChildren<QWidget *>()) {
        if (onOtherPage(widget) || widget->window() != root)
            continue;
        QString text;
        if (auto *label = qobject_cast<QLabel *>(widget)) {
            if (!label->buddy())
                continue;
            text = label->text(); // headings and some field labels go without one
        } else if (auto *button = qobject_cast<QAbstractButton *>(widget)) {
            // What Alt+letter really does: the button's shortcut, which its text's "&" sets
            // unless the code gave it another.
            const QKeySequence shortcut = button->shortcut();
            if (shortcut.isEmpty()) {
                // Tool buttons are the filter toggles and icons; a label may hold the letter
                // (Alt+letter on a label clicks its buddy button); hidden for good (a finding
                // without keys has nothing to act on).
                const bool byLabel =
                    std::any_of(labels.begin(), labels.end(), [button](QLabel *holder) {
                        return holder->buddy() == button && !mnemonic(holder->text()).isNull();
                    });
                // A dialog's Cancel or Close is Esc.
                auto *box = qobject_cast<QDialogButtonBox *>(button->parentWidget());
                const bool rejects = box && box->buttonRole(button) == QDialogButtonBox::RejectRole;
                if (!qobject_cast<QToolButton *>(button) && !button->text().isEmpty() && !byLabel &&
                    !rejects && !button->isHidden() && missing)
                    *missing << button->text();
                continue;
            }
            const QKeyCombination combination = shortcut[0];
            if (combination.keyboardModifiers() != Qt::AltModifier)
                continue; // Esc for the Cancel buttons
            text = QStringLiteral("&") + QChar(char16_t(combination.key())) + QStringLiteral(" (") +
                   button->text() + QLatin1Char(')');
        } else if (auto *box = qobject_cast<QGroupBox *>(widget)) {
            text = box->title();
        } else {
            continue;
        }
        const QChar key = mnemonic(text);
        if (!key.isNull())
            used[key] << text;
    }
    if (auto *window = qobject_cast<QMainWindow *>(root)) {
        for (QAction *action : window->menuBar()->actions()) {
            const QChar key = mnemonic(action->text());
            if (!key.isNull())
                used[key] << action->text();
        }
    }
    return used;
}

QString TestWindowLayout::clashes(const QHash<QChar, QStringList> &used)
{
    QStringList lines;
    for (auto it = used.begin(); it != used.end(); ++it) {
        if (it.value().size() > 1)
            lines << QStringLiteral("%1: %2").arg(it.key(), it.value().join(QLatin1String(" | ")));
    }
    lines.sort();
    return lines.join(QLatin1Char('\n'));
}

void TestWindowLayout::tab_mainWindow_walksTheFormTopToBottomWithTheTableOnce()
{
    openAt(QSize(1024, 700));
    // Enabled, as a user has them while working: a key id typed, a key selected.
    m_fixture.m_window->setKeyId(
        m_fixture.m_sandbox->portal().keys().first().id.toString(QUuid::WithoutBraces));
    auto *table = m_fixture.find<QTableView>("keyTable");
    table->selectRow(0);
    const QStringList chain = tabChain(m_fixture.find<QWidget>("profileCombo"));
    qInfo("%s", qPrintable(chain.join(QLatin1String(" > "))));
    // Top to bottom: the profile row, the form, then the keys, then the results.
    const QStringList expected{
        QStringLiteral("profileCombo"),       QStringLiteral("newProfileButton"),
        QStringLiteral("portalEdit"),         QStringLiteral("tokenEdit"),
        QStringLiteral("schemeCombo"),        QStringLiteral("testConnectionButton"),
        QStringLiteral("keyIdEdit"),          QStringLiteral("revokeButton"),
        QStringLiteral("keyFilterEdit"),      QStringLiteral("refreshKeysButton"),
        QStringLiteral("keyTable"),           QStringLiteral("revokeSelectedButton"),
        QStringLiteral("deactivateButton"),   QStringLiteral("revokeByPasteButton"),
        QStringLiteral("leakedSecretButton"), QStringLiteral("statusList")};
    int at = -1;
    for (const QString &name : expected) {
        const int next = chain.indexOf(name, at + 1);
        QVERIFY2(next > at, qPrintable(QStringLiteral("%1 not after %2 in: %3")
                                           .arg(name, at >= 0 ? chain.at(at) : QString(),
                                                chain.join(QLatin1String(" > ")))));
        at = next;
    }
    // The table is one stop: arrows move inside it.
    QCOMPARE(chain.count(QStringLiteral("keyTable")), 1);
    // Every stop is a control a user can see.
    for (const QString &name : chain)
        QVERIFY2(m_fixture.find<QWidget>(qPrintable(name))->isVisible(), qPrintable(name));
}

void TestWindowLayout::tab_everyTab_walksTopToBottom_data()
{
    QTest::addColumn<QString>("page");
    QTest::newRow("Revoke") << QStringLiteral("revokeTab");
    QTest::newRow("History") << QStringLiteral("historyView");
    QTest::newRow("Report") << QStringLiteral("reportView");
}

void TestWindowLayout::tab_everyTab_walksTopToBottom()
{
    QFETCH(QString, page);
    openAt(QSize(1024, 700));
    MainWindow *window = m_fixture.m_window.get();
    // Enabled, as a user has them while working: a key id typed, a key selected, a result.
    window->setKeyId(
        m_fixture.m_sandbox->portal().keys().first().id.toString(QUuid::WithoutBraces));
    m_fixture.find<QTableView>("keyTable")->selectRow(0);
    auto *tabs = m_fixture.find<QTabWidget>("mainTabs");
    if (page == QLatin1String("reportView"))
        showReport();
    else
        tabs->setCurrentWidget(m_fixture.find<QWidget>(qPrintable(page)));
    QApplication::processEvents();
    QWidget *pageWidget = tabs->currentWidget();
    QCOMPARE(pageWidget->objectName(), page);

    QList<QWidget *> stops;
    const QStringList chain = tabChain(m_fixture.find<QWidget>("profileCombo"), &stops);
    qInfo("%s", qPrintable(chain.join(QLatin1String(" > "))));
    // Every control of the page that takes Tab is a stop, once (a table is one stop: the arrows
    // move inside it).
    int onPage = 0;
    for (QWidget *widget : pageWidget->findChildren<QWidget *>()) {
        if (!widget->isVisible() || !widget->isEnabled() ||
            !(widget->focusPolicy() & Qt::TabFocus) || widget->focusProxy() ||
            qobject_cast<QAbstractSpinBox *>(widget->parentWidget()))
            continue;
        // The scroll areas' and tables' own parts (viewports, scroll bars) are not stops.
        if (qobject_cast<QScrollBar *>(widget) || qobject_cast<QHeaderView *>(widget))
            continue;
        if (widget->parentWidget() && widget->parentWidget()->inherits("QAbstractScrollArea") &&
            !widget->parentWidget()->inherits("QScrollArea"))
            continue;
        if (widget->inherits("QScrollArea"))
            continue;
        ++onPage;
        QVERIFY2(stops.count(widget) == 1,
                 qPrintable(QStringLiteral("%1 (%2) is %3 times on: %4")
                                .arg(widget->objectName(),
                                     QString::fromLatin1(widget->metaObject()->className()))
                                .arg(stops.count(widget))
                                .arg(chain.join(QLatin1String(" > ")))));
    }
    QVERIFY(onPage >= 4);
    // Top to bottom, and left to right on a row: each stop is on a later row than the one before
    // or on the same row further right. Once at the end Tab goes back up, to the bars above the
    // profile selector.
    const auto where = [window](QWidget *widget) {
        return QRect(widget->mapTo(window, QPoint(0, 0)), widget->size());
    };
    const QRect first = where(stops.first());
    bool wrapped = false;
    for (qsizetype i = 1; i < stops.size(); ++i) {
        const QRect before = where(stops.at(i - 1));
        const QRect now = where(stops.at(i));
        const bool sameRow = now.top() < before.bottom() && before.top() < now.bottom();
        const bool later =
            sameRow ? now.left() > before.left() : now.center().y() > before.center().y();
        if (later)
            continue;
        QVERIFY2(
            !wrapped && now.bottom() <= first.top(),
            qPrintable(QStringLiteral("%1 comes after %2 in: %3")
                           .arg(chain.at(i), chain.at(i - 1), chain.join(QLatin1String(" > ")))));
        wrapped = true;
    }
    // The table is one stop: arrows move inside it.
    for (auto *table : pageWidget->findChildren<QAbstractItemView *>()) {
        if (table->isVisible() && !qobject_cast<QHeaderView *>(table))
            QVERIFY2(stops.count(table) == 1, qPrintable(table->objectName()));
    }
}

void TestWindowLayout::accelerators_mainWindowEachTab_uniqueAndOnEveryButton_data()
{
    languageRows();
}

void TestWindowLayout::accelerators_mainWindowEachTab_uniqueAndOnEveryButton()
{
    QFETCH(QString, language);
    QCOMPARE(Translations::install(language), language);
    openAt(QSize(1024, 700));
    MainWindow *window = m_fixture.m_window.get();
    auto *tabs = m_fixture.find<QTabWidget>("mainTabs");
    int checked = 0;
    for (int tab = 0; tab < tabs->count(); ++tab) {
        if (tabs->widget(tab) == window->reportView())
            showReport(); // with its findings' buttons
        else
            tabs->setCurrentIndex(tab);
        QStringList missing;
        const QHash<QChar, QStringList> used = accelerators(window, &missing);
        for (const QStringList &texts : used)
            checked += int(texts.size());
        const QString clash = clashes(used);
        QVERIFY2(clash.isEmpty(), qPrintable(tabs->tabText(tab) + QStringLiteral(":\n") + clash));
        QVERIFY2(missing.isEmpty(),
                 qPrintable(tabs->tabText(tab) + QStringLiteral(": no accelerator: ") +
                            missing.join(QLatin1String(" | "))));
    }
    qInfo("%s: %d accelerators checked on %d tabs", qPrintable(language), checked,
          int(tabs->count()));
}

void TestWindowLayout::accelerators_menus_uniqueInEachMenu_data()
{
    languageRows();
}

void TestWindowLayout::accelerators_menus_uniqueInEachMenu()
{
    QFETCH(QString, language);
    QCOMPARE(Translations::install(language), language);
    openAt(QSize(1024, 700));
    QList<QMenu *> menus;
    for (QAction *top : m_fixture.m_window->menuBar()->actions()) {
        if (top->menu())
            menus << top->menu();
    }
    menus << m_fixture.find<QMenu>("keyContextMenu");
    for (QMenu *menu : std::as_const(menus)) {
        QHash<QChar, QStringList> used;
        for (QAction *action : menu->actions()) {
            if (action->isSeparator())
                continue;
            const QChar key = mnemonic(action->text());
            QVERIFY2(!key.isNull(), qPrintable(action->text()));
            used[key] << action->text();
        }
        const QString clash = clashes(used);
        QVERIFY2(clash.isEmpty(), qPrintable(menu->title() + QStringLiteral(":\n") + clash));
    }
}

void TestWindowLayout::accelerators_dialogs_uniqueInEachDialog_data()
{
    languageRows();
}

void TestWindowLayout::accelerators_dialogs_uniqueInEachDialog()
{
    QFETCH(QString, language);
    QCOMPARE(Translations::install(language), language);
    openAt(QSize(1024, 700));
    MainWindow *window = m_fixture.m_window.get();
    const auto check = [](QWidget *dialog) {
        QVERIFY(dialog);
        QVERIFY2(!dialog->windowTitle().isEmpty() &&
                     dialog->windowTitle() != QLatin1String("DocSpace Keys"),
                 qPrintable(dialog->objectName()));
        QStringList missing;
        const QString clash = clashes(accelerators(dialog, &missing));
        QVERIFY2(clash.isEmpty(),
                 qPrintable(dialog->windowTitle() + QStringLiteral(":\n") + clash));
        QVERIFY2(missing.isEmpty(), qPrintable(dialog->windowTitle() + QStringLiteral(": ") +
                                               missing.join(QLatin1String(" | "))));
    };
    window->newProfile();
    QTRY_VERIFY(window->profileDialog() && window->profileDialog()->isVisible());
    check(window->profileDialog());
    window->profileDialog()->reject();

    window->openSettings();
    QTRY_VERIFY(window->settingsDialog() && window->settingsDialog()->isVisible());
    check(window->settingsDialog());
    window->settingsDialog()->reject();

    window->openLeakedSecretDialog();
    QTRY_VERIFY(window->leakedSecretDialog() && window->leakedSecretDialog()->isVisible());
    check(window->leakedSecretDialog());
    window->leakedSecretDialog()->reject();

    QTest::mouseClick(m_fixture.find<QPushButton>("revokeByPasteButton"), Qt::LeftButton);
    QDialog *paste = nullptr;
    QTRY_VERIFY((paste = window->findChild<QDialog *>(QStringLiteral("pasteIdsDialog"))) &&
                paste->isVisible());
    check(paste);
    paste->reject();
}

QTEST_MAIN(TestWindowLayout)
#include "tst_windowlayout.moc"
