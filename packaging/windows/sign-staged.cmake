# CPACK_PRE_BUILD_SCRIPTS hook (DSK_SIGN_STAGED_SCRIPT): signs every .exe and .dll CPack staged,
# before WiX packs them, with signtool when a certificate is given:
#   DSK_SIGN_PFX (path of a .pfx) and DSK_SIGN_PFX_PASSWORD, or DSK_SIGN_THUMBPRINT (a
#   certificate in the store). DSK_SIGN_TIMESTAMP_URL defaults to DigiCert's.
# Without them the installer stays unsigned, and this says so.
include("${CMAKE_CURRENT_LIST_DIR}/sign-common.cmake")
if(NOT dsk_sign_args)
    message(STATUS "Windows signing: no certificate (DSK_SIGN_PFX / DSK_SIGN_THUMBPRINT): unsigned")
    return()
endif()
file(GLOB_RECURSE binaries "${CPACK_TEMPORARY_INSTALL_DIRECTORY}/*.exe"
    "${CPACK_TEMPORARY_INSTALL_DIRECTORY}/*.dll")
dsk_signtool(${binaries})
