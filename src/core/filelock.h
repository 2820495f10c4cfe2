#pragma once

#include <QString>

// An exclusive lock on a file, held by the operating system for this process: flock() on Unix,
// LockFileEx() on Windows. The system lets go of it the moment the holder dies, however it dies
// (SIGKILL, a crash, a power cut), so a killed window or CLI never leaves the history or the
// retirement plan locked. (QLockFile, used before, writes its owner's PID into the lock file: a
// process killed between creating that file and writing the PID left an empty file, which
// QLockFile took for a live lock until it was 30 s old; a CI run was lost to it.)
//
// The lock file itself stays on disk, empty; only its lock comes and goes. Locks exclude each
// other between processes and also between two FileLock objects of one process. Not copyable.
class FileLock
{
public:
    explicit FileLock(QString path);
    ~FileLock();
    FileLock(const FileLock &) = delete;
    FileLock &operator=(const FileLock &) = delete;

    // Takes the lock, waiting up to timeoutMs for another holder to let go (0: no wait).
    // Creates the lock file if it is missing (its folder must exist). False if the lock stayed
    // taken or the file could not be opened; errorString() says which.
    bool tryLock(int timeoutMs);
    void unlock();
    bool isLocked() const { return m_locked; }
    // After a failed tryLock: true if another holder kept it, false if the file itself failed.
    bool wasHeldElsewhere() const { return m_heldElsewhere; }
    QString errorString() const { return m_error; }

private:
    bool open();
    bool tryOnce(bool *busy);
    void close();

    QString m_path;
    QString m_error;
#ifdef Q_OS_WIN
    void *m_handle = nullptr; // a HANDLE
#else
    int m_fd = -1;
#endif
    bool m_locked = false;
    bool m_heldElsewhere = false;
};
