#include "keycolumnsizer.h"

#include "keylistmodel.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QFontMetrics>
#include <QHeaderView>
#include <QStyle>
#include <QTableView>

void KeyColumnSizer::measure()
{
    if (!m_table || !m_model)
        return;
    const QFontMetrics metrics = m_table->fontMetrics();
    // In Latin letters: a CJK font's average character is twice as wide, and so would be
    // every column.
    const int pad = 3 * metrics.horizontalAdvance(QLatin1Char('x'));
    const int icon = m_table->style()->pixelMetric(QStyle::PM_SmallIconSize, nullptr, m_table);
    const auto width = [&](const QString &sample) {
        return metrics.horizontalAdvance(sample) + pad;
    };
    QHeaderView *header = m_table->horizontalHeader();
    // Never narrower than the column's title in the current language, sort arrow included.
    const QFontMetrics headerMetrics = header->fontMetrics();
    const auto resize = [&](int column, int contentWidth) {
        const QString title =
            m_model->headerData(column, Qt::Horizontal, Qt::DisplayRole).toString();
        header->resizeSection(
            column, qMax(contentWidth, headerMetrics.horizontalAdvance(title) + pad + icon));
    };
    resize(KeyListModel::NameColumn, width(QStringLiteral("Nightly backup to S3 (this token)")));
    resize(KeyListModel::EndingColumn, width(QStringLiteral("sk-***abcd_")));
    resize(KeyListModel::CreatedByColumn, width(QStringLiteral("Zoë O'Brien & Co_")));
    // A wide date in the format of the moment (two-digit day and month).
    const QString sampleDate =
        KeyListModel::dateText(QDateTime(QDate(2026, 12, 28), QTime(12, 0), Qt::UTC));
    const int date = width(sampleDate + QLatin1Char('_'));
    resize(KeyListModel::CreatedColumn, date);
    resize(KeyListModel::LastUsedColumn, date);
    // Samples in the current language, as the model words them.
    const auto model = [](const char *text) {
        return QCoreApplication::translate("KeyListModel", text);
    };
    resize(KeyListModel::ExpiresColumn,
           width(QStringLiteral("%1 (%2)").arg(
               sampleDate,
               QCoreApplication::translate("KeyListModel", "expired %n day(s) ago", nullptr, 30))));
    int state = 0;
    for (const char *text : {"active", "deactivated", "expired", "revoked"})
        state = qMax(state, width(model(text)));
    resize(KeyListModel::StateColumn, state + icon);
    m_expiresWidth = header->sectionSize(KeyListModel::ExpiresColumn);
    m_minExpiresWidth = qMax(
        date, headerMetrics.horizontalAdvance(
                  m_model->headerData(KeyListModel::ExpiresColumn, Qt::Horizontal, Qt::DisplayRole)
                      .toString()) +
                  pad + icon);
    m_nameWidth = header->sectionSize(KeyListModel::NameColumn);
    m_minNameWidth = qMin(m_nameWidth, width(QStringLiteral("Nightly backup")));
    m_minPermissionsWidth = qMax(
        width(model("Read only")),
        headerMetrics.horizontalAdvance(
            m_model->headerData(KeyListModel::PermissionsColumn, Qt::Horizontal, Qt::DisplayRole)
                .toString()) +
            pad + icon);
    // The last column stretches over what is left, but never below the width it was given last
    // (QHeaderView's default, 100 px, at first): give it its own minimum, as fit() counts it.
    header->resizeSection(KeyListModel::PermissionsColumn, m_minPermissionsWidth);
    fit();
}

void KeyColumnSizer::fit()
{
    if (!m_table || !m_model)
        return;
    QHeaderView *header = m_table->horizontalHeader();
    const int available = m_table->viewport()->width();
    if (available <= 0 || m_nameWidth <= 0)
        return;
    int expires = m_expiresWidth;
    int others = m_minPermissionsWidth + expires;
    for (int column = 0; column < m_model->columnCount(); ++column) {
        if (column != KeyListModel::NameColumn && column != KeyListModel::PermissionsColumn &&
            column != KeyListModel::ExpiresColumn)
            others += header->sectionSize(column);
    }
    const int overflow = others + m_minNameWidth - available;
    if (overflow > 0) {
        // Just what the table lacks: the keys' texts stay whole while they fit, and when even
        // they do not (German's wording of an expired key), the cell elides after the date.
        const int narrower = qMax(m_minExpiresWidth, expires - overflow);
        others -= expires - narrower;
        expires = narrower;
    }
    header->resizeSection(KeyListModel::ExpiresColumn, qMin(expires, m_expiresWidth));
    header->resizeSection(KeyListModel::NameColumn,
                          qBound(m_minNameWidth, available - others, m_nameWidth));
}
