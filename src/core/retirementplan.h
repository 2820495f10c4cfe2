#pragma once

#include <QCoreApplication>

#include "apikey.h"
#include "connectionsettings.h"
#include "revokeoutcome.h"

#include <QDateTime>
#include <QJsonObject>
#include <QList>
#include <QObject>
#include <QString>

#include <functional>
#include <optional>

class FileLock;
class QNetworkAccessManager;

// One key retired in stages: deactivated at `deactivatedAt`, to be revoked from `revokeAfter` on
// unless it was reactivated meanwhile.
struct RetirementEntry
{
    Q_DECLARE_TR_FUNCTIONS(RetirementEntry)

public:
    enum class State
    {
        Pending,     // deactivated, waiting for revokeAfter
        Revoked,     // carried out
        Reactivated, // active again on the portal when due: left alone
        Gone,        // no longer on the portal when due (revoked by someone else)
        Cancelled,   // taken out of the plan by the user
    };

    QString portal;  // origin
    QString profile; // empty when the plan was made with --portal
    QString keyId;
    QString keyName;
    QString keyPostfix;
    QDateTime deactivatedAt; // UTC
    QDateTime revokeAfter;   // UTC
    State state = State::Pending;
    QString note;        // what the last run found, in words
    QDateTime updatedAt; // UTC

    bool isDueAt(const QDateTime &now) const
    {
        return state == State::Pending && revokeAfter <= now;
    }
    static QString stateName(State state); // "pending", "revoked", ... (stable, in the file)
    static bool parseStateName(const QString &name, State *state);
    QString stateText() const; // translated
    QJsonObject toJson() const;
    static std::optional<RetirementEntry> fromJson(const QJsonObject &object);
};

// The staged-retirement plan: a JSON file beside the history in the user's data folder, shared
// by the window and the command line. Every change is a read-modify-write under a lock (the
// history's discipline: a FileLock, which dies with its holder, 10 s to get it) and written whole
// with QSaveFile, so a crash leaves the old plan or the new one, never half of one. A file that
// cannot be read is never overwritten. Never holds a token or a secret.
class RetirementPlan
{
    Q_DECLARE_TR_FUNCTIONS(RetirementPlan)

public:
    explicit RetirementPlan(QString path = {}); // empty: defaultPath()
    static QString defaultPath();
    QString path() const { return m_path; }

    struct ReadResult
    {
        QList<RetirementEntry> entries;
        QString error; // the file exists but could not be read
    };
    ReadResult read() const;

    // Locked read, change, write. False with a sentence in *error.
    bool update(const std::function<void(QList<RetirementEntry> &)> &change, QString *error);

    // Adds entries (replacing a pending entry for the same portal and key).
    bool add(const QList<RetirementEntry> &entries, QString *error);

private:
    QString lockProblem(const FileLock &lock) const;
    ReadResult readUnlocked() const;
    QString m_path;
};

// What one run over the due entries of a portal did to one entry.
struct RetirementAction
{
    RetirementEntry entry;                // as it is now in the plan
    std::optional<RevokeOutcome> revoked; // when a revocation was tried
};

// Carries out the due entries of one portal: lists the keys once, leaves alone a key that is
// active again (the plan says so), marks gone a key that is no longer there, revokes the rest,
// and writes what happened into the plan. A failed revocation stays pending for the next run.
// `now` comes from outside so that tests do not wait days.
class RetirementRunner : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(RetirementRunner)

public:
    RetirementRunner(QNetworkAccessManager *network, const ConnectionSettings &settings,
                     RetirementPlan *plan, QObject *parent = nullptr);

    // Only entries of this portal (and, when not empty, this profile) are looked at.
    void runDue(const QDateTime &now, const QString &profile = {});

signals:
    void keyRevoked(const RevokeOutcome &outcome); // for the history, as each arrives
    // ok false: the list could not be read (nothing changed); the failure says why.
    void finished(bool ok, const QList<RetirementAction> &actions, const RevokeOutcome &failure,
                  const QString &planError);

private:
    QNetworkAccessManager *m_network;
    ConnectionSettings m_settings;
    RetirementPlan *m_plan;
};

namespace Retirement {
// The entry for a key just deactivated, to be revoked `days` days after `now`.
RetirementEntry plannedEntry(const QString &portal, const QString &profile, const QString &keyId,
                             const QString &keyName, const QString &keyPostfix,
                             const QDateTime &now, int days);
constexpr int MaxDays = 3650;
} // namespace Retirement
