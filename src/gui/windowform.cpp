#include "windowform.h"

#include "ui_mainwindow.h"

#include "docspaceclient.h"
#include "keysview.h"
#include "statuspanel.h"

#include <QAbstractButton>
#include <QIcon>
#include <QKeySequence>
#include <QLabel>
#include <QTabBar>

namespace WindowForm {

void arrangeFields(Ui::MainWindow *ui)
{
    ui->schemeCombo->setItemData(0, static_cast<int>(AuthScheme::Auto));
    ui->schemeCombo->setItemData(1, static_cast<int>(AuthScheme::ApiKey));
    ui->schemeCombo->setItemData(2, static_cast<int>(AuthScheme::SessionToken));

    ui->allowHttpCheck->setIcon(QIcon(QStringLiteral(":/icons/warning.svg")));
    ui->allowHttpCheck->setVisible(false);
    ui->busyIndicator->setVisible(false);
    // Showing and hiding the busy indicator must not shift the buttons next to it.
    QSizePolicy busyPolicy = ui->busyIndicator->sizePolicy();
    busyPolicy.setRetainSizeWhenHidden(true);
    ui->busyIndicator->setSizePolicy(busyPolicy);
    ui->cancelButton->setEnabled(false);
    ui->cancelButton->setShortcut(QKeySequence(Qt::Key_Escape));
    ui->revokeButton->setDefault(false);
    ui->actionQuit->setShortcut(QKeySequence::Quit);
    ui->profileModifiedBar->setVisible(false);
    // The profile selector lines up with the fields below it.
    int labelWidth = 0;
    for (QLabel *label : {ui->profileLabel, ui->portalLabel, ui->tokenLabel, ui->keyIdLabel})
        labelWidth = qMax(labelWidth, label->sizeHint().width());
    ui->profileLabel->setMinimumWidth(labelWidth);
    ui->portalLabel->setMinimumWidth(labelWidth);
}

void arrangeSpace(Ui::MainWindow *ui)
{
    // The key list gets the height a small screen has to spare; the results keep a few lines
    // (the splitter gives them more when dragged).
    ui->mainSplitter->setStretchFactor(0, 4);
    ui->mainSplitter->setStretchFactor(1, 1);
    ui->mainSplitter->setChildrenCollapsible(false);
    ui->statusPanel->setMinimumHeight(ui->statusPanel->fontMetrics().lineSpacing() * 5);
    {
        QSizePolicy policy = ui->statusPanel->sizePolicy();
        policy.setVerticalStretch(1);
        ui->statusPanel->setSizePolicy(policy);
    }
    ui->mainSplitter->setSizes({4000, ui->statusPanel->minimumHeight()});
    // Headings share a row with what they head: every line given to them is a key row less
    // at 1024x700.
    ui->keysView->adoptHeader(ui->keysLabel, ui->leakedSecretButton);
    delete ui->keysHeaderLayout;
    ui->keysHeaderLayout = nullptr;
    ui->statusPanel->adoptHeading(ui->resultsLabel);
}

QList<QWidget *> headChain(const Ui::MainWindow *ui)
{
    QList<QWidget *> chain;
    for (QWidget *bar :
         {static_cast<QWidget *>(ui->settingsWarning), static_cast<QWidget *>(ui->keychainWarning),
          static_cast<QWidget *>(ui->historyWarning)}) {
        for (QAbstractButton *button : bar->findChildren<QAbstractButton *>())
            chain << button;
    }
    chain << ui->profileCombo << ui->newProfileButton << ui->editProfileButton
          << ui->moreProfileButton << ui->saveProfileButton << ui->revertProfileButton
          << ui->mainTabs->tabBar();
    return chain;
}

QList<QWidget *> revokeTabChain(const Ui::MainWindow *ui)
{
    // The form, the keys (the table one stop), the buttons under them, the results: the rows
    // top to bottom, left to right.
    QList<QWidget *> chain;
    chain << ui->portalEdit << ui->allowHttpCheck << ui->tokenEdit << ui->schemeCombo
          << ui->testConnectionButton << ui->keyIdEdit << ui->revokeButton << ui->cancelButton;
    for (QAbstractButton *button : ui->connectionResult->findChildren<QAbstractButton *>())
        chain << button;
    chain += ui->keysView->tabChain(ui->leakedSecretButton);
    chain += ui->statusPanel->tabChain();
    return chain;
}

bool moveFocus(const QList<QWidget *> &chain, QWidget *focused, bool next)
{
    qsizetype at = -1;
    for (qsizetype i = 0; i < chain.size(); ++i) {
        if (chain.at(i) == focused || chain.at(i)->isAncestorOf(focused)) {
            at = i;
            break;
        }
    }
    if (at < 0)
        return false;
    for (qsizetype step = 1; step < chain.size(); ++step) {
        const qsizetype i = (at + (next ? step : -step) + chain.size()) % chain.size();
        QWidget *candidate = chain.at(i);
        if (candidate->isVisible() && candidate->isEnabled() &&
            (candidate->focusPolicy() & Qt::TabFocus)) {
            candidate->setFocus(next ? Qt::TabFocusReason : Qt::BacktabFocusReason);
            return true;
        }
    }
    return false;
}

} // namespace WindowForm
