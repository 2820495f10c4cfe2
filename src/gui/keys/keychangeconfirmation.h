#pragma once

#include "apikey.h"
#include "revokeoutcome.h"

#include <QCoreApplication>
#include <QList>
#include <QString>

#include <functional>

class QObject;
class QWidget;

// What is about to change: one operation on some keys of one portal.
struct KeyChangeRequest
{
    KeyOperation operation = KeyOperation::Revoke;
    QString portal;  // where the requests go
    QString profile; // the profile whose token is used; empty when none
    // Each key's id; its name, ending and owner when known (a key without a name is shown by id).
    QList<ApiKey> keys;
    QString ownKeyId; // the key the window signs in with, when known
    QString note;     // one more sentence for this caller (say, which token is used)
};

// The one confirmation of every key change the window makes (revoke, deactivate, reactivate;
// one key or many; from the key list, the Report, the leaked-secret dialog, a paste or the
// single-id form), as KeePassXC's GuiTools::confirmDeleteEntries serves every delete:
// - it names the portal, the operation and, for each key, its name, ending and owner;
// - above BatchConfirmDialog::TypeCountAbove keys the count must be typed;
// - the window's own key is marked and needs its own answer: include it, "Skip my key" (the
//   others go ahead) or Cancel (nothing at all);
// - Cancel is the default everywhere.
// Goes through MessageBox's test seam: with an answer queued nothing is shown, the text is
// MessageBox::lastText() and the typed count is MessageBox::setNextTypedText().
class KeyChangeConfirmation
{
    Q_DECLARE_TR_FUNCTIONS(KeyChangeConfirmation)

public:
    // `accepted` gets the keys to change (the own key left out after "Skip my key"); `rejected`
    // a sentence saying that nothing changed. Either is called once, possibly before ask()
    // returns; never after `context` is destroyed.
    using Accepted = std::function<void(const QList<ApiKey> &keys)>;
    using Rejected = std::function<void(const QString &sentence)>;
    static void ask(QWidget *parent, const KeyChangeRequest &request, QObject *context,
                    Accepted accepted, Rejected rejected = {});

    // "sk-***e3c2  CI pipeline (this token) — owner Alice Admin" (or the id, when not known).
    static QString keyLine(const ApiKey &key, const QString &ownKeyId);
    // "Nothing was revoked." and the like.
    static QString nothingChanged(KeyOperation operation);
    // "“CI pipeline” (…e3c2)", or the id when the name is not known.
    static QString keyName(const ApiKey &key);
    // Names for a sentence of any count: all of them up to three ("a, b and c"), else the first
    // three "and 2 more".
    static QString inBrief(const QStringList &names);

private:
    static void askOwnKey(QWidget *parent, const KeyChangeRequest &request,
                          const QList<ApiKey> &keys, const Accepted &accepted,
                          const Rejected &rejected);
};
