#include "translations.h"

#include <QCoreApplication>
#include <QDir>
#include <QHash>
#include <QLibraryInfo>
#include <QLocale>
#include <QPointer>
#include <QTranslator>

namespace {
QPointer<QTranslator> g_own;
QPointer<QTranslator> g_qt;
QString g_current;

void remove(QPointer<QTranslator> &translator)
{
    if (translator) {
        QCoreApplication::removeTranslator(translator);
        delete translator;
    }
}
} // namespace

namespace Translations {

QStringList qtCatalogueDirectories()
{
    const QString appDir = QCoreApplication::applicationDirPath();
    QStringList directories{appDir + QStringLiteral("/translations"),
                            appDir + QStringLiteral("/../Resources/translations"),
                            QLibraryInfo::path(QLibraryInfo::TranslationsPath)};
    directories.removeDuplicates();
    return directories;
}

QString loadQtCatalogue(QTranslator *translator, const QString &language,
                        const QStringList &directories)
{
    for (const QString &directory : directories) {
        for (const QString &name : {QStringLiteral("qt"), QStringLiteral("qtbase")}) {
            if (translator->load(QLocale(language), name, QStringLiteral("_"), directory))
                return translator->filePath();
        }
    }
    return {};
}

QStringList available()
{
    QStringList languages;
    const QStringList files = QDir(QStringLiteral(":/i18n")).entryList({QStringLiteral("*.qm")});
    for (const QString &file : files) {
        QString language = file;
        language.remove(QStringLiteral("docspace-keys_")).remove(QStringLiteral(".qm"));
        languages << language;
    }
    languages.sort();
    return languages;
}

QString nativeName(const QString &language)
{
    // What a language chooser should say; Qt's locale data would call Spanish "español de
    // España" and Chinese "简体中文 (中国)".
    static const QHash<QString, QString> names{
        {QStringLiteral("en"), QStringLiteral("English")},
        {QStringLiteral("de"), QStringLiteral("Deutsch")},
        {QStringLiteral("es"), QStringLiteral("Español")},
        {QStringLiteral("fr"), QStringLiteral("Français")},
        {QStringLiteral("it"), QStringLiteral("Italiano")},
        {QStringLiteral("ja"), QStringLiteral("日本語")},
        {QStringLiteral("pt_BR"), QStringLiteral("Português (Brasil)")},
        {QStringLiteral("ru"), QStringLiteral("Русский")},
        {QStringLiteral("zh_CN"), QStringLiteral("简体中文")},
    };
    if (names.contains(language))
        return names.value(language);
    const QString name = QLocale(language).nativeLanguageName();
    return name.isEmpty() ? language : name;
}

QString systemLanguage()
{
    const QStringList have = available();
    for (QString wanted : QLocale::system().uiLanguages()) {
        wanted.replace(QLatin1Char('-'), QLatin1Char('_'));
        if (have.contains(wanted))
            return wanted;
        const QString base = wanted.section(QLatin1Char('_'), 0, 0);
        for (const QString &language : have) {
            if (language == base || language.section(QLatin1Char('_'), 0, 0) == base)
                return language;
        }
    }
    return QStringLiteral("en");
}

QString install(const QString &language)
{
    const QString chosen =
        language.isEmpty() || !available().contains(language) ? systemLanguage() : language;
    remove(g_own);
    remove(g_qt);

    auto *own = new QTranslator(QCoreApplication::instance());
    if (own->load(QStringLiteral(":/i18n/docspace-keys_%1.qm").arg(chosen))) {
        QCoreApplication::installTranslator(own);
        g_own = own;
    } else {
        delete own;
    }
    // Qt's own strings (dialog buttons, context menus) where the Qt installation has them.
    // windeployqt writes one merged qt_<lang>.qm; a Qt installation (and Debian) has
    // qtbase_<lang>.qm beside a qt_<lang>.qm that only names the module catalogues. The
    // installers put the catalogues in "translations" beside the executable (Windows) or in the
    // bundle's Resources (macOS); a development build finds them in the Qt installation.
    if (chosen != QLatin1String("en")) {
        auto *qt = new QTranslator(QCoreApplication::instance());
        if (!loadQtCatalogue(qt, chosen, qtCatalogueDirectories()).isEmpty()) {
            QCoreApplication::installTranslator(qt);
            g_qt = qt;
        } else {
            delete qt;
        }
    }
    g_current = chosen;
    return chosen;
}

QString current()
{
    return g_current;
}

} // namespace Translations
