// Not a test: the window on an in-process sandbox with one of issue 16's dialogs open, for the
// screenshots in docs/ (prints READY when there is something to look at):
//   lifecycleshots create|secret|rotation|plan|allportals
// Profiles go to a temporary INI file and tokens stay in memory. scripts/lifecycle-screenshots.sh
// runs each under Xvfb and writes docs/screenshot-*.png.
#include "allportalsview.h"
#include "keyformdialog.h"
#include "keylistmodel.h"
#include "keysview.h"
#include "lifecycleactions.h"
#include "mainwindow.h"
#include "messagebox.h"
#include "onetimesecretdialog.h"
#include "profilestore.h"
#include "retirementplan.h"
#include "retirementplanview.h"
#include "sandboxserver.h"
#include "secretstore.h"
#include "translations.h"

#include <QApplication>
#include <QCheckBox>
#include <QItemSelectionModel>
#include <QLineEdit>
#include <QSpinBox>
#include <QTabWidget>
#include <QTableView>
#include <QTemporaryDir>
#include <QTimer>

#include <cstdio>

namespace {
void ready()
{
    std::printf("READY\n");
    std::fflush(stdout);
}

PortalProfile addProfile(ProfileStore &store, MemorySecretStore &secrets, const QString &name,
                         const QUrl &url, const QString &token)
{
    PortalProfile profile;
    profile.id = QUuid::createUuid();
    profile.name = name;
    profile.portal = url.toString();
    QString error;
    store.upsert(profile, &error);
    store.save();
    waitFor([&](QObject *context, SecretStore::Callback done) {
        secrets.write(profile.secretKey(), token, context, std::move(done));
    });
    return profile;
}
// Selects the keys of these names in the window's key list, as a user would.
void selectKeys(MainWindow &window, KeysView *keys, const QStringList &names)
{
    auto *table = window.findChild<QTableView *>(QStringLiteral("keyTable"));
    for (int row = 0; row < keys->proxy()->rowCount(); ++row) {
        const QModelIndex index = keys->proxy()->index(row, 0);
        if (names.contains(index.data().toString().section(QLatin1String(" ("), 0, 0)))
            table->selectionModel()->select(index, QItemSelectionModel::Select |
                                                       QItemSelectionModel::Rows);
    }
}
} // namespace

int main(int argc, char *argv[])
{
    QApplication app(argc, argv);
    Translations::install(QStringLiteral("en")); // the English plural forms
    const QString what = argc > 1 ? QString::fromLocal8Bit(argv[1]) : QStringLiteral("create");
    SandboxServer production;
    PortalOptions stagingOptions;
    stagingOptions.seedKeys = 6;
    SandboxServer staging(stagingOptions);
    if (!production.listen(QHostAddress::LocalHost, 0, -1) ||
        !staging.listen(QHostAddress::LocalHost, 0, -1))
        return 1;
    QTemporaryDir dir;
    MemorySecretStore secrets;
    ProfileStore profiles(dir.filePath(QStringLiteral("profiles.ini")));
    profiles.load();
    const PortalProfile prod =
        addProfile(profiles, secrets, QStringLiteral("Production"), production.httpUrl(),
                   production.info().keyByName(QStringLiteral("Admin console"))->secret);
    addProfile(profiles, secrets, QStringLiteral("Staging"), staging.httpUrl(),
               staging.info().keyByName(QStringLiteral("Bob's admin tools"))->secret);
    MainWindow::initResources();
    MainWindow::Services services{nullptr, &profiles, &secrets};
    services.demoMode = true; // tokens in memory on purpose: no keychain warning
    services.historyPath = dir.filePath(QStringLiteral("history.jsonl"));
    services.uiSettingsPath = dir.filePath(QStringLiteral("ui.ini"));
    MainWindow window(services);
    window.resize(1240, 800);
    window.move(20, 20);
    window.show();
    window.selectProfile(prod.id, false);
    LifecycleActions *actions = window.lifecycle();
    KeysView *keys = window.keysView();

    QTimer::singleShot(1500, &window, [&] {
        keys->refresh();
        QTimer::singleShot(1500, &window, [&] {
            if (what == QLatin1String("create")) {
                actions->createKey();
                QTimer::singleShot(500, &window, [&] {
                    KeyFormDialog *dialog = actions->formDialog();
                    dialog->findChild<QLineEdit *>(QStringLiteral("keyName"))
                        ->setText(QStringLiteral("Nightly export"));
                    dialog->findChild<QTabWidget *>(QStringLiteral("permissionTabs"))
                        ->setCurrentIndex(1);
                    dialog->findChild<QCheckBox *>(QStringLiteral("files-write"))->setChecked(true);
                    dialog->findChild<QCheckBox *>(QStringLiteral("rooms-read"))->setChecked(true);
                    dialog->findChild<QSpinBox *>(QStringLiteral("lifetimeDays"))->setValue(90);
                    dialog->move(window.x() + 340, window.y() + 180);
                    QTimer::singleShot(500, &window, ready);
                });
            } else if (what == QLatin1String("secret")) {
                actions->createKey();
                QTimer::singleShot(500, &window, [&] {
                    KeyFormDialog *dialog = actions->formDialog();
                    dialog->findChild<QLineEdit *>(QStringLiteral("keyName"))
                        ->setText(QStringLiteral("Nightly export"));
                    dialog->accept();
                    QTimer::singleShot(2000, &window, [&] {
                        if (OneTimeSecretDialog *shown = actions->secretDialog())
                            shown->move(window.x() + 200, window.y() + 220);
                        QTimer::singleShot(500, &window, ready);
                    });
                });
            } else if (what == QLatin1String("plan")) {
                // Two keys retired from the list now, and what earlier runs did on Staging.
                selectKeys(window, keys,
                           {QStringLiteral("Monitoring"), QStringLiteral("Backup script")});
                LifecycleActions::setNextRetireDays(30);
                MessageBox::setNextAnswer(QMessageBox::Ok); // "Deactivate 2 keys"
                actions->retireSelectedKeys();
                const QDateTime past = QDateTime::currentDateTimeUtc().addDays(-40);
                const QString stagingPortal = staging.httpUrl().toString();
                QList<RetirementEntry> earlier;
                int n = 0;
                for (const SandboxKey &key : staging.info().keys) {
                    if (n == 2)
                        break;
                    RetirementEntry entry =
                        Retirement::plannedEntry(stagingPortal, QStringLiteral("Staging"),
                                                 key.id.toString(QUuid::WithoutBraces), key.name,
                                                 key.secret.right(4), past, 30);
                    entry.state = n == 0 ? RetirementEntry::State::Revoked
                                         : RetirementEntry::State::Reactivated;
                    entry.note = n == 0 ? RetirementEntry::tr("Revoked as planned.")
                                        : RetirementEntry::tr(
                                              "The key was active again when due (reactivated "
                                              "on the portal), so it was left alone.");
                    entry.updatedAt = past.addDays(30);
                    earlier << entry;
                    ++n;
                }
                QString error;
                actions->plan()->add(earlier, &error);
                QTimer::singleShot(2000, &window, [&] {
                    actions->showPlan();
                    QTimer::singleShot(800, &window, [&] {
                        if (RetirementPlanView *view = actions->planView()) {
                            view->resize(1100, 360);
                            view->move(window.x() + 60, window.y() + 200);
                        }
                        QTimer::singleShot(500, &window, ready);
                    });
                });
            } else if (what == QLatin1String("rotation")) {
                selectKeys(window, keys,
                           {QStringLiteral("CI pipeline"), QStringLiteral("Zapier integration")});
                MessageBox::setNextAnswer(QMessageBox::Ok);
                actions->rotateSelectedKeys();
                QTimer::singleShot(2000, &window, [&] {
                    if (OneTimeSecretDialog *shown = actions->secretDialog())
                        shown->move(window.x() + 200, window.y() + 220);
                    QTimer::singleShot(500, &window, ready);
                });
            } else {
                actions->showAllPortals();
                QTimer::singleShot(2000, &window, [&] {
                    if (AllPortalsView *view = actions->allPortalsView()) {
                        view->move(window.x() + 40, window.y() + 80);
                        view->unusedFilter()->setChecked(true);
                    }
                    QTimer::singleShot(500, &window, ready);
                });
            }
        });
    });
    return app.exec();
}
