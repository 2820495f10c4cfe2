#include "allportalsview.h"

#include "csv.h"
#include "keylistmodel.h"
#include "keypermissions.h"
#include "localdates.h"
#include "messagebox.h"
#include "profilestore.h"
#include "secretstore.h"

#include <QCheckBox>
#include <QDialogButtonBox>
#include <QFileDialog>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QNetworkAccessManager>
#include <QPushButton>
#include <QSaveFile>
#include <QSpinBox>
#include <QTableWidget>
#include <QVBoxLayout>

#include <limits>
#include <memory>

namespace {
QString g_nextExportPath;

constexpr int LastUsedColumn = 5;
constexpr int ExpiresColumn = 6;

// Sorts by the date, not by its text (which does not sort in most languages); "never" first
// among last uses, last among expiries.
class DateItem : public QTableWidgetItem
{
public:
    DateItem(const QString &text, const QDateTime &date, bool neverIsLast)
        : QTableWidgetItem(text)
        , m_date(date)
    {
        setData(Qt::UserRole, date.isValid() ? date.toMSecsSinceEpoch()
                              : neverIsLast  ? std::numeric_limits<qint64>::max()
                                             : std::numeric_limits<qint64>::min());
    }
    bool operator<(const QTableWidgetItem &other) const override
    {
        return data(Qt::UserRole).toLongLong() < other.data(Qt::UserRole).toLongLong();
    }
    // For the CSV, as the Report's CSV writes days.
    QString fileText() const { return Csv::day(m_date, QStringLiteral("never")); }

private:
    QDateTime m_date;
};
} // namespace

void AllPortalsView::setNextExportPath(const QString &path)
{
    g_nextExportPath = path;
}

AllPortalsView::AllPortalsView(QNetworkAccessManager *network, ProfileStore *profiles,
                               SecretStore *secrets, QWidget *parent)
    : QDialog(parent)
    , m_network(network ? network : new QNetworkAccessManager(this))
    , m_profiles(profiles)
    , m_secrets(secrets)
{
    setObjectName(QStringLiteral("allPortalsView"));
    setWindowTitle(tr("Keys of All Portals"));
    resize(1100, 520);
    auto *layout = new QVBoxLayout(this);
    auto *filters = new QHBoxLayout;
    m_search = new QLineEdit(this);
    m_search->setObjectName(QStringLiteral("allPortalsSearch"));
    m_search->setPlaceholderText(tr("Search name, creator, ending, id or portal"));
    m_search->setClearButtonEnabled(true);
    m_expired = new QCheckBox(tr("Expired"), this);
    m_deactivated = new QCheckBox(tr("Deactivated"), this);
    m_neverUsed = new QCheckBox(tr("Never used"), this);
    m_unused = new QCheckBox(tr("Unused for"), this);
    m_unused->setObjectName(QStringLiteral("unusedFilter"));
    m_unused->setToolTip(KeyUsage::unusedRule());
    m_unusedDays = new QSpinBox(this);
    m_unusedDays->setRange(1, 3650);
    m_unusedDays->setValue(90);
    m_unusedDays->setSuffix(tr(" days"));
    filters->addWidget(m_search, 1);
    for (QWidget *w : std::initializer_list<QWidget *>{m_expired, m_deactivated, m_neverUsed,
                                                       m_unused, m_unusedDays})
        filters->addWidget(w);
    layout->addLayout(filters);
    m_table = new QTableWidget(this);
    m_table->setObjectName(QStringLiteral("allPortalsTable"));
    m_table->setColumnCount(9);
    m_table->setHorizontalHeaderLabels({tr("Portal"), tr("Profile"), tr("Name"), tr("Ending"),
                                        tr("Created by"), tr("Last used"), tr("Expires"),
                                        tr("State"), tr("Permissions")});
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSortingEnabled(true);
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_table->verticalHeader()->hide();
    m_table->verticalHeader()->setDefaultSectionSize(fontMetrics().height() + 8);
    m_table->setAlternatingRowColors(true);
    layout->addWidget(m_table);
    m_summary = new QLabel(this);
    m_summary->setObjectName(QStringLiteral("allPortalsSummary"));
    m_summary->setWordWrap(true);
    layout->addWidget(m_summary);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    auto *reload = buttons->addButton(tr("&Refresh"), QDialogButtonBox::ActionRole);
    auto *exportButton = buttons->addButton(tr("&Export CSV…"), QDialogButtonBox::ActionRole);
    exportButton->setObjectName(QStringLiteral("exportCsv"));
    connect(reload, &QPushButton::clicked, this, &AllPortalsView::refresh);
    connect(exportButton, &QPushButton::clicked, this, &AllPortalsView::exportCsv);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    layout->addWidget(buttons);
    connect(m_search, &QLineEdit::textChanged, this, &AllPortalsView::applyFilter);
    for (QCheckBox *box : {m_expired, m_deactivated, m_neverUsed, m_unused})
        connect(box, &QCheckBox::toggled, this, &AllPortalsView::applyFilter);
    connect(m_unusedDays, &QSpinBox::valueChanged, this, &AllPortalsView::applyFilter);
}

void AllPortalsView::refresh()
{
    const int generation = ++m_generation;
    m_loading = true;
    m_keys.clear();
    m_summary->setText(tr("Reading the tokens of the saved profiles…"));
    const QList<PortalProfile> profiles = m_profiles->profiles();
    // Tokens come from the secret store one by one; the lists are then read all at once.
    auto sources = std::make_shared<QList<MultiPortalLister::Source>>();
    auto problems = std::make_shared<QStringList>();
    auto pending = std::make_shared<int>(int(profiles.size()));
    if (profiles.isEmpty()) {
        start({}, {tr("There are no saved profiles yet.")});
        return;
    }
    for (const PortalProfile &profile : profiles) {
        m_secrets->read(
            profile.secretKey(), this,
            [this, generation, profile, sources, problems,
             pending](const SecretStore::Result &result) {
                if (generation != m_generation)
                    return;
                MultiPortalLister::Source source;
                source.profile = profile.name;
                QString error;
                if (result.status != SecretStore::Status::Ok)
                    problems->append(tr("“%1”: no saved token.").arg(profile.name));
                else if (!profile.toConnectionSettings(result.secret, &source.settings, &error))
                    problems->append(tr("“%1”: %2").arg(profile.name, error));
                else
                    sources->append(source);
                if (--*pending == 0)
                    start(*sources, *problems);
            });
    }
}

void AllPortalsView::start(const QList<MultiPortalLister::Source> &sources,
                           const QStringList &problems)
{
    m_problems = problems;
    auto *lister = new MultiPortalLister(m_network, sources, this);
    m_lister = lister;
    const int generation = m_generation;
    connect(lister, &MultiPortalLister::finished, this, [this, lister, generation] {
        lister->deleteLater();
        if (generation != m_generation)
            return;
        m_keys = lister->keys();
        for (const PortalListing &listing : lister->listings()) {
            if (!listing.ok)
                m_problems << tr("“%1” (%2): %3")
                                  .arg(listing.profile, listing.portal, listing.failure.sentence);
        }
        m_loading = false;
        applyFilter();
        emit loaded();
    });
    m_summary->setText(tr("Listing the keys of %n portal(s)…", nullptr, int(sources.size())));
    lister->start();
}

void AllPortalsView::applyFilter()
{
    KeyFilter filter;
    filter.expired = m_expired->isChecked();
    filter.deactivated = m_deactivated->isChecked();
    filter.neverUsed = m_neverUsed->isChecked();
    filter.unusedDays = m_unused->isChecked() ? m_unusedDays->value() : -1;
    const QString text = m_search->text().trimmed();
    const QDateTime now = QDateTime::currentDateTimeUtc();
    m_table->setSortingEnabled(false);
    m_table->setRowCount(0);
    QSet<QString> portals;
    for (const PortalKey &row : std::as_const(m_keys)) {
        if (!filter.matches(row.key, now))
            continue;
        if (!text.isEmpty()) {
            KeyFilter byText;
            byText.text = text;
            if (!byText.matches(row.key, now) && !row.portal.contains(text, Qt::CaseInsensitive) &&
                !row.profile.contains(text, Qt::CaseInsensitive))
                continue;
        }
        portals.insert(row.portal);
        const int r = m_table->rowCount();
        m_table->insertRow(r);
        const KeyPermissions permissions = KeyPermissions::fromScopes(row.key.permissions);
        // Dates and states as the key list (and the Report) write them.
        const QStringList cells{row.portal,
                                row.profile,
                                row.key.name,
                                row.key.maskedKey(),
                                row.key.createdByName,
                                LocalDates::day(row.key.lastUsed, KeyListModel::tr("never")),
                                LocalDates::day(row.key.expiresAt, KeyListModel::tr("never")),
                                KeyListModel::stateText(row.key.stateAt(now)),
                                permissions.modeText()};
        for (int c = 0; c < cells.size(); ++c) {
            auto *item = c == LastUsedColumn  ? new DateItem(cells.at(c), row.key.lastUsed, false)
                         : c == ExpiresColumn ? new DateItem(cells.at(c), row.key.expiresAt, true)
                                              : new QTableWidgetItem(cells.at(c));
            if (c == 8)
                item->setToolTip(permissions.description());
            if (c == 2)
                item->setToolTip(row.key.id);
            m_table->setItem(r, c, item);
        }
    }
    m_table->setSortingEnabled(true);
    m_table->resizeColumnsToContents();
    QString summary =
        tr("%1 of %n key(s) shown", nullptr, int(m_keys.size())).arg(m_table->rowCount()) +
        QLatin1String(", ") + tr("on %n portal(s).", nullptr, int(portals.size()));
    if (!m_problems.isEmpty())
        summary +=
            QLatin1Char('\n') + tr("Not listed: %1").arg(m_problems.join(QLatin1String(" ")));
    m_summary->setText(summary);
}

QString AllPortalsView::csv() const
{
    QString text = QStringLiteral("portal,profile,name,ending,createdBy,lastUsed,expires,state,"
                                  "permissions\n");
    for (int r = 0; r < m_table->rowCount(); ++r) {
        QStringList fields;
        for (int c = 0; c < m_table->columnCount(); ++c) {
            const QTableWidgetItem *item = m_table->item(r, c);
            const auto *date = dynamic_cast<const DateItem *>(item);
            fields << (date ? date->fileText() : Csv::field(item->text()));
        }
        text += fields.join(QLatin1Char(',')) + QLatin1Char('\n');
    }
    return text;
}

void AllPortalsView::exportCsv()
{
    QString path = g_nextExportPath;
    g_nextExportPath.clear();
    if (path.isEmpty())
        path = QFileDialog::getSaveFileName(this, tr("Export Keys of All Portals"),
                                            QStringLiteral("keys-all-portals.csv"),
                                            tr("CSV files (*.csv)"));
    if (path.isEmpty())
        return;
    QSaveFile file(path);
    const QByteArray bytes = csv().toUtf8();
    if (!file.open(QIODevice::WriteOnly) || file.write(bytes) != bytes.size() || !file.commit())
        MessageBox::warning(this, tr("Not Exported"),
                            tr("Cannot write %1: %2.").arg(path, file.errorString()));
}
