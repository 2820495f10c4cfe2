#pragma once

#include "apikey.h"
#include "revokeoutcome.h"

#include <QObject>
#include <QPointer>
#include <QSet>
#include <QStringList>

struct AdminConnection;
struct KeyChangeRequest;
struct RetirementAction;

class AllPortalsView;
struct HistoryRecord;
class KeyFormDialog;
class KeyRotation;
class MainWindow;
class OneTimeSecretDialog;
class ProfileStore;
class QAction;
class QMenu;
class QNetworkAccessManager;
class RetirementPlan;
class RetirementPlanView;
class SecretClipboard;
class SecretStore;

// The rest of a key's life in the window (issue 16): a Keys menu with Create, Edit, Rotate and
// Retire for the selected keys of the key list, the retirement plan and the keys of every
// portal. Everything goes through the window's public parts (connection, key list, history),
// so the window itself only creates this.
class LifecycleActions : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(LifecycleActions)

public:
    LifecycleActions(MainWindow *window, ProfileStore *profiles, SecretStore *secrets,
                     const QString &planPath = {});
    ~LifecycleActions() override;

    QMenu *menu() const { return m_menu; }
    QAction *createAction() const { return m_create; }
    QAction *editAction() const { return m_edit; }
    QAction *rotateAction() const { return m_rotate; }
    QAction *retireAction() const { return m_retire; }
    QAction *planAction() const { return m_plan; }
    QAction *allPortalsAction() const { return m_allPortals; }
    SecretClipboard *clipboard() const { return m_clipboard; }
    RetirementPlan *plan() const { return m_retirementPlan.get(); }

    // Test seam: the next "retire after how many days" question answers this, unasked.
    static void setNextRetireDays(int days);

    // Open dialogs, for tests and screenshots.
    KeyFormDialog *formDialog() const;
    OneTimeSecretDialog *secretDialog() const;
    RetirementPlanView *planView() const;
    AllPortalsView *allPortalsView() const;

public slots:
    void createKey();
    void editSelectedKey();
    void rotateSelectedKeys();
    void retireSelectedKeys();
    void showPlan();
    void showAllPortals();
    // Carries out what is due on the window's current portal (also done once per portal and
    // session, as soon as the key list has loaded).
    void runDueRetirements();
    // The current portal's due entries, unasked; then, after one confirmation naming them,
    // those of every other portal the plan holds, each with its saved profile's token from the
    // keychain, one portal after the other; then says per portal what happened. Done once per
    // session when the key list first loads (the question for other portals asked once), and
    // by the plan view's "Carry Out Due Now".
    void runDueEverywhere();

signals:
    void keyCreated(const ApiKey &key);
    void rotationFinished(int revoked, int stillAlive);
    void retirementsRun();
    // After runDueEverywhere(): one line per portal it went to (or could not).
    void dueEverywhereFinished(const QStringList &perPortal);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    // Due entries of one portal that are not the window's current connection.
    struct DueGroup
    {
        QString portal;
        QString profile; // the saved profile whose token is used; empty: none fits
        int count = 0;
    };
    QList<DueGroup> dueElsewhere(const QDateTime &now) const;
    void runDueGroups(QList<DueGroup> groups, QStringList lines);
    static QString actionsSummary(const QList<RetirementAction> &actions);
    QString groupName(const DueGroup &group) const;
    void retranslate();
    void updateActions();
    void record(const RevokeOutcome &outcome, const ApiKey &key);
    void record(const HistoryRecord &record); // a creation or an edit
    void status(const QString &text);
    bool isOwnKey(const ApiKey &key) const;
    // The confirmation's request for changing these keys on the window's portal, the window's
    // own key among them marked.
    KeyChangeRequest changeRequest(KeyOperation operation, const QList<ApiKey> &keys) const;
    void askToRevokeOld(KeyRotation *rotation);
    void revokeOld(KeyRotation *rotation, const QList<ApiKey> &chosen);
    // Deactivates these keys now and plans their revocation after `days` (asked already).
    void retire(const AdminConnection &admin, const QList<ApiKey> &chosen, int days);

    MainWindow *m_window;
    ProfileStore *m_profiles;
    SecretStore *m_secretStore;
    SecretClipboard *m_clipboard;
    std::unique_ptr<RetirementPlan> m_retirementPlan;
    QMenu *m_menu;
    QAction *m_create;
    QAction *m_edit;
    QAction *m_rotate;
    QAction *m_retire;
    QAction *m_plan;
    QAction *m_allPortals;
    QPointer<KeyFormDialog> m_form;
    QPointer<OneTimeSecretDialog> m_secrets;
    QPointer<RetirementPlanView> m_planView;
    QPointer<AllPortalsView> m_allPortalsView;
    QSet<QString> m_dueRunFor;     // portals whose due retirements ran this session
    bool m_askedElsewhere = false; // other portals' due entries offered once this session
    bool m_dueRunning = false;
    QNetworkAccessManager *m_otherPortals = nullptr; // for other portals' due retirements
    bool m_busy = false;
};
