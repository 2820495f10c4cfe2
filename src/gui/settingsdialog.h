#pragma once

#include <QDialog>

class QComboBox;
class QDialogButtonBox;
class QLabel;

// The interface language, saved in the application's settings ("ui/language"; empty: follow
// the system). `iniPath` empty: the application's own settings; tests use a temporary file.
namespace LanguageSetting {
QString saved(const QString &iniPath = {});
void save(const QString &language, const QString &iniPath = {});
// Installs the saved language (or the system's) and returns the language now in use.
QString apply(const QString &iniPath = {});
} // namespace LanguageSetting

// Edit ▸ Settings…: the interface language, applied at once (every window retranslates itself)
// and remembered for the next start.
class SettingsDialog : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SettingsDialog)

public:
    explicit SettingsDialog(const QString &iniPath = {}, QWidget *parent = nullptr);

    QComboBox *languageCombo() const { return m_languageCombo; }

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslate();
    void fillLanguages();
    void onLanguageChosen(int index);

    QString m_iniPath;
    QLabel *m_intro;
    QLabel *m_languageLabel;
    QComboBox *m_languageCombo;
    QLabel *m_note;
    QDialogButtonBox *m_buttons;
};
