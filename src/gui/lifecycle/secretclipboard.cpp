#include "secretclipboard.h"

#include <QClipboard>
#include <QCoreApplication>
#include <QCryptographicHash>
#include <QGuiApplication>

namespace {
QByteArray digest(const QString &text)
{
    return QCryptographicHash::hash(text.trimmed().toUtf8(), QCryptographicHash::Sha256);
}
} // namespace

SecretClipboard::SecretClipboard(QObject *parent)
    : QObject(parent)
{
    connect(qApp, &QCoreApplication::aboutToQuit, this, &SecretClipboard::clearCopied);
}

SecretClipboard::~SecretClipboard()
{
    clearCopied();
}

void SecretClipboard::copy(const QString &secret)
{
    QClipboard *clipboard = QGuiApplication::clipboard();
    if (!clipboard)
        return;
    clipboard->setText(secret);
    const QByteArray d = digest(secret);
    if (!m_digests.contains(d))
        m_digests.append(d);
}

bool SecretClipboard::holdsCopiedSecret() const
{
    QClipboard *clipboard = QGuiApplication::clipboard();
    return clipboard && m_digests.contains(digest(clipboard->text()));
}

bool SecretClipboard::clearCopied()
{
    if (!holdsCopiedSecret())
        return false;
    QGuiApplication::clipboard()->clear();
    return true;
}

bool SecretClipboard::clearIfHolding(const QStringList &secrets)
{
    QClipboard *clipboard = QGuiApplication::clipboard();
    if (!clipboard)
        return false;
    const QString clipped = clipboard->text();
    for (const QString &secret : secrets) {
        if (!secret.isEmpty() && clipped.contains(secret)) {
            clipboard->clear();
            return true;
        }
    }
    return false;
}
