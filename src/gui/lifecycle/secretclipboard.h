#pragma once

#include <QByteArray>
#include <QList>
#include <QObject>
#include <QStringList>

// Secrets put on the clipboard by this application, remembered only as SHA-256 digests (never
// in plain text), so that they can be cleared from the clipboard when the application quits.
// clearIfHolding() is also what the leaked-secret dialog does with a secret pasted from it.
class SecretClipboard : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SecretClipboard)

public:
    explicit SecretClipboard(QObject *parent = nullptr);
    // Clears the clipboard if it still holds a secret copied through here.
    ~SecretClipboard() override;

    void copy(const QString &secret);
    bool holdsCopiedSecret() const;
    // Clears the clipboard when its text contains one of `secrets`. True when it did.
    static bool clearIfHolding(const QStringList &secrets);
    // Clears the clipboard when it holds a secret copied through here. True when it did.
    bool clearCopied();

private:
    QList<QByteArray> m_digests;
};
