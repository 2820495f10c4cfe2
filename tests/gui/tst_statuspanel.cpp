#include "statusmodel.h"
#include "statuspanel.h"

#include <QClipboard>
#include <QGuiApplication>
#include <QListView>
#include <QLocale>
#include <QPushButton>
#include <QSignalSpy>
#include <QTest>

namespace {
RevokeOutcome outcome(OutcomeKind kind, const QString &keyId, int httpStatus = 0)
{
    RevokeOutcome result;
    result.kind = kind;
    result.keyId = keyId;
    result.httpStatus = httpStatus;
    result.sentence = QStringLiteral("Sentence for ") + RevokeOutcome::kindName(kind);
    result.finishedAt = QDateTime(QDate(2025, 1, 2), QTime(3, 4, 5));
    return result;
}

const QString FirstId = QStringLiteral("11111111-1111-1111-1111-111111111111");
const QString SecondId = QStringLiteral("22222222-2222-2222-2222-222222222222");
} // namespace

class TestStatusPanel : public QObject
{
    Q_OBJECT

private slots:
    // The expected texts are those of the C locale (ISO dates, 24-hour times), whatever the
    // system's: Linux runs these with LANG=C.UTF-8, but Windows (and Wine) start in the user's
    // locale, en-US by default.
    void initTestCase() { QLocale::setDefault(QLocale::c()); }

    void addOutcome_twoEntries_newestFirst();
    void headline_httpStatus_showsTimeKindStatusAndKey();
    void details_serverMessageWithMarkup_keptAsPlainText();
    void copy_noSelection_copiesAllEntries();
    void copy_oneSelected_copiesOnlyThatEntry();
    void trustButton_tlsErrorEntry_emitsPortalAndFingerprint();
    void trustButton_otherOutcomes_hidden();
    void expand_click_togglesDetailsAndGrowsEntry();
};

void TestStatusPanel::addOutcome_twoEntries_newestFirst()
{
    StatusPanel panel;
    panel.addOutcome(outcome(OutcomeKind::Revoked, FirstId, 200), QStringLiteral("https://a"));
    panel.addOutcome(outcome(OutcomeKind::NotFound, SecondId, 500), QStringLiteral("https://a"));
    QCOMPARE(panel.model()->rowCount(), 2);
    QCOMPARE(panel.model()->index(0).data(StatusModel::KindNameRole).toString(),
             QStringLiteral("not_found"));
    QCOMPARE(panel.model()->index(1).data(StatusModel::KindNameRole).toString(),
             QStringLiteral("revoked"));
    QVERIFY(!panel.model()->index(0).data(Qt::DecorationRole).value<QIcon>().isNull());
}

void TestStatusPanel::headline_httpStatus_showsTimeKindStatusAndKey()
{
    StatusPanel panel;
    panel.addOutcome(outcome(OutcomeKind::Forbidden, FirstId, 403), QStringLiteral("https://a"));
    const QString headline = panel.model()->index(0).data(StatusModel::HeadlineRole).toString();
    QCOMPARE(headline, QStringLiteral("03:04:05 · Forbidden · HTTP 403 · key ") + FirstId);

    panel.addOutcome(outcome(OutcomeKind::NetworkError, FirstId), QStringLiteral("https://a"));
    QVERIFY(!panel.model()
                 ->index(0)
                 .data(StatusModel::HeadlineRole)
                 .toString()
                 .contains(QStringLiteral("HTTP")));
}

void TestStatusPanel::details_serverMessageWithMarkup_keptAsPlainText()
{
    StatusPanel panel;
    RevokeOutcome result = outcome(OutcomeKind::ServerError, FirstId, 500);
    result.serverMessage = QStringLiteral("<b>Legacy</b> & \"quotes\"");
    result.detail = QStringLiteral("Connection closed");
    panel.addOutcome(result, QStringLiteral("https://a"));
    const QStringList details =
        panel.model()->index(0).data(StatusModel::DetailsRole).toStringList();
    QVERIFY(details.join(QLatin1Char('\n')).contains(QStringLiteral("<b>Legacy</b> & \"quotes\"")));
    QVERIFY(details.join(QLatin1Char('\n')).contains(QStringLiteral("Connection closed")));
}

void TestStatusPanel::copy_noSelection_copiesAllEntries()
{
    StatusPanel panel;
    panel.addOutcome(outcome(OutcomeKind::Revoked, FirstId, 200), QStringLiteral("https://a"));
    panel.addOutcome(outcome(OutcomeKind::Refused, SecondId, 200), QStringLiteral("https://a"));
    QGuiApplication::clipboard()->clear();
    QTest::mouseClick(panel.findChild<QPushButton *>(QStringLiteral("copyButton")), Qt::LeftButton);
    const QString copied = QGuiApplication::clipboard()->text();
    QVERIFY(copied.contains(FirstId));
    QVERIFY(copied.contains(SecondId));
    QVERIFY(copied.contains(QStringLiteral("Sentence for refused")));
    QVERIFY(copied.indexOf(SecondId) < copied.indexOf(FirstId));
}

void TestStatusPanel::copy_oneSelected_copiesOnlyThatEntry()
{
    StatusPanel panel;
    panel.addOutcome(outcome(OutcomeKind::Revoked, FirstId, 200), QStringLiteral("https://a"));
    panel.addOutcome(outcome(OutcomeKind::Refused, SecondId, 200), QStringLiteral("https://a"));
    panel.view()->selectionModel()->select(panel.model()->index(1),
                                           QItemSelectionModel::ClearAndSelect);
    panel.copyToClipboard();
    const QString copied = QGuiApplication::clipboard()->text();
    QVERIFY(copied.contains(FirstId));
    QVERIFY(!copied.contains(SecondId));
}

void TestStatusPanel::trustButton_tlsErrorEntry_emitsPortalAndFingerprint()
{
    StatusPanel panel;
    panel.show();
    RevokeOutcome result = outcome(OutcomeKind::TlsError, FirstId);
    result.certificateSha256 = QStringLiteral("AB:CD:EF");
    panel.addOutcome(result, QStringLiteral("https://portal.example.com"));
    auto *trust = panel.findChild<QPushButton *>(QStringLiteral("trustCertificateButton"));
    QVERIFY(trust->isVisible());
    // The fingerprint is in view without expanding anything.
    QVERIFY(panel.model()->index(0).data(StatusModel::ExpandedRole).toBool());

    QSignalSpy spy(&panel, &StatusPanel::trustCertificateRequested);
    QTest::mouseClick(trust, Qt::LeftButton);
    QCOMPARE(spy.count(), 1);
    QCOMPARE(spy.at(0).at(0).toString(), QStringLiteral("https://portal.example.com"));
    QCOMPARE(spy.at(0).at(1).toString(), QStringLiteral("AB:CD:EF"));

    panel.markCertificateTrusted(QStringLiteral("abcdef"));
    QVERIFY(!trust->isVisible());
}

void TestStatusPanel::trustButton_otherOutcomes_hidden()
{
    StatusPanel panel;
    panel.show();
    panel.addOutcome(outcome(OutcomeKind::NetworkError, FirstId), QStringLiteral("https://a"));
    QVERIFY(!panel.findChild<QPushButton *>(QStringLiteral("trustCertificateButton"))->isVisible());
}

void TestStatusPanel::expand_click_togglesDetailsAndGrowsEntry()
{
    StatusPanel panel;
    panel.resize(500, 300);
    panel.show();
    QVERIFY(QTest::qWaitForWindowExposed(&panel));
    RevokeOutcome result = outcome(OutcomeKind::ServerError, FirstId, 500);
    result.serverMessage = QStringLiteral("Object reference not set to an instance of an object.");
    panel.addOutcome(result, QStringLiteral("https://a"));
    const QModelIndex entry = panel.model()->index(0);
    const QRect collapsed = panel.view()->visualRect(entry);
    QVERIFY(!entry.data(StatusModel::ExpandedRole).toBool());

    QTest::mouseClick(panel.view()->viewport(), Qt::LeftButton, {}, collapsed.center());
    QVERIFY(entry.data(StatusModel::ExpandedRole).toBool());
    QTRY_VERIFY(panel.view()->visualRect(entry).height() > collapsed.height());

    panel.view()->setFocus();
    QTest::keyClick(panel.view(), Qt::Key_Space);
    QVERIFY(!entry.data(StatusModel::ExpandedRole).toBool());
}

QTEST_MAIN(TestStatusPanel)
#include "tst_statuspanel.moc"
