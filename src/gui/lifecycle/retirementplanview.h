#pragma once

#include <QDialog>

class QLabel;
class QPushButton;
class QTableWidget;
class RetirementPlan;

// The staged-retirement plan: every key deactivated for revocation, when it is due, and what
// became of it (revoked, left alone because it was reactivated, gone).
class RetirementPlanView : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(RetirementPlanView)

public:
    explicit RetirementPlanView(RetirementPlan *plan, QWidget *parent = nullptr);
    QTableWidget *table() const { return m_table; }

public slots:
    void reload();

signals:
    void runDueRequested();

private:
    void cancelSelected();

    RetirementPlan *m_plan;
    QTableWidget *m_table;
    QLabel *m_summary;
    QPushButton *m_cancel;
};
