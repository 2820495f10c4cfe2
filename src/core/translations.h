#pragma once

#include <QString>
#include <QStringList>

class QTranslator;

// The interface languages: the application's own catalogues (built into the executables from
// translations/*.ts) and Qt's (dialog buttons): qt_<lang>.qm, the merged catalogue windeployqt
// writes, else qtbase_<lang>.qm, from qtCatalogueDirectories().
namespace Translations {
// "en", "de", "es", "fr", "it", "ja", "pt_BR", "ru", "zh_CN": what this build carries.
QStringList available();
// The language's own name for itself, e.g. "Deutsch", "Русский".
QString nativeName(const QString &language);
// The best available language for the system's preferred UI languages.
QString systemLanguage();
// Replaces the installed catalogues with those of `language` (empty: the system's). Widgets
// receive QEvent::LanguageChange. Returns the language now in use.
QString install(const QString &language = {});
QString current();
// Where Qt's catalogues are looked for, in order: "translations" beside the executable (the
// Windows installer), the bundle's Resources/translations (macOS), the Qt installation's.
QStringList qtCatalogueDirectories();
// Loads qt_<language>.qm, else qtbase_<language>.qm, from the first directory that has one.
// Returns the file loaded, or an empty string.
QString loadQtCatalogue(QTranslator *translator, const QString &language,
                        const QStringList &directories);
} // namespace Translations
