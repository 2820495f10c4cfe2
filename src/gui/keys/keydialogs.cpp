#include "keydialogs.h"
#include "accessiblenames.h"

#include "outcomestyle.h"

#include <QDialogButtonBox>
#include <QFontDatabase>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QStyle>
#include <QVBoxLayout>

namespace {
QLabel *plainLabel(const QString &text, QWidget *parent)
{
    auto *label = new QLabel(text, parent);
    label->setTextFormat(Qt::PlainText); // key names come from the portal
    label->setWordWrap(true);
    return label;
}
} // namespace

BatchConfirmDialog::BatchConfirmDialog(const QString &title, const QString &question,
                                       const QString &consequence, const QStringList &keyLines,
                                       const QString &acceptText, QWidget *parent)
    : QDialog(parent)
    , m_count(keyLines.size())
{
    setObjectName(QStringLiteral("batchConfirmDialog"));
    setWindowTitle(title);
    auto *layout = new QVBoxLayout(this);

    auto *top = new QHBoxLayout;
    auto *icon = new QLabel(this);
    const int iconSize = style()->pixelMetric(QStyle::PM_MessageBoxIconSize, nullptr, this);
    icon->setPixmap(style()->standardIcon(QStyle::SP_MessageBoxWarning).pixmap(iconSize));
    top->addWidget(icon, 0, Qt::AlignTop);
    auto *text = new QVBoxLayout;
    auto *questionLabel = plainLabel(question, this);
    questionLabel->setObjectName(QStringLiteral("confirmQuestion"));
    QFont bold = questionLabel->font();
    bold.setBold(true);
    questionLabel->setFont(bold);
    text->addWidget(questionLabel);
    auto *consequenceLabel = plainLabel(consequence, this);
    consequenceLabel->setObjectName(QStringLiteral("confirmConsequence"));
    text->addWidget(consequenceLabel);
    top->addLayout(text, 1);
    layout->addLayout(top);

    // QPlainTextEdit never interprets markup: "<b>Legacy</b>" stays as typed.
    auto *list = new QPlainTextEdit(this);
    list->setObjectName(QStringLiteral("confirmKeyList"));
    list->setReadOnly(true);
    list->setLineWrapMode(QPlainTextEdit::NoWrap);
    // Every key up to a number a person still reads line by line; past it, how many more.
    QStringList shown = keyLines.mid(0, MaxListed);
    if (keyLines.size() > MaxListed)
        shown << tr("… and %n more key(s), not listed here but counted above", nullptr,
                    int(keyLines.size()) - MaxListed);
    list->setPlainText(shown.join(QLatin1Char('\n')));
    Accessible::setName(list, tr("Keys"));
    const int lines = qBound(3, int(shown.size()), VisibleLines);
    list->setFixedHeight(list->fontMetrics().lineSpacing() * lines + 2 * list->frameWidth() + 10);
    list->setMinimumWidth(list->fontMetrics().averageCharWidth() * 60);
    layout->addWidget(list);

    auto *buttons = new QDialogButtonBox(this);
    m_accept = buttons->addButton(acceptText, QDialogButtonBox::AcceptRole);
    m_accept->setObjectName(QStringLiteral("confirmAcceptButton"));
    QPushButton *cancel = buttons->addButton(QDialogButtonBox::Cancel);
    cancel->setDefault(true);
    m_accept->setAutoDefault(false);

    if (needsTypedCount()) {
        auto *row = new QHBoxLayout;
        auto *prompt =
            plainLabel(tr("To confirm, type the number of keys (%1):").arg(m_count), this);
        prompt->setWordWrap(false);
        m_countEdit = new QLineEdit(this);
        m_countEdit->setObjectName(QStringLiteral("confirmCountEdit"));
        Accessible::setName(m_countEdit, tr("Number of keys"));
        m_countEdit->setMaximumWidth(m_countEdit->fontMetrics().averageCharWidth() * 10);
        prompt->setBuddy(m_countEdit);
        row->addWidget(prompt);
        row->addWidget(m_countEdit);
        row->addStretch(1);
        layout->addLayout(row);
        connect(m_countEdit, &QLineEdit::textChanged, this, &BatchConfirmDialog::updateAccept);
        m_countEdit->setFocus();
    } else {
        cancel->setFocus();
    }
    layout->addWidget(buttons);
    connect(buttons, &QDialogButtonBox::accepted, this, [this] {
        if (m_accept->isEnabled())
            accept();
    });
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    updateAccept();
}

void BatchConfirmDialog::updateAccept()
{
    const bool confirmed =
        !m_countEdit || m_countEdit->text().trimmed() == QString::number(m_count);
    m_accept->setEnabled(confirmed);
    // Once the number is typed, Enter in that field means "yes"; before, it means "no".
    if (m_countEdit)
        m_accept->setDefault(confirmed);
}

// --- PasteIdsDialog ---

PasteIdsDialog::PasteIdsDialog(QWidget *parent)
    : QDialog(parent)
{
    setObjectName(QStringLiteral("pasteIdsDialog"));
    setWindowTitle(tr("Revoke Keys by Id"));
    auto *layout = new QVBoxLayout(this);
    auto *intro = plainLabel(tr("&Paste key ids, one per line, or a CSV export with an \"id\" "
                                "column. Lines without a key id are shown below and skipped."),
                             this);
    layout->addWidget(intro);
    m_edit = new QPlainTextEdit(this);
    m_edit->setObjectName(QStringLiteral("pasteIdsEdit"));
    Accessible::setName(m_edit, tr("Key ids"));
    m_edit->setPlaceholderText(tr("3f2504e0-4f89-11d3-9a0c-0305e82c3301\n…"));
    m_edit->setLineWrapMode(QPlainTextEdit::NoWrap);
    m_edit->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    m_edit->setMinimumSize(m_edit->fontMetrics().averageCharWidth() * 48,
                           m_edit->fontMetrics().lineSpacing() * 10);
    intro->setBuddy(m_edit);
    layout->addWidget(m_edit, 2);
    m_summary = plainLabel(QString(), this);
    m_summary->setObjectName(QStringLiteral("pasteSummary"));
    layout->addWidget(m_summary);
    m_rejected = new QPlainTextEdit(this);
    m_rejected->setObjectName(QStringLiteral("pasteRejectedList"));
    Accessible::setName(m_rejected, tr("Skipped lines"));
    m_rejected->setReadOnly(true);
    m_rejected->setLineWrapMode(QPlainTextEdit::NoWrap);
    m_rejected->setMaximumHeight(m_rejected->fontMetrics().lineSpacing() * 6);
    m_rejected->setVisible(false);
    QPalette warning = m_rejected->palette();
    warning.setColor(QPalette::Text,
                     OutcomeStyle::color(OutcomeStyle::Severity::Warning, m_rejected->palette()));
    m_rejected->setPalette(warning);
    layout->addWidget(m_rejected, 1);

    auto *buttons = new QDialogButtonBox(this);
    m_accept = buttons->addButton(tr("&Revoke…"), QDialogButtonBox::AcceptRole);
    m_accept->setObjectName(QStringLiteral("pasteRevokeButton"));
    buttons->addButton(QDialogButtonBox::Cancel);
    layout->addWidget(buttons);
    connect(buttons, &QDialogButtonBox::accepted, this, [this] {
        if (m_accept->isEnabled())
            accept();
    });
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_edit, &QPlainTextEdit::textChanged, this, &PasteIdsDialog::reparse);
    reparse();
}

void PasteIdsDialog::setText(const QString &text)
{
    m_edit->setPlainText(text);
}

void PasteIdsDialog::reparse()
{
    m_list = KeyIdList::parse(m_edit->toPlainText());
    const int count = int(m_list.ids.size());
    QStringList parts;
    parts << tr("%n key id(s)", nullptr, count);
    if (!m_list.rejected.isEmpty())
        parts << tr("%n line(s) skipped", nullptr, int(m_list.rejected.size()));
    if (m_list.duplicates > 0)
        parts << tr("%n repeat(s) ignored", nullptr, int(m_list.duplicates));
    m_summary->setText(parts.join(QLatin1String("; ")) + QLatin1Char('.'));
    QStringList rejected;
    rejected.reserve(m_list.rejected.size());
    for (const KeyIdList::Rejected &line : std::as_const(m_list.rejected))
        rejected << tr("Line %1: %2 — %3").arg(line.line).arg(line.text, line.reason);
    m_rejected->setPlainText(rejected.join(QLatin1Char('\n')));
    m_rejected->setVisible(!rejected.isEmpty());
    m_accept->setEnabled(count > 0);
    m_accept->setText(tr("&Revoke %n Key(s)…", nullptr, count));
}
