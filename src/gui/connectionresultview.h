#pragma once

#include "connectiontest.h"

#include <QObject>
#include <QString>

#include <optional>

class QIcon;
class QWidget;

// What "Test connection" found, shown line by line in the window's result area: who the token
// signs in as, its key, warnings and the verdict; or why it could not sign in, with the
// certificate's fingerprint and "Trust This Certificate…" when that is the reason.
class ConnectionResultView : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ConnectionResultView)

public:
    // `area` is the (empty, laid out) widget the lines go into; hidden while there are none.
    explicit ConnectionResultView(QWidget *area, QObject *parent = nullptr);

    void showProgress(const QString &portal);
    void showReport(const ConnectionReport &report, const QString &portal);
    // The certificate of the failure shown was trusted: say so instead of offering it again.
    void markTrusted(const QString &fingerprint);
    // Shows the report again, in the language of the moment.
    void retranslate();
    void clear();
    bool hasReport() const { return m_report.has_value(); }

signals:
    void trustRequested(const QString &portal, const QString &fingerprint);

private:
    void addLine(const QIcon &icon, const QString &text, const char *objectName,
                 bool strong = false);
    void removeLines();
    void render();

    QWidget *m_area;
    std::optional<ConnectionReport> m_report;
    QString m_portal;
    bool m_certificateTrusted = false;
};
