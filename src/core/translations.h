#pragma once

#include <QString>
#include <QStringList>

// The interface languages: the application's own catalogues (built into the executables from
// translations/*.ts) and Qt's (qtbase_*.qm from the Qt installation, for dialog buttons).
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
} // namespace Translations
