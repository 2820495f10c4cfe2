#include "statuspanel.h"
#include "accessiblenames.h"

#include "statusdelegate.h"
#include "statusmodel.h"

#include <QAction>
#include <QApplication>
#include <QClipboard>
#include <QHBoxLayout>
#include <QKeyEvent>
#include <QListView>
#include <QMenu>
#include <QPainter>
#include <QPushButton>
#include <QVBoxLayout>

#include <algorithm>
#include <utility>

namespace {
// A list that says what will appear in it while it is empty.
class StatusListView : public QListView
{
public:
    using QListView::QListView;

protected:
    void paintEvent(QPaintEvent *event) override
    {
        QListView::paintEvent(event);
        if (model() && model()->rowCount() > 0)
            return;
        QPainter painter(viewport());
        QColor color = palette().color(QPalette::Text);
        color.setAlphaF(0.6f);
        painter.setPen(color);
        painter.drawText(viewport()->rect().adjusted(12, 12, -12, -12),
                         Qt::AlignCenter | Qt::TextWordWrap,
                         StatusPanel::tr("The result of each revocation appears here."));
    }
};
} // namespace

StatusPanel::StatusPanel(QWidget *parent)
    : QWidget(parent)
    , m_model(new StatusModel(this))
    , m_view(new StatusListView(this))
    , m_trustButton(new QPushButton(this))
    , m_copyButton(new QPushButton(this))
    , m_clearButton(new QPushButton(this))
{
    m_view->setObjectName(QStringLiteral("statusList"));
    m_view->setModel(m_model);
    m_view->setItemDelegate(new StatusDelegate(m_view));
    m_view->setSelectionMode(QAbstractItemView::ExtendedSelection);
    m_view->setResizeMode(QListView::Adjust);
    m_view->setUniformItemSizes(false);
    // Entries differ in height, so every insertion lays them all out again: in batches, a
    // session of thousands of outcomes never blocks the window for long.
    m_view->setLayoutMode(QListView::Batched);
    m_view->setBatchSize(100);
    m_view->setWordWrap(true);
    m_view->setVerticalScrollMode(QAbstractItemView::ScrollPerPixel);
    m_view->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    m_view->setContextMenuPolicy(Qt::CustomContextMenu);
    m_view->installEventFilter(this);

    m_trustButton->setObjectName(QStringLiteral("trustCertificateButton"));
    m_trustButton->setIcon(QIcon(QStringLiteral(":/icons/certificate.svg")));
    m_copyButton->setObjectName(QStringLiteral("copyButton"));
    m_clearButton->setObjectName(QStringLiteral("clearButton"));

    auto *buttons = new QHBoxLayout;
    m_buttonRow = buttons;
    buttons->addWidget(m_trustButton);
    buttons->addStretch(1);
    buttons->addWidget(m_copyButton);
    buttons->addWidget(m_clearButton);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(4);
    layout->addLayout(buttons);
    layout->addWidget(m_view, 1);
    setFocusProxy(m_view);

    connect(m_copyButton, &QPushButton::clicked, this, &StatusPanel::copyToClipboard);
    connect(m_clearButton, &QPushButton::clicked, this, &StatusPanel::clear);
    connect(m_trustButton, &QPushButton::clicked, this, &StatusPanel::requestTrustCertificate);
    connect(m_view, &QListView::clicked, this, &StatusPanel::toggleExpanded);
    connect(m_view, &QListView::customContextMenuRequested, this, &StatusPanel::showContextMenu);
    connect(m_model, &StatusModel::rowsInserted, this, &StatusPanel::updateButtons);
    connect(m_model, &StatusModel::modelReset, this, &StatusPanel::updateButtons);
    connect(m_model, &StatusModel::dataChanged, this, [this] {
        m_view->doItemsLayout();
        updateButtons();
    });
    connect(m_view->selectionModel(), &QItemSelectionModel::selectionChanged, this,
            &StatusPanel::updateButtons);
    retranslate();
}

void StatusPanel::retranslate()
{
    Accessible::setName(m_view, tr("Results"));
    Accessible::setDescription(
        m_view,
        tr("The result of each revocation, newest first. Press Space to show or hide details."));
    m_trustButton->setText(tr("Tr&ust this certificate…"));
    m_trustButton->setToolTip(
        tr("Trust the certificate of the selected certificate problem for this session"));
    m_copyButton->setText(tr("&Copy"));
    // No letter is left for it in the window; the list's context menu has Clear.
    m_clearButton->setText(tr("C&lear"));
    m_clearButton->setToolTip(tr("Remove all entries from the list"));
    updateButtons();
    // The hint painted while the list is empty.
    m_view->viewport()->update();
}

void StatusPanel::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QWidget::changeEvent(event);
}

void StatusPanel::addOutcome(const RevokeOutcome &outcome, const QString &portal)
{
    m_model->addOutcome(outcome, portal);
    m_view->scrollToTop();
}

void StatusPanel::addOutcomes(const QList<RevokeOutcome> &outcomes, const QString &portal)
{
    m_model->addOutcomes(outcomes, portal);
    m_view->scrollToTop();
}

void StatusPanel::adoptHeading(QWidget *heading)
{
    m_buttonRow->insertWidget(0, heading);
}

QList<QWidget *> StatusPanel::tabChain() const
{
    // Top to bottom: the buttons are drawn above the list.
    return {m_trustButton, m_copyButton, m_clearButton, m_view};
}

void StatusPanel::markCertificateTrusted(const QString &fingerprint)
{
    m_model->markCertificateTrusted(fingerprint);
}

QString StatusPanel::textToCopy() const
{
    QModelIndexList rows = m_view->selectionModel()->selectedRows();
    std::sort(rows.begin(), rows.end());
    if (rows.isEmpty()) {
        for (int row = 0; row < m_model->rowCount(); ++row)
            rows << m_model->index(row);
    }
    QStringList entries;
    for (const QModelIndex &index : std::as_const(rows))
        entries << index.data(StatusModel::PlainTextRole).toString();
    return entries.join(QStringLiteral("\n\n"));
}

void StatusPanel::copyToClipboard()
{
    const QString text = textToCopy();
    if (!text.isEmpty())
        QApplication::clipboard()->setText(text);
}

void StatusPanel::clear()
{
    m_model->clear();
}

void StatusPanel::requestTrustCertificate()
{
    const QModelIndex target = trustTarget();
    if (target.isValid())
        emit trustCertificateRequested(target.data(StatusModel::PortalRole).toString(),
                                       target.data(StatusModel::FingerprintRole).toString());
}

bool StatusPanel::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_view && event->type() == QEvent::KeyPress) {
        const auto *key = static_cast<QKeyEvent *>(event);
        const QModelIndex current = m_view->currentIndex();
        if (current.isValid()) {
            switch (key->key()) {
            case Qt::Key_Space:
            case Qt::Key_Return:
            case Qt::Key_Enter:
                if (key->modifiers() == Qt::NoModifier || key->modifiers() == Qt::KeypadModifier) {
                    toggleExpanded(current);
                    return true;
                }
                break;
            case Qt::Key_Right:
                m_model->setData(current, true, StatusModel::ExpandedRole);
                return true;
            case Qt::Key_Left:
                m_model->setData(current, false, StatusModel::ExpandedRole);
                return true;
            default:
                break;
            }
        }
        if (key->matches(QKeySequence::Copy)) {
            copyToClipboard();
            return true;
        }
    }
    return QWidget::eventFilter(watched, event);
}

void StatusPanel::toggleExpanded(const QModelIndex &index)
{
    if (index.isValid())
        m_model->setData(index, !index.data(StatusModel::ExpandedRole).toBool(),
                         StatusModel::ExpandedRole);
}

QModelIndex StatusPanel::trustTarget() const
{
    const QModelIndexList selected = m_view->selectionModel()->selectedRows();
    QModelIndex candidate;
    if (selected.size() == 1)
        candidate = selected.first();
    else if (selected.isEmpty() && m_model->rowCount() > 0)
        candidate = m_model->index(0);
    if (!candidate.isValid() || candidate.data(StatusModel::FingerprintRole).toString().isEmpty() ||
        candidate.data(StatusModel::CertificateTrustedRole).toBool())
        return {};
    return candidate;
}

void StatusPanel::updateButtons()
{
    const bool hasEntries = m_model->rowCount() > 0;
    const bool hasSelection = m_view->selectionModel()->hasSelection();
    m_copyButton->setToolTip(hasSelection ? tr("Copy the selected entries as plain text")
                                          : tr("Copy all entries as plain text"));
    m_copyButton->setEnabled(hasEntries);
    m_clearButton->setEnabled(hasEntries);
    m_trustButton->setVisible(trustTarget().isValid());
}

void StatusPanel::showContextMenu(const QPoint &position)
{
    QMenu menu(this);
    if (trustTarget().isValid()) {
        QAction *trust = menu.addAction(m_trustButton->icon(), m_trustButton->text());
        connect(trust, &QAction::triggered, this, &StatusPanel::requestTrustCertificate);
    }
    QAction *copy = menu.addAction(m_view->selectionModel()->hasSelection() ? tr("&Copy Selected")
                                                                            : tr("&Copy All"));
    copy->setEnabled(m_copyButton->isEnabled());
    connect(copy, &QAction::triggered, this, &StatusPanel::copyToClipboard);
    QAction *clearAll = menu.addAction(m_clearButton->text());
    clearAll->setEnabled(m_clearButton->isEnabled());
    connect(clearAll, &QAction::triggered, this, &StatusPanel::clear);
    menu.exec(m_view->viewport()->mapToGlobal(position));
}
