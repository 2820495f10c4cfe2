#pragma once

#include <QObject>
#include <QPointer>

class ApiCall;
class ConnectionTest;
class DocSpaceClient;
struct ConnectionReport;

// Who a token is, for marking "this token" and "me": /people/@self through the connection test
// and, for an API key without accounts.self:read, /keys/@self (which needs no scope). Read-only.
class IdentityLookup : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(IdentityLookup)

public:
    // `client` must outlive the lookup (or be its parent's).
    explicit IdentityLookup(DocSpaceClient *client, QObject *parent = nullptr);
    ~IdentityLookup() override;

    void start();
    void cancel();

signals:
    // Any of them may be empty. Emitted at most once, then finished().
    void found(const QString &userId, const QString &ownKeyId, const QString &displayName);
    void finished();

private:
    void onReport(const ConnectionReport &report);
    void lookUpOwnKey();

    DocSpaceClient *m_client;
    QPointer<ConnectionTest> m_test;
    QPointer<ApiCall> m_selfKeyCall;
};
