# Windows counterpart of run-with-keyring.sh --no-keyring: runs one test with its own throw-away
# profile folders, so nothing it writes lands in the user's profile and tests/common/homescan.h
# searches only what the test wrote (never a runner's whole user profile).
#   cmake -DTEST_EXE=<exe> [-DEMULATOR=<wine64>] -DWORK=<dir> -P run-isolated.cmake
# HOME, USERPROFILE, APPDATA and LOCALAPPDATA point into the folder, DSK_TEST_HOME names it.
if(NOT TEST_EXE OR NOT WORK)
    message(FATAL_ERROR "usage: cmake -DTEST_EXE=<exe> -DWORK=<dir> [-DEMULATOR=<cmd>] -P run-isolated.cmake")
endif()
string(RANDOM LENGTH 8 ALPHABET abcdefghijklmnopqrstuvwxyz0123456789 suffix)
get_filename_component(name "${TEST_EXE}" NAME_WE)
set(home "${WORK}/dsk-home.${name}.${suffix}")
file(REMOVE_RECURSE "${home}")
file(MAKE_DIRECTORY "${home}/AppData/Roaming" "${home}/AppData/Local")
set(native "${home}")
set(prefix "")
if(EMULATOR AND DEFINED ENV{DSK_WINE_TEMPLATE})
    # Under Wine, a prefix of the test's own, cloned from the one scripts/test-windows.sh made
    # (DSK_WINE_TEMPLATE): Wine takes the profile folders (QDir::homePath(), QStandardPaths: the
    # history, exports) and the registry (settings, profiles, the Credential Manager) from the
    # prefix, never from HOME, USERPROFILE or APPDATA. So no two tests running at once share
    # settings, profiles, a history or a keychain, and the prefix's profile folder
    # (C:\users\<user>) is the test's folder: what the test writes there, homescan.h searches.
    # The prefix's Windows folder is hard-linked (Wine only reads it), the registry copied.
    set(template "$ENV{DSK_WINE_TEMPLATE}")
    set(prefix "${home}.wine")
    file(REMOVE_RECURSE "${prefix}")
    execute_process(COMMAND cp -al "${template}" "${prefix}" RESULT_VARIABLE copied)
    if(NOT copied EQUAL 0)
        message(FATAL_ERROR "could not clone the Wine prefix ${template}")
    endif()
    file(GLOB registry "${prefix}/*.reg")
    foreach(file IN LISTS registry)
        get_filename_component(base "${file}" NAME)
        file(REMOVE "${file}")
        file(COPY "${template}/${base}" DESTINATION "${prefix}")
    endforeach()
    file(GLOB users LIST_DIRECTORIES true "${template}/drive_c/users/*")
    foreach(user IN LISTS users)
        get_filename_component(base "${user}" NAME)
        if(base STREQUAL "Public")
            continue()
        endif()
        # The profile's folders, as real folders in the test's. The template links Desktop,
        # Documents, Templates and the like to the Linux home, and Wine shows a link as a plain
        # folder (a search of the test's folder would walk the whole Linux home): empty folders.
        file(GLOB entries LIST_DIRECTORIES true "${user}/*")
        file(COPY ${entries} DESTINATION "${home}")
        cmake_policy(SET CMP0009 NEW) # the search itself follows no link
        file(GLOB_RECURSE copied LIST_DIRECTORIES true "${home}/*")
        foreach(entry IN LISTS copied)
            if(IS_SYMLINK "${entry}")
                file(REMOVE "${entry}")
                file(MAKE_DIRECTORY "${entry}")
            endif()
        endforeach()
        file(REMOVE_RECURSE "${prefix}/drive_c/users/${base}")
        file(CREATE_LINK "${home}" "${prefix}/drive_c/users/${base}" SYMBOLIC)
    endforeach()
    set(ENV{WINEPREFIX} "${prefix}")
endif()
if(EMULATOR)
    # Under Wine the test sees the folder through the Z: drive.
    string(REPLACE "/" "\\" native "Z:${home}")
    set(sep "\\")
else()
    file(TO_NATIVE_PATH "${home}" native)
    set(sep "/")
    if(WIN32)
        set(sep "\\")
    endif()
endif()
set(ENV{HOME} "${native}")
set(ENV{USERPROFILE} "${native}")
set(ENV{APPDATA} "${native}${sep}AppData${sep}Roaming")
set(ENV{LOCALAPPDATA} "${native}${sep}AppData${sep}Local")
set(ENV{DSK_TEST_HOME} "${native}")
set(log_args "")
if(EMULATOR)
    # Under Wine a Qt Test's own output to the console is lost: log to a file and show it. (Wine
    # also hands no QT_* variable to Windows programs: scripts/test-windows.sh puts
    # QT_QPA_PLATFORM=offscreen into the prefix's registry environment instead.)
    set(log_args -o "${native}\\qtest.txt,txt")
endif()
if(EMULATOR)
    # The console to a file, not a pipe: Wine's service processes (services.exe, winedevice.exe,
    # ...) inherit it and live on for a couple of seconds after the test, and a pipe would make
    # execute_process wait for them (about 2 s of every test's 3.5 s).
    execute_process(COMMAND ${EMULATOR} "${TEST_EXE}" ${ARGS} ${log_args} RESULT_VARIABLE result
        OUTPUT_FILE "${home}/console.txt" ERROR_FILE "${home}/console.txt")
    foreach(output IN ITEMS console.txt qtest.txt)
        if(EXISTS "${home}/${output}")
            file(READ "${home}/${output}" log)
            if(NOT log STREQUAL "")
                message("${log}")
            endif()
        endif()
    endforeach()
else()
    execute_process(COMMAND ${EMULATOR} "${TEST_EXE}" ${ARGS} ${log_args} RESULT_VARIABLE result)
endif()
if(prefix)
    # The prefix's wineserver (and anything the test left running in it) goes with it.
    get_filename_component(wine_dir "${EMULATOR}" DIRECTORY)
    find_program(wineserver NAMES wineserver64 wineserver PATHS "${wine_dir}" NO_DEFAULT_PATH)
    if(NOT wineserver)
        find_program(wineserver NAMES wineserver REQUIRED)
    endif()
    execute_process(COMMAND "${wineserver}" -k ERROR_QUIET)
    file(REMOVE_RECURSE "${prefix}")
endif()
file(REMOVE_RECURSE "${home}")
if(NOT result EQUAL 0)
    message(FATAL_ERROR "${name} failed: ${result}")
endif()
