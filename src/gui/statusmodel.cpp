#include "statusmodel.h"
#include "localdates.h"

#include "outcomestyle.h"

#include <QStringList>

namespace {
bool sameFingerprint(const QString &a, const QString &b)
{
    const auto normalised = [](QString text) {
        return text.remove(QLatin1Char(':')).trimmed().toLower();
    };
    return !a.isEmpty() && normalised(a) == normalised(b);
}
} // namespace

StatusModel::StatusModel(QObject *parent)
    : QAbstractListModel(parent)
{}

StatusModel::Entry StatusModel::makeEntry(const RevokeOutcome &outcome, const QString &portal)
{
    Entry entry;
    entry.outcome = outcome;
    entry.portal = portal;
    entry.at = outcome.finishedAt.isValid() ? outcome.finishedAt : QDateTime::currentDateTime();
    // A certificate problem is only useful with its fingerprint in view.
    entry.expanded = outcome.kind == OutcomeKind::TlsError;
    return entry;
}

void StatusModel::addOutcome(const RevokeOutcome &outcome, const QString &portal)
{
    beginInsertRows({}, 0, 0);
    m_entries.prepend(makeEntry(outcome, portal));
    endInsertRows();
}

void StatusModel::addOutcomes(const QList<RevokeOutcome> &outcomes, const QString &portal)
{
    if (outcomes.isEmpty())
        return;
    QList<Entry> entries;
    entries.reserve(outcomes.size() + m_entries.size());
    for (auto it = outcomes.crbegin(); it != outcomes.crend(); ++it)
        entries.append(makeEntry(*it, portal));
    beginInsertRows({}, 0, int(outcomes.size()) - 1);
    entries.append(m_entries);
    m_entries = std::move(entries);
    endInsertRows();
}

void StatusModel::clear()
{
    beginResetModel();
    m_entries.clear();
    endResetModel();
}

void StatusModel::markCertificateTrusted(const QString &fingerprint)
{
    for (int row = 0; row < m_entries.size(); ++row) {
        Entry &entry = m_entries[row];
        if (entry.outcome.kind == OutcomeKind::TlsError &&
            sameFingerprint(entry.outcome.certificateSha256, fingerprint)) {
            entry.certificateTrusted = true;
            const QModelIndex changed = index(row);
            emit dataChanged(changed, changed);
        }
    }
}

int StatusModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(m_entries.size());
}

QVariant StatusModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Entry &entry = m_entries.at(index.row());
    const OutcomeStyle::Severity severity = OutcomeStyle::severity(entry.outcome.kind);
    switch (role) {
    case Qt::DisplayRole:
    case Qt::AccessibleTextRole:
        return QString(headline(entry, LocalDates::timeWithSeconds(entry.at)) + QLatin1Char('\n') +
                       entry.outcome.sentence);
    case Qt::AccessibleDescriptionRole:
        return details(entry).join(QLatin1Char('\n'));
    case Qt::DecorationRole:
        return OutcomeStyle::icon(severity);
    case KindRole:
        return static_cast<int>(entry.outcome.kind);
    case KindNameRole:
        return entry.outcome.kindName();
    case HeadlineRole:
        return headline(entry, LocalDates::timeWithSeconds(entry.at));
    case SentenceRole:
        return entry.outcome.sentence;
    case DetailsRole:
        return details(entry);
    case FingerprintRole:
        return entry.outcome.kind == OutcomeKind::TlsError ? entry.outcome.certificateSha256
                                                           : QString();
    case PortalRole:
        return entry.portal;
    case ExpandedRole:
        return entry.expanded;
    case CertificateTrustedRole:
        return entry.certificateTrusted;
    case PlainTextRole:
        return plainText(entry);
    default:
        return {};
    }
}

bool StatusModel::setData(const QModelIndex &index, const QVariant &value, int role)
{
    if (role != ExpandedRole ||
        !checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return false;
    Entry &entry = m_entries[index.row()];
    if (entry.expanded == value.toBool())
        return true;
    entry.expanded = value.toBool();
    emit dataChanged(index, index, {ExpandedRole});
    return true;
}

Qt::ItemFlags StatusModel::flags(const QModelIndex &index) const
{
    return QAbstractListModel::flags(index) | Qt::ItemNeverHasChildren;
}

QString StatusModel::headline(const Entry &entry, const QString &time) const
{
    QStringList parts;
    parts << time << OutcomeStyle::title(entry.outcome.kind);
    if (entry.outcome.httpStatus > 0)
        parts << tr("HTTP %1").arg(entry.outcome.httpStatus);
    if (!entry.outcome.keyName.isEmpty())
        parts << tr("key “%1” (…%2)").arg(entry.outcome.keyName, entry.outcome.keyPostfix);
    else if (!entry.outcome.keyId.isEmpty())
        parts << tr("key %1").arg(entry.outcome.keyId);
    return parts.join(QStringLiteral(" · "));
}

QStringList StatusModel::details(const Entry &entry) const
{
    const RevokeOutcome &outcome = entry.outcome;
    QStringList lines;
    if (!entry.portal.isEmpty())
        lines << tr("Portal: %1").arg(entry.portal);
    if (!outcome.keyName.isEmpty())
        lines << tr("Key id: %1").arg(outcome.keyId);
    lines << tr("Result: %1").arg(outcome.kindName());
    if (!outcome.serverMessage.isEmpty())
        lines << tr("Portal's message: %1").arg(outcome.serverMessage);
    if (outcome.retryAfterSeconds >= 0)
        lines << tr("Retry after: %n second(s)", nullptr, outcome.retryAfterSeconds);
    if (!outcome.detail.isEmpty())
        lines << tr("Detail: %1").arg(outcome.detail);
    if (!outcome.certificateSha256.isEmpty()) {
        lines << tr("Certificate SHA-256: %1").arg(outcome.certificateSha256);
        lines << (entry.certificateTrusted
                      ? tr("This certificate is trusted for the rest of this session. "
                           "Revoke again to retry.")
                      : tr("If you recognise this fingerprint as your portal's certificate, "
                           "use \"Trust this certificate…\" and revoke again."));
    }
    return lines;
}

QString StatusModel::plainText(const Entry &entry) const
{
    QStringList lines;
    lines << headline(entry, entry.at.toString(Qt::ISODate)) << entry.outcome.sentence;
    for (const QString &line : details(entry))
        lines << QStringLiteral("  ") + line;
    return lines.join(QLatin1Char('\n'));
}
