#pragma once

#include "revokeoutcome.h"

#include <QWidget>

class QHBoxLayout;
class QListView;
class QModelIndex;
class QPushButton;
class StatusModel;

// The results of this session, newest first, with Copy and Clear. An entry expands (click,
// Space or Enter) to show the portal's message and technical detail. A certificate problem
// offers to trust that one certificate for the rest of the session.
class StatusPanel : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(StatusPanel)

public:
    explicit StatusPanel(QWidget *parent = nullptr);

    void addOutcome(const RevokeOutcome &outcome, const QString &portal);
    void addOutcomes(const QList<RevokeOutcome> &outcomes, const QString &portal);
    void markCertificateTrusted(const QString &fingerprint);
    // The window's heading for the results, on the row of Copy and Clear above the list: no
    // row of its own, and the buttons stay where they are however many entries arrive.
    void adoptHeading(QWidget *heading);
    // The list, then its buttons (drawn above it), for the window's Tab order.
    QList<QWidget *> tabChain() const;

    StatusModel *model() const { return m_model; }
    QListView *view() const { return m_view; }
    // The selected entries, or all of them when none is selected, as plain text.
    QString textToCopy() const;

public slots:
    void copyToClipboard();
    void clear();
    void requestTrustCertificate();

signals:
    void trustCertificateRequested(const QString &portal, const QString &fingerprint);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;
    void changeEvent(QEvent *event) override;

private:
    QHBoxLayout *m_buttonRow = nullptr;
    // Every text set in code: from the constructor and on QEvent::LanguageChange.
    void retranslate();
    void toggleExpanded(const QModelIndex &index);
    // The tls_error entry "Trust this certificate…" applies to: the selected one, or the
    // newest one when nothing is selected.
    QModelIndex trustTarget() const;
    void updateButtons();
    void showContextMenu(const QPoint &position);

    StatusModel *m_model;
    QListView *m_view;
    QPushButton *m_trustButton;
    QPushButton *m_copyButton;
    QPushButton *m_clearButton;
};
