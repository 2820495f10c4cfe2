#include "lifecycleactions.h"

#include "adminconnection.h"
#include "allportalsview.h"
#include "docspaceclient.h"
#include "historyrecorder.h"
#include "keybatch.h"
#include "keychangeconfirmation.h"
#include "keycreation.h"
#include "keyformdialog.h"
#include "keyrotation.h"
#include "keysview.h"
#include "mainwindow.h"
#include "messagebox.h"
#include "onetimesecretdialog.h"
#include "profilestore.h"
#include "retirementplan.h"
#include "retirementplanview.h"
#include "secretclipboard.h"
#include "secretstore.h"

#include <QAction>
#include <QEvent>
#include <QInputDialog>
#include <QMenu>
#include <QMenuBar>
#include <QNetworkAccessManager>
#include <QStatusBar>

#include <algorithm>
#include <memory>

namespace {
int g_nextRetireDays = -1;
}

void LifecycleActions::setNextRetireDays(int days)
{
    g_nextRetireDays = days;
}

LifecycleActions::LifecycleActions(MainWindow *window, ProfileStore *profiles, SecretStore *secrets,
                                   const QString &planPath)
    : QObject(window)
    , m_window(window)
    , m_profiles(profiles)
    , m_secretStore(secrets)
    , m_clipboard(new SecretClipboard(this))
    , m_retirementPlan(std::make_unique<RetirementPlan>(planPath))
{
    m_menu = new QMenu(window);
    m_menu->setObjectName(QStringLiteral("menuKeys"));
    const auto add = [this](const char *name, void (LifecycleActions::*slot)()) {
        auto *action = new QAction(this);
        action->setObjectName(QLatin1String(name));
        connect(action, &QAction::triggered, this, slot);
        m_menu->addAction(action);
        return action;
    };
    m_create = add("actionCreateKey", &LifecycleActions::createKey);
    m_create->setShortcut(QKeySequence::New);
    m_edit = add("actionEditKey", &LifecycleActions::editSelectedKey);
    m_menu->addSeparator();
    m_rotate = add("actionRotateKeys", &LifecycleActions::rotateSelectedKeys);
    m_retire = add("actionRetireKeys", &LifecycleActions::retireSelectedKeys);
    m_plan = add("actionRetirementPlan", &LifecycleActions::showPlan);
    m_menu->addSeparator();
    m_allPortals = add("actionAllPortals", &LifecycleActions::showAllPortals);
    // Before Tools, as a menu of its own.
    QMenuBar *bar = window->menuBar();
    const QList<QAction *> menus = bar->actions();
    bar->insertMenu(menus.size() >= 3 ? menus.at(2) : nullptr, m_menu);
    window->installEventFilter(this);
    if (KeysView *keys = window->keysView()) {
        connect(keys, &KeysView::identityKnown, this, [this] {
            const QString portal = m_window->adminConnection().portal();
            if (!portal.isEmpty() && !m_dueRunFor.contains(portal) && !m_dueRunning) {
                m_dueRunFor.insert(portal);
                runDueEverywhere();
            }
        });
    }
    connect(m_menu, &QMenu::aboutToShow, this, &LifecycleActions::updateActions);
    retranslate();
}

LifecycleActions::~LifecycleActions() = default;

KeyFormDialog *LifecycleActions::formDialog() const
{
    return m_form;
}

OneTimeSecretDialog *LifecycleActions::secretDialog() const
{
    return m_secrets;
}

RetirementPlanView *LifecycleActions::planView() const
{
    return m_planView;
}

AllPortalsView *LifecycleActions::allPortalsView() const
{
    return m_allPortalsView;
}

bool LifecycleActions::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_window && event->type() == QEvent::LanguageChange)
        retranslate();
    return QObject::eventFilter(watched, event);
}

void LifecycleActions::retranslate()
{
    m_menu->setTitle(tr("&Keys"));
    m_create->setText(tr("&Create Key…"));
    m_edit->setText(tr("&Edit Selected Key…"));
    m_rotate->setText(tr("&Rotate Selected Keys…"));
    m_retire->setText(tr("Retire Selected Keys in &Stages…"));
    m_plan->setText(tr("Retirement &Plan"));
    m_allPortals->setText(tr("Keys of &All Portals"));
}

void LifecycleActions::updateActions()
{
    const int selected =
        m_window->keysView() ? int(m_window->keysView()->selectedKeys().size()) : 0;
    m_edit->setEnabled(selected == 1 && !m_busy);
    m_rotate->setEnabled(selected > 0 && !m_busy);
    m_retire->setEnabled(selected > 0 && !m_busy);
    m_create->setEnabled(!m_busy);
}

void LifecycleActions::status(const QString &text)
{
    m_window->statusBar()->showMessage(text, 10000);
}

void LifecycleActions::record(const RevokeOutcome &outcome, const ApiKey &key)
{
    const AdminConnection admin = m_window->adminConnection();
    m_window->historyRecorder()->record(outcome, admin.portal(), admin.profile, admin.actor,
                                        key.name, key.keyPostfix);
}

void LifecycleActions::record(const HistoryRecord &record)
{
    const AdminConnection admin = m_window->adminConnection();
    m_window->historyRecorder()->record(record, admin.portal(), admin.profile, admin.actor);
}

bool LifecycleActions::isOwnKey(const ApiKey &key) const
{
    // The window's token, when it is an API key, ends like the key it is.
    const QString token = m_window->adminConnection().settings.token.trimmed();
    return token.startsWith(QLatin1String("sk-")) && token.right(4) == key.keyPostfix;
}

KeyChangeRequest LifecycleActions::changeRequest(KeyOperation operation,
                                                 const QList<ApiKey> &keys) const
{
    const AdminConnection admin = m_window->adminConnection();
    KeyChangeRequest request;
    request.operation = operation;
    request.portal = admin.portal();
    request.profile = admin.profile;
    request.ownKeyId = admin.ownKeyId;
    request.keys = keys;
    for (const ApiKey &key : keys) {
        if (request.ownKeyId.isEmpty() && isOwnKey(key))
            request.ownKeyId = key.id;
    }
    return request;
}

void LifecycleActions::createKey()
{
    const AdminConnection admin = m_window->adminConnection();
    if (!admin.network || !admin.settings.portal.isValid()) {
        MessageBox::warning(m_window, tr("Create API Key"),
                            tr("Choose a profile or enter the portal address and token first."));
        return;
    }
    auto *dialog = new KeyFormDialog(KeyFormDialog::Mode::Create, m_window);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    m_form = dialog;
    auto *client = new DocSpaceClient(admin.network, dialog);
    client->setConnection(admin.settings);
    connect(client->listPermissions(), &PermissionsOperation::finished, dialog,
            [dialog](bool ok, const QStringList &scopes, const RevokeOutcome &) {
                if (ok)
                    dialog->setOfferedScopes(scopes);
            });
    connect(dialog, &QDialog::accepted, this, [this, admin, dialog] {
        const KeyCreateRequest wanted = dialog->createRequest();
        m_busy = true;
        auto *creator = new DocSpaceClient(admin.network, this);
        creator->setConnection(admin.settings);
        status(tr("Creating “%1”…").arg(wanted.name));
        connect(creator->createKey(wanted), &KeyCreateOperation::finished, this,
                [this, creator, wanted](const KeyCreateResult &result) {
                    creator->deleteLater();
                    m_busy = false;
                    // In the history (never the secret) before anything about it is shown.
                    record(HistoryRecorder::creation(wanted, result));
                    if (!result.ok) {
                        QString text = result.failure.sentence;
                        MessageBox::warning(
                            m_window, tr("Key Not Created"), text,
                            result.failure.serverMessage.isEmpty()
                                ? QString()
                                : tr("The portal said: %1").arg(result.failure.serverMessage));
                        return;
                    }
                    status(tr("Created “%1” (…%2).").arg(result.key.name, result.key.keyPostfix));
                    auto *shown = new OneTimeSecretDialog(
                        {{result.key.id, result.key.name, result.secret}}, m_clipboard, m_window);
                    shown->setAttribute(Qt::WA_DeleteOnClose);
                    m_secrets = shown;
                    shown->open();
                    if (KeysView *keys = m_window->keysView())
                        keys->refresh();
                    emit keyCreated(result.key);
                });
    });
    dialog->open();
}

void LifecycleActions::editSelectedKey()
{
    const QList<ApiKey> selected =
        m_window->keysView() ? m_window->keysView()->selectedKeys() : QList<ApiKey>();
    if (selected.size() != 1) {
        MessageBox::information(m_window, tr("Edit API Key"),
                                tr("Select one key in the list to edit it."));
        return;
    }
    const ApiKey key = selected.constFirst();
    const AdminConnection admin = m_window->adminConnection();
    auto *dialog = new KeyFormDialog(KeyFormDialog::Mode::Edit, m_window);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setKey(key);
    m_form = dialog;
    connect(dialog, &QDialog::accepted, this, [this, dialog, key, admin] {
        const KeyEditRequest request = dialog->editRequest();
        // Reversible, so no question; unless it may cut this window off its own key.
        if (isOwnKey(key) && request.permissions &&
            request.permissions->mode != KeyPermissions::Mode::All &&
            !request.permissions->toScopes().contains(QLatin1String("*:write"))) {
            if (MessageBox::confirm(m_window, tr("Restrict Your Own Key?"),
                                    KeyChangeConfirmation::tr(
                                        "%1 is the token DocSpace Keys is signed in with on %2.")
                                        .arg(KeyChangeConfirmation::keyName(key), admin.portal()),
                                    tr("Without *:write it can no longer change or revoke keys, "
                                       "and this window loses that too."),
                                    tr("Restrict It &Anyway"),
                                    QMessageBox::Warning) != QMessageBox::Ok)
                return;
        }
        auto *client = new DocSpaceClient(admin.network, this);
        client->setConnection(admin.settings);
        connect(client->editKey(request), &KeyEditOperation::finished, this,
                [this, client, key, request](const KeyEditResult &result) {
                    client->deleteLater();
                    record(HistoryRecorder::edit(key, request, result));
                    if (result.ok) {
                        status(tr("“%1”: %2").arg(key.name, result.outcome.sentence));
                        if (KeysView *keys = m_window->keysView())
                            keys->refresh();
                    } else {
                        MessageBox::warning(m_window, tr("Key Not Changed"),
                                            result.outcome.sentence, result.outcome.serverMessage);
                    }
                });
    });
    dialog->open();
}

void LifecycleActions::rotateSelectedKeys()
{
    const QList<ApiKey> selected =
        m_window->keysView() ? m_window->keysView()->selectedKeys() : QList<ApiKey>();
    if (selected.isEmpty()) {
        MessageBox::information(m_window, tr("Rotate Keys"),
                                tr("Select the keys to rotate in the list."));
        return;
    }
    QStringList names;
    for (const ApiKey &key : selected)
        names << QStringLiteral("“%1” (…%2)").arg(key.name, key.keyPostfix);
    if (MessageBox::confirm(
            m_window, tr("Rotate Keys"),
            tr("Create a replacement for %n key(s)?", nullptr, int(selected.size())),
            tr("%1\n\nEach replacement gets the same name with “ (rotated)”, the same "
               "permissions and the same lifetime. The old keys keep working until you "
               "confirm their revocation after the new secrets are shown.")
                .arg(names.join(QLatin1Char('\n'))),
            tr("&Create Replacements")) != QMessageBox::Ok)
        return;
    const AdminConnection admin = m_window->adminConnection();
    auto *rotation = new KeyRotation(admin.network, admin.settings, selected, this);
    m_busy = true;
    status(tr("Creating %n replacement(s)…", nullptr, int(selected.size())));
    connect(rotation, &KeyRotation::replacementFinished, this,
            [this, rotation](int index, const KeyCreateResult &result) {
                const RotationItem &item = rotation->items().at(index);
                record(HistoryRecorder::replacement(item.old, item.request, result));
            });
    connect(rotation, &KeyRotation::creationFinished, this, [this, rotation](bool allCreated) {
        QList<OneTimeSecretDialog::Secret> secrets;
        for (const RotationItem &item : rotation->items()) {
            if (item.replacementCreated())
                secrets << OneTimeSecretDialog::Secret{item.created->key.id, item.created->key.name,
                                                       item.created->secret};
        }
        const auto afterSecrets = [this, rotation, allCreated] {
            if (allCreated) {
                askToRevokeOld(rotation);
                return;
            }
            QString failure;
            for (const RotationItem &item : rotation->items()) {
                if (item.created && !item.created->ok)
                    failure = tr("“%1”: %2").arg(item.old.name, item.created->failure.sentence);
            }
            m_busy = false;
            MessageBox::warning(m_window, tr("Rotation Stopped"),
                                tr("A replacement could not be created, so no old key was "
                                   "revoked."),
                                failure);
            rotation->deleteLater();
            if (KeysView *keys = m_window->keysView())
                keys->refresh();
        };
        if (secrets.isEmpty()) {
            afterSecrets();
            return;
        }
        status(allCreated ? tr("%n replacement(s) created; the old keys still work until you "
                               "confirm their revocation.",
                               nullptr, int(secrets.size()))
                          : tr("Rotation stopped: a replacement could not be created."));
        auto *shown = new OneTimeSecretDialog(secrets, m_clipboard, m_window);
        shown->setAttribute(Qt::WA_DeleteOnClose);
        m_secrets = shown;
        connect(shown, &QDialog::finished, this, afterSecrets);
        shown->open();
    });
    rotation->createReplacements();
}

void LifecycleActions::askToRevokeOld(KeyRotation *rotation)
{
    // The one confirmation of every key change: the portal, each key, the count typed above
    // ten keys, and the window's own key asked about apart ("Skip My Key" keeps it working
    // beside its replacement).
    QList<ApiKey> old;
    for (const RotationItem &item : rotation->items())
        old << item.old;
    KeyChangeRequest request = changeRequest(KeyOperation::Revoke, old);
    request.note = tr("Every replacement was created; these are the old keys. Until they are "
                      "revoked, the old keys and their replacements all work.");
    KeyChangeConfirmation::ask(
        m_window, request, this,
        [this, rotation](const QList<ApiKey> &chosen) { revokeOld(rotation, chosen); },
        [this, rotation](const QString &) {
            m_busy = false;
            status(tr("Old keys not revoked: they and their replacements all work."));
            rotation->deleteLater();
            if (KeysView *keys = m_window->keysView())
                keys->refresh();
        });
}

void LifecycleActions::revokeOld(KeyRotation *rotation, const QList<ApiKey> &chosen)
{
    QStringList ids;
    for (const ApiKey &key : chosen)
        ids << key.id;
    connect(rotation, &KeyRotation::oldKeyFinished, this,
            [this, rotation](int index, const RevokeOutcome &outcome) {
                record(outcome, rotation->items().at(index).old);
            });
    connect(rotation, &KeyRotation::finished, this, [this, rotation] {
        m_busy = false;
        const QList<ApiKey> alive = rotation->stillAlive();
        const int revoked = int(rotation->items().size() - alive.size());
        // Alive because revoking failed, or because the user kept it ("Skip My Key").
        QStringList failed;
        QStringList kept;
        for (const ApiKey &key : alive) {
            const auto item = std::find_if(
                rotation->items().cbegin(), rotation->items().cend(),
                [&key](const RotationItem &i) { return i.old.id == key.id && i.revoked; });
            if (item == rotation->items().cend())
                kept << KeyChangeConfirmation::keyName(key);
            else
                failed << QStringLiteral("“%1” (…%2): %3")
                              .arg(key.name, key.keyPostfix, item->revoked->sentence);
        }
        const QString keptText =
            kept.isEmpty() ? QString()
                           : tr("Kept as you chose, beside its replacement: %1. Switch the "
                                "profile to the replacement before revoking it.")
                                 .arg(kept.join(QLatin1String(", ")));
        if (failed.isEmpty()) {
            status(tr("Rotated %n key(s): the old ones are revoked.", nullptr, revoked) +
                   (keptText.isEmpty() ? QString() : QLatin1Char(' ') + keptText));
        } else {
            MessageBox::warning(
                m_window, tr("Old Keys Still Work"),
                tr("%n old key(s) could not be revoked and still work:", nullptr,
                   int(failed.size())),
                failed.join(QLatin1Char('\n')) +
                    (keptText.isEmpty() ? QString() : QLatin1String("\n\n") + keptText));
        }
        emit rotationFinished(revoked, int(alive.size()));
        rotation->deleteLater();
        if (KeysView *keys = m_window->keysView())
            keys->refresh();
    });
    rotation->revokeOldKeys(ids);
}

void LifecycleActions::retireSelectedKeys()
{
    const QList<ApiKey> selected =
        m_window->keysView() ? m_window->keysView()->selectedKeys() : QList<ApiKey>();
    if (selected.isEmpty()) {
        MessageBox::information(m_window, tr("Retire Keys"),
                                tr("Select the keys to retire in the list."));
        return;
    }
    bool ok = g_nextRetireDays >= 0;
    const int days = ok ? g_nextRetireDays
                        : QInputDialog::getInt(m_window, tr("Retire Keys in Stages"),
                                               tr("%n key(s) are deactivated now and revoked after "
                                                  "this many days, unless someone "
                                                  "reactivates them meanwhile:",
                                                  nullptr, int(selected.size())),
                                               30, 0, Retirement::MaxDays, 1, &ok);
    g_nextRetireDays = -1;
    if (!ok)
        return;
    // The one confirmation of every key change: the portal, each key, the count typed above
    // ten keys, and the window's own key asked about apart ("Skip My Key" retires the others).
    const AdminConnection admin = m_window->adminConnection();
    KeyChangeRequest request = changeRequest(KeyOperation::Deactivate, selected);
    request.note = tr("They are revoked after %n day(s) unless someone reactivates them "
                      "meanwhile (Keys ▸ Retirement Plan).",
                      nullptr, days);
    KeyChangeConfirmation::ask(
        m_window, request, this,
        [this, admin, days](const QList<ApiKey> &chosen) { retire(admin, chosen, days); },
        [this](const QString &sentence) { status(sentence); });
}

void LifecycleActions::retire(const AdminConnection &admin, const QList<ApiKey> &chosen, int days)
{
    QStringList ids;
    QHash<QString, ApiKey> byId;
    for (const ApiKey &key : chosen) {
        ids << key.id;
        byId.insert(key.id, key);
    }
    auto *batch = new KeyBatch(admin.network, admin.settings, KeyOperation::Deactivate, ids, this);
    auto planned = std::make_shared<QList<RetirementEntry>>();
    const QDateTime now = QDateTime::currentDateTimeUtc();
    connect(batch, &KeyBatch::keyFinished, this,
            [this, byId, planned, admin, now, days](const RevokeOutcome &outcome) {
                const ApiKey key = byId.value(outcome.keyId);
                record(outcome, key);
                if (outcome.succeeded())
                    planned->append(Retirement::plannedEntry(admin.portal(), admin.profile, key.id,
                                                             key.name, key.keyPostfix, now, days));
            });
    connect(batch, &KeyBatch::finished, this, [this, batch, planned, ids](const BatchSummary &) {
        batch->deleteLater();
        QString error;
        if (!planned->isEmpty() && !m_retirementPlan->add(*planned, &error))
            MessageBox::warning(m_window, tr("Plan Not Saved"),
                                tr("The keys were deactivated, but the plan could not be saved."),
                                error);
        else if (planned->size() < ids.size())
            MessageBox::warning(m_window, tr("Some Keys Not Retired"),
                                tr("%n key(s) could not be deactivated and are not in the plan; "
                                   "the status panel and History say why.",
                                   nullptr, int(ids.size() - planned->size())));
        else
            status(tr("%n key(s) deactivated; see Keys ▸ Retirement Plan.", nullptr,
                      int(planned->size())));
        if (m_planView)
            m_planView->reload();
        if (KeysView *keys = m_window->keysView())
            keys->refresh();
    });
    batch->start();
}

void LifecycleActions::runDueRetirements()
{
    const AdminConnection admin = m_window->adminConnection();
    if (!admin.network || !admin.settings.portal.isValid())
        return;
    auto *runner =
        new RetirementRunner(admin.network, admin.settings, m_retirementPlan.get(), this);
    connect(runner, &RetirementRunner::keyRevoked, this, [this](const RevokeOutcome &outcome) {
        ApiKey key;
        key.name = outcome.keyName;
        key.keyPostfix = outcome.keyPostfix;
        record(outcome, key);
    });
    connect(
        runner, &RetirementRunner::finished, this,
        [this, runner](bool, const QList<RetirementAction> &actions, const RevokeOutcome &,
                       const QString &) {
            runner->deleteLater();
            if (!actions.isEmpty()) {
                status(tr("Retirement plan: %n due key(s) handled.", nullptr, int(actions.size())));
                if (KeysView *keys = m_window->keysView())
                    keys->refresh();
            }
            if (m_planView)
                m_planView->reload();
            emit retirementsRun();
        });
    runner->runDue(QDateTime::currentDateTimeUtc(), admin.profile);
}

QString LifecycleActions::actionsSummary(const QList<RetirementAction> &actions)
{
    int revoked = 0, reactivated = 0, gone = 0, pending = 0;
    for (const RetirementAction &action : actions) {
        switch (action.entry.state) {
        case RetirementEntry::State::Revoked:
            ++revoked;
            break;
        case RetirementEntry::State::Reactivated:
            ++reactivated;
            break;
        case RetirementEntry::State::Gone:
            ++gone;
            break;
        default:
            ++pending;
            break;
        }
    }
    QStringList parts;
    if (revoked)
        parts << tr("%n revoked", nullptr, revoked);
    if (reactivated)
        parts << tr("%n left alone (active again)", nullptr, reactivated);
    if (gone)
        parts << tr("%n already gone", nullptr, gone);
    if (pending)
        parts << tr("%n still pending (not revoked; tried again next time)", nullptr, pending);
    return parts.isEmpty() ? tr("nothing was due") : parts.join(QLatin1String(", "));
}

QString LifecycleActions::groupName(const DueGroup &group) const
{
    return group.profile.isEmpty() ? group.portal
                                   : tr("%1 (profile “%2”)").arg(group.portal, group.profile);
}

QList<LifecycleActions::DueGroup> LifecycleActions::dueElsewhere(const QDateTime &now) const
{
    const AdminConnection admin = m_window->adminConnection();
    const bool connected = admin.network && admin.settings.portal.isValid();
    QList<DueGroup> groups;
    for (const RetirementEntry &entry : m_retirementPlan->read().entries) {
        if (!entry.isDueAt(now))
            continue;
        // What runDueRetirements() does on the current connection.
        if (connected && entry.portal == admin.portal() &&
            (admin.profile.isEmpty() || entry.profile.isEmpty() ||
             entry.profile.compare(admin.profile, Qt::CaseInsensitive) == 0))
            continue;
        // The profile it was planned with, else any saved profile of that portal.
        QString profileName;
        const auto pointsThere = [&entry](const PortalProfile &profile) {
            ConnectionSettings settings;
            QString error;
            return profile.toConnectionSettings(QString(), &settings, &error) &&
                   settings.portal.toString() == entry.portal;
        };
        if (const PortalProfile *named =
                entry.profile.isEmpty() ? nullptr : m_profiles->find(entry.profile);
            named && pointsThere(*named)) {
            profileName = named->name;
        } else if (entry.profile.isEmpty()) {
            for (const PortalProfile &profile : m_profiles->profiles()) {
                if (pointsThere(profile)) {
                    profileName = profile.name;
                    break;
                }
            }
        }
        auto found = std::find_if(groups.begin(), groups.end(), [&](const DueGroup &group) {
            return group.portal == entry.portal &&
                   group.profile.compare(profileName, Qt::CaseInsensitive) == 0;
        });
        if (found == groups.end())
            groups << DueGroup{entry.portal, profileName, 1};
        else
            ++found->count;
    }
    return groups;
}

void LifecycleActions::runDueEverywhere()
{
    if (m_dueRunning)
        return;
    m_dueRunning = true;
    const AdminConnection admin = m_window->adminConnection();
    const auto elsewhere = [this] {
        QList<DueGroup> groups = dueElsewhere(QDateTime::currentDateTimeUtc());
        if (groups.isEmpty() || m_askedElsewhere) {
            m_dueRunning = false;
            return;
        }
        m_askedElsewhere = true;
        QStringList lines;
        int count = 0;
        for (const DueGroup &group : std::as_const(groups)) {
            lines << tr("%1: %n key(s)", nullptr, group.count).arg(groupName(group));
            count += group.count;
        }
        if (MessageBox::confirm(
                m_window, tr("Retirement Plan: Other Portals"),
                tr("%n planned revocation(s) are due on portals other than this one.", nullptr,
                   count),
                lines.join(QLatin1Char('\n')) + QLatin1String("\n\n") +
                    tr("Each is revoked with its saved profile's token, unless it was "
                       "reactivated meanwhile (then it is left alone). This cannot be undone."),
                tr("&Carry Out on All Portals"), QMessageBox::Warning) != QMessageBox::Ok) {
            m_dueRunning = false;
            status(tr("Retirement plan: the other portals' due keys wait for the next time."));
            return;
        }
        runDueGroups(groups, {});
    };
    if (!admin.network || !admin.settings.portal.isValid()) {
        elsewhere();
        return;
    }
    // The current portal first, as before: the user is looking at it.
    auto once = std::make_shared<QMetaObject::Connection>();
    *once = connect(this, &LifecycleActions::retirementsRun, this, [once, elsewhere] {
        QObject::disconnect(*once);
        elsewhere();
    });
    runDueRetirements();
}

void LifecycleActions::runDueGroups(QList<DueGroup> groups, QStringList lines)
{
    if (groups.isEmpty()) {
        m_dueRunning = false;
        if (m_planView)
            m_planView->reload();
        MessageBox::information(m_window, tr("Retirement Plan Carried Out"),
                                tr("What was due on the other portals:"),
                                lines.join(QLatin1Char('\n')));
        emit dueEverywhereFinished(lines);
        return;
    }
    const DueGroup group = groups.takeFirst();
    const PortalProfile *profile =
        group.profile.isEmpty() ? nullptr : m_profiles->find(group.profile);
    if (!profile) {
        lines << tr("%1: not carried out: no saved profile for this portal; open it in the window "
                    "or run “docspace-keys-cli retire --due --portal %2”.")
                     .arg(groupName(group), group.portal);
        runDueGroups(groups, lines);
        return;
    }
    const PortalProfile saved = *profile;
    m_secretStore->read(
        saved.secretKey(), this,
        [this, group, groups, lines, saved](const SecretStore::Result &result) mutable {
            ConnectionSettings settings;
            QString error;
            if (result.status != SecretStore::Status::Ok) {
                lines << tr("%1: not carried out: no saved token (%2).")
                             .arg(groupName(group), result.status == SecretStore::Status::Failed
                                                        ? result.error
                                                        : m_secretStore->description());
                runDueGroups(groups, lines);
                return;
            }
            if (!saved.toConnectionSettings(result.secret, &settings, &error)) {
                lines << tr("%1: not carried out: %2").arg(groupName(group), error);
                runDueGroups(groups, lines);
                return;
            }
            // Another portal: a network access of its own, whatever the window is connected to.
            if (!m_otherPortals)
                m_otherPortals = new QNetworkAccessManager(this);
            auto *runner =
                new RetirementRunner(m_otherPortals, settings, m_retirementPlan.get(), this);
            const QString portal = settings.portal.toString();
            connect(runner, &RetirementRunner::keyRevoked, this,
                    [this, portal, group](const RevokeOutcome &outcome) {
                        m_window->historyRecorder()->record(outcome, portal, group.profile,
                                                            QString(), outcome.keyName,
                                                            outcome.keyPostfix);
                    });
            connect(runner, &RetirementRunner::finished, this,
                    [this, runner, group, groups,
                     lines](bool ok, const QList<RetirementAction> &actions,
                            const RevokeOutcome &failure, const QString &planError) mutable {
                        runner->deleteLater();
                        if (!ok)
                            lines << tr("%1: not carried out: %2")
                                         .arg(groupName(group),
                                              planError.isEmpty() ? failure.sentence : planError);
                        else
                            lines << tr("%1: %2").arg(groupName(group), actionsSummary(actions)) +
                                         (planError.isEmpty() ? QString()
                                                              : QLatin1Char(' ') + planError);
                        runDueGroups(groups, lines);
                    });
            runner->runDue(QDateTime::currentDateTimeUtc(), group.profile);
        });
}

void LifecycleActions::showPlan()
{
    if (!m_planView) {
        m_planView = new RetirementPlanView(m_retirementPlan.get(), m_window);
        m_planView->setAttribute(Qt::WA_DeleteOnClose);
        connect(m_planView, &RetirementPlanView::runDueRequested, this, [this] {
            m_askedElsewhere = false; // asked for: ask again
            runDueEverywhere();
        });
    }
    m_planView->reload();
    m_planView->show();
    m_planView->raise();
}

void LifecycleActions::showAllPortals()
{
    if (!m_allPortalsView) {
        const AdminConnection admin = m_window->adminConnection();
        m_allPortalsView = new AllPortalsView(admin.network, m_profiles, m_secretStore, m_window);
        m_allPortalsView->setAttribute(Qt::WA_DeleteOnClose);
    }
    m_allPortalsView->show();
    m_allPortalsView->raise();
    m_allPortalsView->refresh();
}
