// The Keys menu in the real window against the in-process sandbox: the create dialog, the
// one-time secret display (the secret in no file under HOME, not on the clipboard once the app
// has quit), edit, rotation, staged retirement and the keys of every portal.
#include "allportalsview.h"
#include "historylog.h"
#include "historymodel.h"
#include "historyview.h"
#include "homescan.h"
#include "hygienereportview.h"
#include "keybatch.h"
#include "keyformdialog.h"
#include "keylistmodel.h"
#include "keyrotation.h"
#include "keysview.h"
#include "lifecycleactions.h"
#include "localdates.h"
#include "messagebox.h"
#include "onetimesecretdialog.h"
#include "retirementplan.h"
#include "retirementplanview.h"
#include "secretclipboard.h"
#include "windowfixture.h"

#include <QAction>
#include <QCheckBox>
#include <QClipboard>
#include <QDialogButtonBox>
#include <QGuiApplication>
#include <QMenu>
#include <QMenuBar>
#include <QNetworkAccessManager>
#include <QPushButton>
#include <QRegularExpression>
#include <QScopeGuard>
#include <QSignalSpy>
#include <QSortFilterProxyModel>
#include <QSpinBox>
#include <QStatusBar>
#include <QTabBar>
#include <QTabWidget>
#include <QTableView>
#include <QTableWidget>
#include <QTreeWidget>

class TestLifecycleGui : public QObject
{
    Q_OBJECT

private:
    WindowFixture m_fixture;
    MainWindow *m_window = nullptr;

    LifecycleActions *actions() const { return m_window->lifecycle(); }
    void load()
    {
        KeysView *keys = m_window->keysView();
        QTest::mouseClick(m_fixture.find<QPushButton>("refreshKeysButton"), Qt::LeftButton);
        QTRY_COMPARE(keys->model()->rowCount(), int(m_fixture.m_sandbox->portal().keys().size()));
        QTRY_VERIFY(!keys->isLoading());
    }
    void select(const QStringList &names)
    {
        KeysView *keys = m_window->keysView();
        QTableView *table = m_fixture.find<QTableView>("keyTable");
        table->clearSelection();
        for (int row = 0; row < keys->proxy()->rowCount(); ++row) {
            const QModelIndex index = keys->proxy()->index(row, 0);
            const QString name = keys->model()->keyAt(keys->proxy()->mapToSource(index).row()).name;
            if (!names.contains(name))
                continue;
            table->scrollTo(index);
            QTest::mouseClick(table->viewport(), Qt::LeftButton, Qt::ControlModifier,
                              table->visualRect(index).center());
        }
        QCOMPARE(keys->selectedKeys().size(), names.size());
    }
    std::optional<SandboxKey> keyNamed(const QString &name) const
    {
        for (const SandboxKey &key : m_fixture.m_sandbox->portal().keys()) {
            if (key.name == name)
                return key;
        }
        return std::nullopt;
    }
    static QPushButton *okButton(QDialog *dialog)
    {
        return dialog->findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Ok);
    }

private slots:
    void initTestCase()
    {
        QVERIFY2(testHomePath().contains(QLatin1String("dsk-home")),
                 "run through tests/run-with-keyring.sh");
    }
    void init()
    {
        QVERIFY(m_fixture.setUp());
        m_window = m_fixture.startWindow();
        m_window->selectProfile(QUuid(), false);
        m_window->setPortalAddress(m_fixture.httpPortal());
        m_window->setToken(m_fixture.keySecret(QStringLiteral("Admin console")));
        QTRY_VERIFY(m_window->adminConnection().network != nullptr);
    }
    void cleanup()
    {
        m_window = nullptr;
        m_fixture.tearDown();
    }

    void keysMenu_isInTheMenuBar()
    {
        QMenuBar *bar = m_window->menuBar();
        bool found = false;
        for (QAction *action : bar->actions())
            found = found || action->menu() == actions()->menu();
        QVERIFY(found);
        QCOMPARE(actions()->menu()->title(), QStringLiteral("&Keys"));
    }

    void createDialog_hasThePortalsDefaultsAndLimits()
    {
        actions()->createAction()->trigger();
        QTRY_VERIFY(actions()->formDialog() && actions()->formDialog()->isVisible());
        KeyFormDialog *dialog = actions()->formDialog();
        auto *name = dialog->findChild<QLineEdit *>(QStringLiteral("keyName"));
        QCOMPARE(name->text(), QStringLiteral("New secret key"));
        QCOMPARE(name->maxLength(), 30);
        auto *tabs = dialog->findChild<QTabWidget *>(QStringLiteral("permissionTabs"));
        QCOMPARE(tabs->count(), 3);
        QCOMPARE(tabs->tabText(0), QStringLiteral("All"));
        QCOMPARE(tabs->tabText(1), QStringLiteral("Restricted"));
        QCOMPARE(tabs->tabText(2), QStringLiteral("Read only"));
        QVERIFY(dialog->findChild<QCheckBox *>(QStringLiteral("expires"))->isChecked());
        auto *days = dialog->findChild<QSpinBox *>(QStringLiteral("lifetimeDays"));
        QCOMPARE(days->value(), 7);
        QCOMPARE(days->minimum(), 1);
        QCOMPARE(days->maximum(), 365);
        QVERIFY(okButton(dialog)->isEnabled());

        // Restricted with nothing ticked would give every permission: refused.
        tabs->setCurrentIndex(1);
        QVERIFY(!okButton(dialog)->isEnabled());
        // Write includes read.
        dialog->findChild<QCheckBox *>(QStringLiteral("files-write"))->setChecked(true);
        QVERIFY(dialog->findChild<QCheckBox *>(QStringLiteral("files-read"))->isChecked());
        QVERIFY(okButton(dialog)->isEnabled());
        QCOMPARE(dialog->createRequest().permissions.toScopes(),
                 (QStringList{QStringLiteral("files:read"), QStringLiteral("files:write")}));
        // No lifetime.
        dialog->findChild<QCheckBox *>(QStringLiteral("expires"))->setChecked(false);
        QCOMPARE(dialog->createRequest().expiresInDays, 0);
        name->clear();
        QVERIFY(!okButton(dialog)->isEnabled());
        dialog->reject();
    }

    void create_showsTheSecretOnceKeepsItInNoFileAndClearsTheClipboardOnQuit()
    {
        actions()->createAction()->trigger();
        QTRY_VERIFY(actions()->formDialog() && actions()->formDialog()->isVisible());
        KeyFormDialog *dialog = actions()->formDialog();
        WindowFixture::type(dialog->findChild<QLineEdit *>(QStringLiteral("keyName")),
                            QStringLiteral("Made in the window"));
        dialog->findChild<QTabWidget *>(QStringLiteral("permissionTabs"))->setCurrentIndex(2);
        dialog->findChild<QSpinBox *>(QStringLiteral("lifetimeDays"))->setValue(30);
        QSignalSpy created(actions(), &LifecycleActions::keyCreated);
        QTest::mouseClick(okButton(dialog), Qt::LeftButton);
        QVERIFY(created.wait(20000));
        QTRY_VERIFY(actions()->secretDialog() && actions()->secretDialog()->isVisible());
        OneTimeSecretDialog *shown = actions()->secretDialog();
        auto *field = shown->findChild<QLineEdit *>(QStringLiteral("secret0"));
        const QString secret = field->text();
        QVERIFY2(QRegularExpression(QStringLiteral("^sk-[0-9a-f]{64}$")).match(secret).hasMatch(),
                 qPrintable(secret));
        const auto onPortal = keyNamed(QStringLiteral("Made in the window"));
        QVERIFY(onPortal);
        QCOMPARE(onPortal->secret, secret);
        QCOMPARE(onPortal->permissions, QStringList{QStringLiteral("*:read")});
        QVERIFY(shown->findChild<QLabel *>(QStringLiteral("notShownAgain"))
                    ->text()
                    .contains(QLatin1String("will not be shown again")));

        QTest::mouseClick(shown->findChild<QPushButton *>(QStringLiteral("copySecret0")),
                          Qt::LeftButton);
        QCOMPARE(QGuiApplication::clipboard()->text(), secret);
        shown->reject();
        QVERIFY(field->text().isEmpty() || !actions()->secretDialog());
        QCOMPARE(filesUnderHomeContaining(secret), QStringList());
        QCOMPARE(filesUnderHomeContaining(secret.right(40)), QStringList());

        // The application quits (the window goes): the clipboard no longer holds the secret.
        m_window = nullptr;
        m_fixture.m_window.reset();
        QVERIFY(!QGuiApplication::clipboard()->text().contains(secret));
        QCOMPARE(filesUnderHomeContaining(secret), QStringList());
    }

    void secretClipboard_leavesAnythingElseAlone()
    {
        SecretClipboard clipboard;
        clipboard.copy(QStringLiteral("sk-") + QString(64, QLatin1Char('b')));
        QGuiApplication::clipboard()->setText(QStringLiteral("something the user copied later"));
        QVERIFY(!clipboard.clearCopied());
        QCOMPARE(QGuiApplication::clipboard()->text(),
                 QStringLiteral("something the user copied later"));
    }

    void create_pastTheLimit_saysSoInItsOwnWords()
    {
        PortalLimits limits = m_fixture.m_sandbox->portal().options().limits;
        limits.keyCreations = 1;
        m_fixture.m_sandbox->portal().setLimits(limits);
        QVERIFY(keyNamed(QStringLiteral("Admin console")));
        for (int i = 0; i < 2; ++i) {
            actions()->createAction()->trigger();
            QTRY_VERIFY(actions()->formDialog() && actions()->formDialog()->isVisible());
            if (i == 1)
                MessageBox::setNextAnswer(QMessageBox::Ok);
            QTest::mouseClick(okButton(actions()->formDialog()), Qt::LeftButton);
            if (i == 0) {
                QTRY_VERIFY(actions()->secretDialog() && actions()->secretDialog()->isVisible());
                actions()->secretDialog()->reject();
            }
        }
        QTRY_VERIFY(MessageBox::lastText().contains(QLatin1String("5 keys in 15 minutes")));
    }

    void permissionsColumn_readsAsThePortalWithScopesInTheTooltip()
    {
        load();
        KeysView *keys = m_window->keysView();
        for (int row = 0; row < keys->model()->rowCount(); ++row) {
            const ApiKey key = keys->model()->keyAt(row);
            const QModelIndex index = keys->model()->index(row, KeyListModel::PermissionsColumn);
            if (key.name == QLatin1String("Zapier integration")) {
                QCOMPARE(index.data().toString(), QStringLiteral("Restricted"));
                const QString tip = index.data(Qt::ToolTipRole).toString();
                QVERIFY2(tip.contains(QLatin1String("Files: read and write")), qPrintable(tip));
                QVERIFY(tip.contains(QLatin1String("rooms:read")));
            } else if (key.name == QLatin1String("Admin console")) {
                QCOMPARE(index.data().toString(), QStringLiteral("All"));
            } else if (key.name == QLatin1String("Read-only reporting")) {
                QCOMPARE(index.data().toString(), QStringLiteral("Read only"));
            }
        }
    }

    void history_createAndEditInTheWindow_areRecordedAndShownInWords()
    {
        load();
        // Who the token signs in as is looked up beside the list: the records name them.
        QTRY_VERIFY(!m_window->adminConnection().actor.isEmpty());
        actions()->createAction()->trigger();
        QTRY_VERIFY(actions()->formDialog() && actions()->formDialog()->isVisible());
        WindowFixture::type(
            actions()->formDialog()->findChild<QLineEdit *>(QStringLiteral("keyName")),
            QStringLiteral("Recorded key"));
        QSignalSpy created(actions(), &LifecycleActions::keyCreated);
        QTest::mouseClick(okButton(actions()->formDialog()), Qt::LeftButton);
        QVERIFY(created.wait(20000));
        QTRY_VERIFY(actions()->secretDialog() && actions()->secretDialog()->isVisible());
        const QString secret =
            actions()->secretDialog()->findChild<QLineEdit *>(QStringLiteral("secret0"))->text();
        actions()->secretDialog()->reject();

        load();
        select({QStringLiteral("Backup script")});
        actions()->editAction()->trigger();
        QTRY_VERIFY(actions()->formDialog() && actions()->formDialog()->isVisible());
        KeyFormDialog *dialog = actions()->formDialog();
        WindowFixture::type(dialog->findChild<QLineEdit *>(QStringLiteral("keyName")),
                            QStringLiteral("Nightly backup"));
        dialog->findChild<QTabWidget *>(QStringLiteral("permissionTabs"))->setCurrentIndex(2);
        QTest::mouseClick(okButton(dialog), Qt::LeftButton);
        QTRY_VERIFY(keyNamed(QStringLiteral("Nightly backup")).has_value());

        // In the file the command line shares, with who acted; never the secret. The portal has
        // the new name before the window has its answer: the record follows that answer.
        QTRY_COMPARE(HistoryLog(m_fixture.historyPath()).read().records.size(), 2);
        const QList<HistoryRecord> records = HistoryLog(m_fixture.historyPath()).read().records;
        QCOMPARE(records.size(), 2);
        QCOMPARE(records.at(0).operation, KeyOperation::Create);
        QCOMPARE(records.at(0).outcome, QStringLiteral("created"));
        QCOMPARE(records.at(0).keyName, QStringLiteral("Recorded key"));
        QCOMPARE(records.at(0).keyPostfix, secret.right(4));
        QCOMPARE(records.at(1).operation, KeyOperation::Edit);
        QCOMPARE(records.at(1).keyName, QStringLiteral("Nightly backup"));
        QCOMPARE(records.at(1).keyId,
                 keyNamed(QStringLiteral("Nightly backup"))->id.toString(QUuid::WithoutBraces));
        for (const HistoryRecord &record : records) {
            QCOMPARE(record.source, QStringLiteral("gui"));
            QCOMPARE(record.actor, m_window->adminConnection().actor);
        }
        QCOMPARE(filesUnderHomeContaining(secret), QStringList());

        // The History tab says what happened in words, newest first.
        auto *tabs = m_fixture.find<QTabWidget>("mainTabs");
        const int historyTab = tabs->indexOf(m_window->historyView());
        QVERIFY(historyTab >= 0);
        QTest::mouseClick(tabs->tabBar(), Qt::LeftButton, {},
                          tabs->tabBar()->tabRect(historyTab).center());
        QCOMPARE(tabs->currentWidget(), m_window->historyView());
        HistoryModel *model = m_window->historyView()->model();
        QTRY_COMPARE(model->rowCount(), 2);
        QCOMPARE(model->index(0, HistoryModel::OperationColumn).data().toString(),
                 QStringLiteral("Edit"));
        QCOMPARE(model->index(0, HistoryModel::OutcomeColumn).data().toString(),
                 QStringLiteral("Edited: name, permissions"));
        QCOMPARE(model->index(1, HistoryModel::OperationColumn).data().toString(),
                 QStringLiteral("Create"));
        QCOMPARE(model->index(1, HistoryModel::OutcomeColumn).data().toString(),
                 QStringLiteral("Created"));
    }

    void edit_changesNameAndPermissionsWithoutAQuestion()
    {
        load();
        select({QStringLiteral("Backup script")});
        actions()->editAction()->trigger();
        QTRY_VERIFY(actions()->formDialog() && actions()->formDialog()->isVisible());
        KeyFormDialog *dialog = actions()->formDialog();
        QCOMPARE(dialog->permissions().mode, KeyPermissions::Mode::Restricted);
        QVERIFY(dialog->findChild<QCheckBox *>(QStringLiteral("files-read"))->isChecked());
        QVERIFY(!okButton(dialog)->isEnabled()); // nothing changed yet
        WindowFixture::type(dialog->findChild<QLineEdit *>(QStringLiteral("keyName")),
                            QStringLiteral("Nightly backup"));
        dialog->findChild<QTabWidget *>(QStringLiteral("permissionTabs"))->setCurrentIndex(2);
        QTest::mouseClick(okButton(dialog), Qt::LeftButton);
        QTRY_VERIFY(keyNamed(QStringLiteral("Nightly backup")).has_value());
        QCOMPARE(keyNamed(QStringLiteral("Nightly backup"))->permissions,
                 QStringList{QStringLiteral("*:read")});
    }

    // Restricting the window's own key to reading would cut the window off changing keys: asked
    // first, naming the key and the portal; Cancel (the default) leaves the key as it was.
    void edit_ownKeyToReadOnly_asksNamingThePortalAndCancelChangesNothing_data()
    {
        QTest::addColumn<bool>("confirmed");
        QTest::newRow("cancelled") << false;
        QTest::newRow("confirmed") << true;
    }
    void edit_ownKeyToReadOnly_asksNamingThePortalAndCancelChangesNothing()
    {
        QFETCH(bool, confirmed);
        load();
        const SandboxKey own = *keyNamed(QStringLiteral("Admin console"));
        select({own.name});
        actions()->editAction()->trigger();
        QTRY_VERIFY(actions()->formDialog() && actions()->formDialog()->isVisible());
        KeyFormDialog *dialog = actions()->formDialog();
        dialog->findChild<QTabWidget *>(QStringLiteral("permissionTabs"))->setCurrentIndex(2);
        MessageBox::setNextAnswer(confirmed ? QMessageBox::Ok : QMessageBox::Cancel);
        QTest::mouseClick(okButton(dialog), Qt::LeftButton);
        QTRY_COMPARE(MessageBox::pendingAnswers(), 0);
        QVERIFY2(MessageBox::lastText().contains(m_fixture.httpPortal()),
                 qPrintable(MessageBox::lastText()));
        QVERIFY(MessageBox::lastText().contains(own.name));
        if (confirmed) {
            QTRY_COMPARE(keyNamed(own.name)->permissions, QStringList{QStringLiteral("*:read")});
        } else {
            // Nothing was sent: after another round trip to the portal, no PUT is in its log
            // and the key keeps every permission.
            load();
            for (const RequestLogEntry &entry : m_fixture.m_sandbox->requestLog())
                QVERIFY2(entry.method != "PUT", qPrintable(entry.path));
            QCOMPARE(keyNamed(own.name)->permissions, own.permissions);
        }
    }

    void rotate_showsNewSecretsThenRevokesTheOldAfterConfirmation()
    {
        load();
        const SandboxKey old = *keyNamed(QStringLiteral("CI pipeline"));
        select({QStringLiteral("CI pipeline")});
        MessageBox::setNextAnswer(QMessageBox::Ok); // create the replacements
        actions()->rotateAction()->trigger();
        QTRY_VERIFY(actions()->secretDialog() && actions()->secretDialog()->isVisible());
        const QString secret =
            actions()->secretDialog()->findChild<QLineEdit *>(QStringLiteral("secret0"))->text();
        const auto replacement = keyNamed(QStringLiteral("CI pipeline (rotated)"));
        QVERIFY(replacement);
        QCOMPARE(replacement->secret, secret);
        QVERIFY(m_fixture.m_sandbox->portal().key(old.id)); // still alive until confirmed

        // Saved to a file of the user's choosing, readable by the user only.
        const QString path = QDir::home().filePath(QStringLiteral("rotated.txt"));
        OneTimeSecretDialog::setNextSavePath(path);
        MessageBox::setNextAnswer(QMessageBox::Ok);
        QTest::mouseClick(
            actions()->secretDialog()->findChild<QPushButton *>(QStringLiteral("saveSecrets")),
            Qt::LeftButton);
        QFile saved(path);
        QVERIFY(saved.open(QIODevice::ReadOnly));
        QVERIFY(saved.readAll().contains(secret.toUtf8()));
#ifndef Q_OS_WIN
        // POSIX modes. Windows has none: Qt maps setPermissions() to the read-only attribute
        // only and reports every file as readable by all, so there is nothing to check there.
        QCOMPARE(saved.permissions() & (QFileDevice::ReadOther | QFileDevice::ReadGroup),
                 QFileDevice::Permissions());
#endif
        saved.remove();

        QSignalSpy finished(actions(), &LifecycleActions::rotationFinished);
        MessageBox::setNextAnswer(QMessageBox::Ok); // revoke the old keys
        actions()->secretDialog()->reject();
        QVERIFY(finished.wait(20000));
        QCOMPARE(finished.at(0).at(0).toInt(), 1);
        QCOMPARE(finished.at(0).at(1).toInt(), 0);
        QVERIFY(!m_fixture.m_sandbox->portal().key(old.id));
        QCOMPARE(filesUnderHomeContaining(secret), QStringList());
    }

    // Revoking the old keys goes through the window's one confirmation: above ten keys the
    // count must be typed, or nothing is revoked (the replacements stay, shown once).
    void rotate_moreThanTenKeys_revocationNeedsTheTypedCount_data()
    {
        QTest::addColumn<QString>("typed");
        QTest::addColumn<bool>("revoked");
        QTest::newRow("nothing typed") << QString() << false;
        QTest::newRow("wrong count") << QStringLiteral("10") << false;
        QTest::newRow("count typed") << QStringLiteral("11") << true;
    }
    void rotate_moreThanTenKeys_revocationNeedsTheTypedCount()
    {
        QFETCH(QString, typed);
        QFETCH(bool, revoked);
        PortalLimits limits = m_fixture.m_sandbox->portal().options().limits;
        limits.keyCreations = 20;
        m_fixture.m_sandbox->portal().setLimits(limits);
        load();
        QStringList names;
        for (const SandboxKey &key : m_fixture.m_sandbox->portal().keys()) {
            if (key.name != QLatin1String("Admin console") &&
                key.name != QLatin1String("Old migration") && names.size() < 11)
                names << key.name;
        }
        QCOMPARE(names.size(), 11);
        QList<QUuid> oldIds;
        for (const QString &name : std::as_const(names))
            oldIds << keyNamed(name)->id;
        select(names);
        MessageBox::setNextAnswer(QMessageBox::Ok); // create the replacements
        actions()->rotateAction()->trigger();
        QTRY_VERIFY_WITH_TIMEOUT(
            actions()->secretDialog() && actions()->secretDialog()->isVisible(), 20000);
        const auto replacements = [this] {
            int count = 0;
            for (const SandboxKey &key : m_fixture.m_sandbox->portal().keys())
                count += key.name.endsWith(KeyRotation::suffix()) ? 1 : 0;
            return count;
        };
        QCOMPARE(replacements(), 11);

        QSignalSpy finished(actions(), &LifecycleActions::rotationFinished);
        MessageBox::setNextAnswer(QMessageBox::Ok); // "Revoke 11 keys", with or without the count
        MessageBox::setNextTypedText(typed);
        actions()->secretDialog()->reject();
        QTRY_COMPARE(MessageBox::pendingAnswers(), 0);
        // The confirmation named the portal and the keys.
        QVERIFY2(MessageBox::lastText().contains(m_fixture.httpPortal()),
                 qPrintable(MessageBox::lastText()));
        QVERIFY(MessageBox::lastText().contains(names.constFirst()));
        if (revoked) {
            QVERIFY(finished.wait(20000));
            QCOMPARE(finished.at(0).at(0).toInt(), 11);
            QCOMPARE(finished.at(0).at(1).toInt(), 0);
        }
        for (const QUuid &id : std::as_const(oldIds))
            QCOMPARE(m_fixture.m_sandbox->portal().key(id).has_value(), !revoked);
        if (!revoked) {
            QVERIFY(finished.isEmpty());
            QTRY_VERIFY(m_window->statusBar()->currentMessage().contains(
                QLatin1String("Old keys not revoked")));
        }
    }

    // The window's own key among those rotated is asked about apart: "Skip My Key" revokes the
    // others and keeps it working beside its replacement, so the window keeps its access.
    void rotate_ownKeyAmongThem_skipMyKeyKeepsItBesideItsReplacement()
    {
        load();
        const SandboxKey own = *keyNamed(QStringLiteral("Admin console"));
        const SandboxKey other = *keyNamed(QStringLiteral("CI pipeline"));
        select({own.name, other.name});
        MessageBox::setNextAnswer(QMessageBox::Ok); // create the replacements
        actions()->rotateAction()->trigger();
        QTRY_VERIFY_WITH_TIMEOUT(
            actions()->secretDialog() && actions()->secretDialog()->isVisible(), 20000);
        QSignalSpy finished(actions(), &LifecycleActions::rotationFinished);
        // Revoke the old keys: yes; the window's own key: skip it.
        MessageBox::setNextAnswers({QMessageBox::Ok, QMessageBox::No});
        actions()->secretDialog()->reject();
        QVERIFY(finished.wait(20000));
        QVERIFY2(MessageBox::lastText().contains(QLatin1String("Admin console")),
                 qPrintable(MessageBox::lastText()));
        QVERIFY(MessageBox::lastText().contains(QLatin1String("signed in with")));
        QCOMPARE(finished.at(0).at(0).toInt(), 1);
        QCOMPARE(finished.at(0).at(1).toInt(), 1);
        QVERIFY(m_fixture.m_sandbox->portal().key(own.id).has_value());
        QVERIFY(!m_fixture.m_sandbox->portal().key(other.id).has_value());
        QVERIFY(keyNamed(QStringLiteral("Admin console (rotated)")).has_value());
        QVERIFY(keyNamed(QStringLiteral("CI pipeline (rotated)")).has_value());
        QVERIFY2(
            m_window->statusBar()->currentMessage().contains(QLatin1String("Kept as you chose")),
            qPrintable(m_window->statusBar()->currentMessage()));
    }

    void retire_deactivatesAndThePlanViewShowsIt()
    {
        load();
        select({QStringLiteral("Monitoring")});
        LifecycleActions::setNextRetireDays(14);
        MessageBox::setNextAnswer(QMessageBox::Ok); // "Deactivate 1 key"
        actions()->retireAction()->trigger();
        QTRY_COMPARE(actions()->plan()->read().entries.size(), 1);
        // Asked through the one confirmation: the portal, the key and what happens after.
        QVERIFY2(MessageBox::lastText().contains(m_fixture.httpPortal()),
                 qPrintable(MessageBox::lastText()));
        QVERIFY(MessageBox::lastText().contains(QLatin1String("Monitoring")));
        QVERIFY(MessageBox::lastText().contains(QLatin1String("revoked after 14 day")));
        const RetirementEntry entry = actions()->plan()->read().entries.at(0);
        QCOMPARE(entry.keyName, QStringLiteral("Monitoring"));
        QCOMPARE(entry.state, RetirementEntry::State::Pending);
        QVERIFY(qAbs(QDateTime::currentDateTimeUtc().addDays(14).secsTo(entry.revokeAfter)) < 60);
        QCOMPARE(keyNamed(QStringLiteral("Monitoring"))->isActive, false);
        actions()->planAction()->trigger();
        QTRY_VERIFY(actions()->planView() && actions()->planView()->isVisible());
        QCOMPARE(actions()->planView()->table()->rowCount(), 1);
        QVERIFY(actions()->planView()->table()->item(0, 0)->text().startsWith(
            QLatin1String("Monitoring")));
    }

    // Retiring goes through the one confirmation every key change uses: Cancel (the default)
    // stages nothing, and above ten keys the count must be typed.
    void retire_cancelledOrCountNotTyped_stagesNothing_data()
    {
        QTest::addColumn<int>("count");
        QTest::addColumn<int>("answer");
        QTest::addColumn<QString>("typed");
        QTest::newRow("one key, cancelled") << 1 << int(QMessageBox::Cancel) << QString();
        QTest::newRow("eleven keys, count not typed") << 11 << int(QMessageBox::Ok) << QString();
        QTest::newRow("eleven keys, wrong count")
            << 11 << int(QMessageBox::Ok) << QStringLiteral("10");
    }
    void retire_cancelledOrCountNotTyped_stagesNothing()
    {
        QFETCH(int, count);
        QFETCH(int, answer);
        QFETCH(QString, typed);
        load();
        QStringList names;
        for (const SandboxKey &key : m_fixture.m_sandbox->portal().keys()) {
            if (key.name != QLatin1String("Admin console") && key.isActive && names.size() < count)
                names << key.name;
        }
        QCOMPARE(names.size(), count);
        select(names);
        LifecycleActions::setNextRetireDays(7);
        MessageBox::setNextAnswer(QMessageBox::StandardButton(answer));
        MessageBox::setNextTypedText(typed);
        actions()->retireAction()->trigger();
        QTRY_VERIFY(m_window->statusBar()->currentMessage().contains(
            QLatin1String("Nothing was deactivated")));
        QCOMPARE(MessageBox::pendingAnswers(), 0);
        QVERIFY(MessageBox::lastText().contains(names.constFirst()));
        QCOMPARE(actions()->plan()->read().entries.size(), 0);
        for (const QString &name : std::as_const(names))
            QVERIFY(keyNamed(name)->isActive);
    }

    // Issue 11's rule for the window's own key holds here too: a set that holds it asks twice,
    // and "Skip My Key" stages all the others and leaves the window its access.
    void retire_ownKeyAmongThem_asksTwiceAndSkipMyKeyStagesAllButIt()
    {
        load();
        const SandboxKey own = *keyNamed(QStringLiteral("Admin console"));
        const QStringList others{QStringLiteral("Monitoring"), QStringLiteral("CI pipeline")};
        select({own.name, others.at(0), others.at(1)});
        LifecycleActions::setNextRetireDays(10);
        // "Deactivate 3 keys": yes; the window's own key: skip it.
        MessageBox::setNextAnswers({QMessageBox::Ok, QMessageBox::No});
        actions()->retireAction()->trigger();
        QTRY_COMPARE(actions()->plan()->read().entries.size(), 2);
        QCOMPARE(MessageBox::pendingAnswers(), 0); // both questions were asked
        // The second question is about the own key alone.
        QVERIFY2(MessageBox::lastText().contains(QLatin1String("signed in with")),
                 qPrintable(MessageBox::lastText()));
        QVERIFY(MessageBox::lastText().contains(own.name));
        QStringList staged;
        for (const RetirementEntry &entry : actions()->plan()->read().entries)
            staged << entry.keyName;
        staged.sort();
        QStringList expected = others;
        expected.sort();
        QCOMPARE(staged, expected);
        QTRY_VERIFY(!keyNamed(others.at(0))->isActive && !keyNamed(others.at(1))->isActive);
        QVERIFY(keyNamed(own.name)->isActive);
        // The window still works with its key: the list loads again.
        load();
    }

    // The first question already marks the own key, and Cancel on the second stages nothing.
    void retire_ownKeyAmongThem_cancelOnTheSecondQuestionStagesNothing()
    {
        load();
        select({QStringLiteral("Admin console"), QStringLiteral("Monitoring")});
        LifecycleActions::setNextRetireDays(10);
        MessageBox::setNextAnswers({QMessageBox::Ok, QMessageBox::Cancel});
        actions()->retireAction()->trigger();
        QTRY_VERIFY(m_window->statusBar()->currentMessage().contains(
            QLatin1String("Nothing was deactivated")));
        QCOMPARE(MessageBox::pendingAnswers(), 0);
        QCOMPARE(actions()->plan()->read().entries.size(), 0);
        QVERIFY(keyNamed(QStringLiteral("Admin console"))->isActive);
        QVERIFY(keyNamed(QStringLiteral("Monitoring"))->isActive);
    }

    void retire_dueWhenTheWindowOpensThePortal_isCarriedOut()
    {
        const SandboxKey monitoring = *keyNamed(QStringLiteral("Monitoring"));
        const SandboxKey reporting = *keyNamed(QStringLiteral("Read-only reporting"));
        // Monitoring was deactivated as planned ten days ago; the reporting key was planned too
        // but is active: someone reactivated it since.
        {
            KeyBatch batch(m_window->adminConnection().network,
                           m_window->adminConnection().settings, KeyOperation::Deactivate,
                           {monitoring.id.toString(QUuid::WithoutBraces)});
            QSignalSpy done(&batch, &KeyBatch::finished);
            batch.start();
            QVERIFY(done.wait(20000));
        }
        QString error;
        const QString portal = m_window->adminConnection().portal();
        const QDateTime past = QDateTime::currentDateTimeUtc().addDays(-10);
        QVERIFY(actions()->plan()->add(
            {Retirement::plannedEntry(portal, {}, monitoring.id.toString(QUuid::WithoutBraces),
                                      monitoring.name, {}, past, 3),
             Retirement::plannedEntry(portal, {}, reporting.id.toString(QUuid::WithoutBraces),
                                      reporting.name, {}, past, 3)},
            &error));
        QSignalSpy ran(actions(), &LifecycleActions::retirementsRun);
        // The window lists the portal's keys: what is due there is carried out, unasked.
        QTest::mouseClick(m_fixture.find<QPushButton>("refreshKeysButton"), Qt::LeftButton);
        QVERIFY(ran.wait(20000));
        QTRY_VERIFY(!m_fixture.m_sandbox->portal().key(monitoring.id));
        QVERIFY(m_fixture.m_sandbox->portal().key(reporting.id)); // left alone
        const QList<RetirementEntry> entries = actions()->plan()->read().entries;
        QCOMPARE(entries.at(0).state, RetirementEntry::State::Revoked);
        QCOMPARE(entries.at(1).state, RetirementEntry::State::Reactivated);
        QVERIFY(entries.at(1).note.contains(QLatin1String("left alone")));
        // And the revocation is in the history like any other.
        QFile history(m_fixture.historyPath());
        QVERIFY(history.open(QIODevice::ReadOnly));
        QVERIFY(history.readAll().contains(monitoring.id.toString(QUuid::WithoutBraces).toUtf8()));
    }

    // What is due on other saved profiles' portals is offered once, carried out with each
    // profile's token from the keychain after that question, and reported portal by portal.
    void dueRetirements_otherSavedPortals_offeredCarriedOutAndReportedPerPortal_data()
    {
        QTest::addColumn<bool>("accept");
        QTest::newRow("carried out") << true;
        QTest::newRow("declined") << false;
    }
    void dueRetirements_otherSavedPortals_offeredCarriedOutAndReportedPerPortal()
    {
        QFETCH(bool, accept);
        SandboxServer second;
        QVERIFY(second.listen(QHostAddress::LocalHost, 0, -1));
        const QString secondToken =
            second.info().keyByName(QStringLiteral("Admin console"))->secret;
        m_fixture.seedProfile(QStringLiteral("Production"), m_fixture.httpPortal(),
                              m_fixture.keySecret(QStringLiteral("Admin console")));
        m_fixture.seedProfile(QStringLiteral("Staging"), second.httpUrl().toString(), secondToken);
        m_window = m_fixture.startWindow(); // reads the profiles saved above
        m_fixture.choose(QStringLiteral("Production"));
        QTRY_VERIFY(m_window->adminConnection().network != nullptr);

        // Planned ten days ago, due since seven: Monitoring here, two keys on Staging (one of
        // them reactivated since), and a key of a portal no profile knows.
        QNetworkAccessManager network;
        const auto deactivate = [&network](const QUrl &portal, const QString &token,
                                           const QUuid &id) {
            ConnectionSettings settings;
            settings.portal = PortalAddress::parse(portal.toString());
            settings.token = token;
            KeyBatch batch(&network, settings, KeyOperation::Deactivate,
                           {id.toString(QUuid::WithoutBraces)});
            QSignalSpy done(&batch, &KeyBatch::finished);
            batch.start();
            return done.wait(20000);
        };
        const SandboxKey here = *keyNamed(QStringLiteral("Monitoring"));
        const SandboxKey there = *second.info().keyByName(QStringLiteral("CI pipeline"));
        const SandboxKey reactivated =
            *second.info().keyByName(QStringLiteral("Read-only reporting"));
        QVERIFY(deactivate(m_fixture.m_sandbox->httpUrl(),
                           m_fixture.keySecret(QStringLiteral("Admin console")), here.id));
        QVERIFY(deactivate(second.httpUrl(), secondToken, there.id));
        const QDateTime past = QDateTime::currentDateTimeUtc().addDays(-10);
        const QString id = QStringLiteral("0a0b0c0d-1111-4222-8333-444444444444");
        const QString unknownPortal = QStringLiteral("https://nobody.example.org");
        QString error;
        QVERIFY(actions()->plan()->add(
            {Retirement::plannedEntry(m_fixture.httpPortal(), QStringLiteral("Production"),
                                      here.id.toString(QUuid::WithoutBraces), here.name, {}, past,
                                      3),
             Retirement::plannedEntry(second.httpUrl().toString(), QStringLiteral("Staging"),
                                      there.id.toString(QUuid::WithoutBraces), there.name, {}, past,
                                      3),
             Retirement::plannedEntry(second.httpUrl().toString(), QString(),
                                      reactivated.id.toString(QUuid::WithoutBraces),
                                      reactivated.name, {}, past, 3),
             Retirement::plannedEntry(unknownPortal, QString(), id, QStringLiteral("Lost"), {},
                                      past, 3)},
            &error));

        QSignalSpy reported(actions(), &LifecycleActions::dueEverywhereFinished);
        if (accept)
            MessageBox::setNextAnswers({QMessageBox::Ok, QMessageBox::Ok}); // question, report
        else
            MessageBox::setNextAnswer(QMessageBox::Cancel);
        // The window lists this portal's keys: its due key goes unasked, the others are offered.
        QTest::mouseClick(m_fixture.find<QPushButton>("refreshKeysButton"), Qt::LeftButton);
        QTRY_VERIFY_WITH_TIMEOUT(!m_fixture.m_sandbox->portal().key(here.id), 20000);
        QTRY_COMPARE_WITH_TIMEOUT(MessageBox::pendingAnswers(), 0, 20000);
        if (!accept) {
            // Asked, naming each portal and profile; nothing done there.
            QVERIFY2(MessageBox::lastText().contains(second.httpUrl().toString()),
                     qPrintable(MessageBox::lastText()));
            QVERIFY(MessageBox::lastText().contains(QLatin1String("Staging")));
            QVERIFY(MessageBox::lastText().contains(unknownPortal));
            QVERIFY(second.portal().key(there.id).has_value());
            QVERIFY(reported.isEmpty());
            return;
        }
        QVERIFY(reported.count() == 1 || reported.wait(20000));
        const QStringList lines = reported.at(0).at(0).toStringList();
        QCOMPARE(lines.size(), 2);
        const QString staging = lines.filter(second.httpUrl().toString()).value(0);
        QVERIFY2(staging.contains(QLatin1String("Staging")), qPrintable(lines.join('\n')));
        QVERIFY2(staging.contains(QLatin1String("1 revoked")), qPrintable(staging));
        QVERIFY2(staging.contains(QLatin1String("1 left alone")), qPrintable(staging));
        QVERIFY2(lines.filter(unknownPortal).value(0).contains(QLatin1String("no saved profile")),
                 qPrintable(lines.join('\n')));
        // The portal was reached with its own profile's token: the key is gone there only.
        QVERIFY(!second.portal().key(there.id).has_value());
        QVERIFY(second.portal().key(reactivated.id).has_value());
        QVERIFY(MessageBox::lastText().contains(staging));
        const QList<RetirementEntry> entries = actions()->plan()->read().entries;
        for (const RetirementEntry &entry : entries) {
            if (entry.keyId == there.id.toString(QUuid::WithoutBraces))
                QCOMPARE(entry.state, RetirementEntry::State::Revoked);
            if (entry.keyId == id)
                QCOMPARE(entry.state, RetirementEntry::State::Pending);
        }
        // In the history with that portal and profile (written off the window's thread).
        const auto inHistory = [&] {
            QFile history(m_fixture.historyPath());
            if (!history.open(QIODevice::ReadOnly))
                return false;
            for (const QByteArray &line : history.readAll().split('\n')) {
                if (line.contains(there.id.toString(QUuid::WithoutBraces).toUtf8()) &&
                    line.contains(second.httpUrl().toString().toUtf8()) && line.contains("Staging"))
                    return true;
            }
            return false;
        };
        QTRY_VERIFY(inHistory());
    }

    // The same date reads the same in the key list, the Report and the keys of all portals
    // (one function, LocalDates::day), in the C locale of the tests and in German.
    void dates_readTheSameInTheKeyListTheReportAndAllPortals_data()
    {
        QTest::addColumn<QString>("language");
        QTest::newRow("C") << QString();
        QTest::newRow("German") << QStringLiteral("de");
    }
    void dates_readTheSameInTheKeyListTheReportAndAllPortals()
    {
        QFETCH(QString, language);
        const QLocale before;
        const auto restore = qScopeGuard([before] { QLocale::setDefault(before); });
        if (!language.isEmpty())
            LocalDates::useLanguage(language);
        m_fixture.seedProfile(QStringLiteral("Production"), m_fixture.httpPortal(),
                              m_fixture.keySecret(QStringLiteral("Admin console")));
        m_window = m_fixture.startWindow(); // reads the profile saved above
        m_window->selectProfile(QUuid(), false);
        m_window->setPortalAddress(m_fixture.httpPortal());
        m_window->setToken(m_fixture.keySecret(QStringLiteral("Admin console")));
        QTRY_VERIFY(m_window->adminConnection().network != nullptr);
        load();
        KeysView *keys = m_window->keysView();
        QHash<QString, QPair<QString, QString>> inList; // name: last used, expires
        for (int row = 0; row < keys->model()->rowCount(); ++row) {
            const ApiKey key = keys->model()->keyAt(row);
            inList.insert(
                key.name,
                {keys->model()->index(row, KeyListModel::LastUsedColumn).data().toString(),
                 keys->model()->index(row, KeyListModel::ExpiresColumn).data().toString()});
        }

        HygieneReportView *report = m_window->reportView();
        auto *tabs = m_fixture.find<QTabWidget>("mainTabs");
        tabs->setCurrentWidget(report);
        QTRY_VERIFY_WITH_TIMEOUT(report->hasReport(), 15000);
        QHash<QString, QPair<QString, QString>> inReport;
        for (const QTreeWidget *tree :
             report->findChildren<QTreeWidget *>(QStringLiteral("keysTree"))) {
            for (int i = 0; i < tree->topLevelItemCount(); ++i) {
                const QTreeWidgetItem *item = tree->topLevelItem(i);
                inReport.insert(item->text(0), {item->text(4), item->text(5)});
            }
        }
        QVERIFY(!inReport.isEmpty());

        actions()->allPortalsAction()->trigger();
        QTRY_VERIFY(actions()->allPortalsView() && actions()->allPortalsView()->isVisible());
        AllPortalsView *view = actions()->allPortalsView();
        QTRY_VERIFY_WITH_TIMEOUT(!view->isLoading(), 20000);
        QCOMPARE(view->table()->rowCount(), int(inList.size()));
        int datesCompared = 0;
        for (int r = 0; r < view->table()->rowCount(); ++r) {
            const QString name = view->table()->item(r, 2)->text();
            const QString lastUsed = view->table()->item(r, 5)->text();
            const QString expires = view->table()->item(r, 6)->text();
            QVERIFY2(inList.contains(name), qPrintable(name));
            QCOMPARE(lastUsed, inList.value(name).first);
            // The list adds how far off the date is: "2027-01-05 (in 34 days)".
            QVERIFY2(inList.value(name).second == expires ||
                         inList.value(name).second.startsWith(expires + QLatin1String(" (")),
                     qPrintable(name + QLatin1String(": ") + expires + QLatin1String(" / ") +
                                inList.value(name).second));
            if (inReport.contains(name)) {
                QCOMPARE(lastUsed, inReport.value(name).first);
                QCOMPARE(expires, inReport.value(name).second);
            }
            const std::optional<SandboxKey> key = keyNamed(name);
            QVERIFY(key);
            if (key->lastUsed.isValid()) {
                QCOMPARE(lastUsed, LocalDates::day(key->lastUsed));
                ++datesCompared;
            }
        }
        QVERIFY(datesCompared > 0);
        // The CSV carries the day as the Report's CSV does, in ISO 8601 whatever the language.
        const QStringList firstRow =
            view->csv().split(QLatin1Char('\n')).value(1).split(QLatin1Char(','));
        const QString firstName = view->table()->item(0, 2)->text();
        const QDateTime firstUsed = keyNamed(firstName)->lastUsed;
        QVERIFY(firstRow.contains(firstUsed.isValid()
                                      ? firstUsed.toUTC().toString(QStringLiteral("yyyy-MM-dd"))
                                      : QStringLiteral("never")));

        // Sorted by the date itself, not by its text ("never" used first).
        view->table()->sortItems(5, Qt::AscendingOrder);
        QDateTime previous;
        for (int r = 0; r < view->table()->rowCount(); ++r) {
            const QDateTime used = keyNamed(view->table()->item(r, 2)->text())->lastUsed;
            if (previous.isValid())
                QVERIFY2(used.isValid() && used.date() >= previous.date(),
                         qPrintable(view->table()->item(r, 5)->text()));
            if (used.isValid())
                previous = used;
        }
        QVERIFY(previous.isValid());
    }

    void allPortals_twoSandboxesInOneListWithThePortalColumnAndFilters()
    {
        SandboxServer second;
        QVERIFY(second.listen(QHostAddress::LocalHost, 0, -1));
        m_fixture.seedProfile(QStringLiteral("Production"), m_fixture.httpPortal(),
                              m_fixture.keySecret(QStringLiteral("Admin console")));
        m_fixture.seedProfile(QStringLiteral("Staging"), second.httpUrl().toString(),
                              second.info().keyByName(QStringLiteral("Admin console"))->secret);
        m_window = m_fixture.startWindow(); // reads the profiles saved above
        m_window->lifecycle()->allPortalsAction()->trigger();
        QTRY_VERIFY(actions()->allPortalsView() && actions()->allPortalsView()->isVisible());
        AllPortalsView *view = actions()->allPortalsView();
        QTRY_VERIFY_WITH_TIMEOUT(!view->isLoading(), 20000);
        const int total =
            int(m_fixture.m_sandbox->portal().keys().size() + second.portal().keys().size());
        QCOMPARE(view->table()->rowCount(), total);
        QSet<QString> portals;
        for (int r = 0; r < view->table()->rowCount(); ++r)
            portals.insert(view->table()->item(r, 0)->text());
        QCOMPARE(portals.size(), 2);
        // "Unused for 90 days" on every portal: one screen, one CSV.
        view->unusedDays()->setValue(90);
        view->unusedFilter()->setChecked(true);
        QVERIFY(view->table()->rowCount() < total);
        QVERIFY(view->table()->rowCount() > 0);
        const QString csv = view->csv();
        QVERIFY(csv.startsWith(QLatin1String("portal,profile,name")));
        QCOMPARE(int(csv.count(QLatin1Char('\n'))), view->table()->rowCount() + 1);
        view->searchField()->setText(QStringLiteral("Staging"));
        for (int r = 0; r < view->table()->rowCount(); ++r)
            QCOMPARE(view->table()->item(r, 1)->text(), QStringLiteral("Staging"));
    }
};

QTEST_MAIN(TestLifecycleGui)
#include "tst_lifecyclegui.moc"
