// Shows one of the standalone views against an in-process sandbox portal, for looking at it
// (screenshots) while it is not yet in the main window:
//   widgetharness history|leaked|report [--dark] [--revoke (leaked: confirm and revoke)]
//   [--pdf FILE (report: export as PDF once loaded)]
// Nothing is written outside a temporary folder.
#include "filechooser.h"
#include "historylog.h"
#include "historyrecorder.h"
#include "historyview.h"
#include "hygienereportview.h"
#include "leakedsecretdialog.h"
#include "messagebox.h"
#include "sandboxserver.h"

#include <QApplication>
#include <QNetworkAccessManager>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QStyleFactory>
#include <QTemporaryDir>
#include <QTimer>

namespace {
void seedHistory(const QString &path, const QString &portal)
{
    struct Row
    {
        const char *name;
        const char *postfix;
        KeyOperation operation;
        OutcomeKind kind;
        int status;
        const char *source;
        int minutesAgo;
    };
    const Row rows[] = {
        {"Carol's notebook", "3f9a", KeyOperation::Revoke, OutcomeKind::Revoked, 200, "gui", 2},
        {"Zapier integration", "", KeyOperation::Revoke, OutcomeKind::Revoked, 200, "cli", 15},
        {"Monitoring", "b21c", KeyOperation::Deactivate, OutcomeKind::Deactivated, 200, "gui", 40},
        {"Backup script", "77d0", KeyOperation::Revoke, OutcomeKind::Forbidden, 403, "gui", 65},
        {"", "", KeyOperation::Revoke, OutcomeKind::NotFound, 404, "cli", 300},
        {"CI pipeline", "c0de", KeyOperation::Revoke, OutcomeKind::NetworkError, 0, "gui", 1500},
    };
    HistoryLog log(path);
    int n = 0;
    for (const Row &row : rows) {
        RevokeOutcome outcome;
        outcome.kind = row.kind;
        outcome.operation = row.operation;
        outcome.keyId =
            QStringLiteral("7c1e%1-5b2a-4c3d-9e8f-0a1b2c3d4e5f").arg(++n, 4, 10, QLatin1Char('0'));
        outcome.httpStatus = row.status;
        outcome.sentence = row.status == 403 ? QStringLiteral("The portal refused: this token may "
                                                              "not revoke other people's keys.")
                           : row.status == 404 ? QStringLiteral("No key with this id.")
                           : row.status == 0   ? QStringLiteral("The portal could not be reached.")
                                               : QStringLiteral("Done.");
        outcome.finishedAt = QDateTime::currentDateTimeUtc().addSecs(-60 * row.minutesAgo);
        HistoryRecord record = HistoryRecord::fromOutcome(
            outcome, n == 4 ? QStringLiteral("https://docs.example.com") : portal,
            QStringLiteral("Sandbox"), QString::fromLatin1(row.source));
        record.keyName = QString::fromUtf8(row.name);
        record.keyPostfix = QString::fromLatin1(row.postfix);
        if (record.source == QLatin1String("gui"))
            record.actor = QStringLiteral("Alice Owner");
        QString error;
        log.append(record, &error);
    }
    QFile file(path);
    if (file.open(QIODevice::Append))
        file.write("{\"time\":\"2024-05-01T10:00:00Z\",\"keyId\":\"torn");
}
} // namespace

int main(int argc, char *argv[])
{
    QApplication app(argc, argv);
    const QStringList args = app.arguments();
    const QString which = args.value(1, QStringLiteral("report"));
    if (args.contains(QStringLiteral("--dark"))) {
        QApplication::setStyle(QStyleFactory::create(QStringLiteral("Fusion")));
        QPalette dark;
        dark.setColor(QPalette::Window, QColor(0x2b, 0x2b, 0x2b));
        dark.setColor(QPalette::WindowText, QColor(0xe0, 0xe0, 0xe0));
        dark.setColor(QPalette::Base, QColor(0x1e, 0x1e, 0x1e));
        dark.setColor(QPalette::AlternateBase, QColor(0x26, 0x26, 0x26));
        dark.setColor(QPalette::Text, QColor(0xe0, 0xe0, 0xe0));
        dark.setColor(QPalette::Button, QColor(0x35, 0x35, 0x35));
        dark.setColor(QPalette::ButtonText, QColor(0xe0, 0xe0, 0xe0));
        dark.setColor(QPalette::Highlight, QColor(0x3d, 0x7a, 0xd6));
        QApplication::setPalette(dark);
    }

    QTemporaryDir dir;
    SandboxServer server;
    if (!dir.isValid() || !server.listen(QHostAddress::LocalHost, 0, -1))
        return 1;
    const SandboxInfo info = server.info();
    QNetworkAccessManager network;
    AdminConnection admin;
    admin.network = &network;
    admin.settings.portal = PortalAddress::parse(server.httpUrl().toString());
    admin.settings.token = info.keyByName(QStringLiteral("Admin console"))->secret;
    admin.profile = QStringLiteral("Sandbox");
    admin.actor = QStringLiteral("Alice Owner");
    const QString historyPath = dir.filePath(QStringLiteral("history.jsonl"));
    HistoryRecorder recorder(historyPath, QStringLiteral("gui"));

    std::unique_ptr<QWidget> widget;
    if (which == QLatin1String("history")) {
        seedHistory(historyPath, admin.portal());
        widget = std::make_unique<HistoryView>(historyPath);
        widget->resize(1180, 520);
    } else if (which == QLatin1String("leaked")) {
        auto *dialog = new LeakedSecretDialog(admin, &recorder);
        widget.reset(dialog);
        dialog->findChild<QPlainTextEdit *>(QStringLiteral("leakedTextEdit"))
            ->setPlainText(QStringLiteral("2024-05-01 12:00:01 POST /hook Authorization: Bearer ") +
                           info.keyByName(QStringLiteral("Carol's notebook"))->secret +
                           QStringLiteral("\nexport DOCSPACE_KEY=") +
                           info.keyByName(QStringLiteral("Disabled webhook"))->secret);
        if (!args.contains(QStringLiteral("--empty")))
            QTimer::singleShot(300, dialog, &LeakedSecretDialog::findKeys);
        if (args.contains(QStringLiteral("--revoke"))) {
            QTimer::singleShot(1500, dialog, [dialog] {
                MessageBox::setNextAnswer(QMessageBox::Ok);
                dialog->revokeSelected();
            });
        }
        dialog->resize(760, 640);
    } else {
        auto *view = new HygieneReportView(admin, &recorder);
        widget.reset(view);
        view->resize(1100, 860);
        QTimer::singleShot(0, view, &HygieneReportView::refresh);
        const int pdf = int(args.indexOf(QStringLiteral("--pdf")));
        if (pdf > 0) {
            const QString path = args.value(pdf + 1);
            QObject::connect(view, &HygieneReportView::loaded, view, [view, path] {
                FileChooser::setNextPath(path);
                view->exportPdf();
            });
        }
    }
    widget->setWindowTitle(QStringLiteral("DocSpace Keys — %1").arg(which));
    widget->move(0, 0);
    widget->show();
    return app.exec();
}
