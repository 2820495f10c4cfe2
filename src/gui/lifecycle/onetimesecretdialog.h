#pragma once

#include <QDialog>
#include <QList>

class QLineEdit;
class QPushButton;
class SecretClipboard;

// Shows new secrets once: each with Copy, all of them savable to a file readable by the user
// only, and a plain statement that they will not be shown again. The secrets live only in this
// dialog's fields and are wiped when it closes; DocSpace Keys writes them nowhere.
class OneTimeSecretDialog : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(OneTimeSecretDialog)

public:
    struct Secret
    {
        QString keyId;
        QString keyName;
        QString secret;
    };
    OneTimeSecretDialog(const QList<Secret> &secrets, SecretClipboard *clipboard,
                        QWidget *parent = nullptr);
    ~OneTimeSecretDialog() override;

    // Test seam for "Save to File…": the path instead of a file chooser.
    static void setNextSavePath(const QString &path);
    // Writes "id name secret" lines with owner-only permissions. False with *error.
    bool saveTo(const QString &path, QString *error) const;

    void done(int result) override;

private:
    void wipe();

    QList<QLineEdit *> m_fields;
    QList<QString> m_ids;
    QList<QString> m_names;
    SecretClipboard *m_clipboard;
};
