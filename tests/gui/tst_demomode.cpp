#include "sandboxserver.h"

#include <QDirIterator>
#include <QFile>
#include <QJsonDocument>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

// The application in demo mode, as the README's run command starts it: it must leave the
// user's settings and keychain alone.
class TestDemoMode : public QObject
{
    Q_OBJECT

private slots:
    void demoMode_writesNothingUnderHome();
};

void TestDemoMode::demoMode_writesNothingUnderHome()
{
    SandboxServer sandbox;
    QVERIFY2(sandbox.listen(QHostAddress(QHostAddress::LocalHost), 0, 0),
             qPrintable(sandbox.errorString()));
    QTemporaryDir home;
    QTemporaryDir work;
    QVERIFY(home.isValid() && work.isValid());
    const QString infoFile = work.filePath(QStringLiteral("info.json"));
    {
        QFile file(infoFile);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(QJsonDocument(sandbox.info().toJson()).toJson());
    }

    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    environment.insert(QStringLiteral("HOME"), home.path());
    environment.insert(QStringLiteral("XDG_CONFIG_HOME"), home.filePath(QStringLiteral(".config")));
    environment.insert(QStringLiteral("XDG_DATA_HOME"), home.filePath(QStringLiteral(".local")));
    environment.insert(QStringLiteral("XDG_CACHE_HOME"), work.filePath(QStringLiteral("cache")));
    environment.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("offscreen"));
    environment.insert(QStringLiteral("DSK_BENCH_REPORT_SHOWN"), QStringLiteral("1"));
    environment.remove(QStringLiteral("DOCSPACE_TOKEN"));
    environment.remove(QStringLiteral("DBUS_SESSION_BUS_ADDRESS"));

    QProcess app;
    app.setProcessEnvironment(environment);
    app.start(QStringLiteral(DSK_APP_PATH), {QStringLiteral("--sandbox-info"), infoFile});
    QVERIFY2(app.waitForStarted(), qPrintable(app.errorString()));
    QByteArray output;
    QTRY_VERIFY_WITH_TIMEOUT((output += app.readAllStandardOutput()).contains("shown"), 30000);
    QCOMPARE(app.state(), QProcess::Running); // it started and stays up in demo mode
    app.kill();
    app.waitForFinished();

    QStringList written;
    QDirIterator files(home.path(), QDir::Files | QDir::Hidden, QDirIterator::Subdirectories);
    while (files.hasNext())
        written << files.next();
    QVERIFY2(written.isEmpty(), qPrintable(written.join(QLatin1Char('\n'))));
}

QTEST_GUILESS_MAIN(TestDemoMode)
#include "tst_demomode.moc"
