# Shared compile settings for every target of the project.
# Product code converts no C string implicitly; tests may write string literals in data rows
# (dsk_target_defaults(target TEST) allows literals only: QT_RESTRICTED_CAST_FROM_ASCII).
function(dsk_target_defaults target)
    if("TEST" IN_LIST ARGN)
        target_compile_definitions(${target} PRIVATE QT_RESTRICTED_CAST_FROM_ASCII)
    else()
        target_compile_definitions(${target} PRIVATE QT_NO_CAST_FROM_ASCII)
    endif()
    target_compile_definitions(${target} PRIVATE
        QT_NO_CAST_TO_ASCII
        QT_NO_URL_CAST_FROM_STRING
        QT_NO_NARROWING_CONVERSIONS_IN_CONNECT
        # Anything deprecated up to Qt 6.8 fails to compile, on whichever Qt 6 builds this.
        QT_DISABLE_DEPRECATED_BEFORE=0x060800
        # The version's one definition (project() in the top CMakeLists.txt sets it).
        DSK_VERSION="${PROJECT_VERSION}")
    if(MSVC)
        target_compile_options(${target} PRIVATE /W4 /permissive- /utf-8)
    else()
        target_compile_options(${target} PRIVATE -Wall -Wextra -Wpedantic -Wshadow
            -Wnon-virtual-dtor -Wold-style-cast -Wcast-align -Woverloaded-virtual)
    endif()
endfunction()
