#include "keylistmodel.h"
#include "keysview.h"
#include "windowfixture.h"

#include <QPushButton>
#include <QSettings>
#include <QTableView>

// The portal HTML-encodes display names ("Zo&#235; O&#39;Brien &amp; Co"): the window shows
// the real name in the keys list and in the Test Connection panel, never an entity.
class TestDisplayNames : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase()
    {
        QVERIFY(m_settingsDir.isValid());
        QCoreApplication::setOrganizationName(QStringLiteral("DocSpaceKeysTests"));
        QCoreApplication::setApplicationName(QStringLiteral("tst_displaynames"));
        QSettings::setPath(QSettings::NativeFormat, QSettings::UserScope, m_settingsDir.path());
        QSettings::setPath(QSettings::IniFormat, QSettings::UserScope, m_settingsDir.path());
    }
    void init()
    {
        QVERIFY(m_fixture.setUp());
        MainWindow *window = m_fixture.startWindow();
        window->selectProfile(QUuid(), false);
        window->setPortalAddress(m_fixture.httpPortal());
        window->setToken(zoeToken());
    }
    void cleanup() { m_fixture.tearDown(); }

    void keysList_createdByColumn_showsTheDecodedName()
    {
        KeysView *keys = m_fixture.m_window->keysView();
        const int expected = int(m_fixture.m_sandbox->portal().keys().size());
        QTest::mouseClick(m_fixture.find<QPushButton>("refreshKeysButton"), Qt::LeftButton);
        QTRY_COMPARE_WITH_TIMEOUT(keys->model()->rowCount(), expected, 15000);
        QTRY_VERIFY(!keys->isLoading());
        const QAbstractItemModel *shown = m_fixture.find<QTableView>("keyTable")->model();
        int zoeCells = 0;
        for (int row = 0; row < shown->rowCount(); ++row) {
            for (int column = 0; column < shown->columnCount(); ++column) {
                const QString text = shown->index(row, column).data(Qt::DisplayRole).toString();
                QVERIFY2(!text.contains(QLatin1String("&#")) &&
                             !text.contains(QLatin1String("&amp;")),
                         qPrintable(text));
                zoeCells += text == kZoe ? 1 : 0;
            }
        }
        QVERIFY(zoeCells > 0);
        // Filtering by the real name finds them.
        auto *filter = m_fixture.find<QLineEdit>("keyFilterEdit");
        WindowFixture::type(filter, QStringLiteral("O'Brien & Co"));
        QTRY_VERIFY(keys->proxy()->rowCount() > 0);
        QCOMPARE(keys->proxy()->rowCount(), zoeCells);
    }

    void testConnectionPanel_showsTheDecodedNameAndVersion()
    {
        auto *button = m_fixture.find<QPushButton>("testConnectionButton");
        QTRY_VERIFY(button->isEnabled());
        QTest::mouseClick(button, Qt::LeftButton);
        QTRY_VERIFY_WITH_TIMEOUT(!m_fixture.m_window->isBusy(), 15000);
        QCOMPARE(lines("connectionSummary"), QStringList{QStringLiteral("Signed in as ") + kZoe +
                                                         QStringLiteral(" (administrator)")});
        const QStringList version = lines("connectionVersion");
        QCOMPARE(version.size(), 1);
        QVERIFY2(version.first().startsWith(QLatin1String("DocSpace 3.")),
                 qPrintable(version.first()));
        for (const QLabel *label :
             m_fixture.find<QWidget>("connectionResult")->findChildren<QLabel *>())
            QVERIFY2(!label->text().contains(QLatin1String("&#")), qPrintable(label->text()));
    }

private:
    QString zoeToken() const
    {
        return m_fixture.m_sandbox->info()
            .userByEmail(QStringLiteral("bob@sandbox.example"))
            ->sessionToken;
    }
    QStringList lines(const char *name) const
    {
        QStringList texts;
        for (const QLabel *label : m_fixture.find<QWidget>("connectionResult")
                                       ->findChildren<QLabel *>(QLatin1String(name)))
            texts << label->text();
        return texts;
    }

    const QString kZoe = QStringLiteral("Zo\u00eb O'Brien & Co");
    QTemporaryDir m_settingsDir;
    WindowFixture m_fixture;
};

QTEST_MAIN(TestDisplayNames)
#include "tst_displaynames.moc"
