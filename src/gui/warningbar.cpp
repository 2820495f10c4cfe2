#include "warningbar.h"
#include "accessiblenames.h"

#include "outcomestyle.h"

#include <QEvent>
#include <QHBoxLayout>
#include <QLabel>
#include <QPainter>
#include <QStyle>

WarningBar::WarningBar(QWidget *parent)
    : QWidget(parent)
    , m_icon(new QLabel(this))
    , m_text(new QLabel(this))
{
    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(10, 4, 10, 4);
    layout->setSpacing(8);
    const int iconSize = style()->pixelMetric(QStyle::PM_SmallIconSize, nullptr, this);
    m_icon->setPixmap(OutcomeStyle::icon(OutcomeStyle::Severity::Warning)
                          .pixmap(iconSize, iconSize, QIcon::Normal));
    m_icon->setAlignment(Qt::AlignTop);
    m_text->setTextFormat(Qt::PlainText);
    m_text->setWordWrap(true);
    m_text->setTextInteractionFlags(Qt::TextSelectableByMouse);
    layout->addWidget(m_icon);
    layout->addWidget(m_text, 1);
    setVisible(false);
}

void WarningBar::setText(const QString &text)
{
    m_text->setText(text);
    Accessible::setDescription(this, text);
    setVisible(!text.isEmpty());
}

QString WarningBar::text() const
{
    return m_text->text();
}

void WarningBar::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::PaletteChange || event->type() == QEvent::StyleChange)
        update();
    QWidget::changeEvent(event);
}

void WarningBar::paintEvent(QPaintEvent *event)
{
    Q_UNUSED(event)
    // A tint of the warning colour that stays readable on light and dark palettes.
    const QColor warning = OutcomeStyle::color(OutcomeStyle::Severity::Warning, palette());
    QColor fill = warning;
    fill.setAlphaF(0.12f);
    QPainter painter(this);
    painter.setRenderHint(QPainter::Antialiasing);
    painter.setPen(QPen(warning, 1));
    painter.setBrush(fill);
    painter.drawRoundedRect(QRectF(rect()).adjusted(0.5, 0.5, -0.5, -0.5), 4, 4);
}
