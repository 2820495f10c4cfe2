// HTTP/2 where the portal's front end offers it, HTTP/1.1 where it does not: a local nginx
// (Debian nginx-light) with its own configuration in front of the sandbox, as DocSpace's nginx
// stands in front of the portal. Skipped, with the reason, where nginx is not installed.
#include "apicall.h"
#include "keybatch.h"
#include "nginxfront.h"
#include "sandboxserver.h"

#include <QNetworkAccessManager>
#include <QSignalSpy>
#include <QTest>

class TestHttp2 : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<SandboxServer> m_server;
    QNetworkAccessManager m_network;

    ConnectionSettings through(const NginxFront &front) const
    {
        ConnectionSettings settings;
        settings.portal = PortalAddress::parse(front.url().toString());
        settings.token = m_server->info().keyByName(QStringLiteral("Admin console"))->secret;
        settings.trust.extraCaCertificates = {front.certificate()};
        return settings;
    }
    QStringList freshIds(int count)
    {
        const QSet<QUuid> before = [this] {
            QSet<QUuid> ids;
            for (const SandboxKey &key : m_server->info().keys)
                ids.insert(key.id);
            return ids;
        }();
        m_server->portal().generateKeys(count);
        QStringList ids;
        for (const SandboxKey &key : m_server->info().keys) {
            if (!before.contains(key.id))
                ids << key.id.toString(QUuid::WithoutBraces);
        }
        return ids;
    }
    BatchSummary run(KeyBatch &batch)
    {
        QSignalSpy finished(&batch, &KeyBatch::finished);
        batch.start();
        if (!finished.wait(60000))
            return {};
        return finished.first().first().value<BatchSummary>();
    }

private slots:
    void initTestCase()
    {
        if (NginxFront::executable().isEmpty())
            QSKIP("nginx is not installed (Debian: nginx-light), so HTTP/2 is not tested here");
        if (!NginxFront::hasHttp2())
            QSKIP("this nginx has no HTTP/2 module, so HTTP/2 is not tested here");
    }

    void init()
    {
        PortalOptions options;
        options.limits.requestsPerMinute = 0;
        options.limits.concurrentWrites = 15;
        m_server = std::make_unique<SandboxServer>(options);
        QVERIFY(m_server->listen(QHostAddress::LocalHost, 0, -1));
    }

    void oneCall_overHttp2WhereTheFrontOffersIt()
    {
        NginxFront front;
        QString error;
        QVERIFY2(front.start(m_server->httpUrl().port(), true, &error), qPrintable(error));
        auto *call =
            new ApiCall(&m_network, through(front), "GET", QStringLiteral("/api/2.0/keys"));
        QSignalSpy finished(call, &ApiCall::finished);
        call->start();
        QVERIFY(finished.wait(20000));
        const auto exchange = finished.first().first().value<HttpExchange>();
        QCOMPARE(exchange.httpStatus, 200);
        QVERIFY(exchange.http2);
    }

    void batch_overHttp2_goesBeyondSixAtOnceAndStaysWithinFifteen()
    {
        NginxFront front;
        QString error;
        QVERIFY2(front.start(m_server->httpUrl().port(), true, &error), qPrintable(error));
        FaultSettings faults;
        faults.latencyMs = 60;
        m_server->setFaults(faults);
        const QStringList ids = freshIds(90);
        m_server->resetStats();
        KeyBatch batch(&m_network, through(front), KeyOperation::Revoke, ids);
        const BatchSummary summary = run(batch);
        QCOMPARE(summary.total, 90);
        QCOMPARE(summary.succeeded, 90);
        QVERIFY(summary.http2);
        QVERIFY2(summary.peakInFlight > KeyBatch::HttpConnectionsPerHost,
                 qPrintable(QString::number(summary.peakInFlight)));
        QVERIFY(summary.peakInFlight <= KeyBatch::WriteCeiling);
        for (const QString &id : ids)
            QVERIFY(!m_server->portal().key(QUuid::fromString(id)).has_value());
    }

    void batch_frontWithoutHttp2_fallsBackToHttp11()
    {
        NginxFront front;
        QString error;
        QVERIFY2(front.start(m_server->httpUrl().port(), false, &error), qPrintable(error));
        FaultSettings faults;
        faults.latencyMs = 40;
        m_server->setFaults(faults);
        const QStringList ids = freshIds(40);
        KeyBatch batch(&m_network, through(front), KeyOperation::Revoke, ids);
        const BatchSummary summary = run(batch);
        QCOMPARE(summary.succeeded, 40);
        QVERIFY(!summary.http2);
        QVERIFY(summary.peakInFlight <= KeyBatch::HttpConnectionsPerHost);
    }
};

QTEST_GUILESS_MAIN(TestHttp2)
#include "tst_http2.moc"
