#include "keylistmodel.h"
#include "localdates.h"
#include "translations.h"

#include <QApplication>
#include <QFont>
#include <QFontMetrics>
#include <QLocale>
#include <QScopeGuard>
#include <QStyleOptionViewItem>
#include <QStyledItemDelegate>
#include <QTest>

Q_DECLARE_METATYPE(KeyFilter)

// The keys table's model and proxy on their own: no window, no network.
class TestKeyListModel : public QObject
{
    Q_OBJECT

private slots:
    // The expected texts are those of the C locale (ISO dates, 24-hour times), whatever the
    // system's: Linux runs these with LANG=C.UTF-8, but Windows (and Wine) start in the user's
    // locale, en-US by default.
    void initTestCase() { QLocale::setDefault(QLocale::c()); }

    void init();

    void sort_createdColumn_usesInstantsNotText();
    void sort_lastUsed_neverUsedSortsOldest();
    void sort_expires_neverSortsLatest();
    void sort_state_activeDeactivatedExpired();
    void filter_text_matchesNameCreatorEndingAndId_data();
    void filter_text_matchesNameCreatorEndingAndId();
    void filter_quickFilters_data();
    void filter_quickFilters();
    void relativeExpiry_data();
    void relativeExpiry();
    void state_fromIsActiveAndExpiresAt();
    void expiresColumn_showsAbsoluteAndRelative();
    void lastUsed_never_saysNever();
    void permissions_allReadOnlyOrList();
    void name_html_shownVerbatimNotAsMarkup();
    void ownKey_boldWithThisTokenSuffix();
    void markRevoked_showsRevokedStruckThrough();
    void setKeys_resetsOnceForTheWholeList();
    void dates_germanLocale_shownGermanSortedByDate();

private:
    static ApiKey key(const QString &id, const QString &name);
    QStringList namesInProxyOrder() const;
    void sortBy(int column, Qt::SortOrder order = Qt::AscendingOrder);

    QDateTime m_now;
    std::unique_ptr<KeyListModel> m_model;
    std::unique_ptr<KeyFilterProxyModel> m_proxy;
};

ApiKey TestKeyListModel::key(const QString &id, const QString &name)
{
    ApiKey key;
    key.id = id;
    key.name = name;
    key.keyPostfix = id.right(4);
    key.createOn = QDateTime(QDate(2026, 1, 1), QTime(12, 0), Qt::UTC);
    key.createdById = QStringLiteral("u-alice");
    key.createdByName = QStringLiteral("Alice Owner");
    return key;
}

void TestKeyListModel::init()
{
    m_now = QDateTime(QDate(2026, 6, 1), QTime(12, 0), Qt::UTC);
    m_model = std::make_unique<KeyListModel>();
    m_model->setNow(m_now);
    m_proxy = std::make_unique<KeyFilterProxyModel>();
    m_proxy->setKeyModel(m_model.get());
}

QStringList TestKeyListModel::namesInProxyOrder() const
{
    QStringList names;
    for (int row = 0; row < m_proxy->rowCount(); ++row) {
        const int source = m_proxy->mapToSource(m_proxy->index(row, 0)).row();
        names << m_model->keyAt(source).name;
    }
    return names;
}

void TestKeyListModel::sortBy(int column, Qt::SortOrder order)
{
    m_proxy->sort(column, order);
}

void TestKeyListModel::sort_createdColumn_usesInstantsNotText()
{
    // As text "2026-01-02T01:00:00+05:00" comes after "2026-01-01T22:00:00Z"; as instants it is
    // two hours earlier.
    ApiKey east =
        key(QStringLiteral("00000000-0000-0000-0000-00000000000a"), QStringLiteral("east"));
    east.createOn = parseDocSpaceDate(QStringLiteral("2026-01-02T01:00:00.0000000+05:00"));
    ApiKey utc = key(QStringLiteral("00000000-0000-0000-0000-00000000000b"), QStringLiteral("utc"));
    utc.createOn = parseDocSpaceDate(QStringLiteral("2026-01-01T22:00:00.0000000Z"));
    ApiKey older =
        key(QStringLiteral("00000000-0000-0000-0000-00000000000c"), QStringLiteral("older"));
    older.createOn = parseDocSpaceDate(QStringLiteral("2025-12-31T23:00:00.0000000+00:00"));
    m_model->setKeys({utc, older, east});

    sortBy(KeyListModel::CreatedColumn);
    QCOMPARE(namesInProxyOrder(), (QStringList{"older", "east", "utc"}));
    sortBy(KeyListModel::CreatedColumn, Qt::DescendingOrder);
    QCOMPARE(namesInProxyOrder(), (QStringList{"utc", "east", "older"}));
}

void TestKeyListModel::sort_lastUsed_neverUsedSortsOldest()
{
    ApiKey recent =
        key(QStringLiteral("00000000-0000-0000-0000-00000000000a"), QStringLiteral("recent"));
    recent.lastUsed = m_now.addDays(-1);
    ApiKey never =
        key(QStringLiteral("00000000-0000-0000-0000-00000000000b"), QStringLiteral("never"));
    ApiKey old = key(QStringLiteral("00000000-0000-0000-0000-00000000000c"), QStringLiteral("old"));
    // "2025-..." sorts before "never" as text, and 9 days ago after 100 days ago as a date.
    old.lastUsed = m_now.addDays(-100);
    m_model->setKeys({recent, never, old});
    sortBy(KeyListModel::LastUsedColumn);
    QCOMPARE(namesInProxyOrder(), (QStringList{"never", "old", "recent"}));
}

void TestKeyListModel::sort_expires_neverSortsLatest()
{
    ApiKey soon =
        key(QStringLiteral("00000000-0000-0000-0000-00000000000a"), QStringLiteral("soon"));
    soon.expiresAt = m_now.addDays(3);
    ApiKey never =
        key(QStringLiteral("00000000-0000-0000-0000-00000000000b"), QStringLiteral("never"));
    ApiKey expired =
        key(QStringLiteral("00000000-0000-0000-0000-00000000000c"), QStringLiteral("expired"));
    expired.expiresAt = m_now.addDays(-2);
    ApiKey later =
        key(QStringLiteral("00000000-0000-0000-0000-00000000000d"), QStringLiteral("later"));
    later.expiresAt = m_now.addDays(20); // "in 20 days" sorts before "in 3 days" as text
    m_model->setKeys({soon, never, expired, later});
    sortBy(KeyListModel::ExpiresColumn);
    QCOMPARE(namesInProxyOrder(), (QStringList{"expired", "soon", "later", "never"}));
}

void TestKeyListModel::sort_state_activeDeactivatedExpired()
{
    ApiKey expired =
        key(QStringLiteral("00000000-0000-0000-0000-00000000000a"), QStringLiteral("expired"));
    expired.expiresAt = m_now.addSecs(-60);
    ApiKey off = key(QStringLiteral("00000000-0000-0000-0000-00000000000b"), QStringLiteral("off"));
    off.isActive = false;
    ApiKey on = key(QStringLiteral("00000000-0000-0000-0000-00000000000c"), QStringLiteral("on"));
    m_model->setKeys({expired, off, on});
    sortBy(KeyListModel::StateColumn);
    QCOMPARE(namesInProxyOrder(), (QStringList{"on", "off", "expired"}));
}

void TestKeyListModel::filter_text_matchesNameCreatorEndingAndId_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QStringList>("expected");
    QTest::newRow("name, any case") << "BACKUP" << QStringList{"Backup script"};
    QTest::newRow("creator") << "carol" << QStringList{"Carol's notebook"};
    QTest::newRow("ending") << "beef" << QStringList{"CI pipeline"};
    QTest::newRow("id") << "0000000000c" << QStringList{"Carol's notebook"};
    QTest::newRow("nothing") << "zzz" << QStringList{};
    QTest::newRow("blank is everything")
        << "  " << QStringList{"Backup script", "CI pipeline", "Carol's notebook"};
}

void TestKeyListModel::filter_text_matchesNameCreatorEndingAndId()
{
    QFETCH(QString, text);
    QFETCH(QStringList, expected);
    ApiKey backup = key(QStringLiteral("00000000-0000-0000-0000-00000000000a"),
                        QStringLiteral("Backup script"));
    ApiKey ci =
        key(QStringLiteral("00000000-0000-0000-0000-00000000000b"), QStringLiteral("CI pipeline"));
    ci.keyPostfix = QStringLiteral("beef");
    ApiKey carol = key(QStringLiteral("00000000-0000-0000-0000-00000000000c"),
                       QStringLiteral("Carol's notebook"));
    carol.createdById = QStringLiteral("u-carol");
    carol.createdByName = QStringLiteral("Carol Member");
    m_model->setKeys({backup, ci, carol});
    KeyFilter filter;
    filter.text = text;
    m_proxy->setKeyFilter(filter);
    QCOMPARE(namesInProxyOrder(), expected);
}

void TestKeyListModel::filter_quickFilters_data()
{
    QTest::addColumn<KeyFilter>("filter");
    QTest::addColumn<QStringList>("expected");
    KeyFilter expired;
    expired.expired = true;
    QTest::newRow("expired") << expired << QStringList{"expired"};
    KeyFilter deactivated;
    deactivated.deactivated = true;
    QTest::newRow("deactivated") << deactivated << QStringList{"off"};
    KeyFilter neverUsed;
    neverUsed.neverUsed = true;
    QTest::newRow("never used") << neverUsed << QStringList{"never"};
    KeyFilter unused;
    unused.unusedDays = 90;
    QTest::newRow("unused 90 days: old and never used") << unused << QStringList{"never", "old"};
    unused.unusedDays = 5;
    QTest::newRow("unused 5 days") << unused << QStringList{"never", "old", "off", "expired"};
    KeyFilter mine;
    mine.createdById = QStringLiteral("U-CAROL"); // ids compare without regard to case
    QTest::newRow("created by me") << mine << QStringList{"off"};
    KeyFilter combined;
    combined.unusedDays = 90;
    combined.createdById = QStringLiteral("u-alice");
    QTest::newRow("all conditions hold") << combined << QStringList{"never", "old"};
}

void TestKeyListModel::filter_quickFilters()
{
    QFETCH(KeyFilter, filter);
    QFETCH(QStringList, expected);
    ApiKey recent =
        key(QStringLiteral("00000000-0000-0000-0000-00000000000a"), QStringLiteral("recent"));
    recent.lastUsed = m_now.addDays(-1);
    ApiKey never =
        key(QStringLiteral("00000000-0000-0000-0000-00000000000b"), QStringLiteral("never"));
    ApiKey old = key(QStringLiteral("00000000-0000-0000-0000-00000000000c"), QStringLiteral("old"));
    old.lastUsed = m_now.addDays(-100);
    ApiKey off = key(QStringLiteral("00000000-0000-0000-0000-00000000000d"), QStringLiteral("off"));
    off.isActive = false;
    off.lastUsed = m_now.addDays(-10);
    off.createdById = QStringLiteral("u-carol");
    ApiKey expired =
        key(QStringLiteral("00000000-0000-0000-0000-00000000000e"), QStringLiteral("expired"));
    expired.lastUsed = m_now.addDays(-30);
    expired.expiresAt = m_now.addDays(-2); // still flagged active: the date decides
    m_model->setKeys({recent, never, old, off, expired});
    m_proxy->setKeyFilter(filter);
    QCOMPARE(namesInProxyOrder(), expected);
}

void TestKeyListModel::relativeExpiry_data()
{
    QTest::addColumn<qint64>("offsetSeconds");
    QTest::addColumn<QString>("expected");
    QTest::newRow("in 3 days") << qint64(3 * 86400 + 600) << "in 3 days";
    QTest::newRow("in 1 day") << qint64(86400 + 5) << "in 1 day";
    QTest::newRow("in 5 hours") << qint64(5 * 3600 + 10) << "in 5 hours";
    QTest::newRow("in minutes") << qint64(125) << "in 2 minutes";
    QTest::newRow("expired 2 days ago") << qint64(-2 * 86400 - 60) << "expired 2 days ago";
    QTest::newRow("expired 1 hour ago") << qint64(-3600 - 1) << "expired 1 hour ago";
}

void TestKeyListModel::relativeExpiry()
{
    QFETCH(qint64, offsetSeconds);
    QFETCH(QString, expected);
    QCOMPARE(KeyListModel::relativeExpiry(m_now.addSecs(offsetSeconds), m_now), expected);
    QCOMPARE(KeyListModel::relativeExpiry(QDateTime(), m_now), QStringLiteral("never"));
}

void TestKeyListModel::state_fromIsActiveAndExpiresAt()
{
    ApiKey on = key(QStringLiteral("00000000-0000-0000-0000-00000000000a"), QStringLiteral("on"));
    on.expiresAt = m_now.addDays(1);
    ApiKey off = key(QStringLiteral("00000000-0000-0000-0000-00000000000b"), QStringLiteral("off"));
    off.isActive = false;
    ApiKey expiredButActive =
        key(QStringLiteral("00000000-0000-0000-0000-00000000000c"), QStringLiteral("x"));
    expiredButActive.expiresAt = m_now.addSecs(-1);
    m_model->setKeys({on, off, expiredButActive});
    const auto state = [this](int row) {
        return m_model->index(row, KeyListModel::StateColumn).data().toString();
    };
    QCOMPARE(state(0), QStringLiteral("active"));
    QCOMPARE(state(1), QStringLiteral("deactivated"));
    QCOMPARE(state(2), QStringLiteral("expired"));
    QCOMPARE(m_model->index(2, 0).data(KeyListModel::StateRole).toInt(),
             int(ApiKey::State::Expired));
    QVERIFY(!m_model->index(0, KeyListModel::StateColumn).data(Qt::DecorationRole).isNull());

    // Time passes: the same key is expired now.
    m_model->setNow(m_now.addDays(2));
    QCOMPARE(state(0), QStringLiteral("expired"));
}

void TestKeyListModel::expiresColumn_showsAbsoluteAndRelative()
{
    ApiKey soon =
        key(QStringLiteral("00000000-0000-0000-0000-00000000000a"), QStringLiteral("soon"));
    soon.expiresAt = m_now.addDays(3);
    ApiKey gone =
        key(QStringLiteral("00000000-0000-0000-0000-00000000000b"), QStringLiteral("gone"));
    gone.expiresAt = m_now.addDays(-2);
    ApiKey never =
        key(QStringLiteral("00000000-0000-0000-0000-00000000000c"), QStringLiteral("never"));
    m_model->setKeys({soon, gone, never});
    const auto expires = [this](int row) {
        return m_model->index(row, KeyListModel::ExpiresColumn).data().toString();
    };
    QCOMPARE(expires(0), QStringLiteral("2026-06-04 (in 3 days)"));
    QCOMPARE(expires(1), QStringLiteral("2026-05-30 (expired 2 days ago)"));
    QCOMPARE(expires(2), QStringLiteral("never"));
}

void TestKeyListModel::lastUsed_never_saysNever()
{
    ApiKey used =
        key(QStringLiteral("00000000-0000-0000-0000-00000000000a"), QStringLiteral("used"));
    used.lastUsed = QDateTime(QDate(2026, 5, 20), QTime(8, 0), Qt::UTC);
    m_model->setKeys(
        {used, key(QStringLiteral("00000000-0000-0000-0000-00000000000b"), QStringLiteral("n"))});
    QCOMPARE(m_model->index(0, KeyListModel::LastUsedColumn).data().toString(),
             QStringLiteral("2026-05-20"));
    QCOMPARE(m_model->index(1, KeyListModel::LastUsedColumn).data().toString(),
             QStringLiteral("never"));
    QCOMPARE(m_model->index(0, KeyListModel::EndingColumn).data().toString(),
             QStringLiteral("sk-***000a"));
    QCOMPARE(m_model->index(0, KeyListModel::CreatedByColumn).data().toString(),
             QStringLiteral("Alice Owner"));
}

void TestKeyListModel::permissions_allReadOnlyOrList()
{
    QCOMPARE(KeyListModel::permissionsText({}), QStringLiteral("All"));
    QCOMPARE(KeyListModel::permissionsText({QStringLiteral("*")}), QStringLiteral("All"));
    QCOMPARE(KeyListModel::permissionsText({QStringLiteral("*:read")}),
             QStringLiteral("Read only"));
    QCOMPARE(KeyListModel::permissionsText(
                 {QStringLiteral("files:read"), QStringLiteral("rooms:write")}),
             QStringLiteral("files:read, rooms:write"));
}

void TestKeyListModel::name_html_shownVerbatimNotAsMarkup()
{
    const QString html = QStringLiteral("<b>Legacy</b> & \"quotes\"");
    m_model->setKeys({key(QStringLiteral("00000000-0000-0000-0000-00000000000a"), html)});
    const QModelIndex name = m_proxy->index(0, KeyListModel::NameColumn);
    QCOMPARE(name.data(Qt::DisplayRole).toString(), html);
    QCOMPARE(name.data(Qt::AccessibleTextRole).toString(), html);

    // The table's delegate lays it out as the literal characters, tags included: as markup it
    // would be "Legacy & "quotes"" in bold, far narrower.
    QStyledItemDelegate delegate;
    QStyleOptionViewItem option;
    option.font = QApplication::font();
    option.fontMetrics = QFontMetrics(option.font);
    const int width = delegate.sizeHint(option, name).width();
    QVERIFY2(width >= option.fontMetrics.horizontalAdvance(html),
             qPrintable(QStringLiteral("%1 < %2").arg(width).arg(
                 option.fontMetrics.horizontalAdvance(html))));
}

void TestKeyListModel::ownKey_boldWithThisTokenSuffix()
{
    const QString id = QStringLiteral("00000000-0000-0000-0000-00000000000a");
    m_model->setKeys(
        {key(id, QStringLiteral("Admin console")),
         key(QStringLiteral("00000000-0000-0000-0000-00000000000b"), QStringLiteral("other"))});
    QVERIFY(!m_model->index(0, 0).data(Qt::FontRole).value<QFont>().bold());
    m_model->setOwnKeyId(id.toUpper());
    QCOMPARE(m_model->index(0, 0).data().toString(), QStringLiteral("Admin console (this token)"));
    QVERIFY(m_model->index(0, 0).data(Qt::FontRole).value<QFont>().bold());
    QVERIFY(m_model->index(0, 0).data(KeyListModel::IsOwnKeyRole).toBool());
    QCOMPARE(m_model->index(1, 0).data().toString(), QStringLiteral("other"));
    QVERIFY(!m_model->index(1, 0).data(Qt::FontRole).value<QFont>().bold());
}

void TestKeyListModel::markRevoked_showsRevokedStruckThrough()
{
    const QString id = QStringLiteral("00000000-0000-0000-0000-00000000000a");
    m_model->setKeys({key(id, QStringLiteral("gone"))});
    m_model->markRevoked(id);
    QCOMPARE(m_model->index(0, KeyListModel::StateColumn).data().toString(),
             QStringLiteral("revoked"));
    QVERIFY(m_model->index(0, 0).data(Qt::FontRole).value<QFont>().strikeOut());
}

void TestKeyListModel::setKeys_resetsOnceForTheWholeList()
{
    QList<ApiKey> keys;
    for (int i = 0; i < 500; ++i)
        keys << key(QStringLiteral("00000000-0000-0000-0000-%1").arg(i, 12, 10, QLatin1Char('0')),
                    QStringLiteral("key %1").arg(i));
    int resets = 0;
    int inserts = 0;
    connect(m_model.get(), &QAbstractItemModel::modelReset, this, [&resets] { ++resets; });
    connect(m_model.get(), &QAbstractItemModel::rowsInserted, this, [&inserts] { ++inserts; });
    m_model->setKeys(keys);
    QCOMPARE(resets, 1);
    QCOMPARE(inserts, 0);
    QCOMPARE(m_proxy->rowCount(), 500);
    QCOMPARE(m_model->rowOf(QStringLiteral("00000000-0000-0000-0000-000000000499")), 499);
}

void TestKeyListModel::dates_germanLocale_shownGermanSortedByDate()
{
    // The language chosen in Settings sets QLocale's default: its format, not ISO.
    LocalDates::useLanguage(QStringLiteral("de"));
    const auto restore = qScopeGuard([] { QLocale::setDefault(QLocale::c()); });
    ApiKey newer =
        key(QStringLiteral("00000000-0000-0000-0000-00000000000a"), QStringLiteral("newer"));
    newer.createOn = QDateTime(QDate(2026, 1, 2), QTime(12, 0), Qt::UTC);
    ApiKey older =
        key(QStringLiteral("00000000-0000-0000-0000-00000000000b"), QStringLiteral("older"));
    older.createOn = QDateTime(QDate(2025, 12, 31), QTime(12, 0), Qt::UTC);
    m_model->setKeys({newer, older});
    const QString shown = m_model->index(0, KeyListModel::CreatedColumn).data().toString();
    QCOMPARE(shown,
             QLocale(QStringLiteral("de")).toString(QDate(2026, 1, 2), QLocale::ShortFormat));
    QVERIFY2(shown.startsWith(QLatin1String("02.01.")), qPrintable(shown));
    // As text "02.01.26" sorts before "31.12.25"; by date it comes after.
    sortBy(KeyListModel::CreatedColumn, Qt::AscendingOrder);
    QCOMPARE(namesInProxyOrder(), (QStringList{QStringLiteral("older"), QStringLiteral("newer")}));
    // The tooltip names the month in German.
    const QString tip =
        m_model->index(0, KeyListModel::CreatedColumn).data(Qt::ToolTipRole).toString();
    QVERIFY2(tip.contains(QLatin1String("Januar")), qPrintable(tip));
}

// The English catalogue gives the plural forms ("13 keys", "in 1 day"), as in the application.
static void installEnglishCatalogue()
{
    Translations::install(QStringLiteral("en"));
}
Q_COREAPP_STARTUP_FUNCTION(installEnglishCatalogue)

QTEST_MAIN(TestKeyListModel)
#include "tst_keylistmodel.moc"
