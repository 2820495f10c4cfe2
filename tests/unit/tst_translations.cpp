// The compiled catalogues: each of the nine languages loads from the executables' resources,
// really translates, and English plural forms read right.
#include "translations.h"

#include <QCoreApplication>
#include <QFile>
#include <QTemporaryDir>
#include <QTest>
#include <QTranslator>

class TestTranslations : public QObject
{
    Q_OBJECT

private slots:
    void available_nineLanguages()
    {
        QCOMPARE(
            Translations::available(),
            (QStringList{QStringLiteral("de"), QStringLiteral("en"), QStringLiteral("es"),
                         QStringLiteral("fr"), QStringLiteral("it"), QStringLiteral("ja"),
                         QStringLiteral("pt_BR"), QStringLiteral("ru"), QStringLiteral("zh_CN")}));
    }

    void install_eachLanguage_translatesCoreMessages_data()
    {
        QTest::addColumn<QString>("language");
        QTest::addColumn<QString>("nativeName");
        QTest::newRow("de") << "de"
                            << "Deutsch";
        QTest::newRow("es") << "es"
                            << "Español";
        QTest::newRow("fr") << "fr"
                            << "Français";
        QTest::newRow("it") << "it"
                            << "Italiano";
        QTest::newRow("ja") << "ja"
                            << "日本語";
        QTest::newRow("pt_BR") << "pt_BR"
                               << "Português (Brasil)";
        QTest::newRow("ru") << "ru"
                            << "Русский";
        QTest::newRow("zh_CN") << "zh_CN"
                               << "简体中文";
    }
    void install_eachLanguage_translatesCoreMessages()
    {
        QFETCH(QString, language);
        QFETCH(QString, nativeName);
        const char *source = "A key id is a UUID of 32 hexadecimal digits in groups 8-4-4-4-12, "
                             "for example 3f2b6c1e-8a4d-4e9b-9c71-2d5e8f0a1b23.";
        QCOMPARE(Translations::install(language), language);
        QCOMPARE(Translations::current(), language);
        const QString translated = QCoreApplication::translate("KeyId", source);
        QVERIFY2(translated != QLatin1String(source), qPrintable(language));
        QVERIFY(translated.contains(QLatin1String("3f2b6c1e-8a4d-4e9b-9c71-2d5e8f0a1b23")));
        QCOMPARE(Translations::nativeName(language), nativeName);
        Translations::install(QStringLiteral("en"));
        QCOMPARE(QCoreApplication::translate("KeyId", source), QLatin1String(source));
    }

    void english_pluralForms()
    {
        Translations::install(QStringLiteral("en"));
        const char *text = "The portal is limiting requests and kept refusing after %n attempt(s). "
                           "Wait a minute, then try again.";
        QVERIFY(QCoreApplication::translate("OutcomeClassifier", text, nullptr, 1)
                    .contains(QLatin1String("1 attempt.")));
        QVERIFY(QCoreApplication::translate("OutcomeClassifier", text, nullptr, 4)
                    .contains(QLatin1String("4 attempts.")));
    }

    void russian_threePluralForms()
    {
        Translations::install(QStringLiteral("ru"));
        const char *text = "Revoked %1 of %n key(s)";
        const QString one = QCoreApplication::translate("BatchSummary", text, nullptr, 21);
        const QString few = QCoreApplication::translate("BatchSummary", text, nullptr, 3);
        const QString many = QCoreApplication::translate("BatchSummary", text, nullptr, 5);
        QVERIFY2(one != few && few != many && one != many, qPrintable(one + few + many));
        Translations::install(QStringLiteral("en"));
    }

    // Qt's catalogues: the merged qt_<lang>.qm (windeployqt) first, else qtbase_<lang>.qm (a Qt
    // installation, Debian), in the first directory that has either. Any valid .qm serves as
    // the fixture: the app's own German catalogue under Qt's names.
    void qtCatalogue_prefersMergedQtFile_fallsBackToQtbase()
    {
        QTemporaryDir none, onlyBase, both;
        QVERIFY(none.isValid() && onlyBase.isValid() && both.isValid());
        const QString fixture = QStringLiteral(":/i18n/docspace-keys_de.qm");
        QVERIFY(QFile::copy(fixture, onlyBase.filePath(QStringLiteral("qtbase_de.qm"))));
        QVERIFY(QFile::copy(fixture, both.filePath(QStringLiteral("qtbase_de.qm"))));
        QVERIFY(QFile::copy(fixture, both.filePath(QStringLiteral("qt_de.qm"))));
        QTranslator translator;
        QCOMPARE(Translations::loadQtCatalogue(&translator, QStringLiteral("de"),
                                               {none.path(), onlyBase.path()}),
                 onlyBase.filePath(QStringLiteral("qtbase_de.qm")));
        QCOMPARE(Translations::loadQtCatalogue(&translator, QStringLiteral("de"),
                                               {none.path(), both.path(), onlyBase.path()}),
                 both.filePath(QStringLiteral("qt_de.qm")));
        QVERIFY(Translations::loadQtCatalogue(&translator, QStringLiteral("de"), {none.path()})
                    .isEmpty());
        QVERIFY(Translations::loadQtCatalogue(&translator, QStringLiteral("fr"), {both.path()})
                    .isEmpty());
    }

    void qtCatalogueDirectories_besideTheExecutableFirst()
    {
        const QStringList directories = Translations::qtCatalogueDirectories();
        QVERIFY(directories.size() >= 2);
        QCOMPARE(directories.first(),
                 QCoreApplication::applicationDirPath() + QStringLiteral("/translations"));
        QVERIFY(directories.contains(QCoreApplication::applicationDirPath() +
                                     QStringLiteral("/../Resources/translations")));
    }

    void unknownLanguage_fallsBackToTheSystemsOrEnglish()
    {
        QCOMPARE(Translations::install(QStringLiteral("xx")), Translations::systemLanguage());
    }
};

QTEST_GUILESS_MAIN(TestTranslations)
#include "tst_translations.moc"
