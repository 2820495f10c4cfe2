#include "secretstore.h"

#include <QCoreApplication>
#include <QEventLoop>
#include <QTimer>

#include <algorithm>

#ifdef DSK_HAVE_QTKEYCHAIN
#include <qt6keychain/keychain.h>
#endif

namespace {
// Calls `done` later, from the event loop, unless `context` is gone by then: callers get one
// asynchronous code path whichever store answers.
void deliver(QObject *context, SecretStore::Callback done, SecretStore::Result result)
{
    if (!context)
        return;
    QPointer<QObject> guard(context);
    QTimer::singleShot(0, context, [guard, done = std::move(done), result] {
        if (guard)
            done(result);
    });
}
} // namespace

void MemorySecretStore::read(const QString &key, QObject *context, Callback done)
{
    Result result;
    if (m_secrets.contains(key))
        result.secret = m_secrets.value(key);
    else
        result.status = Status::NotFound;
    deliver(context, std::move(done), result);
}

void MemorySecretStore::write(const QString &key, const QString &secret, QObject *context,
                              Callback done)
{
    m_secrets.insert(key, secret);
    deliver(context, std::move(done), Result{});
}

void MemorySecretStore::remove(const QString &key, QObject *context, Callback done)
{
    m_secrets.remove(key);
    deliver(context, std::move(done), Result{});
}

QString MemorySecretStore::description() const
{
    return tr("memory only, until DocSpace Keys closes");
}

KeychainSecretStore::KeychainSecretStore(QString service, QObject *parent)
    : SecretStore(parent)
    , m_service(std::move(service))
{
#ifndef DSK_HAVE_QTKEYCHAIN
    m_fallenBack = true;
    m_fallbackReason = tr("this build has no keychain support");
#endif
}

QString KeychainSecretStore::description() const
{
    if (m_fallenBack)
        return tr("memory only, until DocSpace Keys closes (no system keychain: %1)")
            .arg(m_fallbackReason);
    return tr("the system keychain");
}

void KeychainSecretStore::fallBack(const QString &reason)
{
    if (m_fallenBack)
        return;
    m_fallenBack = true;
    m_fallbackReason = reason;
    emit persistenceChanged(false);
}

#ifdef DSK_HAVE_QTKEYCHAIN
namespace {
bool backendMissing(QKeychain::Error error)
{
    // OtherError is what QtKeychain reports when D-Bus has no Secret Service to talk to.
    return error == QKeychain::NoBackendAvailable || error == QKeychain::NotImplemented ||
           error == QKeychain::OtherError;
}

template<typename Job> Job *makeJob(const QString &service, const QString &key, QObject *parent)
{
    auto *job = new Job(service, parent);
    job->setAutoDelete(true);
    job->setInsecureFallback(false); // never a plain file
    job->setKey(key);
    return job;
}
} // namespace

void KeychainSecretStore::read(const QString &key, QObject *context, Callback done)
{
    if (m_fallenBack)
        return m_memory.read(key, context, std::move(done));
    auto *job = makeJob<QKeychain::ReadPasswordJob>(m_service, key, this);
    QPointer<QObject> guard(context);
    connect(job, &QKeychain::Job::finished, this, [this, job, key, guard, done] {
        if (backendMissing(job->error())) {
            fallBack(job->errorString());
            m_memory.read(key, guard, done);
            return;
        }
        Result result;
        if (job->error() == QKeychain::NoError) {
            // `raw` shares the job's buffer. The job is done with it (it is deleted once this
            // signal returns, and never wipes), so the token's bytes are overwritten in place.
            QByteArray raw = job->binaryData();
            result.secret = QString::fromUtf8(raw);
            std::fill_n(const_cast<char *>(raw.constData()), raw.size(), '\0');
            raw.clear();
        } else if (job->error() == QKeychain::EntryNotFound) {
            result.status = Status::NotFound;
        } else {
            result.status = Status::Failed;
            result.error = tr("The keychain did not give the token: %1").arg(job->errorString());
        }
        if (guard)
            done(result);
    });
    job->start();
}

void KeychainSecretStore::write(const QString &key, const QString &secret, QObject *context,
                                Callback done)
{
    if (m_fallenBack)
        return m_memory.write(key, secret, context, std::move(done));
    auto *job = makeJob<QKeychain::WritePasswordJob>(m_service, key, this);
    job->setTextData(secret);
    QPointer<QObject> guard(context);
    connect(job, &QKeychain::Job::finished, this, [this, job, key, secret, guard, done] {
        if (backendMissing(job->error())) {
            fallBack(job->errorString());
            m_memory.write(key, secret, guard, done);
            return;
        }
        Result result;
        if (job->error() != QKeychain::NoError) {
            result.status = Status::Failed;
            result.error = tr("The keychain did not store the token: %1").arg(job->errorString());
        }
        if (guard)
            done(result);
    });
    job->start();
}

void KeychainSecretStore::remove(const QString &key, QObject *context, Callback done)
{
    if (m_fallenBack)
        return m_memory.remove(key, context, std::move(done));
    auto *job = makeJob<QKeychain::DeletePasswordJob>(m_service, key, this);
    QPointer<QObject> guard(context);
    connect(job, &QKeychain::Job::finished, this, [this, job, key, guard, done] {
        if (backendMissing(job->error())) {
            fallBack(job->errorString());
            m_memory.remove(key, guard, done);
            return;
        }
        Result result;
        if (job->error() != QKeychain::NoError && job->error() != QKeychain::EntryNotFound) {
            result.status = Status::Failed;
            result.error = tr("The keychain did not delete the token: %1").arg(job->errorString());
        }
        if (guard)
            done(result);
    });
    job->start();
}
#else
void KeychainSecretStore::read(const QString &key, QObject *context, Callback done)
{
    m_memory.read(key, context, std::move(done));
}
void KeychainSecretStore::write(const QString &key, const QString &secret, QObject *context,
                                Callback done)
{
    m_memory.write(key, secret, context, std::move(done));
}
void KeychainSecretStore::remove(const QString &key, QObject *context, Callback done)
{
    m_memory.remove(key, context, std::move(done));
}
#endif

SecretStore::Result waitFor(const std::function<void(QObject *, SecretStore::Callback)> &call)
{
    QEventLoop loop;
    SecretStore::Result outcome;
    outcome.status = SecretStore::Status::Failed;
    outcome.error = QCoreApplication::translate("SecretStore", "The keychain did not answer.");
    call(&loop, [&loop, &outcome](const SecretStore::Result &result) {
        outcome = result;
        loop.quit();
    });
    // A keychain that never answers (a hung D-Bus service) must not hang the command line.
    QTimer::singleShot(30000, &loop, &QEventLoop::quit);
    loop.exec();
    return outcome;
}
