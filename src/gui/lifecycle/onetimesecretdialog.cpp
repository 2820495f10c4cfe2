#include "onetimesecretdialog.h"

#include "messagebox.h"
#include "secretclipboard.h"

#include <QDialogButtonBox>
#include <QFileDialog>
#include <QGridLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSaveFile>
#include <QVBoxLayout>

namespace {
QString g_nextSavePath;
}

void OneTimeSecretDialog::setNextSavePath(const QString &path)
{
    g_nextSavePath = path;
}

OneTimeSecretDialog::OneTimeSecretDialog(const QList<Secret> &secrets, SecretClipboard *clipboard,
                                         QWidget *parent)
    : QDialog(parent)
    , m_clipboard(clipboard)
{
    setObjectName(QStringLiteral("oneTimeSecretDialog"));
    setWindowTitle(tr("New Secret, Shown Once"));
    auto *layout = new QVBoxLayout(this);
    auto *warning = new QLabel(
        tr("<b>Copy the secret(s) now: they will not be shown again.</b> Neither the portal nor "
           "DocSpace Keys keeps them; once this window is closed, only whoever stored them has "
           "them. The clipboard is cleared of them when DocSpace Keys quits.",
           nullptr, int(secrets.size())),
        this);
    warning->setObjectName(QStringLiteral("notShownAgain"));
    warning->setWordWrap(true);
    warning->setTextFormat(Qt::RichText);
    layout->addWidget(warning);
    auto *grid = new QGridLayout;
    for (int i = 0; i < secrets.size(); ++i) {
        const Secret &s = secrets.at(i);
        auto *name = new QLabel(s.keyName, this);
        name->setTextFormat(Qt::PlainText); // key names may hold HTML: show it as text
        auto *field = new QLineEdit(s.secret, this);
        field->setObjectName(QStringLiteral("secret%1").arg(i));
        field->setReadOnly(true);
        field->setMinimumWidth(field->fontMetrics().horizontalAdvance(s.secret) + 16);
        auto *copy = new QPushButton(tr("&Copy"), this);
        copy->setObjectName(QStringLiteral("copySecret%1").arg(i));
        connect(copy, &QPushButton::clicked, this, [this, field, copy] {
            m_clipboard->copy(field->text());
            copy->setText(tr("Copied"));
        });
        grid->addWidget(name, i, 0);
        grid->addWidget(field, i, 1);
        grid->addWidget(copy, i, 2);
        m_fields << field;
        m_ids << s.keyId;
        m_names << s.keyName;
    }
    layout->addLayout(grid);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    auto *save = buttons->addButton(tr("&Save to File…"), QDialogButtonBox::ActionRole);
    save->setObjectName(QStringLiteral("saveSecrets"));
    connect(save, &QPushButton::clicked, this, [this] {
        QString path = g_nextSavePath;
        g_nextSavePath.clear();
        if (path.isEmpty())
            path = QFileDialog::getSaveFileName(this, tr("Save the New Secrets"), {},
                                                tr("Text files (*.txt)"));
        if (path.isEmpty())
            return;
        QString error;
        if (saveTo(path, &error))
            MessageBox::information(this, tr("Secrets Saved"),
                                    tr("Saved to %1, readable by you only. Move them into your "
                                       "secret manager and delete the file.")
                                        .arg(path));
        else
            MessageBox::warning(this, tr("Secrets Not Saved"), error);
    });
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    layout->addWidget(buttons);
}

OneTimeSecretDialog::~OneTimeSecretDialog()
{
    wipe();
}

bool OneTimeSecretDialog::saveTo(const QString &path, QString *error) const
{
    QByteArray text;
    for (int i = 0; i < m_fields.size(); ++i)
        text += m_ids.at(i).toUtf8() + ' ' + m_fields.at(i)->text().toUtf8() + ' ' +
                m_names.at(i).toUtf8() + '\n';
    QSaveFile file(path);
    const bool ok = file.open(QIODevice::WriteOnly) &&
                    file.setPermissions(QFileDevice::ReadOwner | QFileDevice::WriteOwner) &&
                    file.write(text) == text.size() && file.commit();
    text.fill('\0');
    if (!ok)
        *error = tr("Cannot write %1: %2.").arg(path, file.errorString());
    return ok;
}

void OneTimeSecretDialog::done(int result)
{
    wipe();
    QDialog::done(result);
}

void OneTimeSecretDialog::wipe()
{
    for (QLineEdit *field : std::as_const(m_fields)) {
        field->setText(QString(field->text().size(), QLatin1Char('\0')));
        field->clear();
    }
}
