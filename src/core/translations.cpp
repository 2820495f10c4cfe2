#include "translations.h"

#include <QCoreApplication>
#include <QDir>
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
    const QLocale locale(language);
    QString name = locale.nativeLanguageName();
    if (language.contains(QLatin1Char('_')) && !locale.nativeTerritoryName().isEmpty())
        name += QStringLiteral(" (%1)").arg(locale.nativeTerritoryName());
    if (!name.isEmpty())
        name[0] = name.at(0).toUpper();
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
    const QString chosen = language.isEmpty() || !available().contains(language)
        ? systemLanguage()
        : language;
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
    auto *qt = new QTranslator(QCoreApplication::instance());
    if (chosen != QLatin1String("en")
        && qt->load(QLocale(chosen), QStringLiteral("qtbase"), QStringLiteral("_"),
                    QLibraryInfo::path(QLibraryInfo::TranslationsPath))) {
        QCoreApplication::installTranslator(qt);
        g_qt = qt;
    } else {
        delete qt;
    }
    g_current = chosen;
    return chosen;
}

QString current()
{
    return g_current;
}

} // namespace Translations
