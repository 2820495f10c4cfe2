#include "settingsdialog.h"
#include "accessiblenames.h"
#include "localdates.h"

#include "translations.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QEvent>
#include <QFormLayout>
#include <QLabel>
#include <QPushButton>
#include <QSettings>
#include <QVBoxLayout>

#include <memory>

namespace {
const QString kLanguageKey = QStringLiteral("ui/language");

std::unique_ptr<QSettings> openSettings(const QString &iniPath)
{
    if (!iniPath.isEmpty())
        return std::make_unique<QSettings>(iniPath, QSettings::IniFormat);
    // The same place as the profiles (ProfileStore), whatever the executable calls itself.
    return std::make_unique<QSettings>(QSettings::NativeFormat, QSettings::UserScope,
                                       QStringLiteral("DocSpaceKeys"),
                                       QStringLiteral("docspace-keys"));
}
} // namespace

namespace LanguageSetting {
QString saved(const QString &iniPath)
{
    const QString language = openSettings(iniPath)->value(kLanguageKey).toString();
    // A language this build no longer carries means "follow the system".
    return Translations::available().contains(language) ? language : QString();
}

void save(const QString &language, const QString &iniPath)
{
    const std::unique_ptr<QSettings> settings = openSettings(iniPath);
    settings->setValue(kLanguageKey, language);
    settings->sync();
}

QString apply(const QString &iniPath)
{
    const QString language = saved(iniPath);
    LocalDates::useLanguage(language);
    return Translations::install(language);
}
} // namespace LanguageSetting

SettingsDialog::SettingsDialog(const QString &iniPath, QWidget *parent)
    : QDialog(parent)
    , m_iniPath(iniPath)
    , m_intro(new QLabel(this))
    , m_languageLabel(new QLabel(this))
    , m_languageCombo(new QComboBox(this))
    , m_note(new QLabel(this))
    , m_buttons(new QDialogButtonBox(QDialogButtonBox::Close, this))
{
    setObjectName(QStringLiteral("settingsDialog"));
    m_languageCombo->setObjectName(QStringLiteral("languageCombo"));
    m_languageCombo->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    m_languageLabel->setBuddy(m_languageCombo);
    for (QLabel *label : {m_intro, m_note}) {
        label->setTextFormat(Qt::PlainText);
        label->setWordWrap(true);
    }

    auto *form = new QFormLayout;
    form->setFieldGrowthPolicy(QFormLayout::ExpandingFieldsGrow);
    form->addRow(m_languageLabel, m_languageCombo);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_intro);
    layout->addLayout(form);
    layout->addWidget(m_note);
    layout->addStretch(1);
    layout->addWidget(m_buttons);

    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_languageCombo, &QComboBox::activated, this, &SettingsDialog::onLanguageChosen);
    retranslate();
    setMinimumWidth(460);
}

void SettingsDialog::retranslate()
{
    setWindowTitle(tr("Settings"));
    m_intro->setText(tr("These settings apply to DocSpace Keys on this computer."));
    m_languageLabel->setText(tr("Interface &language:"));
    Accessible::setName(m_languageCombo, tr("Interface language"));
    m_note->setText(tr("The new language applies at once and is kept for the next start. "
                       "Results already listed stay in the language they were made in."));
    fillLanguages();
}

void SettingsDialog::fillLanguages()
{
    const QString chosen = LanguageSetting::saved(m_iniPath);
    const QSignalBlocker blocker(m_languageCombo);
    m_languageCombo->clear();
    m_languageCombo->addItem(
        tr("System default (%1)").arg(Translations::nativeName(Translations::systemLanguage())),
        QString());
    for (const QString &language : Translations::available())
        m_languageCombo->addItem(Translations::nativeName(language), language);
    m_languageCombo->setCurrentIndex(qMax(0, m_languageCombo->findData(chosen)));
}

void SettingsDialog::onLanguageChosen(int index)
{
    const QString language = m_languageCombo->itemData(index).toString();
    LanguageSetting::save(language, m_iniPath);
    // Dates follow the language; every widget gets QEvent::LanguageChange, this dialog
    // included (which refills the list), and shows them again.
    LocalDates::useLanguage(language);
    Translations::install(language);
}

void SettingsDialog::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QDialog::changeEvent(event);
}
