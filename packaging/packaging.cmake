# Installers for every platform: Linux desktop integration (desktop file, AppStream metainfo,
# icons), the Windows version resource and Qt runtime, the macOS bundle, and CPack.
# Included from the top-level CMakeLists.txt after src/, so the install rules of the two
# executables run before the Qt deployment below. The version is PROJECT_VERSION, nothing else.
# What each platform produces and how to build it: packaging/README.md.

include(GNUInstallDirs)

set(DSK_PACKAGING_DIR "${CMAKE_CURRENT_LIST_DIR}")
set(DSK_APP_ID "io.github.docspacekeys.DocSpaceKeys")
set(DSK_HOMEPAGE_URL "https://github.com/docspacekeys/docspace-keys"
    CACHE STRING "Project home page, shown by package managers and in the AppStream metainfo")
set(DSK_MAINTAINER "DocSpace Keys developers <docspace-keys@users.noreply.github.com>"
    CACHE STRING "Package maintainer (Debian Maintainer field, CPack contact)")
# The date of the release named by PROJECT_VERSION, for the AppStream <release>; move it with
# the version.
set(DSK_RELEASE_DATE "2026-11-26")
set(DSK_COPYRIGHT "Copyright (C) 2026 The DocSpace Keys developers")
set(DSK_ICON_SVG "${PROJECT_SOURCE_DIR}/resources/icons/docspace-keys.svg")
# The project's licence (LICENSE at the top, SPDX id for AppStream), and the text every installer
# shows and carries: LICENSE followed by the third-party notices (Qt LGPL-3.0, QtKeychain BSD).
set(DSK_LICENSE_SPDX "MIT")
file(READ "${PROJECT_SOURCE_DIR}/LICENSE" dsk_license_text)
file(READ "${DSK_PACKAGING_DIR}/third-party-notices.txt" dsk_notices_text)
set(DSK_LICENSE_FILE "${PROJECT_BINARY_DIR}/packaging/LICENSE.txt")
file(CONFIGURE OUTPUT "${DSK_LICENSE_FILE}" CONTENT "${dsk_license_text}${dsk_notices_text}"
    @ONLY NEWLINE_STYLE UNIX)
set_property(DIRECTORY APPEND PROPERTY CMAKE_CONFIGURE_DEPENDS
    "${PROJECT_SOURCE_DIR}/LICENSE" "${DSK_PACKAGING_DIR}/third-party-notices.txt")
if(APPLE)
    install(FILES "${DSK_LICENSE_FILE}" DESTINATION docspace-keys.app/Contents/Resources)
elseif(WIN32)
    install(FILES "${DSK_LICENSE_FILE}" DESTINATION .)
else()
    install(FILES "${DSK_LICENSE_FILE}" DESTINATION "${CMAKE_INSTALL_DATADIR}/doc/docspace-keys")
endif()

# ---------------------------------------------------------------------------------------------
# Linux: desktop file, AppStream metainfo, hicolor icons (SVG plus PNGs rendered from it).
if(UNIX AND NOT APPLE)
    configure_file("${PROJECT_SOURCE_DIR}/resources/linux/${DSK_APP_ID}.metainfo.xml.in"
        "${PROJECT_BINARY_DIR}/packaging/${DSK_APP_ID}.metainfo.xml" @ONLY)
    # qt_standard_project_setup() gives installed binaries an $ORIGIN run path for a bundled
    # Qt; the packages use the distribution's Qt, and Debian policy wants no run path at all.
    set_target_properties(docspace-keys docspace-keys-cli PROPERTIES INSTALL_RPATH "")
    install(FILES "${PROJECT_SOURCE_DIR}/resources/linux/docspace-keys.desktop"
        DESTINATION "${CMAKE_INSTALL_DATADIR}/applications")
    install(FILES "${PROJECT_BINARY_DIR}/packaging/${DSK_APP_ID}.metainfo.xml"
        DESTINATION "${CMAKE_INSTALL_DATADIR}/metainfo")
    install(FILES "${DSK_ICON_SVG}"
        DESTINATION "${CMAKE_INSTALL_DATADIR}/icons/hicolor/scalable/apps")

    # The PNGs are rendered at build time rather than committed, so they never drift from the
    # SVG. rsvg-convert (Debian librsvg2-bin) first, ImageMagick as the fallback.
    find_program(DSK_RSVG_CONVERT rsvg-convert)
    find_program(DSK_IMAGEMAGICK_CONVERT convert)
    set(DSK_ICON_SIZES 16 22 24 32 48 64 128 256)
    set(icon_outputs "")
    if(DSK_RSVG_CONVERT OR DSK_IMAGEMAGICK_CONVERT)
        foreach(size IN LISTS DSK_ICON_SIZES)
            set(png "${PROJECT_BINARY_DIR}/packaging/icons/${size}x${size}/docspace-keys.png")
            if(DSK_RSVG_CONVERT)
                set(render "${DSK_RSVG_CONVERT}" --width ${size} --height ${size} --format png
                    --output "${png}" "${DSK_ICON_SVG}")
            else()
                set(render "${DSK_IMAGEMAGICK_CONVERT}" -background none -density 384
                    "${DSK_ICON_SVG}" -resize ${size}x${size} "${png}")
            endif()
            add_custom_command(OUTPUT "${png}"
                COMMAND "${CMAKE_COMMAND}" -E make_directory
                    "${PROJECT_BINARY_DIR}/packaging/icons/${size}x${size}"
                COMMAND ${render}
                DEPENDS "${DSK_ICON_SVG}"
                COMMENT "Rendering the ${size}x${size} application icon"
                VERBATIM)
            list(APPEND icon_outputs "${png}")
            install(FILES "${png}"
                DESTINATION "${CMAKE_INSTALL_DATADIR}/icons/hicolor/${size}x${size}/apps")
        endforeach()
        add_custom_target(dsk_linux_icons ALL DEPENDS ${icon_outputs})
    else()
        message(WARNING "Neither rsvg-convert (librsvg2-bin) nor ImageMagick found: the packages "
            "carry the scalable icon only, no PNG sizes")
    endif()
endif()

# ---------------------------------------------------------------------------------------------
# Windows version resources and the macOS Info.plist are configured on every platform, so the
# Linux tests can check them (tests/packaging); only Windows and macOS build them in.
set(CPACK_PACKAGE_VENDOR "DocSpace Keys")
set(DSK_ICO_FILE "${DSK_PACKAGING_DIR}/windows/docspace-keys.ico")
foreach(target docspace-keys docspace-keys-cli)
    set(DSK_RC_NAME ${target})
    if(target STREQUAL "docspace-keys")
        set(DSK_RC_DESCRIPTION "DocSpace Keys")
    else()
        set(DSK_RC_DESCRIPTION "DocSpace Keys command-line tool")
    endif()
    configure_file("${DSK_PACKAGING_DIR}/windows/version.rc.in"
        "${PROJECT_BINARY_DIR}/packaging/${target}.rc" @ONLY)
endforeach()

set(DSK_BUNDLE_ID "${DSK_APP_ID}")
if(CMAKE_OSX_DEPLOYMENT_TARGET)
    set(DSK_MACOS_MINIMUM "${CMAKE_OSX_DEPLOYMENT_TARGET}")
elseif(Qt6_VERSION VERSION_GREATER_EQUAL 6.8)
    set(DSK_MACOS_MINIMUM "12.0")
else()
    set(DSK_MACOS_MINIMUM "11.0")
endif()
configure_file("${DSK_PACKAGING_DIR}/macos/Info.plist.in"
    "${PROJECT_BINARY_DIR}/packaging/Info.plist" @ONLY)

# Windows: version resource and icon in both executables, Qt runtime and MSVC runtime beside
# them, QtKeychain's DLL when it is a shared library.
if(WIN32)
    enable_language(RC)
    foreach(target docspace-keys docspace-keys-cli)
        target_sources(${target} PRIVATE "${PROJECT_BINARY_DIR}/packaging/${target}.rc")
    endforeach()

    if(MSVC)
        # The VC runtime app-locally (vcruntime140*.dll, msvcp140*.dll).
        set(CMAKE_INSTALL_SYSTEM_RUNTIME_DESTINATION "${CMAKE_INSTALL_BINDIR}")
        include(InstallRequiredSystemLibraries)
    elseif(MINGW)
        # MinGW-w64's runtime in place of the VC runtime: libstdc++, libgcc (SEH) and
        # winpthreads, wherever this compiler keeps them.
        execute_process(COMMAND "${CMAKE_CXX_COMPILER}" -print-file-name=libstdc++-6.dll
            OUTPUT_VARIABLE dsk_libstdcxx OUTPUT_STRIP_TRAILING_WHITESPACE)
        get_filename_component(dsk_gcc_dir "${dsk_libstdcxx}" DIRECTORY)
        foreach(dll libstdc++-6.dll libgcc_s_seh-1.dll libwinpthread-1.dll)
            string(MAKE_C_IDENTIFIER "DSK_MINGW_${dll}" var)
            find_file(${var} ${dll} HINTS "${dsk_gcc_dir}" PATHS /usr/x86_64-w64-mingw32/lib
                PATH_SUFFIXES bin lib NO_DEFAULT_PATH NO_CMAKE_FIND_ROOT_PATH)
            find_file(${var} ${dll})
            if(NOT ${var})
                message(FATAL_ERROR "MinGW runtime ${dll} not found: the installer would not run")
            endif()
            install(FILES "${${var}}" DESTINATION "${CMAKE_INSTALL_BINDIR}")
        endforeach()
    endif()

    find_package(Qt6Keychain QUIET)
    if(TARGET qt6keychain)
        get_target_property(keychain_type qt6keychain TYPE)
        if(keychain_type STREQUAL "SHARED_LIBRARY")
            install(IMPORTED_RUNTIME_ARTIFACTS qt6keychain
                RUNTIME DESTINATION "${CMAKE_INSTALL_BINDIR}")
        endif()
    endif()
endif()

# macOS: the bundle's Info.plist and icon; the CLI lives in the bundle beside the GUI
# (src/cli/CMakeLists.txt) and finds the bundle's Qt frameworks through its rpath.
if(APPLE)
    set(icns "${DSK_PACKAGING_DIR}/macos/docspace-keys.icns")
    target_sources(docspace-keys PRIVATE "${icns}")
    set_source_files_properties("${icns}" TARGET_DIRECTORY docspace-keys
        PROPERTIES MACOSX_PACKAGE_LOCATION Resources)
    set_target_properties(docspace-keys PROPERTIES
        MACOSX_BUNDLE_INFO_PLIST "${PROJECT_BINARY_DIR}/packaging/Info.plist")
    # Both executables find the bundle's frameworks and libraries through this rpath.
    set_target_properties(docspace-keys docspace-keys-cli PROPERTIES
        INSTALL_RPATH "@executable_path/../Frameworks")
    # QtKeychain: the workflow builds it static. A shared one (install name
    # @rpath/libqt6keychain.*.dylib) goes into Contents/Frameworks, where that rpath finds it.
    find_package(Qt6Keychain QUIET)
    if(TARGET qt6keychain)
        get_target_property(keychain_type qt6keychain TYPE)
        if(keychain_type STREQUAL "SHARED_LIBRARY")
            install(IMPORTED_RUNTIME_ARTIFACTS qt6keychain
                LIBRARY DESTINATION docspace-keys.app/Contents/Frameworks)
        endif()
    endif()
endif()

# ---------------------------------------------------------------------------------------------
# Qt's own catalogues (dialog buttons, context menus) for each language the app has, as the
# merged qt_<lang>.qm windeployqt writes (lconvert of qtbase_<lang>.qm), installed into
# `destination`. Source: DSK_QT_TRANSLATIONS_DIR (Qt's translations; Debian's
# qt6-translations-l10n when cross-building on Debian).
function(dsk_install_qt_catalogues destination)
    find_program(DSK_LCONVERT NAMES lconvert lconvert-qt6
        HINTS "${QT_HOST_PATH}/lib/qt6/bin" "${QT6_INSTALL_PREFIX}/${QT6_INSTALL_BINS}"
              /usr/lib/qt6/bin)
    set(default_dir "${QT6_INSTALL_PREFIX}/${QT6_INSTALL_TRANSLATIONS}")
    if(NOT EXISTS "${default_dir}/qtbase_de.qm" AND EXISTS /usr/share/qt6/translations/qtbase_de.qm)
        set(default_dir /usr/share/qt6/translations)
    endif()
    set(DSK_QT_TRANSLATIONS_DIR "${default_dir}" CACHE PATH
        "Qt's translation catalogues (qtbase_<lang>.qm) the installers carry")
    if(NOT DSK_LCONVERT OR NOT EXISTS "${DSK_QT_TRANSLATIONS_DIR}/qtbase_de.qm")
        message(WARNING "lconvert or Qt's catalogues (${DSK_QT_TRANSLATIONS_DIR}) not found: "
            "the installer's Qt dialogs stay English")
        return()
    endif()
    set(outputs "")
    file(GLOB own RELATIVE "${PROJECT_SOURCE_DIR}/translations"
        "${PROJECT_SOURCE_DIR}/translations/docspace-keys_*.ts")
    foreach(ts IN LISTS own)
        string(REGEX REPLACE "^docspace-keys_(.*)\\.ts$" "\\1" lang "${ts}")
        set(input "${DSK_QT_TRANSLATIONS_DIR}/qtbase_${lang}.qm")
        if(NOT EXISTS "${input}")
            continue()
        endif()
        set(output "${PROJECT_BINARY_DIR}/packaging/qt-translations/qt_${lang}.qm")
        add_custom_command(OUTPUT "${output}"
            COMMAND "${DSK_LCONVERT}" -o "${output}" "${input}"
            DEPENDS "${input}"
            COMMENT "Qt catalogue qt_${lang}.qm for the installer"
            VERBATIM)
        list(APPEND outputs "${output}")
    endforeach()
    add_custom_target(dsk_qt_catalogues ALL DEPENDS ${outputs})
    install(FILES ${outputs} DESTINATION "${destination}")
endfunction()

# ---------------------------------------------------------------------------------------------
# Qt runtime: windeployqt / macdeployqt through Qt's deployment script (Qt >= 6.5). Linux
# packages use the distribution's Qt, and Debian 12's Qt 6.4 has no stable deployment API.
if((WIN32 OR APPLE) AND Qt6_VERSION VERSION_GREATER_EQUAL 6.5)
    set(deploy_options "")
    if(APPLE AND Qt6_VERSION VERSION_GREATER_EQUAL 6.7)
        # macdeployqt also rewrites the CLI's library references to the bundle's copies (needed
        # for non-Qt libraries such as a shared QtKeychain). The path is relative to the
        # install prefix, macdeployqt's working directory.
        set(deploy_options DEPLOY_TOOL_OPTIONS
            "-executable=docspace-keys.app/Contents/MacOS/docspace-keys-cli")
    endif()
    qt_generate_deploy_app_script(
        TARGET docspace-keys
        OUTPUT_SCRIPT dsk_deploy_script
        NO_COMPILER_RUNTIME # InstallRequiredSystemLibraries installs the DLLs app-locally
        ${deploy_options})
    install(SCRIPT "${dsk_deploy_script}")
elseif(WIN32)
    # Qt < 6.5 (the MinGW Qt 6.4 of ../shared/toolchains that scripts/test-windows.sh builds
    # with) has no deployment script: the same tree windeployqt would make, by hand. The Qt
    # DLLs the executables link, the plug-ins the GUI loads at run time (platform, TLS, SVG
    # icons and images, style), and a qt.conf-free layout: plug-ins beside the executables.
    set(dsk_qt_dlls Core Gui Widgets Network Svg PrintSupport)
    find_package(Qt6 QUIET COMPONENTS Svg PrintSupport)
    foreach(module IN LISTS dsk_qt_dlls)
        if(TARGET Qt6::${module})
            install(IMPORTED_RUNTIME_ARTIFACTS Qt6::${module}
                RUNTIME DESTINATION "${CMAKE_INSTALL_BINDIR}")
        else()
            message(WARNING "Qt6::${module} not found: the installer lacks Qt6${module}.dll")
        endif()
    endforeach()
    get_target_property(dsk_qtcore_location Qt6::Core IMPORTED_LOCATION_RELEASE)
    if(NOT dsk_qtcore_location)
        get_target_property(dsk_qtcore_location Qt6::Core LOCATION)
    endif()
    get_filename_component(dsk_qt_prefix "${dsk_qtcore_location}/../.." ABSOLUTE)
    set(DSK_QT_PLUGIN_DIR "${dsk_qt_prefix}/plugins" CACHE PATH
        "Qt plug-ins the Windows installer carries (Qt < 6.5 only)")
    foreach(plugin platforms/qwindows platforms/qoffscreen tls/qschannelbackend
                   tls/qcertonlybackend iconengines/qsvgicon imageformats/qsvg imageformats/qico
                   styles/qwindowsvistastyle)
        get_filename_component(plugin_dir "${plugin}" DIRECTORY)
        if(EXISTS "${DSK_QT_PLUGIN_DIR}/${plugin}.dll")
            install(FILES "${DSK_QT_PLUGIN_DIR}/${plugin}.dll"
                DESTINATION "${CMAKE_INSTALL_BINDIR}/${plugin_dir}")
        else()
            message(WARNING "Qt plug-in ${plugin}.dll not found in ${DSK_QT_PLUGIN_DIR}")
        endif()
    endforeach()
    dsk_install_qt_catalogues("${CMAKE_INSTALL_BINDIR}/translations")
elseif(APPLE)
    message(STATUS "Qt ${Qt6_VERSION} < 6.5: the bundle will not carry the Qt runtime")
endif()
if(APPLE)
    # macdeployqt deploys no translations at all: Qt's catalogues go to Resources/translations,
    # where src/core/translations.cpp looks for them.
    dsk_install_qt_catalogues("docspace-keys.app/Contents/Resources/translations")
endif()

# ---------------------------------------------------------------------------------------------
# CPack
set(CPACK_PACKAGE_NAME "docspace-keys")
set(CPACK_PACKAGE_VERSION "${PROJECT_VERSION}")
set(CPACK_PACKAGE_DESCRIPTION_SUMMARY "${PROJECT_DESCRIPTION}")
set(CPACK_PACKAGE_DESCRIPTION "DocSpace Keys lists the API keys of an ONLYOFFICE DocSpace portal, \
revokes, deactivates and reactivates them, and says in plain words what the portal answered. \
Portal profiles keep their access tokens in the system keychain. The command-line tool \
docspace-keys-cli does the same from scripts and incident runbooks.")
set(CPACK_PACKAGE_HOMEPAGE_URL "${DSK_HOMEPAGE_URL}")
set(CPACK_PACKAGE_CONTACT "${DSK_MAINTAINER}")
set(CPACK_PACKAGE_INSTALL_DIRECTORY "DocSpace Keys")
set(CPACK_PACKAGE_EXECUTABLES "docspace-keys" "DocSpace Keys")
set(CPACK_RESOURCE_FILE_LICENSE "${DSK_LICENSE_FILE}")
set(CPACK_VERBATIM_VARIABLES ON)
set(CPACK_STRIP_FILES ON)
set(CPACK_SOURCE_GENERATOR "TGZ")
set(CPACK_SOURCE_IGNORE_FILES "/\\.git/" "/build[^/]*/" "/\\.cache/")

if(WIN32)
    set(CPACK_GENERATOR "WIX")
elseif(APPLE)
    set(CPACK_GENERATOR "DragNDrop")
else()
    set(CPACK_GENERATOR "DEB;TGZ")
endif()

# Debian: run-time dependencies from dpkg-shlibdeps (Qt 6, QtKeychain, libc), plus the plug-ins
# the GUI loads at run time that no ELF dependency names.
set(CPACK_DEBIAN_FILE_NAME DEB-DEFAULT)
set(CPACK_DEBIAN_PACKAGE_SHLIBDEPS ON)
set(CPACK_DEBIAN_PACKAGE_DEPENDS "qt6-qpa-plugins, libqt6svg6")
set(CPACK_DEBIAN_PACKAGE_RECOMMENDS "gnome-keyring | kwalletmanager, fonts-noto-cjk")
set(CPACK_DEBIAN_PACKAGE_SECTION "utils")
set(CPACK_DEBIAN_PACKAGE_PRIORITY "optional")
set(CPACK_DEBIAN_PACKAGE_MAINTAINER "${DSK_MAINTAINER}")
set(CPACK_DEBIAN_PACKAGE_HOMEPAGE "${DSK_HOMEPAGE_URL}")

# Windows (WiX): the upgrade code is fixed forever so every later MSI replaces this one.
set(CPACK_WIX_UPGRADE_GUID "6B1F0F4E-3C5A-4D8E-9A27-5E0C2D7B9F41")
set(CPACK_WIX_PRODUCT_ICON "${DSK_PACKAGING_DIR}/windows/docspace-keys.ico")
set(CPACK_WIX_PROGRAM_MENU_FOLDER "DocSpace Keys")
set(CPACK_WIX_PROPERTY_ARPURLINFOABOUT "${DSK_HOMEPAGE_URL}")
set(CPACK_WIX_ARCHITECTURE "x64")
if(NOT DEFINED CPACK_WIX_VERSION AND CMAKE_VERSION VERSION_GREATER_EQUAL 3.30)
    # WiX .NET tool (4 or later); pass -DCPACK_WIX_VERSION=3 for the classic candle/light.
    set(CPACK_WIX_VERSION 4)
endif()
# NSIS as the alternative Windows generator (cpack -G NSIS): same shortcut and uninstaller.
set(CPACK_NSIS_DISPLAY_NAME "DocSpace Keys")
set(CPACK_NSIS_PACKAGE_NAME "DocSpace Keys")
set(CPACK_NSIS_MUI_ICON "${DSK_PACKAGING_DIR}/windows/docspace-keys.ico")
set(CPACK_NSIS_MUI_UNIICON "${DSK_PACKAGING_DIR}/windows/docspace-keys.ico")
set(CPACK_NSIS_INSTALLED_ICON_NAME "bin\\docspace-keys.exe")
set(CPACK_NSIS_URL_INFO_ABOUT "${DSK_HOMEPAGE_URL}")
set(CPACK_NSIS_ENABLE_UNINSTALL_BEFORE_INSTALL ON)

# macOS: a DragNDrop DMG holding the bundle.
set(CPACK_DMG_VOLUME_NAME "DocSpace Keys ${PROJECT_VERSION}")
set(CPACK_DMG_FORMAT "UDZO")
# The licence text is for the Windows installer; a DMG licence agreement needs the deprecated Rez.
set(CPACK_DMG_SLA_USE_RESOURCE_FILE_LICENSE OFF)
if(APPLE)
    set(CPACK_PACKAGE_ICON "${DSK_PACKAGING_DIR}/macos/docspace-keys.icns")
endif()

# Code signing plugs in here (packaging/README.md): a script run on the staged files before the
# installer is assembled (signtool on the .exe/.dll, codesign on the bundle), and one run on the
# finished installers (CPACK_PACKAGE_FILES: signtool on the .msi, codesign + notarytool + stapler
# on the .dmg).
# The project's own hooks are the defaults: packaging/windows/sign-*.cmake (signtool, when a
# certificate is in the environment) and packaging/macos/sign-*.cmake (inside-out codesign,
# ad-hoc without a Developer ID, then codesign --verify --deep --strict; notarytool and stapler
# with an API key).
set(dsk_sign_staged "")
set(dsk_sign_package "")
if(WIN32)
    set(dsk_sign_staged "${DSK_PACKAGING_DIR}/windows/sign-staged.cmake")
    set(dsk_sign_package "${DSK_PACKAGING_DIR}/windows/sign-package.cmake")
elseif(APPLE)
    set(dsk_sign_staged "${DSK_PACKAGING_DIR}/macos/sign-staged.cmake")
    set(dsk_sign_package "${DSK_PACKAGING_DIR}/macos/sign-package.cmake")
endif()
set(DSK_SIGN_STAGED_SCRIPT "${dsk_sign_staged}" CACHE FILEPATH
    "CMake script CPack runs on the staged files before packaging (code signing)")
set(DSK_SIGN_PACKAGE_SCRIPT "${dsk_sign_package}" CACHE FILEPATH
    "CMake script CPack runs on the finished packages (signing, notarisation)")
if(DSK_SIGN_STAGED_SCRIPT)
    set(CPACK_PRE_BUILD_SCRIPTS "${DSK_SIGN_STAGED_SCRIPT}")
endif()
if(DSK_SIGN_PACKAGE_SCRIPT)
    set(CPACK_POST_BUILD_SCRIPTS "${DSK_SIGN_PACKAGE_SCRIPT}")
endif()

include(CPack)

# The wixl (msitools) MSI of the MinGW cross build, from the same version and upgrade code.
if(WIN32)
    configure_file("${DSK_PACKAGING_DIR}/windows/docspace-keys-wixl.wxs.in"
        "${PROJECT_BINARY_DIR}/packaging/docspace-keys-wixl.wxs" @ONLY)
endif()
