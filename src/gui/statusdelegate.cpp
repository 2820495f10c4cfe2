#include "statusdelegate.h"

#include "outcomestyle.h"
#include "revokeoutcome.h"
#include "statusmodel.h"

#include <QAbstractItemView>
#include <QApplication>
#include <QPainter>
#include <QTextLayout>

namespace {
constexpr int Margin = 6;
constexpr int IconSize = 20;
constexpr int IconGap = 8;
constexpr int ArrowWidth = 16;
constexpr int LineGap = 3;

// Wraps text into width; draws it when a painter is given. Returns the height used.
int wrapText(QPainter *painter, const QFont &font, const QString &text, QPoint topLeft, int width)
{
    QTextLayout layout(text, font);
    QTextOption textOption;
    textOption.setWrapMode(QTextOption::WrapAtWordBoundaryOrAnywhere);
    layout.setTextOption(textOption);
    layout.beginLayout();
    qreal height = 0;
    for (QTextLine line = layout.createLine(); line.isValid(); line = layout.createLine()) {
        line.setLineWidth(width);
        line.setPosition(QPointF(0, height));
        height += line.height();
    }
    layout.endLayout();
    if (painter)
        layout.draw(painter, topLeft);
    return qCeil(height);
}
} // namespace

StatusDelegate::StatusDelegate(QObject *parent)
    : QStyledItemDelegate(parent)
{}

void StatusDelegate::paint(QPainter *painter, const QStyleOptionViewItem &option,
                           const QModelIndex &index) const
{
    QStyleOptionViewItem opt = option;
    initStyleOption(&opt, index);
    opt.text.clear();
    opt.icon = QIcon();
    const QWidget *widget = option.widget;
    QStyle *style = widget ? widget->style() : QApplication::style();

    painter->save();
    // Background, selection and focus frame from the style; the content is ours.
    style->drawControl(QStyle::CE_ItemViewItem, &opt, painter, widget);

    const QRect rect = option.rect;
    const auto severity =
        OutcomeStyle::severity(static_cast<OutcomeKind>(index.data(StatusModel::KindRole).toInt()));
    const QIcon icon = OutcomeStyle::icon(severity);
    icon.paint(painter, QRect(rect.left() + Margin, rect.top() + Margin, IconSize, IconSize));

    const bool expanded = index.data(StatusModel::ExpandedRole).toBool();
    const bool selected = option.state & QStyle::State_Selected;
    const QPalette::ColorGroup group =
        option.state & QStyle::State_Enabled ? QPalette::Normal : QPalette::Disabled;
    const QColor textColor =
        option.palette.color(group, selected ? QPalette::HighlightedText : QPalette::Text);

    // The disclosure arrow says the entry has more to show.
    QStyleOption arrow;
    arrow.rect = QRect(rect.right() - Margin - ArrowWidth + 4, rect.top() + Margin + 2, 12, 12);
    arrow.palette = option.palette;
    arrow.palette.setColor(QPalette::ButtonText, textColor);
    arrow.palette.setColor(QPalette::WindowText, textColor);
    arrow.state = QStyle::State_Enabled;
    style->drawPrimitive(expanded ? QStyle::PE_IndicatorArrowDown : QStyle::PE_IndicatorArrowRight,
                         &arrow, painter, widget);

    painter->setPen(selected ? textColor : OutcomeStyle::color(severity, option.palette));
    painter->setClipRect(rect);
    layoutEntry(painter, option, index, rect.width());

    painter->setPen(option.palette.color(QPalette::Midlight));
    painter->drawLine(rect.bottomLeft(), rect.bottomRight());
    painter->restore();
}

QSize StatusDelegate::sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const
{
    // Wrap to the viewport, not to whatever width the view guessed for the item.
    int width = option.rect.width();
    if (const auto *view = qobject_cast<const QAbstractItemView *>(option.widget))
        width = view->viewport()->width();
    if (width <= 0)
        width = 400;
    const int height = layoutEntry(nullptr, option, index, width);
    return QSize(width, qMax(height, IconSize + 2 * Margin));
}

int StatusDelegate::layoutEntry(QPainter *painter, const QStyleOptionViewItem &option,
                                const QModelIndex &index, int width) const
{
    const int left = option.rect.left() + Margin + IconSize + IconGap;
    const int textWidth = qMax(80, width - (Margin + IconSize + IconGap) - ArrowWidth - Margin);
    int y = option.rect.top() + Margin;

    const bool selected = option.state & QStyle::State_Selected;
    const QColor textColor =
        option.palette.color(selected ? QPalette::HighlightedText : QPalette::Text);

    QFont headlineFont = option.font;
    headlineFont.setBold(true);
    y += wrapText(painter, headlineFont, index.data(StatusModel::HeadlineRole).toString(),
                  QPoint(left, y), textWidth);

    if (painter)
        painter->setPen(textColor);
    const QString sentence = index.data(StatusModel::SentenceRole).toString();
    if (!sentence.isEmpty()) {
        y += LineGap;
        y += wrapText(painter, option.font, sentence, QPoint(left, y), textWidth);
    }

    if (index.data(StatusModel::ExpandedRole).toBool()) {
        QFont detailFont = option.font;
        if (detailFont.pointSizeF() > 0)
            detailFont.setPointSizeF(detailFont.pointSizeF() * 0.92);
        y += LineGap;
        const QStringList details = index.data(StatusModel::DetailsRole).toStringList();
        for (const QString &line : details) {
            y += LineGap;
            y += wrapText(painter, detailFont, line, QPoint(left + 8, y), textWidth - 8);
        }
    }
    return y + Margin - option.rect.top();
}
