#pragma once

#include <QWidget>

class QLabel;

// A plain-text warning across the top of the window, with the warning icon; hidden while empty.
class WarningBar : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(WarningBar)

public:
    explicit WarningBar(QWidget *parent = nullptr);

    void setText(const QString &text);
    QString text() const;

protected:
    void changeEvent(QEvent *event) override;
    void paintEvent(QPaintEvent *event) override;

private:
    QLabel *m_icon;
    QLabel *m_text;
};
