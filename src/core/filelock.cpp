#include "filelock.h"

#include <QDeadlineTimer>
#include <QFile>
#include <QThread>

#ifdef Q_OS_WIN
#include <windows.h>
#else
#include <cerrno>
#include <cstring>
#include <fcntl.h>
#include <sys/file.h>
#include <unistd.h>
#endif

FileLock::FileLock(QString path)
    : m_path(std::move(path))
{}

FileLock::~FileLock()
{
    unlock();
}

bool FileLock::tryLock(int timeoutMs)
{
    if (m_locked)
        return true;
    m_heldElsewhere = false;
    if (!open())
        return false;
    QDeadlineTimer deadline(qMax(0, timeoutMs));
    int pauseMs = 1;
    for (;;) {
        bool busy = false;
        if (tryOnce(&busy)) {
            m_locked = true;
            m_error.clear();
            return true;
        }
        m_heldElsewhere = busy;
        if (!busy || deadline.hasExpired())
            break;
        // The holder is usually done within milliseconds (one append); back off to 50 ms.
        QThread::msleep(ulong(qMin<qint64>(pauseMs, qMax<qint64>(1, deadline.remainingTime()))));
        pauseMs = qMin(pauseMs * 2, 50);
    }
    close();
    return false;
}

void FileLock::unlock()
{
    // Closing the file lets go of the lock with it.
    close();
    m_locked = false;
}

#ifdef Q_OS_WIN

bool FileLock::open()
{
    if (m_handle)
        return true;
    HANDLE handle =
        CreateFileW(reinterpret_cast<const wchar_t *>(m_path.utf16()), GENERIC_READ | GENERIC_WRITE,
                    FILE_SHARE_READ | FILE_SHARE_WRITE | FILE_SHARE_DELETE, nullptr, OPEN_ALWAYS,
                    FILE_ATTRIBUTE_NORMAL, nullptr);
    if (handle == INVALID_HANDLE_VALUE) {
        m_error = QStringLiteral("cannot open %1 (Windows error %2)")
                      .arg(m_path)
                      .arg(qulonglong(GetLastError()));
        return false;
    }
    m_handle = handle;
    return true;
}

bool FileLock::tryOnce(bool *busy)
{
    OVERLAPPED whole = {};
    if (LockFileEx(HANDLE(m_handle), LOCKFILE_EXCLUSIVE_LOCK | LOCKFILE_FAIL_IMMEDIATELY, 0, 1, 0,
                   &whole))
        return true;
    const DWORD code = GetLastError();
    *busy = code == ERROR_LOCK_VIOLATION || code == ERROR_IO_PENDING;
    m_error =
        *busy
            ? QStringLiteral("%1 is locked by another process").arg(m_path)
            : QStringLiteral("cannot lock %1 (Windows error %2)").arg(m_path).arg(qulonglong(code));
    return false;
}

void FileLock::close()
{
    if (!m_handle)
        return;
    if (m_locked) {
        OVERLAPPED whole = {};
        UnlockFileEx(HANDLE(m_handle), 0, 1, 0, &whole);
    }
    CloseHandle(HANDLE(m_handle));
    m_handle = nullptr;
}

#else

bool FileLock::open()
{
    if (m_fd >= 0)
        return true;
    const QByteArray path = QFile::encodeName(m_path);
    do {
        m_fd = ::open(path.constData(), O_RDWR | O_CREAT | O_CLOEXEC, 0600);
    } while (m_fd < 0 && errno == EINTR);
    if (m_fd < 0) {
        m_error = QStringLiteral("cannot open %1: %2")
                      .arg(m_path, QString::fromLocal8Bit(std::strerror(errno)));
        return false;
    }
    return true;
}

bool FileLock::tryOnce(bool *busy)
{
    int result;
    do {
        result = ::flock(m_fd, LOCK_EX | LOCK_NB);
    } while (result != 0 && errno == EINTR);
    if (result == 0)
        return true;
    *busy = errno == EWOULDBLOCK || errno == EAGAIN;
    m_error = *busy ? QStringLiteral("%1 is locked by another process").arg(m_path)
                    : QStringLiteral("cannot lock %1: %2")
                          .arg(m_path, QString::fromLocal8Bit(std::strerror(errno)));
    return false;
}

void FileLock::close()
{
    if (m_fd < 0)
        return;
    ::close(m_fd);
    m_fd = -1;
}

#endif
