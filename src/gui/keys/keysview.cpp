#include "keysview.h"
#include "accessiblenames.h"

#include <QCoreApplication>

#include "apicall.h"
#include "batchrunner.h"
#include "connectiontest.h"
#include "docspaceclient.h"
#include "historyrecorder.h"
#include "identitylookup.h"
#include "keychangeconfirmation.h"
#include "keydialogs.h"
#include "keylistmodel.h"
#include "messagebox.h"
#include "outcomeclassifier.h"
#include "outcomestyle.h"
#include "statuspanel.h"

#include <QAction>
#include <QApplication>
#include <QClipboard>
#include <QCryptographicHash>
#include <QDateTime>
#include <QEvent>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QLabel>
#include <QLineEdit>
#include <QMenu>
#include <QProgressBar>
#include <QPushButton>
#include <QShortcut>
#include <QSpinBox>
#include <QTableView>
#include <QToolButton>
#include <QVBoxLayout>

#if defined(__GLIBC__)
#include <malloc.h>
#endif

namespace {
QToolButton *filterButton(const char *objectName, QWidget *parent)
{
    auto *button = new QToolButton(parent);
    button->setObjectName(QLatin1String(objectName));
    button->setCheckable(true);
    button->setToolButtonStyle(Qt::ToolButtonTextOnly);
    return button;
}
} // namespace

KeysView::KeysView(QWidget *parent)
    : QWidget(parent)
    , m_model(new KeyListModel(this))
    , m_proxy(new KeyFilterProxyModel(this))
{
    m_proxy->setKeyModel(m_model);
    buildUi();
    retranslate();
    updateCount();
    updateActions();
}

KeysView::~KeysView()
{
    // Whatever still answers must not reach a half-destroyed view.
    if (m_listOperation)
        m_listOperation->disconnect(this);
    if (m_identity)
        m_identity->disconnect(this);
    cancelAll();
}

void KeysView::buildUi()
{
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(4);

    // Filters: text, then the quick filters, then the count and Refresh.
    auto *filters = new QHBoxLayout;
    m_filterRow = filters;
    filters->setSpacing(6);
    m_filterEdit = new QLineEdit(this);
    m_filterEdit->setObjectName(QStringLiteral("keyFilterEdit"));
    m_filterEdit->setClearButtonEnabled(true);
    m_filterEdit->setMinimumWidth(m_filterEdit->fontMetrics().averageCharWidth() * 24);
    filters->addWidget(m_filterEdit, 1);
    m_filterExpired = filterButton("filterExpired", this);
    m_filterDeactivated = filterButton("filterDeactivated", this);
    m_filterNeverUsed = filterButton("filterNeverUsed", this);
    m_filterUnused = filterButton("filterUnused", this);
    m_unusedDays = new QSpinBox(this);
    m_unusedDays->setObjectName(QStringLiteral("unusedDaysSpin"));
    m_unusedDays->setRange(1, 3650);
    m_unusedDays->setValue(90);
    m_filterMine = filterButton("filterMine", this);
    for (QWidget *widget :
         {static_cast<QWidget *>(m_filterExpired), static_cast<QWidget *>(m_filterDeactivated),
          static_cast<QWidget *>(m_filterNeverUsed), static_cast<QWidget *>(m_filterUnused),
          static_cast<QWidget *>(m_unusedDays), static_cast<QWidget *>(m_filterMine)})
        filters->addWidget(widget);
    layout->addLayout(filters);

    auto *status = new QHBoxLayout;
    m_portalLabel = new QLabel(this);
    m_portalLabel->setObjectName(QStringLiteral("keysPortalLabel"));
    m_portalLabel->setTextFormat(Qt::PlainText);
    QFont portalFont = m_portalLabel->font();
    portalFont.setBold(true);
    m_portalLabel->setFont(portalFont);
    status->addWidget(m_portalLabel);
    m_countLabel = new QLabel(this);
    m_countLabel->setObjectName(QStringLiteral("keyCountLabel"));
    m_countLabel->setTextFormat(Qt::PlainText);
    status->addWidget(m_countLabel);
    m_problemLabel = new QLabel(this);
    m_problemLabel->setObjectName(QStringLiteral("keysProblem"));
    m_problemLabel->setTextFormat(Qt::PlainText);
    m_problemLabel->setWordWrap(true);
    m_problemLabel->setVisible(false);
    status->addWidget(m_problemLabel, 1);
    status->addStretch(0);
    m_refreshButton = new QPushButton(this);
    m_refreshButton->setObjectName(QStringLiteral("refreshKeysButton"));
    status->addWidget(m_refreshButton);
    layout->addLayout(status);

    m_table = new QTableView(this);
    m_columns = KeyColumnSizer(m_table, m_model);
    m_table->setObjectName(QStringLiteral("keyTable"));
    m_table->setModel(m_proxy);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::ExtendedSelection);
    m_table->setAlternatingRowColors(true);
    // One Tab stop: arrows move inside the table, Tab goes on to the buttons below.
    m_table->setTabKeyNavigation(false);
    m_table->setWordWrap(false);
    m_table->setTextElideMode(Qt::ElideRight);
    m_table->setContextMenuPolicy(Qt::CustomContextMenu);
    m_table->setHorizontalScrollMode(QAbstractItemView::ScrollPerPixel);
    // Fixed row heights and no row header: nothing is measured per row, so 10,000 keys show
    // as fast as 10.
    m_table->verticalHeader()->setVisible(false);
    m_table->verticalHeader()->setSectionResizeMode(QHeaderView::Fixed);
    m_table->verticalHeader()->setDefaultSectionSize(m_table->fontMetrics().height() + 6);
    QHeaderView *header = m_table->horizontalHeader();
    header->setSectionResizeMode(QHeaderView::Interactive);
    header->setStretchLastSection(true);
    header->setHighlightSections(false);
    m_table->setSortingEnabled(true);
    m_table->sortByColumn(KeyListModel::CreatedColumn, Qt::DescendingOrder);
    m_columns.measure();
    m_table->viewport()->installEventFilter(this);
    layout->addWidget(m_table, 1);

    auto *actions = new QHBoxLayout;
    m_actionRow = actions;
    actions->setSpacing(6);
    m_revokeButton = new QPushButton(this);
    m_revokeButton->setObjectName(QStringLiteral("revokeSelectedButton"));
    m_deactivateButton = new QPushButton(this);
    m_deactivateButton->setObjectName(QStringLiteral("deactivateButton"));
    m_reactivateButton = new QPushButton(this);
    m_reactivateButton->setObjectName(QStringLiteral("reactivateButton"));
    m_pasteButton = new QPushButton(this);
    m_pasteButton->setObjectName(QStringLiteral("revokeByPasteButton"));
    m_runner = new BatchRunner(QStringLiteral("batch"), this);
    connect(m_runner, &BatchRunner::keyFinished, this, &KeysView::onBatchKeyFinished);
    connect(m_runner, &BatchRunner::outcomesReady, this,
            [this](const QList<RevokeOutcome> &outcomes, const QString &portal) {
                if (m_statusPanel)
                    m_statusPanel->addOutcomes(outcomes, portal);
            });
    connect(m_runner, &BatchRunner::finished, this, &KeysView::onBatchFinished);
    for (QPushButton *button :
         {m_revokeButton, m_deactivateButton, m_reactivateButton, m_pasteButton})
        actions->addWidget(button);
    actions->addSpacing(12);
    actions->addWidget(m_runner, 1);
    layout->addLayout(actions);

    m_summaryLabel = new QLabel(this);
    m_summaryLabel->setObjectName(QStringLiteral("batchSummary"));
    m_summaryLabel->setTextFormat(Qt::PlainText);
    m_summaryLabel->setWordWrap(true);
    m_summaryLabel->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_summaryLabel->setVisible(false);
    layout->addWidget(m_summaryLabel);

    auto *copyAction = new QAction(m_table);
    m_copyAction = copyAction;
    copyAction->setObjectName(QStringLiteral("actionCopyKeyId"));
    copyAction->setShortcut(QKeySequence::Copy);
    copyAction->setShortcutContext(Qt::WidgetShortcut);
    m_table->addAction(copyAction);
    auto *revokeAction = new QAction(m_table);
    m_revokeAction = revokeAction;
    revokeAction->setShortcut(QKeySequence::Delete);
    revokeAction->setShortcutContext(Qt::WidgetShortcut);
    m_table->addAction(revokeAction);
    auto *deactivateAction = new QAction(m_table);
    m_deactivateAction = deactivateAction;
    auto *reactivateAction = new QAction(m_table);
    m_reactivateAction = reactivateAction;
    m_contextMenu = new QMenu(this);
    m_contextMenu->setObjectName(QStringLiteral("keyContextMenu"));
    m_contextMenu->addAction(copyAction);
    m_contextMenu->addSeparator();
    m_contextMenu->addAction(revokeAction);
    m_contextMenu->addAction(deactivateAction);
    m_contextMenu->addAction(reactivateAction);

    auto *refreshShortcut = new QShortcut(QKeySequence::Refresh, this);
    refreshShortcut->setContext(Qt::WindowShortcut);
    if (QKeySequence(QKeySequence::Refresh) != QKeySequence(Qt::Key_F5)) {
        auto *f5 = new QShortcut(QKeySequence(Qt::Key_F5), this);
        connect(f5, &QShortcut::activated, this, &KeysView::refresh);
    }

    connect(refreshShortcut, &QShortcut::activated, this, &KeysView::refresh);
    connect(m_refreshButton, &QPushButton::clicked, this, &KeysView::refresh);
    connect(m_filterEdit, &QLineEdit::textChanged, this, &KeysView::applyFilter);
    for (QToolButton *button :
         {m_filterExpired, m_filterDeactivated, m_filterNeverUsed, m_filterUnused, m_filterMine})
        connect(button, &QToolButton::toggled, this, &KeysView::applyFilter);
    connect(m_unusedDays, &QSpinBox::valueChanged, this, [this] {
        if (m_filterUnused->isChecked())
            applyFilter();
    });
    connect(m_revokeButton, &QPushButton::clicked, this, &KeysView::revokeSelected);
    connect(m_deactivateButton, &QPushButton::clicked, this, &KeysView::deactivateSelected);
    connect(m_reactivateButton, &QPushButton::clicked, this, &KeysView::reactivateSelected);
    connect(m_pasteButton, &QPushButton::clicked, this, &KeysView::revokeByPaste);
    connect(m_runner->cancelButton(), &QPushButton::clicked, this, [this] {
        emit message(tr("Cancelling: requests already sent finish, nothing more is sent."), 5000);
    });
    connect(copyAction, &QAction::triggered, this, &KeysView::copySelectedIds);
    connect(revokeAction, &QAction::triggered, this, &KeysView::revokeSelected);
    connect(deactivateAction, &QAction::triggered, this, &KeysView::deactivateSelected);
    connect(reactivateAction, &QAction::triggered, this, &KeysView::reactivateSelected);
    connect(m_table, &QWidget::customContextMenuRequested, this, &KeysView::showContextMenu);
    connect(m_table->selectionModel(), &QItemSelectionModel::selectionChanged, this,
            &KeysView::updateActions);
    connect(m_proxy, &QAbstractItemModel::modelReset, this, &KeysView::updateCount);
    // What the expiry column needs depends on the keys listed.
    connect(m_proxy, &QAbstractItemModel::modelReset, this, [this] { m_columns.fit(); });
    connect(m_proxy, &QAbstractItemModel::layoutChanged, this, &KeysView::updateCount);
    connect(m_proxy, &QAbstractItemModel::rowsInserted, this, &KeysView::updateCount);
    connect(m_proxy, &QAbstractItemModel::rowsRemoved, this, &KeysView::updateCount);
}

bool KeysView::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_table->viewport() && event->type() == QEvent::Resize)
        m_columns.fit();
    return QWidget::eventFilter(watched, event);
}

void KeysView::adoptHeader(QWidget *heading, QWidget *extra)
{
    if (heading)
        m_filterRow->insertWidget(0, heading);
    if (extra)
        m_actionRow->insertWidget(m_actionRow->indexOf(m_pasteButton) + 1, extra);
}

QList<QWidget *> KeysView::tabChain(QWidget *extra) const
{
    QList<QWidget *> chain{m_filterEdit,   m_filterExpired, m_filterDeactivated, m_filterNeverUsed,
                           m_filterUnused, m_unusedDays,    m_filterMine,        m_refreshButton,
                           m_table,        m_revokeButton,  m_deactivateButton,  m_reactivateButton,
                           m_pasteButton};
    if (extra)
        chain << extra;
    chain << m_runner->cancelButton();
    return chain;
}

void KeysView::retranslate()
{
    m_filterEdit->setPlaceholderText(tr("Filter by name, creator, ending or id"));
    Accessible::setName(m_filterEdit, tr("Filter keys"));
    m_filterExpired->setText(tr("Expired"));
    m_filterExpired->setToolTip(tr("Only keys past their expiry date"));
    m_filterDeactivated->setText(tr("Deactivated"));
    m_filterDeactivated->setToolTip(tr("Only deactivated keys"));
    m_filterNeverUsed->setText(tr("Never used"));
    m_filterNeverUsed->setToolTip(tr("Only keys never used"));
    m_filterUnused->setText(tr("Unused for"));
    m_filterUnused->setToolTip(KeyUsage::unusedRule());
    m_unusedDays->setSuffix(tr(" days"));
    Accessible::setName(m_unusedDays, tr("Days unused"));
    m_filterMine->setText(tr("Created by me"));
    m_refreshButton->setText(tr("&Refresh"));
    m_refreshButton->setToolTip(tr("Read the portal's keys again (F5); nothing is changed"));
    Accessible::setName(m_table, tr("API keys"));
    m_revokeButton->setText(tr("Re&voke Selected…"));
    m_revokeButton->setToolTip(tr("Revoke the selected keys after a confirmation (Delete)"));
    m_deactivateButton->setText(tr("Deact&ivate"));
    m_deactivateButton->setToolTip(
        tr("Stop the selected keys from working, reversibly: Reactivate brings them back"));
    m_reactivateButton->setText(tr("Re&activate"));
    m_reactivateButton->setToolTip(tr("Let the selected deactivated keys work again"));
    m_pasteButton->setText(tr("Revoke &by Paste…"));
    m_pasteButton->setToolTip(tr("Paste a list of key ids (or a CSV export) and revoke them"));
    m_copyAction->setText(tr("&Copy Id"));
    m_revokeAction->setText(tr("Re&voke…"));
    m_deactivateAction->setText(tr("&Deactivate"));
    m_reactivateAction->setText(tr("Reactiv&ate"));
    // Column titles and states come from the model, in the language of the moment.
    m_model->retranslate();
    m_columns.measure();
    if (isLoading())
        m_countLabel->setText(tr("Loading keys from %1…").arg(m_portal));
    updateCount();
    updatePortalLabel();
    updateActions();
}

void KeysView::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    if (event->type() == QEvent::FontChange) {
        m_table->verticalHeader()->setDefaultSectionSize(m_table->fontMetrics().height() + 6);
        m_columns.measure();
    }
    QWidget::changeEvent(event);
}

void KeysView::setUp(QNetworkAccessManager *network, StatusPanel *statusPanel,
                     ConnectionProvider connection, HistoryRecorder *recorder,
                     ProfileNameProvider profileName)
{
    m_network = network;
    m_statusPanel = statusPanel;
    m_connection = std::move(connection);
    m_recorder = recorder;
    m_profileName = std::move(profileName);
    m_runner->setRecorder(recorder);
    delete m_client;
    m_client = new DocSpaceClient(network, this);
}

void KeysView::setIdentity(const QString &userId, const QString &ownKeyId)
{
    if (!userId.isEmpty())
        m_userId = userId;
    if (!ownKeyId.isEmpty()) {
        m_ownKeyId = ownKeyId.toLower();
        m_model->setOwnKeyId(m_ownKeyId);
    }
    updateActions();
}

void KeysView::connectionChanged()
{
    // Who "me" and "this token" are must be found out again for other fields.
    m_userId.clear();
    m_ownKeyId.clear();
    m_actor.clear();
    m_model->setOwnKeyId(QString());
    if (m_filterMine->isChecked())
        m_filterMine->setChecked(false);
    // The list, its selection and an answer still coming belong to the old connection: nothing
    // of it may be acted on with the new one.
    if (m_listOperation) {
        m_listOperation->disconnect(this);
        m_listOperation->cancel();
        m_listOperation.clear();
    }
    delete m_identity;
    clearList();
    updateCount();
    updateActions();
    emit busyChanged();
}

void KeysView::clearList()
{
    if (m_loaded || m_model->rowCount() > 0) {
        m_table->clearSelection();
        m_model->setKeys({});
    }
    m_loaded = false;
    m_loadedSignature.clear();
    m_summaryLabel->setVisible(false);
    updatePortalLabel();
}

void KeysView::updatePortalLabel()
{
    if (!m_loaded) {
        m_portalLabel->clear();
        m_portalLabel->setVisible(false);
        return;
    }
    m_portalLabel->setText(m_profile.isEmpty()
                               ? tr("Keys of %1:").arg(m_portal)
                               : tr("Keys of %1 (profile “%2”):").arg(m_portal, m_profile));
    m_portalLabel->setVisible(true);
}

QByteArray KeysView::signatureOf(const ConnectionSettings &settings)
{
    QCryptographicHash hash(QCryptographicHash::Sha256);
    hash.addData(settings.portal.toString().toUtf8());
    hash.addData(QByteArrayView("\n", 1));
    hash.addData(settings.token.trimmed().toUtf8());
    hash.addData(QByteArrayView("\n", 1));
    hash.addData(QByteArray::number(static_cast<int>(settings.scheme)));
    return hash.result();
}

QByteArray KeysView::currentSignature() const
{
    ConnectionSettings settings;
    QString error;
    if (!m_connection || !m_connection(&settings, &error))
        return {};
    return signatureOf(settings);
}

KeyBatch *KeysView::batch() const
{
    return m_runner->batch();
}

bool KeysView::isBatchRunning() const
{
    return m_runner->isRunning();
}

QList<ApiKey> KeysView::selectedKeys() const
{
    QList<ApiKey> keys;
    const QModelIndexList rows = m_table->selectionModel()->selectedRows();
    keys.reserve(rows.size());
    for (const QModelIndex &index : rows) {
        const int row = m_proxy->mapToSource(index).row();
        if (row >= 0)
            keys << m_model->keyAt(row);
    }
    // In the order the table shows them.
    std::sort(keys.begin(), keys.end(), [this](const ApiKey &a, const ApiKey &b) {
        return m_proxy->mapFromSource(m_model->index(m_model->rowOf(a.id), 0)).row() <
               m_proxy->mapFromSource(m_model->index(m_model->rowOf(b.id), 0)).row();
    });
    return keys;
}

void KeysView::showKeys(const QList<ApiKey> &keys)
{
    m_model->setNow(QDateTime::currentDateTimeUtc());
    m_model->setKeys(keys);
    m_model->setOwnKeyId(m_ownKeyId);
    m_loaded = true;
    updateCount();
    updateActions();
#if defined(__GLIBC__)
    // Parsing a long answer peaks far above what the keys keep (10,000 keys: some 30 MB against
    // 6 MB), and glibc holds on to freed pages unless asked. Once the answer is gone, hand them
    // back to the system.
    if (keys.size() >= 1000)
        QTimer::singleShot(250, this, [] { malloc_trim(0); });
#endif
}

void KeysView::refresh()
{
    if (isLoading() || !m_client)
        return;
    ConnectionSettings settings;
    QString error;
    if (!m_connection || !m_connection(&settings, &error)) {
        setProblem(error.isEmpty() ? tr("Enter the portal address and an access token first.")
                                   : error);
        return;
    }
    setProblem(QString());
    m_client->setConnection(settings);
    m_portal = settings.portal.toString();
    m_profile = m_profileName ? m_profileName() : QString();
    m_loadingSignature = signatureOf(settings);
    m_listOperation = m_client->listKeys();
    connect(m_listOperation, &KeyListOperation::finished, this, &KeysView::onKeysListed);
    // Who the token is, to mark its key and to know "me": read-only calls, alongside.
    delete m_identity;
    m_identity = new IdentityLookup(m_client, this);
    connect(m_identity, &IdentityLookup::found, this, &KeysView::onIdentity);
    connect(m_identity, &IdentityLookup::finished, m_identity, &QObject::deleteLater);
    m_identity->start();
    m_countLabel->setText(tr("Loading keys from %1…").arg(m_portal));
    updateActions();
    emit busyChanged();
}

void KeysView::onKeysListed(bool ok, const QList<ApiKey> &keys, const RevokeOutcome &failure)
{
    m_listOperation.clear();
    if (ok) {
        showKeys(keys);
        m_loadedSignature = m_loadingSignature;
        updatePortalLabel();
        emit message(tr("Read %1 keys from %2.").arg(keys.size()).arg(m_portal), 5000);
    } else if (failure.kind == OutcomeKind::Cancelled) {
        updateCount();
    } else {
        setProblem(tr("The keys could not be read: %1. %2")
                       .arg(OutcomeStyle::title(failure.kind).toLower(), failure.sentence));
        updateCount();
    }
    updateActions();
    emit busyChanged();
}

void KeysView::onIdentity(const QString &userId, const QString &ownKeyId,
                          const QString &displayName)
{
    setIdentity(userId, ownKeyId);
    if (!displayName.isEmpty()) {
        m_actor = displayName;
        emit identityKnown(displayName);
    }
}

void KeysView::setProblem(const QString &text)
{
    m_problemLabel->setText(text);
    m_problemLabel->setVisible(!text.isEmpty());
    QPalette palette = m_problemLabel->palette();
    palette.setColor(QPalette::WindowText,
                     OutcomeStyle::color(OutcomeStyle::Severity::Error, this->palette()));
    m_problemLabel->setPalette(palette);
}

void KeysView::applyFilter()
{
    KeyFilter filter;
    filter.text = m_filterEdit->text();
    filter.expired = m_filterExpired->isChecked();
    filter.deactivated = m_filterDeactivated->isChecked();
    filter.neverUsed = m_filterNeverUsed->isChecked();
    filter.unusedDays = m_filterUnused->isChecked() ? m_unusedDays->value() : -1;
    filter.createdById = m_filterMine->isChecked() ? m_userId : QString();
    m_proxy->setKeyFilter(filter);
    updateCount();
}

void KeysView::updateCount()
{
    if (isLoading())
        return;
    if (!m_loaded) {
        m_countLabel->setText(tr("Press Refresh (F5) to list the portal's keys."));
        return;
    }
    const int total = m_model->rowCount();
    const int shown = m_proxy->rowCount();
    if (m_proxy->keyFilter().isEmpty())
        m_countLabel->setText(tr("%n key(s)", nullptr, total));
    else
        m_countLabel->setText(tr("%1 of %2 keys").arg(shown).arg(total));
}

void KeysView::updateActions()
{
    const bool running = isBatchRunning();
    const bool selected = m_table->selectionModel()->hasSelection();
    m_refreshButton->setEnabled(!isLoading() && !running);
    m_revokeButton->setEnabled(selected && !running);
    m_deactivateButton->setEnabled(selected && !running);
    m_reactivateButton->setEnabled(selected && !running);
    m_pasteButton->setEnabled(!running);
    for (QAction *action : m_contextMenu->actions()) {
        if (!action->isSeparator() && action->objectName() != QLatin1String("actionCopyKeyId"))
            action->setEnabled(selected && !running);
    }
    m_filterMine->setEnabled(!m_userId.isEmpty());
    m_filterMine->setToolTip(m_userId.isEmpty()
                                 ? tr("Known once the keys are read or the connection is tested")
                                 : tr("Only keys created by the user the token signs in as"));
}

void KeysView::showContextMenu(const QPoint &position)
{
    if (!m_table->indexAt(position).isValid())
        return;
    // Only what applies to the selection: no "Reactivate" for keys that are all active, no
    // "Deactivate" for keys already off.
    bool anyActive = false;
    bool anyDeactivated = false;
    for (const ApiKey &key : selectedKeys()) {
        anyActive = anyActive || key.isActive;
        anyDeactivated = anyDeactivated || !key.isActive;
    }
    m_deactivateAction->setVisible(anyActive);
    m_reactivateAction->setVisible(anyDeactivated);
    m_contextMenu->popup(m_table->viewport()->mapToGlobal(position));
}

void KeysView::copySelectedIds()
{
    QStringList ids;
    for (const ApiKey &key : selectedKeys())
        ids << key.id;
    if (ids.isEmpty())
        return;
    QGuiApplication::clipboard()->setText(ids.join(QLatin1Char('\n')));
    emit message(tr("Copied %n key id(s): %1.", nullptr, int(ids.size()))
                     .arg(KeyChangeConfirmation::inBrief(ids)),
                 5000);
}

QList<ApiKey> KeysView::keysFor(const QStringList &ids) const
{
    // Names only from a list read with the connection the batch will use.
    const bool listIsCurrent = m_loaded && m_loadedSignature == currentSignature();
    QList<ApiKey> keys;
    keys.reserve(ids.size());
    for (const QString &id : ids) {
        const int row = listIsCurrent ? m_model->rowOf(id) : -1;
        if (row >= 0) {
            keys << m_model->keyAt(row);
        } else {
            ApiKey key;
            key.id = id;
            keys << key;
        }
    }
    return keys;
}

void KeysView::actOnSelection(KeyOperation operation)
{
    const QList<ApiKey> keys = selectedKeys();
    if (keys.isEmpty() || isBatchRunning())
        return;
    // The selection belongs to the connection the list was read with; the fields may have
    // changed since (connectionChanged() clears the list, this is the second lock).
    if (!m_loaded || m_loadedSignature.isEmpty() || m_loadedSignature != currentSignature()) {
        clearList();
        updateCount();
        setProblem(tr("The list shown was read from another portal or with another token. "
                      "Press Refresh to read the keys of this one."));
        return;
    }
    confirmAndRun(operation, keys);
}

void KeysView::revokeSelected()
{
    actOnSelection(KeyOperation::Revoke);
}

void KeysView::deactivateSelected()
{
    actOnSelection(KeyOperation::Deactivate);
}

void KeysView::reactivateSelected()
{
    actOnSelection(KeyOperation::Activate);
}

void KeysView::revokeByPaste()
{
    if (isBatchRunning())
        return;
    auto *dialog = new PasteIdsDialog(this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QDialog::accepted, this,
            [this, dialog] { confirmAndRun(KeyOperation::Revoke, keysFor(dialog->ids().ids)); });
    dialog->open();
}

void KeysView::confirmAndRun(KeyOperation operation, const QList<ApiKey> &keys)
{
    if (keys.isEmpty() || isBatchRunning())
        return;
    ConnectionSettings settings;
    QString error;
    if (!m_connection || !m_connection(&settings, &error)) {
        setProblem(error.isEmpty() ? tr("Enter the portal address and an access token first.")
                                   : error);
        return;
    }
    KeyChangeRequest request;
    request.operation = operation;
    request.portal = settings.portal.toString();
    request.profile = m_profileName ? m_profileName() : QString();
    request.keys = keys;
    request.ownKeyId = m_ownKeyId;
    const QByteArray signature = signatureOf(settings);
    KeyChangeConfirmation::ask(
        window(), request, this,
        [this, operation, signature](const QList<ApiKey> &chosen) {
            // Answered while the fields changed: the answer was about another connection.
            if (currentSignature() != signature) {
                emit message(KeyChangeConfirmation::nothingChanged(operation), 5000);
                return;
            }
            startBatch(operation, chosen);
        },
        [this](const QString &sentence) { emit message(sentence, 5000); });
}

bool KeysView::startBatch(KeyOperation operation, const QStringList &ids)
{
    return startBatch(operation, keysFor(ids));
}

bool KeysView::startBatch(KeyOperation operation, const QList<ApiKey> &keys)
{
    if (keys.isEmpty() || isBatchRunning() || !m_network)
        return false;
    ConnectionSettings settings;
    QString error;
    if (!m_connection || !m_connection(&settings, &error)) {
        setProblem(error.isEmpty() ? tr("Enter the portal address and an access token first.")
                                   : error);
        return false;
    }
    setProblem(QString());
    AdminConnection admin;
    admin.network = m_network;
    admin.settings = settings;
    admin.profile = m_profileName ? m_profileName() : QString();
    admin.actor = m_actor;
    m_summaryLabel->setVisible(false);
    if (!m_runner->start(admin, operation, keys))
        return false;
    updateActions();
    emit busyChanged();
    return true;
}

void KeysView::cancelBatch()
{
    if (!isBatchRunning())
        return;
    emit message(tr("Cancelling: requests already sent finish, nothing more is sent."), 5000);
    // May finish the batch at once, when nothing is in flight.
    m_runner->cancel();
}

void KeysView::cancelAll()
{
    m_runner->cancel();
    if (m_listOperation)
        m_listOperation->cancel();
    if (m_identity)
        m_identity->cancel();
}

void KeysView::onBatchKeyFinished(const RevokeOutcome &outcome, const ApiKey &key)
{
    // Recorded already; the table shows what the portal now has.
    if (outcome.succeeded() && m_loaded && m_runner->portal() == m_portal) {
        if (outcome.kind == OutcomeKind::Revoked)
            m_model->markRevoked(outcome.keyId);
        else
            m_model->setActive(outcome.keyId, outcome.kind == OutcomeKind::Activated);
    }
    emit keyFinished(outcome, key, m_runner->portal());
}

void KeysView::onBatchFinished(const BatchSummary &summary, KeyOperation operation)
{
    const QString sentence = summary.sentence(operation);
    m_summaryLabel->setText(
        tr("%1 (%2 s)").arg(sentence).arg(double(summary.elapsedMs) / 1000.0, 0, 'f', 1));
    m_summaryLabel->setVisible(true);
    emit message(sentence, 10000);
    emit batchFinished(summary, operation);
    updateActions();
    emit busyChanged();
    // The list always shows what the portal has now.
    refresh();
}
