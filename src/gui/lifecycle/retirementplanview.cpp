#include "retirementplanview.h"

#include "localdates.h"
#include "messagebox.h"
#include "retirementplan.h"

#include <QDialogButtonBox>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QTableWidget>
#include <QVBoxLayout>

RetirementPlanView::RetirementPlanView(RetirementPlan *plan, QWidget *parent)
    : QDialog(parent)
    , m_plan(plan)
{
    setObjectName(QStringLiteral("retirementPlanView"));
    setWindowTitle(tr("Retirement Plan"));
    resize(900, 360);
    auto *layout = new QVBoxLayout(this);
    m_summary = new QLabel(this);
    m_summary->setWordWrap(true);
    layout->addWidget(m_summary);
    m_table = new QTableWidget(this);
    m_table->setObjectName(QStringLiteral("planTable"));
    m_table->setColumnCount(6);
    m_table->setHorizontalHeaderLabels(
        {tr("Key"), tr("Portal"), tr("Deactivated"), tr("Revoke after"), tr("State"), tr("Note")});
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->horizontalHeader()->setStretchLastSection(true);
    // The note takes the room left and wraps onto as many lines as it needs.
    m_table->horizontalHeader()->setSectionResizeMode(5, QHeaderView::Stretch);
    m_table->setWordWrap(true);
    connect(m_table->horizontalHeader(), &QHeaderView::sectionResized, m_table,
            &QTableWidget::resizeRowsToContents);
    m_table->verticalHeader()->hide();
    layout->addWidget(m_table);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    auto *run = buttons->addButton(tr("Carry Out &Due Now"), QDialogButtonBox::ActionRole);
    run->setObjectName(QStringLiteral("runDue"));
    m_cancel = buttons->addButton(tr("&Take Out of Plan"), QDialogButtonBox::ActionRole);
    connect(run, &QPushButton::clicked, this, &RetirementPlanView::runDueRequested);
    connect(m_cancel, &QPushButton::clicked, this, &RetirementPlanView::cancelSelected);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    layout->addWidget(buttons);
}

void RetirementPlanView::reload()
{
    const RetirementPlan::ReadResult read = m_plan->read();
    m_table->setRowCount(0);
    int pending = 0;
    const QDateTime now = QDateTime::currentDateTimeUtc();
    for (const RetirementEntry &entry : read.entries) {
        const int row = m_table->rowCount();
        m_table->insertRow(row);
        const QString key = entry.keyName.isEmpty()
                                ? entry.keyId
                                : QStringLiteral("%1 (…%2)").arg(entry.keyName, entry.keyPostfix);
        const auto cell = [this, row](int column, const QString &text) {
            auto *item = new QTableWidgetItem(text);
            m_table->setItem(row, column, item);
            return item;
        };
        cell(0, key)->setData(Qt::UserRole, entry.keyId);
        m_table->item(row, 0)->setData(Qt::UserRole + 1, entry.portal);
        m_table->item(row, 0)->setToolTip(entry.keyId);
        cell(1, entry.portal);
        // As the History writes times.
        cell(2, LocalDates::dayAndTime(entry.deactivatedAt));
        cell(3, LocalDates::dayAndTime(entry.revokeAfter));
        QString state = entry.stateText();
        if (entry.isDueAt(now))
            state = tr("Due now");
        cell(4, state);
        cell(5, entry.note);
        pending += entry.state == RetirementEntry::State::Pending;
    }
    for (int column = 0; column < 5; ++column)
        m_table->resizeColumnToContents(column);
    m_table->resizeRowsToContents();
    m_summary->setText(
        !read.error.isEmpty()
            ? read.error
            : tr("%n key(s) waiting to be revoked. Due keys are revoked when DocSpace Keys lists "
                 "their portal's keys (those of the other saved profiles' portals after one "
                 "question), on Carry Out Due Now, or when 'docspace-keys-cli retire --due' runs "
                 "(see the README for a daily timer). A key reactivated meanwhile is left alone.",
                 nullptr, pending));
}

void RetirementPlanView::cancelSelected()
{
    QList<QPair<QString, QString>> chosen;
    for (const QModelIndex &index : m_table->selectionModel()->selectedRows()) {
        const QTableWidgetItem *item = m_table->item(index.row(), 0);
        chosen.append(
            {item->data(Qt::UserRole).toString(), item->data(Qt::UserRole + 1).toString()});
    }
    if (chosen.isEmpty())
        return;
    QString error;
    const QDateTime now = QDateTime::currentDateTimeUtc();
    if (!m_plan->update(
            [&](QList<RetirementEntry> &entries) {
                for (RetirementEntry &entry : entries) {
                    if (entry.state == RetirementEntry::State::Pending &&
                        chosen.contains({entry.keyId, entry.portal})) {
                        entry.state = RetirementEntry::State::Cancelled;
                        entry.note = RetirementEntry::tr(
                            "Taken out of the plan; the key stays deactivated.");
                        entry.updatedAt = now;
                    }
                }
            },
            &error))
        MessageBox::warning(this, tr("Plan Not Changed"), error);
    reload();
}
