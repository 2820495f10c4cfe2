#pragma once

#include <QStyledItemDelegate>

// Draws one status entry: the outcome icon, a coloured headline, the sentence wrapped to the
// view's width and, when expanded, the details. Text is laid out as plain text, never markup.
class StatusDelegate : public QStyledItemDelegate
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(StatusDelegate)

public:
    explicit StatusDelegate(QObject *parent = nullptr);

    void paint(QPainter *painter, const QStyleOptionViewItem &option,
               const QModelIndex &index) const override;
    QSize sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const override;

private:
    // Lays out (and, with a painter, draws) the entry's text; returns the height it takes.
    int layoutEntry(QPainter *painter, const QStyleOptionViewItem &option, const QModelIndex &index,
                    int width) const;
};
