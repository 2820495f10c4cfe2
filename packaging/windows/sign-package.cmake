# CPACK_POST_BUILD_SCRIPTS hook (DSK_SIGN_PACKAGE_SCRIPT): signs the finished .msi
# (CPACK_PACKAGE_FILES) with the same certificate as sign-staged.cmake.
include("${CMAKE_CURRENT_LIST_DIR}/sign-common.cmake")
if(NOT dsk_sign_args)
    message(STATUS "Windows signing: no certificate: the MSI is unsigned")
    return()
endif()
dsk_signtool(${CPACK_PACKAGE_FILES})
