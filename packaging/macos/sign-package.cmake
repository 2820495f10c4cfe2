# CPACK_POST_BUILD_SCRIPTS hook (DSK_SIGN_PACKAGE_SCRIPT): with a Developer ID
# (DSK_CODESIGN_IDENTITY) signs the DMG; with an App Store Connect API key (DSK_NOTARY_KEY,
# DSK_NOTARY_KEY_ID, DSK_NOTARY_ISSUER) also notarises it (notarytool --wait) and staples the
# ticket. Without them nothing is done: the bundle inside is ad-hoc signed (sign-staged.cmake).
set(identity "$ENV{DSK_CODESIGN_IDENTITY}")
if(NOT identity)
    message(STATUS "macOS signing: no Developer ID: the DMG is not signed or notarised")
    return()
endif()
foreach(dmg IN LISTS CPACK_PACKAGE_FILES)
    execute_process(COMMAND codesign --force --timestamp --sign "${identity}" "${dmg}"
        RESULT_VARIABLE result)
    if(NOT result EQUAL 0)
        message(FATAL_ERROR "codesign failed on ${dmg}")
    endif()
    if("$ENV{DSK_NOTARY_KEY}" STREQUAL "")
        message(STATUS "macOS signing: no notary key: ${dmg} signed, not notarised")
        continue()
    endif()
    execute_process(COMMAND xcrun notarytool submit "${dmg}" --key "$ENV{DSK_NOTARY_KEY}"
            --key-id "$ENV{DSK_NOTARY_KEY_ID}" --issuer "$ENV{DSK_NOTARY_ISSUER}" --wait
        RESULT_VARIABLE result)
    if(NOT result EQUAL 0)
        message(FATAL_ERROR "notarytool rejected ${dmg}")
    endif()
    execute_process(COMMAND xcrun stapler staple "${dmg}" RESULT_VARIABLE result)
    if(NOT result EQUAL 0)
        message(FATAL_ERROR "stapler failed on ${dmg}")
    endif()
endforeach()
