#include "accessiblenames.h"
#include "filechooser.h"
#include "keylistmodel.h"
#include "keysview.h"
#include "translations.h"
#include "warningbar.h"
#include "windowfixture.h"

#include <QAction>
#include <QCheckBox>
#include <QDialogButtonBox>
#include <QInputDialog>
#include <QPushButton>
#include <QSignalSpy>
#include <QSpinBox>

// A store whose persistence the test decides, to see the window react to the keychain.
class SwitchableSecretStore : public MemorySecretStore
{
public:
    using MemorySecretStore::MemorySecretStore;
    bool isPersistent() const override { return m_persistent; }
    void loseKeychain()
    {
        m_persistent = false;
        emit persistenceChanged(false);
    }

private:
    bool m_persistent = true;
};

class TestProfiles : public QObject, public WindowFixture
{
    Q_OBJECT

private slots:
    void init() { QVERIFY(setUp()); }
    void cleanup() { tearDown(); }

    void newProfile_throughEditor_listedAndSavedWithoutToken();
    void newProfile_invalidFields_editorStaysOpenAndSaysWhy();
    void newProfile_withoutProfile_editorStartsFromTypedFields();
    void switchProfiles_fieldsFollowAndTokenIsReadFromStore();
    void start_lastUsedProfileSelected();
    void unsavedEdits_markedAndRevertRestores();
    void unsavedEdits_switchAnsweredCancel_staysWithEdits();
    void unsavedEdits_switchAnsweredDiscard_dropsEdits();
    void unsavedEdits_switchAnsweredSave_savesProfileAndToken();
    void unsavedEdits_newProfile_asksFirst();
    void unsavedEdits_close_asksAndCancelKeepsWindowOpen();
    void editProfile_savesEveryField();
    void deleteProfile_confirmed_removesProfileAndToken();
    void duplicateProfile_copiesSettingsAndToken();
    void renameProfile_keepsToken();
    void exportThenImport_profilesWithoutTokens();
    void import_nameExists_replaceKeepBothOrSkipPerProfile();
    void import_nameExists_sameAnswerForAll();
    void import_nameExistsCancelled_importsNothing();
    void settingsWarning_damagedFile_shownAtTop();
    void keychainWarning_memoryStore_saysTokensLastThisSession();
    void keychainWarning_keychainLost_appears();
    void keychainWarning_demoMode_saysTokensAreKeptInMemoryOnPurpose();

private:
    ProfileDialog *openEditor(const char *buttonName);
    // An export file holding these profiles, as another installation writes it.
    QString writeExport(const QList<PortalProfile> &profiles);
    // A profile as an export carries it: a name and an address.
    static PortalProfile exported(const QString &name, const QString &portal);
    static void saveEditor(ProfileDialog *dialog);
    static QLineEdit *field(ProfileDialog *dialog, const char *name);
};

ProfileDialog *TestProfiles::openEditor(const char *buttonName)
{
    QTest::mouseClick(find<QPushButton>(buttonName), Qt::LeftButton);
    ProfileDialog *dialog = m_window->profileDialog();
    if (dialog && !QTest::qWaitForWindowExposed(dialog))
        return nullptr;
    return dialog;
}

void TestProfiles::saveEditor(ProfileDialog *dialog)
{
    auto *buttons = dialog->findChild<QDialogButtonBox *>(QStringLiteral("buttonBox"));
    QTest::mouseClick(buttons->button(QDialogButtonBox::Save), Qt::LeftButton);
}

QLineEdit *TestProfiles::field(ProfileDialog *dialog, const char *name)
{
    auto *edit = dialog->findChild<QLineEdit *>(QLatin1String(name));
    if (!edit)
        qFatal("no field %s", name);
    return edit;
}

void TestProfiles::newProfile_throughEditor_listedAndSavedWithoutToken()
{
    startWindow();
    const QString token = keySecret(QStringLiteral("Admin console"));
    ProfileDialog *dialog = openEditor("newProfileButton");
    QVERIFY(dialog);
    QCOMPARE(dialog->windowTitle(), QStringLiteral("New Profile"));
    auto *tokenEdit = field(dialog, "tokenEdit");
    QCOMPARE(tokenEdit->echoMode(), QLineEdit::Password);
    type(field(dialog, "nameEdit"), QStringLiteral("Staging"));
    type(field(dialog, "portalEdit"), httpPortal());
    type(tokenEdit, token);
    dialog->findChild<QSpinBox *>(QStringLiteral("timeoutSpin"))->setValue(45);
    saveEditor(dialog);
    QTRY_VERIFY(!m_window->profileDialog());

    auto *combo = find<QComboBox>("profileCombo");
    QCOMPARE(combo->currentText(), QStringLiteral("Staging"));
    QCOMPARE(find<QLineEdit>("portalEdit")->text(), httpPortal());
    QCOMPARE(find<QLineEdit>("tokenEdit")->text(), token);
    QVERIFY(!m_window->isProfileModified());

    const QByteArray ini = iniContents();
    QVERIFY(ini.contains("Staging"));
    QVERIFY(ini.contains(httpPortal().toUtf8()));
    QVERIFY(!ini.contains(token.toUtf8()));
    const PortalProfile *saved = m_profiles->find(QStringLiteral("Staging"));
    QVERIFY(saved);
    QCOMPARE(saved->timeoutSeconds, 45);
    QCOMPARE(m_profiles->lastUsed(), saved->id);
    QTRY_COMPARE(readSecret(saved->secretKey()).secret, token);
}

void TestProfiles::newProfile_invalidFields_editorStaysOpenAndSaysWhy()
{
    seedProfile(QStringLiteral("Production"), QStringLiteral("https://portal.example.com"),
                QStringLiteral("sk-1"));
    startWindow();
    ProfileDialog *dialog = openEditor("newProfileButton");
    QVERIFY(dialog);
    type(field(dialog, "nameEdit"), QStringLiteral("production")); // taken, in another case
    type(field(dialog, "portalEdit"), QStringLiteral("ftp://nope"));
    type(field(dialog, "fingerprintEdit"), QStringLiteral("AB:CD"));
    saveEditor(dialog);

    QVERIFY(dialog->isVisible());
    const auto shown = [dialog](const char *name) {
        auto *label = dialog->findChild<QLabel *>(QLatin1String(name));
        return label->isVisible() ? label->text() : QString();
    };
    QVERIFY(shown("nameError").contains(QStringLiteral("already called")));
    QVERIFY(!shown("portalError").isEmpty());
    QVERIFY(shown("fingerprintError").contains(QStringLiteral("SHA-256")));
    QVERIFY(shown("formError").startsWith(QStringLiteral("Not saved")));
    QCOMPARE(m_profiles->profiles().size(), 1);

    // Plain HTTP shows its warning while ticked.
    auto *allowHttp = dialog->findChild<QCheckBox *>(QStringLiteral("allowHttpCheck"));
    QVERIFY(shown("httpWarning").isEmpty());
    allowHttp->click();
    QVERIFY(shown("httpWarning").contains(QStringLiteral("clear text")));

    // A remote plain http:// address is refused without that opt-in, as the window refuses it.
    allowHttp->click();
    type(field(dialog, "nameEdit"), QStringLiteral("remote"));
    type(field(dialog, "portalEdit"), QStringLiteral("http://docs.example.com"));
    field(dialog, "fingerprintEdit")->clear();
    saveEditor(dialog);
    QVERIFY(dialog->isVisible());
    QVERIFY2(shown("portalError").contains(QStringLiteral("unencrypted")),
             qPrintable(shown("portalError")));
    QCOMPARE(m_profiles->profiles().size(), 1);
    allowHttp->click();
    saveEditor(dialog);
    QTRY_COMPARE(m_profiles->profiles().size(), 2);
}

void TestProfiles::newProfile_withoutProfile_editorStartsFromTypedFields()
{
    startWindow();
    type(find<QLineEdit>("portalEdit"), httpPortal());
    type(find<QLineEdit>("tokenEdit"), QStringLiteral("sk-typed"));
    ProfileDialog *dialog = openEditor("newProfileButton");
    QVERIFY(dialog);
    QCOMPARE(field(dialog, "portalEdit")->text(), httpPortal());
    QCOMPARE(field(dialog, "tokenEdit")->text(), QStringLiteral("sk-typed"));
    QCOMPARE(field(dialog, "nameEdit")->text(), QStringLiteral("127.0.0.1"));
}

void TestProfiles::switchProfiles_fieldsFollowAndTokenIsReadFromStore()
{
    const PortalProfile a = seedProfile(QStringLiteral("Alpha"), httpPortal(),
                                        QStringLiteral("sk-alpha"), AuthScheme::ApiKey);
    seedProfile(QStringLiteral("Beta"), QStringLiteral("https://beta.example.com"),
                QStringLiteral("session-beta"), AuthScheme::SessionToken);
    startWindow();
    auto *combo = find<QComboBox>("profileCombo");
    QCOMPARE(combo->count(), 3); // (no profile), Alpha, Beta
    QCOMPARE(combo->itemText(0), QStringLiteral("(no profile)"));
    type(find<QLineEdit>("keyIdEdit"), QStringLiteral("3f2504e0-4f89-11d3-9a0c-0305e82c3301"));

    choose(QStringLiteral("Alpha"));
    QCOMPARE(m_window->currentProfileId(), a.id);
    QCOMPARE(find<QLineEdit>("portalEdit")->text(), httpPortal());
    QCOMPARE(find<QComboBox>("schemeCombo")->currentText(), QStringLiteral("API key"));
    QTRY_COMPARE(find<QLineEdit>("tokenEdit")->text(), QStringLiteral("sk-alpha"));

    choose(QStringLiteral("Beta"));
    QCOMPARE(find<QLineEdit>("portalEdit")->text(), QStringLiteral("https://beta.example.com"));
    QCOMPARE(find<QComboBox>("schemeCombo")->currentText(), QStringLiteral("Session token"));
    QTRY_COMPARE(find<QLineEdit>("tokenEdit")->text(), QStringLiteral("session-beta"));
    QVERIFY(!m_window->isProfileModified());
    QVERIFY(!find<QWidget>("profileModifiedBar")->isVisible());
    // The key id is the user's, not the profile's.
    QCOMPARE(find<QLineEdit>("keyIdEdit")->text(),
             QStringLiteral("3f2504e0-4f89-11d3-9a0c-0305e82c3301"));

    choose(QStringLiteral("(no profile)"));
    QVERIFY(m_window->currentProfileId().isNull());
    QVERIFY(!find<QAction>("actionDeleteProfile")->isEnabled());
}

void TestProfiles::start_lastUsedProfileSelected()
{
    seedProfile(QStringLiteral("Alpha"), httpPortal(), QStringLiteral("sk-alpha"));
    seedProfile(QStringLiteral("Beta"), QStringLiteral("https://beta.example.com"),
                QStringLiteral("sk-beta"));
    startWindow();
    choose(QStringLiteral("Beta"));
    QTRY_COMPARE(find<QLineEdit>("tokenEdit")->text(), QStringLiteral("sk-beta"));

    startWindow();
    QCOMPARE(find<QComboBox>("profileCombo")->currentText(), QStringLiteral("Beta"));
    QCOMPARE(find<QLineEdit>("portalEdit")->text(), QStringLiteral("https://beta.example.com"));
    QTRY_COMPARE(find<QLineEdit>("tokenEdit")->text(), QStringLiteral("sk-beta"));
}

void TestProfiles::unsavedEdits_markedAndRevertRestores()
{
    seedProfile(QStringLiteral("Alpha"), httpPortal(), QStringLiteral("sk-alpha"));
    startWindow();
    choose(QStringLiteral("Alpha"));
    QTRY_COMPARE(find<QLineEdit>("tokenEdit")->text(), QStringLiteral("sk-alpha"));

    QTest::keyClicks(find<QLineEdit>("tokenEdit"), QStringLiteral("-edited"));
    QVERIFY(m_window->isProfileModified());
    QVERIFY(find<QWidget>("profileModifiedBar")->isVisible());
    QVERIFY(find<QLabel>("profileModifiedLabel")->text().contains(QStringLiteral("token")));

    QTest::mouseClick(find<QPushButton>("revertProfileButton"), Qt::LeftButton);
    QCOMPARE(find<QLineEdit>("tokenEdit")->text(), QStringLiteral("sk-alpha"));
    QVERIFY(!m_window->isProfileModified());
    QVERIFY(!find<QWidget>("profileModifiedBar")->isVisible());
}

void TestProfiles::unsavedEdits_switchAnsweredCancel_staysWithEdits()
{
    const PortalProfile a =
        seedProfile(QStringLiteral("Alpha"), httpPortal(), QStringLiteral("sk-alpha"));
    seedProfile(QStringLiteral("Beta"), QStringLiteral("https://beta.example.com"),
                QStringLiteral("sk-beta"));
    startWindow();
    choose(QStringLiteral("Alpha"));
    QTRY_COMPARE(find<QLineEdit>("tokenEdit")->text(), QStringLiteral("sk-alpha"));
    type(find<QLineEdit>("portalEdit"), QStringLiteral("https://edited.example.com"));

    MessageBox::setNextAnswer(QMessageBox::Cancel);
    choose(QStringLiteral("Beta"));
    QVERIFY(MessageBox::lastText().contains(QStringLiteral("Save the changes to the profile "
                                                           "\"Alpha\"?")));
    QCOMPARE(m_window->currentProfileId(), a.id);
    QCOMPARE(find<QComboBox>("profileCombo")->currentText(), QStringLiteral("Alpha"));
    QCOMPARE(find<QLineEdit>("portalEdit")->text(), QStringLiteral("https://edited.example.com"));
    QVERIFY(m_window->isProfileModified());
    QCOMPARE(m_profiles->find(a.id)->portal, httpPortal());
}

void TestProfiles::unsavedEdits_switchAnsweredDiscard_dropsEdits()
{
    const PortalProfile a =
        seedProfile(QStringLiteral("Alpha"), httpPortal(), QStringLiteral("sk-alpha"));
    seedProfile(QStringLiteral("Beta"), QStringLiteral("https://beta.example.com"),
                QStringLiteral("sk-beta"));
    startWindow();
    choose(QStringLiteral("Alpha"));
    QTRY_COMPARE(find<QLineEdit>("tokenEdit")->text(), QStringLiteral("sk-alpha"));
    type(find<QLineEdit>("portalEdit"), QStringLiteral("https://edited.example.com"));
    type(find<QLineEdit>("tokenEdit"), QStringLiteral("sk-edited"));

    MessageBox::setNextAnswer(QMessageBox::Discard);
    choose(QStringLiteral("Beta"));
    QCOMPARE(find<QComboBox>("profileCombo")->currentText(), QStringLiteral("Beta"));
    QTRY_COMPARE(find<QLineEdit>("tokenEdit")->text(), QStringLiteral("sk-beta"));
    QCOMPARE(m_profiles->find(a.id)->portal, httpPortal());
    QCOMPARE(readSecret(a.secretKey()).secret, QStringLiteral("sk-alpha"));

    choose(QStringLiteral("Alpha"));
    QCOMPARE(find<QLineEdit>("portalEdit")->text(), httpPortal());
    QTRY_COMPARE(find<QLineEdit>("tokenEdit")->text(), QStringLiteral("sk-alpha"));
}

void TestProfiles::unsavedEdits_switchAnsweredSave_savesProfileAndToken()
{
    const PortalProfile a =
        seedProfile(QStringLiteral("Alpha"), httpPortal(), QStringLiteral("sk-alpha"));
    seedProfile(QStringLiteral("Beta"), QStringLiteral("https://beta.example.com"),
                QStringLiteral("sk-beta"));
    startWindow();
    choose(QStringLiteral("Alpha"));
    QTRY_COMPARE(find<QLineEdit>("tokenEdit")->text(), QStringLiteral("sk-alpha"));
    type(find<QLineEdit>("portalEdit"), QStringLiteral("https://edited.example.com"));
    type(find<QLineEdit>("tokenEdit"), QStringLiteral("sk-edited"));

    MessageBox::setNextAnswer(QMessageBox::Save);
    choose(QStringLiteral("Beta"));
    QCOMPARE(find<QComboBox>("profileCombo")->currentText(), QStringLiteral("Beta"));
    QCOMPARE(m_profiles->find(a.id)->portal, QStringLiteral("https://edited.example.com"));
    QVERIFY(iniContents().contains("https://edited.example.com"));
    QVERIFY(!iniContents().contains("sk-edited"));
    QTRY_COMPARE(readSecret(a.secretKey()).secret, QStringLiteral("sk-edited"));
}

void TestProfiles::unsavedEdits_newProfile_asksFirst()
{
    seedProfile(QStringLiteral("Alpha"), httpPortal(), QStringLiteral("sk-alpha"));
    startWindow();
    choose(QStringLiteral("Alpha"));
    QTRY_COMPARE(find<QLineEdit>("tokenEdit")->text(), QStringLiteral("sk-alpha"));
    type(find<QLineEdit>("tokenEdit"), QStringLiteral("sk-edited"));

    MessageBox::setNextAnswer(QMessageBox::Cancel);
    QTest::mouseClick(find<QPushButton>("newProfileButton"), Qt::LeftButton);
    QVERIFY(MessageBox::lastText().contains(QStringLiteral("Save the changes")));
    QVERIFY(!m_window->profileDialog());
    QCOMPARE(find<QLineEdit>("tokenEdit")->text(), QStringLiteral("sk-edited"));

    MessageBox::setNextAnswer(QMessageBox::Discard);
    ProfileDialog *dialog = openEditor("newProfileButton");
    QVERIFY(dialog);
    QVERIFY(field(dialog, "nameEdit")->text().isEmpty());
    QCOMPARE(find<QLineEdit>("tokenEdit")->text(), QStringLiteral("sk-alpha"));
}

void TestProfiles::unsavedEdits_close_asksAndCancelKeepsWindowOpen()
{
    const PortalProfile a =
        seedProfile(QStringLiteral("Alpha"), httpPortal(), QStringLiteral("sk-alpha"));
    startWindow();
    choose(QStringLiteral("Alpha"));
    QTRY_COMPARE(find<QLineEdit>("tokenEdit")->text(), QStringLiteral("sk-alpha"));
    type(find<QLineEdit>("tokenEdit"), QStringLiteral("sk-edited"));

    MessageBox::setNextAnswer(QMessageBox::Cancel);
    QVERIFY(!m_window->close());
    QVERIFY(m_window->isVisible());
    QVERIFY(MessageBox::lastText().contains(QStringLiteral("\"Alpha\"")));

    // Save on close: the window waits for the token to be written, then closes.
    MessageBox::setNextAnswer(QMessageBox::Save);
    m_window->close();
    QTRY_VERIFY(!m_window->isVisible());
    QCOMPARE(readSecret(a.secretKey()).secret, QStringLiteral("sk-edited"));
}

void TestProfiles::editProfile_savesEveryField()
{
    const PortalProfile a =
        seedProfile(QStringLiteral("Alpha"), httpPortal(), QStringLiteral("sk-alpha"));
    startWindow();
    choose(QStringLiteral("Alpha"));
    QTRY_COMPARE(find<QLineEdit>("tokenEdit")->text(), QStringLiteral("sk-alpha"));

    ProfileDialog *dialog = openEditor("editProfileButton");
    QVERIFY(dialog);
    QCOMPARE(dialog->windowTitle(), QStringLiteral("Edit Profile"));
    QCOMPARE(field(dialog, "tokenEdit")->text(), QStringLiteral("sk-alpha"));
    type(field(dialog, "portalEdit"), QStringLiteral("http://onprem.example.com"));
    dialog->findChild<QCheckBox *>(QStringLiteral("allowHttpCheck"))->setChecked(true);
    const QString fingerprint = QString::fromLatin1(m_sandbox->certificateSha256());
    type(field(dialog, "fingerprintEdit"), fingerprint);
    dialog->findChild<QSpinBox *>(QStringLiteral("timeoutSpin"))->setValue(90);
    type(field(dialog, "tokenEdit"), QStringLiteral("sk-new"));
    saveEditor(dialog);
    QTRY_VERIFY(!m_window->profileDialog());

    const PortalProfile *saved = m_profiles->find(a.id);
    QCOMPARE(saved->portal, QStringLiteral("http://onprem.example.com"));
    QVERIFY(saved->allowInsecureHttp);
    QCOMPARE(saved->pinnedSha256, fingerprint);
    QCOMPARE(saved->timeoutSeconds, 90);
    QTRY_COMPARE(readSecret(a.secretKey()).secret, QStringLiteral("sk-new"));
    // The window follows, with the plain-HTTP opt-in visible and ticked.
    QCOMPARE(find<QLineEdit>("portalEdit")->text(), QStringLiteral("http://onprem.example.com"));
    QVERIFY(find<QCheckBox>("allowHttpCheck")->isVisible());
    QVERIFY(find<QCheckBox>("allowHttpCheck")->isChecked());
    QCOMPARE(find<QLineEdit>("tokenEdit")->text(), QStringLiteral("sk-new"));
    QVERIFY(!m_window->isProfileModified());
}

void TestProfiles::deleteProfile_confirmed_removesProfileAndToken()
{
    const PortalProfile a =
        seedProfile(QStringLiteral("Alpha"), httpPortal(), QStringLiteral("sk-alpha"));
    startWindow();
    choose(QStringLiteral("Alpha"));
    QTRY_COMPARE(find<QLineEdit>("tokenEdit")->text(), QStringLiteral("sk-alpha"));

    MessageBox::setNextAnswer(QMessageBox::Cancel);
    find<QAction>("actionDeleteProfile")->trigger();
    QVERIFY(MessageBox::lastText().contains(QStringLiteral("Delete the profile \"Alpha\"?")));
    QVERIFY(m_profiles->find(a.id));
    QCOMPARE(readSecret(a.secretKey()).status, SecretStore::Status::Ok);

    MessageBox::setNextAnswer(QMessageBox::Ok);
    find<QAction>("actionDeleteProfile")->trigger();
    QVERIFY(!m_profiles->find(a.id));
    QCOMPARE(find<QComboBox>("profileCombo")->findText(QStringLiteral("Alpha")), -1);
    QCOMPARE(find<QComboBox>("profileCombo")->currentIndex(), 0);
    QVERIFY(!iniContents().contains("Alpha"));
    QVERIFY(find<QLineEdit>("tokenEdit")->text().isEmpty());
    // A clean, empty window: no address, no key id, no complaint about either.
    QVERIFY(find<QLineEdit>("portalEdit")->text().isEmpty());
    QVERIFY(find<QLineEdit>("keyIdEdit")->text().isEmpty());
    QVERIFY(!find<QLabel>("portalError")->isVisible());
    QVERIFY(!find<QLabel>("keyIdError")->isVisible());
    QCOMPARE(m_window->keysView()->model()->rowCount(), 0);
    QTRY_COMPARE(readSecret(a.secretKey()).status, SecretStore::Status::NotFound);
}

void TestProfiles::duplicateProfile_copiesSettingsAndToken()
{
    const PortalProfile a =
        seedProfile(QStringLiteral("Alpha"), httpPortal(), QStringLiteral("sk-alpha"));
    startWindow();
    choose(QStringLiteral("Alpha"));
    QTRY_COMPARE(find<QLineEdit>("tokenEdit")->text(), QStringLiteral("sk-alpha"));

    find<QAction>("actionDuplicateProfile")->trigger();
    const QString copyName = find<QComboBox>("profileCombo")->currentText();
    QVERIFY(copyName.startsWith(QStringLiteral("Alpha")));
    QVERIFY(copyName != QStringLiteral("Alpha"));
    const PortalProfile *copy = m_profiles->find(copyName);
    QVERIFY(copy);
    QVERIFY(copy->id != a.id);
    QCOMPARE(copy->portal, a.portal);
    QTRY_COMPARE(readSecret(copy->secretKey()).secret, QStringLiteral("sk-alpha"));
    QCOMPARE(find<QLineEdit>("tokenEdit")->text(), QStringLiteral("sk-alpha"));
}

void TestProfiles::renameProfile_keepsToken()
{
    const PortalProfile a =
        seedProfile(QStringLiteral("Alpha"), httpPortal(), QStringLiteral("sk-alpha"));
    startWindow();
    choose(QStringLiteral("Alpha"));

    find<QAction>("actionRenameProfile")->trigger();
    auto *dialog = m_window->findChild<QInputDialog *>(QStringLiteral("renameProfileDialog"));
    QVERIFY(dialog);
    QCOMPARE(dialog->textValue(), QStringLiteral("Alpha"));
    dialog->setTextValue(QStringLiteral("Production"));
    dialog->accept();

    QCOMPARE(find<QComboBox>("profileCombo")->currentText(), QStringLiteral("Production"));
    QCOMPARE(m_profiles->find(a.id)->name, QStringLiteral("Production"));
    QVERIFY(iniContents().contains("Production"));
    QCOMPARE(readSecret(a.secretKey()).secret, QStringLiteral("sk-alpha"));
}

void TestProfiles::exportThenImport_profilesWithoutTokens()
{
    seedProfile(QStringLiteral("Alpha"), httpPortal(), QStringLiteral("sk-alpha"));
    seedProfile(QStringLiteral("Beta"), QStringLiteral("https://beta.example.com"),
                QStringLiteral("sk-beta"));
    startWindow();
    const QString exported = m_dir->filePath(QStringLiteral("shared.json"));
    FileChooser::setNextPath(exported);
    MessageBox::setNextAnswer(QMessageBox::Ok);
    find<QAction>("actionExportProfiles")->trigger();
    QVERIFY(FileChooser::lastCaption().contains(QStringLiteral("tokens are never exported")));
    QVERIFY(MessageBox::lastText().contains(QStringLiteral("Exported 2 profiles")));
    QFile file(exported);
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QByteArray json = file.readAll();
    QVERIFY(json.contains("Beta"));
    QVERIFY(!json.contains("sk-alpha"));
    QVERIFY(!json.contains("sk-beta"));

    // Imported next to the existing ones, renamed on clashes (Keep Both, for all), without
    // tokens.
    FileChooser::setNextPath(exported);
    MessageBox::setNextChecked(true);
    MessageBox::setNextAnswers({QMessageBox::Save, QMessageBox::Ok});
    find<QAction>("actionImportProfiles")->trigger();
    QVERIFY(MessageBox::lastText().contains(QStringLiteral("Imported 2 profiles")));
    QVERIFY(MessageBox::lastText().contains(QStringLiteral("never contain tokens")));
    QCOMPARE(m_profiles->profiles().size(), 4);
    QCOMPARE(find<QComboBox>("profileCombo")->count(), 5);

    // Cancelling the file dialog imports nothing.
    FileChooser::setNextPath(QString());
    find<QAction>("actionImportProfiles")->trigger();
    QCOMPARE(m_profiles->profiles().size(), 4);
}

PortalProfile TestProfiles::exported(const QString &name, const QString &portal)
{
    PortalProfile profile;
    profile.name = name;
    profile.portal = portal;
    return profile;
}

QString TestProfiles::writeExport(const QList<PortalProfile> &profiles)
{
    ProfileStore source(m_dir->filePath(QStringLiteral("source.ini")));
    for (const PortalProfile &profile : profiles) {
        QString error;
        if (!source.upsert(profile, &error))
            qWarning("export: %s", qPrintable(error));
    }
    const QString path = m_dir->filePath(QStringLiteral("incoming.json"));
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return {};
    file.write(source.exportJson());
    return path;
}

void TestProfiles::import_nameExists_replaceKeepBothOrSkipPerProfile()
{
    const PortalProfile alpha =
        seedProfile(QStringLiteral("Alpha"), httpPortal(), QStringLiteral("sk-alpha"));
    const PortalProfile beta =
        seedProfile(QStringLiteral("Beta"), QStringLiteral("https://beta.example.com"),
                    QStringLiteral("sk-beta"));
    const PortalProfile gamma =
        seedProfile(QStringLiteral("Gamma"), QStringLiteral("https://gamma.example.com"),
                    QStringLiteral("sk-gamma"));
    startWindow();
    // "alpha" is Alpha: names match without regard to case.
    PortalProfile newAlpha =
        exported(QStringLiteral("alpha"), QStringLiteral("https://alpha.example.org"));
    PortalProfile newBeta =
        exported(QStringLiteral("Beta"), QStringLiteral("https://beta.example.com"));
    newBeta.timeoutSeconds = 90;
    PortalProfile newGamma =
        exported(QStringLiteral("Gamma"), QStringLiteral("https://elsewhere.example.com"));
    PortalProfile delta =
        exported(QStringLiteral("Delta"), QStringLiteral("https://delta.example.com"));
    FileChooser::setNextPath(writeExport({newAlpha, newBeta, newGamma, delta}));
    // Alpha: Replace (another portal); Beta: Replace (same portal); Gamma: Skip; then the summary.
    MessageBox::setNextAnswers(
        {QMessageBox::Yes, QMessageBox::Yes, QMessageBox::No, QMessageBox::Ok});
    find<QAction>("actionImportProfiles")->trigger();
    QVERIFY2(MessageBox::lastText().contains(QStringLiteral("Imported 3 profiles")),
             qPrintable(MessageBox::lastText()));
    QVERIFY(MessageBox::lastText().contains(QStringLiteral("2 of them replaced")));
    QVERIFY(MessageBox::lastText().contains(QStringLiteral("1 skipped")));
    QCOMPARE(m_profiles->profiles().size(), 4);
    // Replaced in place: the same profile (id, name), the imported settings.
    QCOMPARE(m_profiles->find(alpha.id)->portal, QStringLiteral("https://alpha.example.org"));
    QCOMPARE(m_profiles->find(alpha.id)->name, QStringLiteral("Alpha"));
    QCOMPARE(m_profiles->find(beta.id)->timeoutSeconds, 90);
    QCOMPARE(m_profiles->find(gamma.id)->portal, QStringLiteral("https://gamma.example.com"));
    QVERIFY(m_profiles->find(QStringLiteral("Delta")));
    // A token never goes along to another portal; for the same portal it stays.
    QTRY_COMPARE(readSecret(alpha.secretKey()).status, SecretStore::Status::NotFound);
    QCOMPARE(readSecret(beta.secretKey()).secret, QStringLiteral("sk-beta"));
    QCOMPARE(readSecret(gamma.secretKey()).secret, QStringLiteral("sk-gamma"));
    QVERIFY(iniContents().contains("alpha.example.org"));

    // Keep Both: the imported one under a new name, the saved one untouched.
    FileChooser::setNextPath(writeExport({newGamma}));
    MessageBox::setNextAnswers({QMessageBox::Save, QMessageBox::Ok});
    find<QAction>("actionImportProfiles")->trigger();
    QCOMPARE(m_profiles->profiles().size(), 5);
    QCOMPARE(m_profiles->find(QStringLiteral("Gamma (2)"))->portal,
             QStringLiteral("https://elsewhere.example.com"));
    QCOMPARE(m_profiles->find(gamma.id)->portal, QStringLiteral("https://gamma.example.com"));
}

void TestProfiles::import_nameExists_sameAnswerForAll()
{
    seedProfile(QStringLiteral("Alpha"), httpPortal(), QStringLiteral("sk-alpha"));
    seedProfile(QStringLiteral("Beta"), QStringLiteral("https://beta.example.com"),
                QStringLiteral("sk-beta"));
    startWindow();
    PortalProfile a = exported(QStringLiteral("Alpha"), QStringLiteral("https://a.example.com"));
    PortalProfile b = exported(QStringLiteral("Beta"), QStringLiteral("https://b.example.com"));
    FileChooser::setNextPath(writeExport({a, b}));
    // One question, "do the same for the other 1 profile" ticked, Skip: the second is not asked.
    MessageBox::setNextChecked(true);
    MessageBox::setNextAnswers({QMessageBox::No, QMessageBox::Ok});
    find<QAction>("actionImportProfiles")->trigger();
    QCOMPARE(MessageBox::pendingAnswers(), 0);
    QVERIFY2(MessageBox::lastText().contains(QStringLiteral("Imported 0 profiles")),
             qPrintable(MessageBox::lastText()));
    QVERIFY(MessageBox::lastText().contains(QStringLiteral("2 skipped")));
    QCOMPARE(m_profiles->profiles().size(), 2);
    QCOMPARE(m_profiles->find(QStringLiteral("Alpha"))->portal, httpPortal());
}

void TestProfiles::import_nameExistsCancelled_importsNothing()
{
    seedProfile(QStringLiteral("Alpha"), httpPortal(), QStringLiteral("sk-alpha"));
    startWindow();
    PortalProfile fresh =
        exported(QStringLiteral("Fresh"), QStringLiteral("https://fresh.example.com"));
    PortalProfile clash =
        exported(QStringLiteral("Alpha"), QStringLiteral("https://a.example.com"));
    FileChooser::setNextPath(writeExport({fresh, clash}));
    MessageBox::setNextAnswers({QMessageBox::Cancel});
    find<QAction>("actionImportProfiles")->trigger();
    QVERIFY(MessageBox::lastText().contains(QStringLiteral("exists already")));
    // Not even the profile without a clash: Cancel leaves everything as it was.
    QCOMPARE(m_profiles->profiles().size(), 1);
    QCOMPARE(m_profiles->find(QStringLiteral("Alpha"))->portal, httpPortal());
}

void TestProfiles::settingsWarning_damagedFile_shownAtTop()
{
    {
        QFile file(iniPath());
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write("[profiles\n\x01\x02 broken = = =\n");
    }
    startWindow();
    QVERIFY(!m_profiles->warning().isEmpty());
    auto *bar = find<WarningBar>("settingsWarning");
    QVERIFY(bar->isVisible());
    QCOMPARE(bar->text(), m_profiles->warning());
    QVERIFY(bar->text().contains(QStringLiteral("could not be loaded")));
}

void TestProfiles::keychainWarning_memoryStore_saysTokensLastThisSession()
{
    startWindow();
    auto *bar = find<WarningBar>("keychainWarning");
    QVERIFY(bar->isVisible());
    QCOMPARE(bar->text(), QStringLiteral("No system keychain is available: tokens are kept only "
                                         "until DocSpace Keys closes."));
    QVERIFY(!find<WarningBar>("settingsWarning")->isVisible());
}

void TestProfiles::keychainWarning_keychainLost_appears()
{
    SwitchableSecretStore keychain;
    m_profiles = std::make_unique<ProfileStore>(iniPath());
    m_profiles->load();
    m_window =
        std::make_unique<MainWindow>(MainWindow::Services{nullptr, m_profiles.get(), &keychain});
    m_window->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
    auto *bar = find<WarningBar>("keychainWarning");
    QVERIFY(!bar->isVisible());

    keychain.loseKeychain();
    QVERIFY(bar->isVisible());
    QVERIFY(bar->text().startsWith(QStringLiteral("No system keychain is available")));
    m_window.reset();
}

void TestProfiles::keychainWarning_demoMode_saysTokensAreKeptInMemoryOnPurpose()
{
    m_profiles = std::make_unique<ProfileStore>(iniPath());
    m_profiles->load();
    m_window = std::make_unique<MainWindow>(
        MainWindow::Services{nullptr, m_profiles.get(), m_secrets.get(), true});
    m_window->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
    auto *bar = find<WarningBar>("keychainWarning");
    QVERIFY(bar->isVisible());
    // There is a keychain, or may be: demo mode just never uses it.
    QVERIFY2(!bar->text().contains(QStringLiteral("No system keychain")), qPrintable(bar->text()));
    QVERIFY2(bar->text().contains(QStringLiteral("in memory only")), qPrintable(bar->text()));
    QCOMPARE(Accessible::name(bar), QStringLiteral("Demo mode"));
}

// The English catalogue gives the plural forms ("13 keys", "in 1 day"), as in the application.
static void installEnglishCatalogue()
{
    Translations::install(QStringLiteral("en"));
}
Q_COREAPP_STARTUP_FUNCTION(installEnglishCatalogue)

QTEST_MAIN(TestProfiles)
#include "tst_profiles.moc"
