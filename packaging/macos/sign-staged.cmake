# CPACK_PRE_BUILD_SCRIPTS hook (DSK_SIGN_STAGED_SCRIPT): signs the staged docspace-keys.app inside
# out, after macdeployqt and install_name_tool changed its binaries (which breaks the linker's
# ad-hoc signatures: an arm64 binary with a broken signature is killed at launch), then checks
# it with codesign --verify --deep --strict.
#   DSK_CODESIGN_IDENTITY  "Developer ID Application: ..." (hardened runtime and a secure
#                          timestamp, for notarisation); unset: ad-hoc ("-").
file(GLOB_RECURSE plists LIST_DIRECTORIES true "${CPACK_TEMPORARY_INSTALL_DIRECTORY}/*.app")
set(app "")
foreach(candidate IN LISTS plists)
    if(IS_DIRECTORY "${candidate}" AND candidate MATCHES "docspace-keys\\.app$")
        set(app "${candidate}")
    endif()
endforeach()
if(NOT app)
    message(FATAL_ERROR "macOS signing: no docspace-keys.app under ${CPACK_TEMPORARY_INSTALL_DIRECTORY}")
endif()
set(identity "$ENV{DSK_CODESIGN_IDENTITY}")
set(options --force)
if(identity)
    list(APPEND options --options runtime --timestamp)
else()
    set(identity "-")
    message(STATUS "macOS signing: no DSK_CODESIGN_IDENTITY: ad-hoc signature")
endif()
function(dsk_codesign)
    foreach(item IN LISTS ARGN)
        execute_process(COMMAND codesign ${options} --sign "${identity}" "${item}"
            RESULT_VARIABLE result)
        if(NOT result EQUAL 0)
            message(FATAL_ERROR "codesign failed on ${item}")
        endif()
    endforeach()
endfunction()
# Inside out: loose libraries and plug-ins, then the frameworks, then the helper executables,
# then the bundle itself.
file(GLOB_RECURSE libraries "${app}/Contents/*.dylib" "${app}/Contents/*.so")
list(FILTER libraries EXCLUDE REGEX "\\.framework/")
file(GLOB frameworks LIST_DIRECTORIES true "${app}/Contents/Frameworks/*.framework")
file(GLOB helpers "${app}/Contents/MacOS/*")
list(FILTER helpers EXCLUDE REGEX "/docspace-keys$")
dsk_codesign(${libraries} ${frameworks} ${helpers} "${app}")
execute_process(COMMAND codesign --verify --deep --strict --verbose=2 "${app}"
    RESULT_VARIABLE result)
if(NOT result EQUAL 0)
    message(FATAL_ERROR "codesign --verify --deep --strict failed on ${app}")
endif()
