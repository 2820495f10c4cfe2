#pragma once

// Whether this Windows test program runs under Wine rather than on Windows: Wine's ntdll exports
// wine_get_version, Windows' does not. For the few checks that test Wine's emulation rather than
// the app (each says why where it asks); on a real Windows runner they run. False off Windows.
#include <QtGlobal> // Q_OS_WIN

#ifdef Q_OS_WIN
#ifndef NOMINMAX
#define NOMINMAX
#endif
#ifndef WIN32_LEAN_AND_MEAN
#define WIN32_LEAN_AND_MEAN
#endif
#include <windows.h>
#endif

inline bool runningUnderWine()
{
#ifdef Q_OS_WIN
    const HMODULE ntdll = GetModuleHandleW(L"ntdll.dll");
    return ntdll && GetProcAddress(ntdll, "wine_get_version");
#else
    return false;
#endif
}
