#include "leakedsecretdialog.h"

#include "accessiblenames.h"
#include "localdates.h"
#include "mnemonics.h"

#include "batchrunner.h"
#include "historyrecorder.h"
#include "keychangeconfirmation.h"
#include "messagebox.h"
#include "outcomestyle.h"
#include "secretclipboard.h"
#include "warningbar.h"

#include <QCheckBox>
#include <QClipboard>
#include <QDialogButtonBox>
#include <QEvent>
#include <QFontDatabase>
#include <QFormLayout>
#include <QGuiApplication>
#include <QHBoxLayout>
#include <QLabel>
#include <QLocale>
#include <QPlainTextEdit>
#include <QProgressBar>
#include <QPushButton>
#include <QScrollArea>
#include <QVBoxLayout>

#include <algorithm>

namespace {
QLabel *selectablePlainLabel(const QString &text, QWidget *parent)
{
    auto *label = new QLabel(text, parent);
    label->setTextFormat(Qt::PlainText);
    label->setWordWrap(true);
    label->setTextInteractionFlags(Qt::TextSelectableByMouse);
    return label;
}

void showOutcome(QLabel *label, const RevokeOutcome &outcome)
{
    const OutcomeStyle::Severity severity = OutcomeStyle::severity(outcome.kind);
    QPalette palette = label->palette();
    palette.setColor(QPalette::WindowText, OutcomeStyle::color(severity, label->palette()));
    label->setPalette(palette);
    label->setText(OutcomeStyle::title(outcome.kind));
    label->setToolTip(outcome.sentence);
}
} // namespace

LeakedSecretDialog::LeakedSecretDialog(const AdminConnection &admin, HistoryRecorder *recorder,
                                       QWidget *parent)
    : QDialog(parent)
    , m_admin(admin)
    , m_recorder(recorder)
    , m_intro(new QLabel(this))
    , m_textEdit(new QPlainTextEdit(this))
    , m_findButton(new QPushButton(this))
    , m_findResult(new QLabel(this))
    , m_resultsWidget(new QWidget)
    , m_resultsLayout(new QVBoxLayout(m_resultsWidget))
    , m_warning(new WarningBar(this))
    , m_runner(new BatchRunner(QStringLiteral("leaked"), this))
    , m_revokeButton(new QPushButton(this))
    , m_closeButton(new QPushButton(this))
{
    setObjectName(QStringLiteral("leakedSecretDialog"));
    m_textEdit->setObjectName(QStringLiteral("leakedTextEdit"));
    m_findButton->setObjectName(QStringLiteral("findKeysButton"));
    m_findResult->setObjectName(QStringLiteral("findResultLabel"));
    m_resultsWidget->setObjectName(QStringLiteral("leakedResults"));
    m_warning->setObjectName(QStringLiteral("leakedWarning"));
    m_revokeButton->setObjectName(QStringLiteral("leakedRevokeButton"));
    m_closeButton->setObjectName(QStringLiteral("leakedCloseButton"));

    m_intro->setTextFormat(Qt::PlainText);
    m_intro->setWordWrap(true);

    // Undo would keep a copy of the pasted text after the box is emptied.
    m_textEdit->setUndoRedoEnabled(false);
    m_textEdit->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    m_textEdit->setTabChangesFocus(true);
    m_textEdit->setMinimumHeight(90);
    m_textEdit->setMaximumHeight(140);

    m_findResult->setTextFormat(Qt::PlainText);
    m_findResult->setWordWrap(true);

    m_resultsLayout->setContentsMargins(0, 0, 0, 0);
    m_resultsLayout->addStretch(1);
    auto *scroll = new QScrollArea(this);
    scroll->setObjectName(QStringLiteral("leakedResultsScroll"));
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    scroll->setWidget(m_resultsWidget);

    m_runner->setRecorder(recorder);
    m_runner->setVisible(false);
    m_revokeButton->setAutoDefault(false);
    m_findButton->setAutoDefault(false);
    m_closeButton->setAutoDefault(false);

    auto *findRow = new QHBoxLayout;
    findRow->addWidget(m_findButton, 0, Qt::AlignTop);
    findRow->addWidget(m_findResult, 1);

    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_runner, 1);
    buttons->addStretch();
    buttons->addWidget(m_revokeButton);
    // Close is the dialog's reject role: Esc does the same.
    auto *closeBox = new QDialogButtonBox(this);
    closeBox->addButton(m_closeButton, QDialogButtonBox::RejectRole);
    buttons->addWidget(closeBox);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_intro);
    layout->addWidget(m_textEdit);
    layout->addLayout(findRow);
    layout->addWidget(scroll, 1);
    layout->addWidget(m_warning);
    layout->addLayout(buttons);

    connect(m_findButton, &QPushButton::clicked, this, &LeakedSecretDialog::findKeys);
    connect(m_revokeButton, &QPushButton::clicked, this, &LeakedSecretDialog::revokeSelected);
    connect(m_runner, &BatchRunner::keyFinished, this, &LeakedSecretDialog::onKeyFinished);
    connect(m_runner, &BatchRunner::recordFailed, m_warning, &WarningBar::setText);
    connect(m_runner, &BatchRunner::finished, this, &LeakedSecretDialog::onBatchFinished);
    connect(m_closeButton, &QPushButton::clicked, this, &QDialog::reject);
    connect(m_textEdit, &QPlainTextEdit::textChanged, this, &LeakedSecretDialog::updateButtons);

    resize(720, 560);
    retranslate();
}

void LeakedSecretDialog::retranslate()
{
    setWindowTitle(tr("Revoke Leaked Secret"));
    m_intro->setText(tr("Paste a leaked secret (sk-…), or any text that holds some: a log, a "
                        "diff, a chat export. Only the secrets are taken out of it; they stay "
                        "in this window's memory until it closes. Each is looked up on the "
                        "portal, and revoked with your own token once you have chosen it."));
    m_textEdit->setPlaceholderText(tr("sk-… or a whole block of text"));
    Accessible::setName(m_textEdit, tr("Text holding the leaked secrets"));
    m_findButton->setText(tr("&Find Keys"));
    m_closeButton->setText(tr("Close"));
    // Also the Revoke button, whose text depends on the choice. Results already shown stay
    // in the language they were made in.
    updateButtons();
}

void LeakedSecretDialog::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QDialog::changeEvent(event);
}

LeakedSecretDialog::~LeakedSecretDialog()
{
    forgetEverything();
}

void LeakedSecretDialog::setConnection(const AdminConnection &admin)
{
    forgetEverything();
    m_admin = admin;
}

void LeakedSecretDialog::done(int result)
{
    forgetEverything();
    QDialog::done(result);
}

void LeakedSecretDialog::forgetEverything()
{
    ++m_generation;
    m_pending = 0;
    m_textEdit->clear();
    m_findResult->clear();
    m_warning->setText({});
    // Identifications still running hold a secret: stop them.
    const QList<SecretIdentification *> running = findChildren<SecretIdentification *>();
    for (SecretIdentification *identification : running) {
        identification->disconnect(this);
        identification->deleteLater();
    }
    m_choices.clear();
    m_entries.clear();
    while (m_resultsLayout->count() > 1) {
        QLayoutItem *item = m_resultsLayout->takeAt(0);
        delete item->widget();
        delete item;
    }
    // A revocation already confirmed runs to its end: its outcomes are still recorded and
    // reported, only no longer shown here.
    updateButtons();
}

void LeakedSecretDialog::findKeys()
{
    QString text = m_textEdit->toPlainText();
    QStringList secrets = LeakedSecrets::find(text);
    text.fill(QLatin1Char(' '));
    text.clear();
    if (secrets.isEmpty()) {
        m_findResult->setText(tr("No API-key secret found. A DocSpace secret is sk- followed by "
                                 "64 lower-case hexadecimal digits on one line; check that the "
                                 "paste is complete."));
        return;
    }

    forgetEverything(); // also empties the text box: only the secrets are needed from here on
    // The paste most likely came through the clipboard: do not leave a live secret there.
    SecretClipboard::clearIfHolding(secrets);
    m_findResult->setText(tr("Found %n secret(s). The pasted text was cleared from this window.",
                             nullptr, int(secrets.size())));
    const quint64 generation = m_generation;
    for (int i = 0; i < secrets.size(); ++i) {
        QString &secret = secrets[i];
        Entry entry;
        entry.redacted = LeakedSecrets::redacted(secret);

        auto *frame = new QFrame(m_resultsWidget);
        frame->setObjectName(QStringLiteral("secret-%1").arg(i));
        frame->setFrameShape(QFrame::StyledPanel);
        auto *frameLayout = new QVBoxLayout(frame);
        auto *header = new QHBoxLayout;
        auto *secretLabel = selectablePlainLabel(entry.redacted, frame);
        secretLabel->setObjectName(QStringLiteral("secretLabel"));
        QFont mono = QFontDatabase::systemFont(QFontDatabase::FixedFont);
        mono.setBold(true);
        secretLabel->setFont(mono);
        secretLabel->setWordWrap(false);
        entry.state = selectablePlainLabel(tr("Asking the portal which key this is…"), frame);
        entry.state->setObjectName(QStringLiteral("stateLabel"));
        QFont stateFont = entry.state->font();
        stateFont.setBold(true);
        entry.state->setFont(stateFont);
        header->addWidget(secretLabel);
        header->addSpacing(12);
        header->addWidget(entry.state, 1);
        frameLayout->addLayout(header);
        entry.details = new QWidget(frame);
        frameLayout->addWidget(entry.details);
        m_resultsLayout->insertWidget(m_resultsLayout->count() - 1, frame);
        m_entries.append(entry);

        auto *identification =
            new SecretIdentification(m_admin.network, m_admin.settings, secret, this);
        secret.fill(QLatin1Char('0'));
        secret.clear();
        connect(identification, &SecretIdentification::finished, this,
                [this, i, generation](const SecretIdentity &identity) {
                    onIdentified(i, identity, generation);
                });
        ++m_pending;
        identification->start();
    }
    secrets.clear();
    updateButtons();
}

QString LeakedSecretDialog::describeKey(const ApiKey &key) const
{
    QString state;
    switch (key.stateAt(QDateTime::currentDateTimeUtc())) {
    case ApiKey::State::Active:
        state = tr("active");
        break;
    case ApiKey::State::Deactivated:
        state = tr("deactivated");
        break;
    case ApiKey::State::Expired:
        state = tr("expired");
        break;
    }
    return tr("“%1”, owner %2, ending %3, %4")
        .arg(key.name, key.createdByName.isEmpty() ? tr("unknown") : key.createdByName,
             key.keyPostfix, state);
}

QWidget *LeakedSecretDialog::keyDetails(const ApiKey &key, QWidget *parent) const
{
    auto *details = new QWidget(parent);
    auto *form = new QFormLayout(details);
    form->setContentsMargins(0, 0, 0, 0);
    form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    auto *name = selectablePlainLabel(key.name, details);
    name->setObjectName(QStringLiteral("keyNameLabel"));
    form->addRow(tr("Key:"), name);
    form->addRow(tr("Owner:"),
                 selectablePlainLabel(
                     key.createdByName.isEmpty() ? tr("unknown") : key.createdByName, details));
    form->addRow(tr("Scopes:"),
                 selectablePlainLabel(key.isUnrestricted()
                                          ? tr("all (unrestricted)")
                                          : key.permissions.join(QLatin1String(", ")),
                                      details));
    form->addRow(tr("Expires:"), selectablePlainLabel(key.expiresAt.isValid()
                                                          ? LocalDates::dayAndTime(key.expiresAt)
                                                          : tr("never"),
                                                      details));
    form->addRow(tr("Ending:"), selectablePlainLabel(key.keyPostfix, details));
    form->addRow(tr("Id:"), selectablePlainLabel(key.id, details));
    return details;
}

void LeakedSecretDialog::addChoice(int entry, QVBoxLayout *layout, QWidget *parent,
                                   const ApiKey &key, bool identified)
{
    auto *row = new QHBoxLayout;
    Choice choice;
    choice.key = key;
    choice.entry = entry;
    choice.check = new QCheckBox(
        identified ? tr("Revoke this key") : Mnemonics::literal(describeKey(key)), parent);
    choice.check->setObjectName(
        (identified ? QStringLiteral("revoke-") : QStringLiteral("candidate-")) + key.id);
    Accessible::setName(choice.check,
                        identified ? tr("Revoke %1").arg(key.name) : describeKey(key));
    // The portal said exactly which key this is; a mere same ending is for the admin to judge.
    choice.check->setChecked(identified);
    choice.result = selectablePlainLabel(QString(), parent);
    choice.result->setObjectName(QStringLiteral("result-") + key.id);
    row->addWidget(choice.check, 1);
    row->addWidget(choice.result);
    layout->addLayout(row);
    connect(choice.check, &QCheckBox::toggled, this, &LeakedSecretDialog::updateButtons);
    // In the order of the secrets in the text, as the window shows them, whichever answer came
    // first: what is selected (the confirmation's list, the revocation) follows that order.
    auto after = std::find_if(m_choices.begin(), m_choices.end(),
                              [entry](const Choice &other) { return other.entry > entry; });
    m_choices.insert(after, choice);
}

void LeakedSecretDialog::onIdentified(int index, const SecretIdentity &identity, quint64 generation)
{
    if (generation != m_generation || index >= m_entries.size())
        return;
    Entry &entry = m_entries[index];
    entry.finished = true;
    --m_pending;

    auto *layout = new QVBoxLayout(entry.details);
    layout->setContentsMargins(0, 0, 0, 0);
    switch (identity.state) {
    case SecretIdentity::State::Identified:
        entry.state->setText(tr("Identified by the portal: this secret belongs to this key."));
        layout->addWidget(keyDetails(identity.key, entry.details));
        addChoice(index, layout, entry.details, identity.key, true);
        break;
    case SecretIdentity::State::NoLongerWorks:
        entry.state->setText(tr("No longer works."));
        break;
    case SecretIdentity::State::NotIdentified:
        entry.state->setText(tr("Not identified."));
        break;
    }
    if (identity.state != SecretIdentity::State::Identified) {
        QPalette palette = entry.state->palette();
        palette.setColor(QPalette::WindowText,
                         OutcomeStyle::color(OutcomeStyle::Severity::Warning, palette));
        entry.state->setPalette(palette);
        auto *why = selectablePlainLabel(identity.failure.sentence, entry.details);
        why->setObjectName(QStringLiteral("failureLabel"));
        layout->addWidget(why);
        if (identity.candidates.isEmpty()) {
            layout->addWidget(selectablePlainLabel(
                tr("None of the keys you can see ends in %1: nothing to revoke.")
                    .arg(identity.ending),
                entry.details));
        } else {
            layout->addWidget(selectablePlainLabel(
                tr("Your keys ending in %1. The ending alone does not prove which key leaked: "
                   "tick one only if you know it is the one.")
                    .arg(identity.ending),
                entry.details));
            for (const ApiKey &key : identity.candidates)
                addChoice(index, layout, entry.details, key, false);
        }
    }
    updateButtons();
}

QList<ApiKey> LeakedSecretDialog::selectedKeys() const
{
    QList<ApiKey> keys;
    QStringList ids;
    for (const Choice &choice : m_choices) {
        if (choice.check->isChecked() && !choice.settled && !ids.contains(choice.key.id)) {
            ids << choice.key.id;
            keys << choice.key;
        }
    }
    return keys;
}

void LeakedSecretDialog::revokeSelected()
{
    if (isRevoking())
        return;
    const QList<ApiKey> keys = selectedKeys();
    if (keys.isEmpty())
        return;

    KeyChangeRequest request;
    request.operation = KeyOperation::Revoke;
    request.portal = m_admin.portal();
    request.profile = m_admin.profile;
    request.keys = keys;
    request.ownKeyId = m_admin.ownKeyId;
    request.note = m_admin.profile.isEmpty()
                       ? tr("They are revoked with your own token, not with the leaked secret.")
                       : tr("They are revoked with the token of profile “%1”, not with the "
                            "leaked secret.")
                             .arg(m_admin.profile);
    KeyChangeConfirmation::ask(
        this, request, this,
        [this](const QList<ApiKey> &chosen) {
            if (isRevoking())
                return;
            m_warning->setText({});
            m_revoked.clear();
            if (!m_runner->start(m_admin, KeyOperation::Revoke, chosen))
                return;
            m_runner->setVisible(true);
            updateButtons();
        },
        [this](const QString &sentence) { m_findResult->setText(sentence); });
}

void LeakedSecretDialog::cancelRevocation()
{
    m_runner->cancel();
}

bool LeakedSecretDialog::isRevoking() const
{
    return m_runner->isRunning();
}

void LeakedSecretDialog::onKeyFinished(const RevokeOutcome &outcome, const ApiKey &key)
{
    // Recorded already (BatchRunner); what was revoked is said once the batch ends, even when
    // the results below are gone by then.
    if (outcome.succeeded())
        m_revoked << KeyChangeConfirmation::keyName(key);
    for (Choice &choice : m_choices) {
        if (choice.key.id != outcome.keyId)
            continue;
        showOutcome(choice.result, outcome);
        if (outcome.succeeded()) {
            choice.settled = true;
            choice.check->setChecked(false);
            choice.check->setEnabled(false);
        }
    }
    emit this->outcome(outcome, key);
}

void LeakedSecretDialog::onBatchFinished(const BatchSummary &summary)
{
    m_runner->setVisible(false);
    QString result = summary.sentence(KeyOperation::Revoke);
    if (!m_revoked.isEmpty())
        result +=
            QLatin1Char(' ') + tr("Revoked: %1.").arg(QLocale().createSeparatedList(m_revoked));
    m_findResult->setText(result);
    updateButtons();
    emit revocationFinished(summary);
    if (summary.succeeded > 0)
        emit keysChanged();
}

void LeakedSecretDialog::updateButtons()
{
    const bool busy = isRevoking();
    m_findButton->setEnabled(!busy && !m_textEdit->document()->isEmpty());
    m_textEdit->setReadOnly(busy);
    const int selected = int(selectedKeys().size());
    m_revokeButton->setEnabled(!busy && selected > 0);
    // Nothing selected is its own state, not a plural form.
    m_revokeButton->setText(selected > 0 ? tr("&Revoke %n Key(s)…", nullptr, selected)
                                         : tr("&Revoke Selected…"));
    for (const Choice &choice : std::as_const(m_choices))
        choice.check->setEnabled(!busy && !choice.settled);
}
