#pragma once

#include <QHash>
#include <QObject>
#include <QPointer>
#include <QString>

#include <functional>

// Where tokens live. The real store is the OS keychain (QtKeychain); when none is available the
// application keeps tokens for this session only and says so. Never a plain file.
class SecretStore : public QObject
{
    Q_OBJECT

public:
    enum class Status
    {
        Ok,
        NotFound,
        Unavailable,
        Failed
    };
    struct Result
    {
        Status status = Status::Ok;
        QString secret; // for read
        QString error;  // a sentence when not Ok
    };
    using Callback = std::function<void(const Result &)>;

    using QObject::QObject;

    // Asynchronous; `done` is called once, later, unless `context` was destroyed meanwhile.
    virtual void read(const QString &key, QObject *context, Callback done) = 0;
    virtual void write(const QString &key, const QString &secret, QObject *context,
                       Callback done) = 0;
    virtual void remove(const QString &key, QObject *context, Callback done) = 0;

    // False when tokens last only as long as this process.
    virtual bool isPersistent() const = 0;
    // Where tokens are kept, for the user: "the system keychain", "memory, for this session".
    virtual QString description() const = 0;

signals:
    // The keychain turned out to be unavailable and tokens are now kept for this session only.
    void persistenceChanged(bool persistent);
};

// Tokens in this process's memory only: the fallback, and the store for tests of the rest.
class MemorySecretStore : public SecretStore
{
    Q_OBJECT

public:
    using SecretStore::SecretStore;
    void read(const QString &key, QObject *context, Callback done) override;
    void write(const QString &key, const QString &secret, QObject *context, Callback done) override;
    void remove(const QString &key, QObject *context, Callback done) override;
    bool isPersistent() const override { return false; }
    QString description() const override;

private:
    QHash<QString, QString> m_secrets;
};

// The OS keychain through QtKeychain: Windows Credential Manager, macOS Keychain, Secret Service
// on Linux. When the keychain cannot be reached it switches to memory for the rest of the
// session (emitting persistenceChanged(false)); it never falls back to a file.
class KeychainSecretStore : public SecretStore
{
    Q_OBJECT

public:
    explicit KeychainSecretStore(QString service = QStringLiteral("DocSpace Keys"),
                                 QObject *parent = nullptr);
    void read(const QString &key, QObject *context, Callback done) override;
    void write(const QString &key, const QString &secret, QObject *context, Callback done) override;
    void remove(const QString &key, QObject *context, Callback done) override;
    bool isPersistent() const override { return !m_fallenBack; }
    QString description() const override;

private:
    void fallBack(const QString &reason);

    QString m_service;
    bool m_fallenBack = false;
    QString m_fallbackReason;
    MemorySecretStore m_memory;
};

// Runs a SecretStore call to completion in a local event loop; for the command line.
SecretStore::Result waitFor(const std::function<void(QObject *, SecretStore::Callback)> &call);
