#pragma once

#include <QByteArray>
#include <QString>

// Keeping the token out of places it could be read back from after the process is gone.
namespace ProcessHardening {

// No core dump or crash dump of this process: a dump would hold the token (an audit found it
// five times in one core). Call first thing in main(), before any token is read.
// Linux: prctl(PR_SET_DUMPABLE, 0) (also keeps other processes of the same user from attaching
// or reading /proc/<pid>/mem) and RLIMIT_CORE 0. macOS and other Unix: RLIMIT_CORE 0.
// Windows: see processhardening.cpp. False, with the reason in *problem, if a step failed; the
// process still runs.
bool disableCrashDumps(QString *problem = nullptr);

// Overwrites the characters of a buffer that holds a secret, then empties it. Qt's strings are
// implicitly shared: a buffer still shared with another copy is only let go (overwriting it
// would detach and overwrite a fresh copy); the last holder's wipe overwrites it.
void wipe(QByteArray &bytes);
void wipe(QString &text);

} // namespace ProcessHardening
