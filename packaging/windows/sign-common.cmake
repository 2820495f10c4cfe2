# signtool arguments from the environment (sign-staged.cmake, sign-package.cmake).
set(dsk_sign_args "")
set(timestamp "$ENV{DSK_SIGN_TIMESTAMP_URL}")
if(NOT timestamp)
    set(timestamp "http://timestamp.digicert.com")
endif()
if(DEFINED ENV{DSK_SIGN_PFX} AND NOT "$ENV{DSK_SIGN_PFX}" STREQUAL "")
    set(dsk_sign_args /f "$ENV{DSK_SIGN_PFX}" /p "$ENV{DSK_SIGN_PFX_PASSWORD}")
elseif(DEFINED ENV{DSK_SIGN_THUMBPRINT} AND NOT "$ENV{DSK_SIGN_THUMBPRINT}" STREQUAL "")
    set(dsk_sign_args /sha1 "$ENV{DSK_SIGN_THUMBPRINT}")
endif()
function(dsk_signtool)
    find_program(signtool signtool REQUIRED)
    foreach(file IN LISTS ARGN)
        # The password is never echoed: only the file names are.
        message(STATUS "signtool: ${file}")
        execute_process(COMMAND "${signtool}" sign /fd SHA256 /tr "${timestamp}" /td SHA256
                ${dsk_sign_args} "${file}"
            RESULT_VARIABLE result OUTPUT_QUIET)
        if(NOT result EQUAL 0)
            message(FATAL_ERROR "signtool failed on ${file}")
        endif()
    endforeach()
endfunction()
