#pragma once

#include <QCoreApplication>

#include "apikey.h"
#include "connectionsettings.h"
#include "keycreation.h"
#include "revokeoutcome.h"

#include <QList>
#include <QObject>
#include <QPointer>

#include <optional>

class KeyBatch;
class QNetworkAccessManager;

// One key being rotated: the old key, what its replacement is asked to be, and what happened.
struct RotationItem
{
    ApiKey old;
    KeyCreateRequest request;
    std::optional<KeyCreateResult> created; // set once its creation finished
    std::optional<RevokeOutcome> revoked;   // set once the old key's revocation finished

    bool replacementCreated() const { return created && created->ok; }
    bool oldKeyRevoked() const { return revoked && revoked->succeeded(); }
};

// Rotates keys in two steps: first every replacement is created (one after the other: POST has
// its own limit of 5 per 15 minutes), with the same name plus a suffix, the same permissions and
// the same lifetime; only when all were created, and after the caller confirmed, are the old
// keys revoked. A failed creation stops the rotation and nothing is revoked.
//
// "The same lifetime" is the old key's whole lifetime (expiresAt - createOn, in days, rounded up,
// within 1..365), not what is left of it: a replacement of a leaked 90-day key gets 90 days.
class KeyRotation : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(KeyRotation)

public:
    static QString suffix(); // " (rotated)"
    // The replacement's name: the old name without an earlier suffix, cut so that name and
    // suffix fit the portal's 30 characters.
    static QString replacementName(const QString &name);
    // The old key's whole lifetime in days; 0 when it never expires.
    static int lifetimeDays(const ApiKey &key);
    static KeyCreateRequest replacementFor(const ApiKey &key);

    KeyRotation(QNetworkAccessManager *network, const ConnectionSettings &settings,
                const QList<ApiKey> &keys, QObject *parent = nullptr);
    ~KeyRotation() override;

    const QList<RotationItem> &items() const { return m_items; }
    bool allCreated() const;
    // Old keys that still work: not revoked (yet, or because revoking failed).
    QList<ApiKey> stillAlive() const;

    void createReplacements();
    // Only after every replacement was created; otherwise finished() at once, nothing revoked.
    void revokeOldKeys();
    // The same for some of the old keys only (the confirmation may leave out the key the
    // caller signs in with); the others stay alive (stillAlive()).
    void revokeOldKeys(const QStringList &oldIds);
    void cancel();

signals:
    void replacementFinished(int index, const KeyCreateResult &result);
    // All replacements created, or the first failure stopped it (nothing revoked).
    void creationFinished(bool allCreated);
    void oldKeyFinished(int index, const RevokeOutcome &outcome);
    void finished();

private:
    void createNext();

    QNetworkAccessManager *m_network;
    ConnectionSettings m_settings;
    QList<RotationItem> m_items;
    int m_next = 0;
    QPointer<KeyCreateOperation> m_creating;
    KeyBatch *m_batch = nullptr;
    bool m_cancelled = false;
};
