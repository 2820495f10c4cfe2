#include "tokenvisibility.h"

#include <QAction>
#include <QCoreApplication>
#include <QIcon>
#include <QLineEdit>

void addTokenVisibilityToggle(QLineEdit *edit)
{
    auto *toggle = new QAction(edit);
    toggle->setObjectName(QStringLiteral("showTokenButton"));
    toggle->setCheckable(true);
    edit->addAction(toggle, QLineEdit::TrailingPosition);
    const auto update = [edit, toggle](bool shown) {
        edit->setEchoMode(shown ? QLineEdit::Normal : QLineEdit::Password);
        toggle->setIcon(QIcon(shown ? QStringLiteral(":/icons/eye-off.svg")
                                    : QStringLiteral(":/icons/eye.svg")));
        toggle->setText(shown ? QCoreApplication::translate("TokenField", "Hide token")
                              : QCoreApplication::translate("TokenField", "Show token"));
        toggle->setToolTip(
            shown ? QCoreApplication::translate("TokenField", "Hide the access token")
                  : QCoreApplication::translate("TokenField", "Show the access token"));
    };
    update(false);
    QObject::connect(toggle, &QAction::toggled, edit, update);
}
