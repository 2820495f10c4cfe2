#include "tokenvisibility.h"

#include <QAction>
#include <QCoreApplication>
#include <QIcon>
#include <QLineEdit>

namespace {
void showState(QLineEdit *edit, QAction *toggle, bool shown)
{
    edit->setEchoMode(shown ? QLineEdit::Normal : QLineEdit::Password);
    toggle->setIcon(
        QIcon(shown ? QStringLiteral(":/icons/eye-off.svg") : QStringLiteral(":/icons/eye.svg")));
    toggle->setText(shown ? QCoreApplication::translate("TokenField", "Hide token")
                          : QCoreApplication::translate("TokenField", "Show token"));
    toggle->setToolTip(shown ? QCoreApplication::translate("TokenField", "Hide the access token")
                             : QCoreApplication::translate("TokenField", "Show the access token"));
}

QAction *toggleOf(QLineEdit *edit)
{
    return edit->findChild<QAction *>(QStringLiteral("showTokenButton"),
                                      Qt::FindDirectChildrenOnly);
}
} // namespace

void addTokenVisibilityToggle(QLineEdit *edit)
{
    auto *toggle = new QAction(edit);
    toggle->setObjectName(QStringLiteral("showTokenButton"));
    toggle->setCheckable(true);
    edit->addAction(toggle, QLineEdit::TrailingPosition);
    showState(edit, toggle, false);
    QObject::connect(toggle, &QAction::toggled, edit,
                     [edit, toggle](bool shown) { showState(edit, toggle, shown); });
}

void retranslateTokenVisibilityToggle(QLineEdit *edit)
{
    if (QAction *toggle = toggleOf(edit))
        showState(edit, toggle, toggle->isChecked());
}

void setTokenText(QLineEdit *edit, const QString &token)
{
    edit->setText(token);
    edit->setCursorPosition(0);
}
