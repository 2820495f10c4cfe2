#include "historyview.h"
#include "accessiblenames.h"

#include "csv.h"
#include "filechooser.h"
#include "historylog.h"
#include "historymodel.h"
#include "messagebox.h"
#include "warningbar.h"

#include <QComboBox>
#include <QDir>
#include <QEvent>
#include <QFile>
#include <QFileInfo>
#include <QFileSystemWatcher>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSaveFile>
#include <QTableView>
#include <QTimer>
#include <QVBoxLayout>

HistoryView::HistoryView(const QString &historyPath, QWidget *parent, Load load)
    : QWidget(parent)
    , m_path(historyPath.isEmpty() ? HistoryLog::defaultPath() : historyPath)
    , m_model(new HistoryModel(this))
    , m_filter(new HistoryFilterModel(this))
    , m_warning(new WarningBar(this))
    , m_portalCombo(new QComboBox(this))
    , m_outcomeCombo(new QComboBox(this))
    , m_searchEdit(new QLineEdit(this))
    , m_reloadButton(new QPushButton(this))
    , m_exportButton(new QPushButton(this))
    , m_table(new QTableView(this))
    , m_summary(new QLabel(this))
    , m_watcher(new QFileSystemWatcher(this))
    , m_reloadTimer(new QTimer(this))
{
    m_warning->setObjectName(QStringLiteral("historyWarning"));
    m_portalCombo->setObjectName(QStringLiteral("historyPortalCombo"));
    m_outcomeCombo->setObjectName(QStringLiteral("historyOutcomeCombo"));
    m_searchEdit->setObjectName(QStringLiteral("historySearchEdit"));
    m_reloadButton->setObjectName(QStringLiteral("historyReloadButton"));
    m_exportButton->setObjectName(QStringLiteral("historyExportButton"));
    m_table->setObjectName(QStringLiteral("historyTable"));
    m_summary->setObjectName(QStringLiteral("historySummary"));

    m_portalCombo->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    m_outcomeCombo->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    m_searchEdit->setClearButtonEnabled(true);
    m_summary->setTextFormat(Qt::PlainText);
    m_summary->setWordWrap(true);

    m_filter->setSourceModel(m_model);
    m_table->setModel(m_filter);
    m_table->setSortingEnabled(true);
    m_table->sortByColumn(HistoryModel::TimeColumn, Qt::DescendingOrder);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setAlternatingRowColors(true);
    m_table->setWordWrap(false);
    m_table->setTextElideMode(Qt::ElideRight);
    m_table->verticalHeader()->hide();
    m_table->verticalHeader()->setDefaultSectionSize(m_table->fontMetrics().height() + 8);
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_table->horizontalHeader()->setHighlightSections(false);
    m_table->horizontalHeader()->setSectionResizeMode(QHeaderView::Interactive);

    auto *filters = new QHBoxLayout;
    m_portalLabel = new QLabel(this);
    m_portalLabel->setBuddy(m_portalCombo);
    m_outcomeLabel = new QLabel(this);
    m_outcomeLabel->setBuddy(m_outcomeCombo);
    filters->addWidget(m_portalLabel);
    filters->addWidget(m_portalCombo);
    filters->addSpacing(8);
    filters->addWidget(m_outcomeLabel);
    filters->addWidget(m_outcomeCombo);
    filters->addSpacing(8);
    filters->addWidget(m_searchEdit, 1);
    filters->addWidget(m_reloadButton);
    filters->addWidget(m_exportButton);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_warning);
    layout->addLayout(filters);
    layout->addWidget(m_table, 1);
    layout->addWidget(m_summary);

    connect(m_portalCombo, &QComboBox::currentIndexChanged, this, [this] {
        m_filter->setPortal(m_portalCombo->currentData().toString());
        updateSummary();
    });
    connect(m_outcomeCombo, &QComboBox::currentIndexChanged, this, [this] {
        m_filter->setOutcomeKind(m_outcomeCombo->currentData().toString());
        updateSummary();
    });
    connect(m_searchEdit, &QLineEdit::textChanged, this, [this](const QString &text) {
        m_filter->setText(text);
        updateSummary();
    });
    connect(m_reloadButton, &QPushButton::clicked, this, &HistoryView::reload);
    connect(m_exportButton, &QPushButton::clicked, this, &HistoryView::exportCsv);

    // A writer touches the file (and its lock) several times per record: read once it settles.
    m_reloadTimer->setSingleShot(true);
    m_reloadTimer->setInterval(150);
    connect(m_reloadTimer, &QTimer::timeout, this, &HistoryView::reload);
    connect(m_watcher, &QFileSystemWatcher::fileChanged, m_reloadTimer,
            qOverload<>(&QTimer::start));
    connect(m_watcher, &QFileSystemWatcher::directoryChanged, m_reloadTimer,
            qOverload<>(&QTimer::start));

    retranslateStaticTexts();
    if (load == Load::WhenShown)
        m_loadWhenShown = true;
    else
        reload();
}

QList<QWidget *> HistoryView::tabChain() const
{
    return {m_portalCombo, m_outcomeCombo, m_searchEdit, m_reloadButton, m_exportButton, m_table};
}

void HistoryView::showEvent(QShowEvent *event)
{
    QWidget::showEvent(event);
    if (m_loadWhenShown) {
        m_loadWhenShown = false;
        reload();
    }
}

void HistoryView::retranslateStaticTexts()
{
    m_portalLabel->setText(tr("Port&al:"));
    m_outcomeLabel->setText(tr("O&utcome:"));
    Accessible::setName(m_portalCombo, tr("Portal filter"));
    Accessible::setName(m_outcomeCombo, tr("Outcome filter"));
    m_searchEdit->setPlaceholderText(tr("Search key, message, user…"));
    Accessible::setName(m_searchEdit, tr("Search the history"));
    m_reloadButton->setText(tr("&Reload"));
    m_exportButton->setText(tr("E&xport CSV…"));
    m_exportButton->setToolTip(tr("Save the rows shown (after filtering) as a CSV file."));
}

void HistoryView::retranslate()
{
    retranslateStaticTexts();
    // Column titles, operations, outcomes, filter choices, the summary and the warning are
    // made while reading: read again, in the new language.
    reload();
}

void HistoryView::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QWidget::changeEvent(event);
}

QString HistoryView::warningText() const
{
    return m_warning->text();
}

void HistoryView::reload()
{
    if (m_loadWhenShown)
        return; // read when first shown
    // Follow the file by what was appended to it; read it whole only the first time, or when
    // it was replaced or shortened.
    const QFileInfo info(m_path);
    const bool follow =
        m_readUpTo > 0 && info.exists() && info.size() >= m_readUpTo && firstLine() == m_firstLine;
    const HistoryLog::ReadResult result =
        HistoryLog(m_path).read(follow ? m_readUpTo : 0, follow ? m_linesRead + 1 : 1);
    if (follow) {
        m_model->addNewRecords(result.records);
        m_linesRead += result.lines;
        m_warnings += result.warnings;
        m_warnings.removeDuplicates();
    } else {
        m_model->setRecords(result.records);
        m_linesRead = result.lines;
        m_warnings = result.warnings;
        m_firstLine = firstLine();
        m_table->resizeColumnsToContents();
        // A long message must not push every other column out of sight.
        const int maxWidth = m_table->fontMetrics().averageCharWidth() * 36;
        for (int column = 0; column < HistoryModel::ColumnCount - 1; ++column) {
            if (m_table->columnWidth(column) > maxWidth)
                m_table->setColumnWidth(column, maxWidth);
        }
    }
    m_readUpTo = result.end;
    if (!follow || !result.records.isEmpty())
        updateFilterChoices();

    if (m_warnings.isEmpty()) {
        m_warning->setText({});
    } else {
        QStringList shown = m_warnings.mid(0, 3);
        if (m_warnings.size() > shown.size())
            shown << tr("…and %n more damaged line(s).", nullptr,
                        int(m_warnings.size() - shown.size()));
        m_warning->setText(
            tr("Some of the history could not be read, so it may be incomplete:\n%1\nThe file is "
               "%2; the other records are shown. New records are still added.")
                .arg(shown.join(QLatin1Char('\n')), QDir::toNativeSeparators(m_path)));
    }
    watchFile();
    updateSummary();
    emit reloaded(m_model->rowCount());
}

// The file's first line identifies it: a new file in its place starts the reading again.
QByteArray HistoryView::firstLine() const
{
    QFile file(m_path);
    return file.open(QIODevice::ReadOnly) ? file.readLine(4096) : QByteArray();
}

void HistoryView::watchFile()
{
    // The file and its folder may not exist yet (nothing recorded so far): watch the deepest
    // folder that does, and go deeper as they appear. A replaced file drops out of the watch, so
    // the folder is watched as well as the file.
    QString folder = QFileInfo(m_path).absolutePath();
    while (!QFileInfo::exists(folder) && QFileInfo(folder).absolutePath() != folder)
        folder = QFileInfo(folder).absolutePath();
    const QStringList directories = m_watcher->directories();
    for (const QString &watched : directories) {
        if (watched != folder)
            m_watcher->removePath(watched);
    }
    if (!directories.contains(folder))
        m_watcher->addPath(folder);
    if (QFileInfo::exists(m_path) && !m_watcher->files().contains(m_path))
        m_watcher->addPath(m_path);
}

void HistoryView::updateFilterChoices()
{
    const auto refill = [](QComboBox *combo, const QString &all,
                           const QList<QPair<QString, QString>> &choices) {
        const QString current = combo->currentData().toString();
        const QSignalBlocker blocker(combo);
        combo->clear();
        combo->addItem(all, QString());
        for (const auto &choice : choices)
            combo->addItem(choice.first, choice.second);
        // Keep the user's choice across reloads, even when that portal has no records now.
        int index = combo->findData(current);
        if (index < 0 && !current.isEmpty()) {
            combo->addItem(current, current);
            index = combo->count() - 1;
        }
        combo->setCurrentIndex(qMax(0, index));
    };
    QList<QPair<QString, QString>> portals;
    for (const QString &portal : m_model->portals())
        portals.append({portal, portal});
    QList<QPair<QString, QString>> outcomes;
    for (const QString &kind : m_model->outcomeKinds())
        outcomes.append({HistoryModel::outcomeText(kind), kind});
    refill(m_portalCombo, tr("All portals"), portals);
    refill(m_outcomeCombo, tr("All outcomes"), outcomes);
    m_filter->setPortal(m_portalCombo->currentData().toString());
    m_filter->setOutcomeKind(m_outcomeCombo->currentData().toString());
}

void HistoryView::updateSummary()
{
    const int total = m_model->rowCount();
    const int shown = m_filter->rowCount();
    if (total == 0)
        m_summary->setText(tr("Nothing recorded yet. Every revocation, deactivation and "
                              "reactivation made here or with docspace-keys-cli is listed here."));
    else if (shown == total)
        m_summary->setText(tr("%n record(s).", nullptr, total));
    else
        m_summary->setText(tr("%1 of %n record(s) shown.", nullptr, total).arg(shown));
    m_exportButton->setEnabled(shown > 0);
}

QByteArray HistoryView::visibleRowsAsCsv() const
{
    QStringList lines{QStringLiteral("time_utc,portal,profile,operation,key_id,key_name,"
                                     "key_ending,outcome,http_status,actor,source,message")};
    for (int row = 0; row < m_filter->rowCount(); ++row) {
        const int sourceRow = m_filter->mapToSource(m_filter->index(row, 0)).row();
        const HistoryRecord &record = m_model->record(sourceRow);
        lines << QStringList{record.time.toUTC().toString(Qt::ISODate),
                             Csv::field(record.portal),
                             Csv::field(record.profile),
                             RevokeOutcome::operationName(record.operation),
                             Csv::field(record.keyId),
                             Csv::field(record.keyName),
                             Csv::field(record.keyPostfix),
                             Csv::field(record.outcome),
                             record.httpStatus ? QString::number(record.httpStatus) : QString(),
                             Csv::field(record.actor),
                             Csv::field(record.source),
                             Csv::field(record.message)}
                     .join(QLatin1Char(','));
    }
    return lines.join(QLatin1Char('\n')).toUtf8() + '\n';
}

void HistoryView::exportCsv()
{
    const QString path =
        FileChooser::saveFile(this, tr("Export History"),
                              QDir::home().filePath(QStringLiteral("docspace-keys-history.csv")),
                              tr("CSV files (*.csv);;All files (*)"));
    if (path.isEmpty())
        return;
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(visibleRowsAsCsv()) < 0 || !file.commit()) {
        MessageBox::warning(this, tr("History Not Exported"),
                            tr("Cannot write %1.").arg(QDir::toNativeSeparators(path)),
                            tr("%1\nChoose another folder, or check that the disk is not full.")
                                .arg(file.errorString()));
    }
}
