# Cross-compiling for 64-bit Windows on Debian with MinGW-w64 (posix threads), against the Qt in
# ../shared/toolchains (scripts/test-windows.sh unpacks it and passes it as CMAKE_PREFIX_PATH).
# Debian packages: g++-mingw-w64-x86-64-posix, mingw-w64-tools; the host Qt tools (moc, rcc, uic,
# lrelease) come from Debian's own Qt 6.4: -DQT_HOST_PATH=/usr
# -DQT_HOST_PATH_CMAKE_DIR=/usr/lib/x86_64-linux-gnu/cmake.
set(CMAKE_SYSTEM_NAME Windows)
set(CMAKE_SYSTEM_PROCESSOR x86_64)

set(DSK_MINGW_TRIPLE x86_64-w64-mingw32)
set(CMAKE_C_COMPILER ${DSK_MINGW_TRIPLE}-gcc-posix)
set(CMAKE_CXX_COMPILER ${DSK_MINGW_TRIPLE}-g++-posix)
set(CMAKE_RC_COMPILER ${DSK_MINGW_TRIPLE}-windres)

# The MinGW sysroot plus whatever the caller put on CMAKE_PREFIX_PATH (the unpacked Qt).
set(CMAKE_FIND_ROOT_PATH /usr/${DSK_MINGW_TRIPLE} ${CMAKE_PREFIX_PATH})
set(CMAKE_FIND_ROOT_PATH_MODE_PROGRAM NEVER)
set(CMAKE_FIND_ROOT_PATH_MODE_LIBRARY ONLY)
set(CMAKE_FIND_ROOT_PATH_MODE_INCLUDE ONLY)
set(CMAKE_FIND_ROOT_PATH_MODE_PACKAGE BOTH)

# Tests run under wine64 (ctest uses it for every test command; scripts/test-windows.sh).
find_program(DSK_WINE64 NAMES wine64 PATHS /usr/lib/wine NO_CMAKE_FIND_ROOT_PATH)
if(DSK_WINE64)
    set(CMAKE_CROSSCOMPILING_EMULATOR ${DSK_WINE64})
endif()
