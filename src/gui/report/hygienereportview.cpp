#include "hygienereportview.h"

#include "accessiblenames.h"
#include "localdates.h"
#include "mnemonics.h"

#include "batchrunner.h"
#include "docspaceclient.h"
#include "filechooser.h"
#include "historyrecorder.h"
#include "identitylookup.h"
#include "keychangeconfirmation.h"
#include "messagebox.h"
#include "outcomestyle.h"
#include "warningbar.h"

#include <QDir>
#include <QEvent>
#include <QFileInfo>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QProgressBar>
#include <QPushButton>
#include <QSaveFile>
#include <QScrollArea>
#include <QSpinBox>
#include <QTextDocument>
#include <QToolButton>
#include <QTreeWidget>
#include <QVBoxLayout>

#ifdef DSK_HAVE_PRINTSUPPORT
#include <QPrinter>
#endif

namespace {
constexpr int kMaxVisibleRows = 8;

QString day(const QDateTime &date, const QString &none)
{
    return LocalDates::day(date, none);
}

QString owner(const ApiKey &key)
{
    return key.createdByName.isEmpty() ? HygieneReportView::tr("unknown") : key.createdByName;
}
} // namespace

HygieneReportView::HygieneReportView(const AdminConnection &admin, HistoryRecorder *recorder,
                                     QWidget *parent)
    : QWidget(parent)
    , m_admin(admin)
    , m_recorder(recorder)
    , m_warning(new WarningBar(this))
    , m_heading(new QLabel(this))
    , m_summary(new QLabel(this))
    , m_unusedDays(new QSpinBox(this))
    , m_refreshButton(new QPushButton(this))
    , m_csvButton(new QPushButton(this))
    , m_htmlButton(new QPushButton(this))
    , m_pdfButton(new QPushButton(this))
    , m_cards(new QWidget)
    , m_cardsLayout(new QVBoxLayout(m_cards))
    , m_runner(new BatchRunner(QStringLiteral("report"), this))
    , m_status(new QLabel(this))
{
    m_warning->setObjectName(QStringLiteral("reportWarning"));
    m_summary->setObjectName(QStringLiteral("reportSummary"));
    m_unusedDays->setObjectName(QStringLiteral("reportUnusedDaysSpin"));
    m_refreshButton->setObjectName(QStringLiteral("reportRefreshButton"));
    m_csvButton->setObjectName(QStringLiteral("reportCsvButton"));
    m_htmlButton->setObjectName(QStringLiteral("reportHtmlButton"));
    m_pdfButton->setObjectName(QStringLiteral("reportPdfButton"));
    m_cards->setObjectName(QStringLiteral("reportFindings"));
    m_status->setObjectName(QStringLiteral("reportStatus"));

    QFont headingFont = m_heading->font();
    headingFont.setPointSizeF(headingFont.pointSizeF() * 1.3);
    headingFont.setBold(true);
    m_heading->setFont(headingFont);
    m_summary->setTextFormat(Qt::PlainText);
    m_summary->setWordWrap(true);
    m_summary->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_status->setTextFormat(Qt::PlainText);
    m_status->setWordWrap(true);

    m_unusedDays->setRange(1, 3650);
    m_unusedDays->setValue(90);
    m_pdfButton->setVisible(canExportPdf());

    m_unusedLabel = new QLabel(this);
    m_unusedLabel->setBuddy(m_unusedDays);
    auto *toolbar = new QHBoxLayout;
    toolbar->addWidget(m_unusedLabel);
    toolbar->addWidget(m_unusedDays);
    toolbar->addStretch(1);
    toolbar->addWidget(m_refreshButton);
    toolbar->addWidget(m_csvButton);
    toolbar->addWidget(m_htmlButton);
    toolbar->addWidget(m_pdfButton);

    m_cardsLayout->setContentsMargins(0, 0, 4, 0);
    m_cardsLayout->setSpacing(10);
    m_cardsLayout->addStretch(1);
    auto *scroll = new QScrollArea(this);
    scroll->setObjectName(QStringLiteral("reportScroll"));
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    scroll->setWidget(m_cards);

    m_runner->setRecorder(m_recorder);
    m_runner->setVisible(false);
    auto *bottom = new QHBoxLayout;
    bottom->addWidget(m_status, 1);
    bottom->addWidget(m_runner, 1);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_warning);
    layout->addWidget(m_heading);
    layout->addWidget(m_summary);
    layout->addLayout(toolbar);
    layout->addWidget(scroll, 1);
    layout->addLayout(bottom);

    connect(m_unusedDays, &QSpinBox::valueChanged, this, &HygieneReportView::rebuild);
    connect(m_refreshButton, &QPushButton::clicked, this, &HygieneReportView::refresh);
    connect(m_csvButton, &QPushButton::clicked, this, &HygieneReportView::exportCsv);
    connect(m_htmlButton, &QPushButton::clicked, this, &HygieneReportView::exportHtml);
    connect(m_pdfButton, &QPushButton::clicked, this, &HygieneReportView::exportPdf);
    connect(m_runner, &BatchRunner::keyFinished, this, &HygieneReportView::outcome);
    connect(m_runner, &BatchRunner::recordFailed, m_warning, &WarningBar::setText);
    connect(m_runner, &BatchRunner::finished, this, &HygieneReportView::onBatchFinished);

    retranslateStaticTexts();
    showReport();
}

void HygieneReportView::retranslateStaticTexts()
{
    m_heading->setText(tr("API key hygiene"));
    m_unusedLabel->setText(tr("&Unused for:"));
    m_unusedDays->setSuffix(tr(" days"));
    m_unusedDays->setToolTip(KeyUsage::unusedRule());
    Accessible::setName(m_unusedDays, tr("Unused for more than this many days"));
    m_refreshButton->setText(tr("&Refresh"));
    m_csvButton->setText(tr("Export &CSV…"));
    m_htmlButton->setText(tr("Export H&TML…"));
    m_pdfButton->setText(tr("Export P&DF…"));
}

void HygieneReportView::retranslate()
{
    retranslateStaticTexts();
    // The findings' titles and explanations are made with the report: make it again. While a
    // batch runs its buttons stay as they are; the report is rebuilt when it ends.
    if (isRunning())
        return;
    if (m_loaded)
        rebuild();
    else
        showReport();
}

void HygieneReportView::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QWidget::changeEvent(event);
}

HygieneReportView::~HygieneReportView()
{
    if (m_listing) {
        m_listing->disconnect(this);
        m_listing->cancel();
    }
    if (m_identity)
        m_identity->disconnect(this);
    m_runner->disconnect(this);
}

bool HygieneReportView::isRunning() const
{
    return m_runner->isRunning();
}

void HygieneReportView::setConnection(const AdminConnection &admin)
{
    if (m_listing) {
        m_listing->disconnect(this);
        m_listing->cancel();
    }
    m_listing = nullptr;
    delete m_identity;
    m_listedKeys.reset();
    delete m_client; // bound to the previous network and token
    m_client = nullptr;
    m_admin = admin;
    m_ownKeyId.clear();
    m_keys.clear();
    m_loaded = false;
    m_report = HygieneReport();
    showReport();
    refresh();
}

int HygieneReportView::unusedDays() const
{
    return m_unusedDays->value();
}

void HygieneReportView::setUnusedDays(int days)
{
    m_unusedDays->setValue(days);
}

bool HygieneReportView::canExportPdf()
{
#ifdef DSK_HAVE_PRINTSUPPORT
    return true;
#else
    return false;
#endif
}

void HygieneReportView::refresh()
{
    if (isLoading() || isRunning())
        return;
    if (!m_admin.network) {
        m_status->setText(tr("Choose a portal profile to see its report."));
        return;
    }
    if (!m_client) {
        m_client = new DocSpaceClient(m_admin.network, this);
        m_client->setConnection(m_admin.settings);
    }
    m_listing = m_client->listKeys();
    connect(m_listing, &KeyListOperation::finished, this, &HygieneReportView::onListed);
    // Which of the keys is the one this window signs in with: marked, and asked about apart.
    if (m_ownKeyId.isEmpty() && !m_identity) {
        m_identity = new IdentityLookup(m_client, this);
        connect(m_identity, &IdentityLookup::found, this,
                [this](const QString &, const QString &ownKeyId, const QString &) {
                    m_ownKeyId = ownKeyId;
                });
        connect(m_identity, &IdentityLookup::finished, this, [this] {
            m_identity->deleteLater();
            m_identity = nullptr;
            // The report is shown once the own key is known: its actions must ask about it.
            if (m_listedKeys) {
                const QList<ApiKey> keys = *std::exchange(m_listedKeys, std::nullopt);
                onListed(true, keys, RevokeOutcome());
            }
        });
        m_identity->start();
    }
    m_status->setText(tr("Loading the key list from %1…").arg(m_admin.portal()));
    updateButtons();
}

void HygieneReportView::onListed(bool ok, const QList<ApiKey> &keys, const RevokeOutcome &failure)
{
    m_listing = nullptr;
    if (!ok) {
        delete m_identity;
        m_warning->setText(tr("The report could not be made: the key list did not load. %1")
                               .arg(failure.sentence));
        m_status->setText(m_statusAfterLoad);
        m_statusAfterLoad.clear();
        updateButtons();
        emit loadFailed(failure);
        return;
    }
    if (m_identity) {
        m_listedKeys = keys;
        return;
    }
    m_warning->setText({});
    m_status->setText(m_statusAfterLoad);
    m_statusAfterLoad.clear();
    m_keys = keys;
    m_loaded = true;
    rebuild();
    emit loaded(m_report);
}

void HygieneReportView::rebuild()
{
    if (!m_loaded)
        return;
    m_report = HygieneReport::build(m_keys, QDateTime::currentDateTimeUtc(), unusedDays(),
                                    m_admin.portal());
    showReport();
}

void HygieneReportView::showReport()
{
    m_actionButtons.clear();
    m_findingTitles.clear();
    while (m_cardsLayout->count() > 1) {
        QLayoutItem *item = m_cardsLayout->takeAt(0);
        delete item->widget();
        delete item;
    }
    if (!m_loaded) {
        m_summary->setText(
            tr("Which keys of %1 are a risk before they leak. The report appears "
               "once the key list has loaded.")
                .arg(m_admin.portal().isEmpty() ? tr("the portal") : m_admin.portal()));
        updateButtons();
        return;
    }
    int flagged = 0;
    for (const HygieneFinding &finding : std::as_const(m_report.findings))
        flagged += finding.keys.isEmpty() ? 0 : 1;
    m_summary->setText(tr("%1 · %n key(s) examined · %2 · %3 of %4 findings need attention",
                          nullptr, m_report.totalKeys)
                           .arg(m_report.portal, LocalDates::dayAndTime(m_report.generatedAt))
                           .arg(flagged)
                           .arg(m_report.findings.size()));
    for (const HygieneFinding &finding : std::as_const(m_report.findings))
        m_cardsLayout->insertWidget(m_cardsLayout->count() - 1, findingCard(finding));
    assignFindingAccelerators();
    updateButtons();
}

QList<QWidget *> HygieneReportView::tabChain() const
{
    QList<QWidget *> chain{m_unusedDays, m_refreshButton, m_csvButton, m_htmlButton, m_pdfButton};
    for (QLabel *title : m_findingTitles) {
        QWidget *card = title->parentWidget();
        if (title->buddy())
            chain << title->buddy();
        for (const char *name : {"toggleKeys", "keysTree"}) {
            if (auto *widget = card->findChild<QWidget *>(QLatin1String(name)))
                chain << widget;
        }
    }
    chain << m_runner->cancelButton();
    return chain;
}

void HygieneReportView::assignFindingAccelerators()
{
    QSet<QChar> taken = Mnemonics::taken(window(), m_cards);
    for (QLabel *title : std::as_const(m_findingTitles)) {
        const QString plain = title->property("plainTitle").toString();
        // A card without keys has no action to run.
        title->setText(title->buddy() && !title->buddy()->isHidden()
                           ? Mnemonics::withFreeLetter(plain, &taken)
                           : Mnemonics::literal(plain));
    }
}

void HygieneReportView::showEvent(QShowEvent *event)
{
    QWidget::showEvent(event);
    assignFindingAccelerators();
}

QWidget *HygieneReportView::findingCard(const HygieneFinding &finding)
{
    auto *card = new QFrame(m_cards);
    card->setObjectName(QStringLiteral("finding-") + finding.id);
    card->setFrameShape(QFrame::StyledPanel);
    auto *layout = new QVBoxLayout(card);

    const int count = int(finding.keys.size());
    auto *countLabel = new QLabel(QString::number(count), card);
    countLabel->setObjectName(QStringLiteral("countLabel"));
    QFont countFont = countLabel->font();
    countFont.setPointSizeF(countFont.pointSizeF() * 1.6);
    countFont.setBold(true);
    countLabel->setFont(countFont);
    countLabel->setMinimumWidth(countLabel->fontMetrics().horizontalAdvance(QStringLiteral("000")));
    countLabel->setAlignment(Qt::AlignCenter);
    if (count > 0) {
        QPalette palette = countLabel->palette();
        palette.setColor(QPalette::WindowText,
                         OutcomeStyle::color(OutcomeStyle::Severity::Warning, palette));
        countLabel->setPalette(palette);
    }

    auto *title = new QLabel(card);
    title->setTextFormat(Qt::PlainText);
    title->setProperty("plainTitle", finding.title);
    title->setText(Mnemonics::literal(finding.title));
    title->setObjectName(QStringLiteral("titleLabel"));
    QFont titleFont = title->font();
    titleFont.setBold(true);
    title->setFont(titleFont);
    auto *explanation = new QLabel(finding.explanation, card);
    explanation->setTextFormat(Qt::PlainText);
    explanation->setWordWrap(true);
    explanation->setObjectName(QStringLiteral("explanationLabel"));

    auto *text = new QVBoxLayout;
    text->setSpacing(2);
    text->addWidget(title);
    text->addWidget(explanation);

    auto *action = new QPushButton(card);
    action->setObjectName(QStringLiteral("action-") + finding.id);
    action->setProperty("findingId", finding.id);
    action->setText(finding.action == KeyOperation::Revoke
                        ? tr("Revoke %n Key(s)…", nullptr, count)
                        : tr("Deactivate %n Key(s)…", nullptr, count));
    Accessible::setName(action, action->text() + QLatin1Char(' ') + finding.title);
    action->setVisible(count > 0);
    connect(action, &QPushButton::clicked, this, [this, id = finding.id] { actOnFinding(id); });
    m_actionButtons << action;
    title->setBuddy(action);
    m_findingTitles << title;

    auto *header = new QHBoxLayout;
    header->addWidget(countLabel, 0, Qt::AlignTop);
    header->addLayout(text, 1);
    header->addWidget(action, 0, Qt::AlignTop);
    layout->addLayout(header);

    if (count == 0)
        return card;

    auto *toggle = new QToolButton(card);
    toggle->setObjectName(QStringLiteral("toggleKeys"));
    toggle->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    toggle->setAutoRaise(true);

    auto *keys = new QTreeWidget(card);
    keys->setObjectName(QStringLiteral("keysTree"));
    keys->setRootIsDecorated(false);
    keys->setAlternatingRowColors(true);
    keys->setUniformRowHeights(true);
    keys->setSelectionMode(QAbstractItemView::NoSelection);
    keys->setFocusPolicy(Qt::TabFocus);
    keys->setHeaderLabels({tr("Name"), tr("Owner"), tr("Ending"), tr("Created"), tr("Last used"),
                           tr("Expires"), tr("Scopes")});
    for (const ApiKey &key : finding.keys) {
        // QTreeWidgetItem text is never interpreted as markup: names show as they are.
        auto *item = new QTreeWidgetItem(
            keys, {key.name, owner(key), key.keyPostfix, day(key.createOn, QString()),
                   day(key.lastUsed, tr("never")), day(key.expiresAt, tr("never")),
                   key.isUnrestricted() ? tr("all") : key.permissions.join(QLatin1String(", "))});
        item->setToolTip(0, tr("Key id: %1").arg(key.id));
        item->setData(0, Qt::UserRole, key.id);
    }
    for (int column = 0; column < keys->columnCount(); ++column)
        keys->resizeColumnToContents(column);
    keys->header()->setStretchLastSection(true);
    keys->setVerticalScrollBarPolicy(Qt::ScrollBarAsNeeded);
    keys->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    const int rowHeight = keys->sizeHintForRow(0) > 0 ? keys->sizeHintForRow(0) : 20;
    const int rows = qMin(count, kMaxVisibleRows);
    keys->setFixedHeight(keys->header()->sizeHint().height() + rows * rowHeight +
                         2 * keys->frameWidth() + 2);
    layout->addWidget(toggle, 0, Qt::AlignLeft);
    layout->addWidget(keys);

    const auto update = [toggle, keys, count](bool shown) {
        keys->setVisible(shown);
        toggle->setArrowType(shown ? Qt::DownArrow : Qt::RightArrow);
        toggle->setText(shown ? tr("Hide the %n key(s)", nullptr, count)
                              : tr("Show the %n key(s)", nullptr, count));
    };
    connect(toggle, &QToolButton::clicked, keys, [keys, update] { update(keys->isHidden()); });
    update(true);
    return card;
}

void HygieneReportView::actOnFinding(const QString &findingId)
{
    if (isRunning() || isLoading())
        return;
    const HygieneFinding *finding = m_report.finding(findingId);
    if (!finding || finding->keys.isEmpty())
        return;
    KeyChangeRequest request;
    request.operation = finding->action;
    request.portal = m_admin.portal();
    request.profile = m_admin.profile;
    request.keys = finding->keys;
    request.ownKeyId = m_ownKeyId;
    request.note = tr("These are the keys under “%1”.").arg(finding->title);
    KeyChangeConfirmation::ask(
        window(), request, this,
        [this, operation = finding->action, title = finding->title](const QList<ApiKey> &keys) {
            if (isRunning() || isLoading())
                return;
            m_warning->setText({});
            if (!m_runner->start(m_admin, operation, keys))
                return;
            m_runner->setVisible(true);
            m_status->setText(operation == KeyOperation::Revoke
                                  ? tr("Revoking the keys under “%1”…").arg(title)
                                  : tr("Deactivating the keys under “%1”…").arg(title));
            updateButtons();
        },
        [this](const QString &sentence) { m_status->setText(sentence); });
}

void HygieneReportView::cancelAction()
{
    m_runner->cancel();
}

void HygieneReportView::onBatchFinished(const BatchSummary &summary, KeyOperation operation)
{
    m_runner->setVisible(false);
    emit actionFinished(summary, operation);
    if (summary.succeeded > 0)
        emit keysChanged();
    // The result of the action stays in view once the refreshed report is shown.
    m_statusAfterLoad = summary.sentence(operation);
    refresh();
}

void HygieneReportView::updateButtons()
{
    const bool busy = isLoading() || isRunning();
    m_refreshButton->setEnabled(!busy && m_admin.network);
    m_unusedDays->setEnabled(!isRunning());
    m_csvButton->setEnabled(m_loaded);
    m_htmlButton->setEnabled(m_loaded);
    m_pdfButton->setEnabled(m_loaded);
    for (QPushButton *button : std::as_const(m_actionButtons))
        button->setEnabled(!busy);
}

QString HygieneReportView::html() const
{
    return m_report.toHtml();
}

bool HygieneReportView::writeFile(const QString &path, const QByteArray &contents)
{
    QSaveFile file(path);
    if (file.open(QIODevice::WriteOnly) && file.write(contents) == contents.size() &&
        file.commit()) {
        m_status->setText(tr("Report saved as %1.").arg(QDir::toNativeSeparators(path)));
        return true;
    }
    MessageBox::warning(this, tr("Report Not Exported"),
                        tr("Cannot write %1.").arg(QDir::toNativeSeparators(path)),
                        tr("%1\nChoose another folder, or check that the disk is not full.")
                            .arg(file.errorString()));
    return false;
}

namespace {
QString suggestedName(const HygieneReport &report, const char *extension)
{
    return QDir::home().filePath(
        QStringLiteral("key-hygiene-%1.%2")
            .arg(report.generatedAt.toUTC().toString(QStringLiteral("yyyy-MM-dd")),
                 QLatin1String(extension)));
}
} // namespace

void HygieneReportView::exportCsv()
{
    if (!m_loaded)
        return;
    const QString path =
        FileChooser::saveFile(this, tr("Export Report as CSV"), suggestedName(m_report, "csv"),
                              tr("CSV files (*.csv);;All files (*)"));
    if (!path.isEmpty())
        writeFile(path, m_report.toCsv());
}

void HygieneReportView::exportHtml()
{
    if (!m_loaded)
        return;
    const QString path =
        FileChooser::saveFile(this, tr("Export Report as HTML"), suggestedName(m_report, "html"),
                              tr("Web pages (*.html *.htm);;All files (*)"));
    if (!path.isEmpty())
        writeFile(path, html().toUtf8());
}

void HygieneReportView::exportPdf()
{
#ifdef DSK_HAVE_PRINTSUPPORT
    if (!m_loaded)
        return;
    const QString path =
        FileChooser::saveFile(this, tr("Export Report as PDF"), suggestedName(m_report, "pdf"),
                              tr("PDF files (*.pdf);;All files (*)"));
    if (path.isEmpty())
        return;
    QPrinter printer(QPrinter::HighResolution);
    printer.setOutputFormat(QPrinter::PdfFormat);
    printer.setOutputFileName(path);
    // Seven columns with a full key id fit across a landscape page without wrapping.
    printer.setPageOrientation(QPageLayout::Landscape);
    printer.setDocName(tr("API key hygiene report"));
    // Qt's rich text knows table widths as attributes, not as the page's CSS: without this the
    // key tables shrink to their narrowest and every date wraps.
    QString page = html();
    page.replace(QLatin1String("<table>"),
                 QLatin1String("<table width=\"100%\" cellspacing=\"0\" cellpadding=\"3\">"));
    QTextDocument document;
    QFont font = document.defaultFont();
    font.setPointSizeF(9);
    document.setDefaultFont(font);
    document.setHtml(page);
    document.print(&printer);
    // QPrinter reports no errors: judge by the file.
    if (QFileInfo(path).size() > 0) {
        m_status->setText(tr("Report saved as %1.").arg(QDir::toNativeSeparators(path)));
        return;
    }
    MessageBox::warning(this, tr("Report Not Exported"),
                        tr("Cannot write %1.").arg(QDir::toNativeSeparators(path)),
                        tr("Choose another folder, or check that the disk is not full."));
#endif
}
