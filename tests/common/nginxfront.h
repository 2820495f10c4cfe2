#pragma once

// nginx (Debian: nginx-light) in front of a local HTTP server, as DocSpace's own nginx stands in
// front of the portal: HTTPS on a loopback port, with HTTP/2 offered by ALPN or not, proxying to
// the upstream over HTTP/1.1 with keep-alive. Started with its own configuration in a temporary
// folder; nothing of the system's nginx set-up is used or touched. Stopped when destroyed.
#include "certificates.h"

#include <QDir>
#include <QFile>
#include <QProcess>
#include <QSslCertificate>
#include <QStandardPaths>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTemporaryDir>
#include <QThread>
#include <QUrl>

class NginxFront
{
public:
    NginxFront() = default;
    NginxFront(const NginxFront &) = delete;
    NginxFront &operator=(const NginxFront &) = delete;
    ~NginxFront() { stop(); }

    // Empty when nginx is not installed.
    static QString executable()
    {
        const QString found = QStandardPaths::findExecutable(QStringLiteral("nginx"));
        if (!found.isEmpty())
            return found;
        return QStandardPaths::findExecutable(
            QStringLiteral("nginx"),
            {QStringLiteral("/usr/sbin"), QStringLiteral("/usr/local/sbin")});
    }
    static bool hasHttp2()
    {
        QProcess probe;
        probe.start(executable(), {QStringLiteral("-V")});
        probe.waitForFinished(10000);
        return (probe.readAllStandardError() + probe.readAllStandardOutput())
            .contains("--with-http_v2_module");
    }

    bool start(quint16 upstreamPort, bool http2, QString *error)
    {
        if (!m_dir.isValid()) {
            *error = QStringLiteral("no temporary folder");
            return false;
        }
        const GeneratedCertificate tls = generateSelfSigned({QStringLiteral("127.0.0.1")});
        m_certificate = QSslCertificate(tls.certificatePem);
        write(QStringLiteral("cert.pem"), tls.certificatePem);
        write(QStringLiteral("key.pem"), tls.privateKeyPem);
        {
            QTcpServer probe; // a free loopback port (released again for nginx)
            probe.listen(QHostAddress::LocalHost, 0);
            m_port = probe.serverPort();
        }
        const QString dir = m_dir.path();
        const QString config =
            QStringLiteral(
                "daemon off;\nmaster_process off;\nworker_processes 1;\npid %1/nginx.pid;\n"
                "error_log %1/error.log warn;\n"
                "events { worker_connections 1024; }\n"
                "http {\n"
                "  access_log off;\n"
                "  client_body_temp_path %1/body; proxy_temp_path %1/proxy;\n"
                "  fastcgi_temp_path %1/fastcgi; uwsgi_temp_path %1/uwsgi; "
                "scgi_temp_path %1/scgi;\n"
                "  upstream portal { server 127.0.0.1:%2; keepalive 64; }\n"
                "  server {\n"
                "    listen 127.0.0.1:%3 ssl%4;\n"
                "    ssl_certificate %1/cert.pem; ssl_certificate_key %1/key.pem;\n"
                "    http2_max_concurrent_streams 128;\n"
                "    location / {\n"
                "      proxy_pass http://portal;\n"
                "      proxy_http_version 1.1;\n"
                "      proxy_set_header Connection \"\";\n"
                "      proxy_set_header Host $http_host;\n"
                "      proxy_buffering off;\n"
                "      proxy_next_upstream off;\n"
                "    }\n"
                "  }\n"
                "}\n")
                .arg(dir)
                .arg(upstreamPort)
                .arg(m_port)
                .arg(http2 ? QStringLiteral(" http2") : QString());
        write(QStringLiteral("nginx.conf"), config.toUtf8());
        m_process.setProcessChannelMode(QProcess::MergedChannels);
        m_process.start(executable(), {QStringLiteral("-p"), dir, QStringLiteral("-e"),
                                       dir + QStringLiteral("/error.log"), QStringLiteral("-c"),
                                       dir + QStringLiteral("/nginx.conf")});
        if (!m_process.waitForStarted(10000)) {
            *error = QStringLiteral("nginx did not start: ") + m_process.errorString();
            return false;
        }
        for (int i = 0; i < 100; ++i) {
            QTcpSocket socket;
            socket.connectToHost(QHostAddress::LocalHost, m_port);
            if (socket.waitForConnected(200))
                return true;
            if (m_process.state() != QProcess::Running)
                break;
            QThread::msleep(50);
        }
        QFile log(dir + QStringLiteral("/error.log"));
        log.open(QIODevice::ReadOnly);
        *error = QStringLiteral("nginx did not listen: ") +
                 QString::fromUtf8(m_process.readAll() + log.readAll()).trimmed();
        stop();
        return false;
    }

    void stop()
    {
        if (m_process.state() == QProcess::NotRunning)
            return;
        m_process.terminate();
        if (!m_process.waitForFinished(5000)) {
            m_process.kill();
            m_process.waitForFinished(5000);
        }
    }

    QUrl url() const { return QUrl(QStringLiteral("https://127.0.0.1:%1").arg(m_port)); }
    QSslCertificate certificate() const { return m_certificate; }
    QByteArray certificatePem() const { return m_certificate.toPem(); }

private:
    void write(const QString &name, const QByteArray &data)
    {
        QFile file(m_dir.filePath(name));
        file.open(QIODevice::WriteOnly);
        file.write(data);
    }

    QTemporaryDir m_dir;
    QProcess m_process;
    QSslCertificate m_certificate;
    quint16 m_port = 0;
};
