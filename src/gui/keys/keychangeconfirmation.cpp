#include "keychangeconfirmation.h"

#include "keydialogs.h"
#include "messagebox.h"

#include <QLocale>
#include <QPointer>
#include <QWidget>

namespace {
bool isOwn(const ApiKey &key, const QString &ownKeyId)
{
    return !ownKeyId.isEmpty() && key.id.compare(ownKeyId, Qt::CaseInsensitive) == 0;
}

QString where(const KeyChangeRequest &request)
{
    return request.profile.isEmpty()
               ? KeyChangeConfirmation::tr("On %1.").arg(request.portal)
               : KeyChangeConfirmation::tr("On %1, with the token of profile “%2”.")
                     .arg(request.portal, request.profile);
}
} // namespace

QString KeyChangeConfirmation::keyLine(const ApiKey &key, const QString &ownKeyId)
{
    if (key.name.isEmpty() && key.keyPostfix.isEmpty())
        return tr("%1 (not in the list shown)").arg(key.id);
    QString line = QStringLiteral("%1  %2").arg(key.maskedKey(), key.name);
    if (isOwn(key, ownKeyId))
        line += QLatin1Char(' ') + tr("(this token)");
    if (!key.createdByName.isEmpty())
        line += QStringLiteral(" — ") + tr("owner %1").arg(key.createdByName);
    return line;
}

QString KeyChangeConfirmation::keyName(const ApiKey &key)
{
    if (key.name.isEmpty())
        return key.id;
    return key.keyPostfix.isEmpty() ? tr("“%1”").arg(key.name)
                                    : tr("“%1” (…%2)").arg(key.name, key.keyPostfix);
}

QString KeyChangeConfirmation::inBrief(const QStringList &names)
{
    constexpr int shownAtMost = 3;
    if (names.size() <= shownAtMost)
        return QLocale().createSeparatedList(names);
    return tr("%1 and %n more", "the first names of a list, then how many others",
              int(names.size()) - shownAtMost)
        .arg(names.mid(0, shownAtMost).join(QStringLiteral(", ")));
}

QString KeyChangeConfirmation::nothingChanged(KeyOperation operation)
{
    switch (operation) {
    case KeyOperation::Revoke:
        return tr("Nothing was revoked.");
    case KeyOperation::Deactivate:
        return tr("Nothing was deactivated.");
    case KeyOperation::Activate:
        return tr("Nothing was reactivated.");
    case KeyOperation::Create:
    case KeyOperation::Edit:
        break; // asked for elsewhere
    }
    return {};
}

void KeyChangeConfirmation::ask(QWidget *parent, const KeyChangeRequest &request, QObject *context,
                                Accepted accepted, Rejected rejected)
{
    const QPointer<QObject> guard(context);
    const Accepted accept = [guard, accepted](const QList<ApiKey> &keys) {
        if (guard && accepted)
            accepted(keys);
    };
    const Rejected reject = [guard, rejected, operation = request.operation](const QString &s) {
        if (guard && rejected)
            rejected(s.isEmpty() ? nothingChanged(operation) : s);
    };
    if (request.keys.isEmpty()) {
        reject(QString());
        return;
    }

    const int count = int(request.keys.size());
    QStringList names;
    for (const ApiKey &key : request.keys)
        names << keyName(key);
    const QString named = inBrief(names);
    QString title;
    QString question;
    QString consequence;
    QString acceptText;
    switch (request.operation) {
    case KeyOperation::Revoke:
        title = tr("Revoke API Keys");
        question = tr("Revoke %n API key(s): %1?", nullptr, count).arg(named);
        consequence =
            tr("Revoked keys stop working at once; this cannot be undone. Any script or "
               "integration using them will fail. Deactivate them instead to be able to bring "
               "them back.");
        acceptText = tr("&Revoke %n Key(s)", nullptr, count);
        break;
    case KeyOperation::Deactivate:
        title = tr("Deactivate API Keys");
        question = tr("Deactivate %n API key(s): %1?", nullptr, count).arg(named);
        consequence = tr("Anything using these keys stops working until they are reactivated.");
        acceptText = tr("&Deactivate %n Key(s)", nullptr, count);
        break;
    case KeyOperation::Activate:
        title = tr("Reactivate API Keys");
        question = tr("Reactivate %n API key(s): %1?", nullptr, count).arg(named);
        consequence = tr("These keys work again at once: whoever holds their secret can use the "
                         "portal with them again.");
        acceptText = tr("Re&activate %n Key(s)", nullptr, count);
        break;
    case KeyOperation::Create:
    case KeyOperation::Edit:
        break; // asked for elsewhere
    }
    question += QLatin1Char('\n') + where(request);
    if (!request.note.isEmpty())
        consequence += QLatin1Char(' ') + request.note;

    QStringList lines;
    lines.reserve(count);
    for (const ApiKey &key : request.keys)
        lines << keyLine(key, request.ownKeyId);

    const auto afterFirst = [parent, request, accept, reject]() {
        askOwnKey(parent, request, request.keys, accept, reject);
    };

    QMessageBox::StandardButton answer = QMessageBox::NoButton;
    QString typed;
    if (MessageBox::takeSeamAnswer(question + QLatin1Char('\n') + consequence + QLatin1Char('\n') +
                                       lines.join(QLatin1Char('\n')),
                                   &answer, &typed)) {
        const bool countTyped = count <= BatchConfirmDialog::TypeCountAbove ||
                                typed.trimmed() == QString::number(count);
        if ((answer == QMessageBox::Ok || answer == QMessageBox::Yes) && countTyped)
            afterFirst();
        else
            reject(QString());
        return;
    }

    auto *dialog = new BatchConfirmDialog(title, question, consequence, lines, acceptText, parent);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    QObject::connect(dialog, &QDialog::accepted, dialog, afterFirst);
    QObject::connect(dialog, &QDialog::rejected, dialog, [reject] { reject(QString()); });
    dialog->open();
}

void KeyChangeConfirmation::askOwnKey(QWidget *parent, const KeyChangeRequest &request,
                                      const QList<ApiKey> &keys, const Accepted &accepted,
                                      const Rejected &rejected)
{
    // Reactivating cannot cut the window off: a deactivated own key signs nothing in anyway.
    QList<ApiKey> others;
    ApiKey own;
    bool hasOwn = false;
    for (const ApiKey &key : keys) {
        if (isOwn(key, request.ownKeyId)) {
            own = key;
            hasOwn = true;
        } else {
            others << key;
        }
    }
    if (!hasOwn || request.operation == KeyOperation::Activate) {
        accepted(keys);
        return;
    }
    const bool revoke = request.operation == KeyOperation::Revoke;
    const QMessageBox::StandardButton answer = MessageBox::askIncludeSkipCancel(
        parent,
        revoke ? tr("Revoke the Key of This Window?") : tr("Deactivate the Key of This Window?"),
        tr("%1 is the token DocSpace Keys is signed in with on %2.")
            .arg(keyName(own), request.portal),
        revoke ? tr("After it is revoked, DocSpace Keys loses access to the portal: it can no "
                    "longer list or revoke keys until you enter another token. Revocation "
                    "cannot be undone.")
               : tr("While it is deactivated, DocSpace Keys loses access to the portal: it "
                    "cannot list, revoke or even reactivate keys until you enter another "
                    "token."),
        revoke ? tr("Revoke It &Too") : tr("Deactivate It &Too"), tr("&Skip My Key"));
    if (answer == QMessageBox::Yes) {
        accepted(keys);
    } else if (answer == QMessageBox::No) {
        if (others.isEmpty())
            rejected(QString());
        else
            accepted(others);
    } else {
        rejected(QString());
    }
}
