#include "connectionresultview.h"
#include "accessiblenames.h"

#include "outcomestyle.h"

#include <QHBoxLayout>
#include <QIcon>
#include <QLabel>
#include <QPushButton>
#include <QStyle>
#include <QWidget>

ConnectionResultView::ConnectionResultView(QWidget *area, QObject *parent)
    : QObject(parent)
    , m_area(area)
{
    m_area->setVisible(false);
}

void ConnectionResultView::showProgress(const QString &portal)
{
    clear();
    addLine(QIcon(), tr("Signing in to %1…").arg(portal), "connectionProgress");
    m_area->setVisible(true);
}

void ConnectionResultView::showReport(const ConnectionReport &report, const QString &portal)
{
    m_report = report;
    m_portal = portal;
    m_certificateTrusted = false;
    render();
}

void ConnectionResultView::markTrusted(const QString &fingerprint)
{
    if (m_report && !m_report->ok &&
        m_report->failure.certificateSha256.compare(fingerprint, Qt::CaseInsensitive) == 0) {
        m_certificateTrusted = true;
        render();
    }
}

void ConnectionResultView::retranslate()
{
    if (m_report)
        render();
}

void ConnectionResultView::clear()
{
    m_report.reset();
    removeLines();
    m_area->setVisible(false);
}

void ConnectionResultView::removeLines()
{
    QLayout *layout = m_area->layout();
    while (QLayoutItem *item = layout->takeAt(0)) {
        if (QWidget *widget = item->widget())
            widget->deleteLater();
        delete item;
    }
    Accessible::setDescription(m_area, QString());
}

void ConnectionResultView::addLine(const QIcon &icon, const QString &text, const char *objectName,
                                   bool strong)
{
    auto *row = new QWidget(m_area);
    auto *rowLayout = new QHBoxLayout(row);
    rowLayout->setContentsMargins(0, 0, 0, 0);
    rowLayout->setSpacing(8);
    const int iconSize = m_area->style()->pixelMetric(QStyle::PM_SmallIconSize, nullptr, m_area);
    auto *iconLabel = new QLabel(row);
    iconLabel->setFixedSize(iconSize, iconSize);
    if (!icon.isNull())
        iconLabel->setPixmap(icon.pixmap(iconSize, iconSize));
    auto *textLabel = new QLabel(text, row);
    textLabel->setObjectName(QLatin1String(objectName));
    // Names and messages come from the portal: never markup.
    textLabel->setTextFormat(Qt::PlainText);
    textLabel->setWordWrap(true);
    textLabel->setTextInteractionFlags(Qt::TextSelectableByMouse);
    if (strong) {
        QFont font = textLabel->font();
        font.setBold(true);
        textLabel->setFont(font);
    }
    rowLayout->addWidget(iconLabel, 0, Qt::AlignTop);
    rowLayout->addWidget(textLabel, 1);
    m_area->layout()->addWidget(row);
    const QString description = Accessible::description(m_area);
    Accessible::setDescription(
        m_area, description.isEmpty() ? text : description + QLatin1Char('\n') + text);
}

void ConnectionResultView::render()
{
    if (!m_report)
        return;
    const ConnectionReport report = *m_report;
    const QString portal = m_portal;
    const bool trusted = m_certificateTrusted;
    removeLines();

    using OutcomeStyle::Severity;
    const QIcon warningIcon = OutcomeStyle::icon(Severity::Warning);
    if (report.ok) {
        addLine(OutcomeStyle::icon(Severity::Success), report.summary(), "connectionSummary", true);
        if (!report.docSpaceVersion.isEmpty())
            addLine(QIcon(), report.versionText(), "connectionVersion");
        if (report.hasKey)
            addLine(QIcon(), report.keySummary(), "connectionKey");
        for (const QString &warning : report.warnings)
            addLine(warningIcon, warning, "connectionWarning");
        if (report.warnings.isEmpty())
            addLine(QIcon(), tr("This token can revoke keys on %1.").arg(portal),
                    "connectionVerdict");
    } else {
        const RevokeOutcome &failure = report.failure;
        addLine(OutcomeStyle::icon(OutcomeStyle::severity(failure.kind)),
                tr("Could not sign in to %1: %2")
                    .arg(portal, OutcomeStyle::title(failure.kind).toLower()),
                "connectionSummary", true);
        addLine(QIcon(), failure.sentence, "connectionFailure");
        if (!failure.serverMessage.isEmpty())
            addLine(QIcon(), tr("The portal said: %1").arg(failure.serverMessage),
                    "connectionServerMessage");
        if (failure.kind == OutcomeKind::TlsError && !failure.certificateSha256.isEmpty()) {
            addLine(QIcon(),
                    tr("Certificate SHA-256 fingerprint: %1").arg(failure.certificateSha256),
                    "connectionFingerprint");
            if (trusted) {
                addLine(OutcomeStyle::icon(Severity::Success),
                        tr("Trusted for this session: test the connection again."),
                        "connectionTrusted");
            } else {
                auto *trustButton =
                    new QPushButton(QIcon(QStringLiteral(":/icons/certificate.svg")),
                                    tr("Tr&ust This Certificate…"), m_area);
                trustButton->setObjectName(QStringLiteral("connectionTrustButton"));
                const QString fingerprint = failure.certificateSha256;
                connect(trustButton, &QPushButton::clicked, this,
                        [this, portal, fingerprint] { emit trustRequested(portal, fingerprint); });
                auto *row = new QHBoxLayout;
                row->addWidget(trustButton);
                row->addStretch(1);
                auto *holder = new QWidget(m_area);
                holder->setLayout(row);
                // Lined up with the text above it, past the icon column.
                row->setContentsMargins(
                    m_area->style()->pixelMetric(QStyle::PM_SmallIconSize, nullptr, m_area) + 8, 4,
                    0, 0);
                m_area->layout()->addWidget(holder);
            }
        }
    }
    m_area->setVisible(true);
}
