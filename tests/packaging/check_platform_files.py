#!/usr/bin/env python3
"""The macOS Info.plist and the Windows version resources, as configured from their templates,
carry the project version and the bundle settings. Only Windows and macOS build them in, so
this is what checks them on every Linux run. Usage: check_platform_files.py BUILD_DIR VERSION"""
import plistlib
import re
import sys
from pathlib import Path


def fail(message):
    sys.exit(f"FAIL: {message}")


def main():
    build, version = Path(sys.argv[1]), sys.argv[2]
    numbers = ",".join((version.split(".") + ["0", "0", "0"])[:3]) + ",0"

    plist_path = build / "packaging" / "Info.plist"
    with plist_path.open("rb") as f:
        plist = plistlib.load(f)
    expected = {
        "CFBundleExecutable": "docspace-keys",
        "CFBundleIdentifier": "io.github.docspacekeys.DocSpaceKeys",
        "CFBundleShortVersionString": version,
        "CFBundleVersion": version,
        "CFBundleIconFile": "docspace-keys.icns",
        "CFBundlePackageType": "APPL",
        "NSHighResolutionCapable": True,
    }
    for key, value in expected.items():
        if plist.get(key) != value:
            fail(f"{plist_path}: {key} is {plist.get(key)!r}, expected {value!r}")
    if not re.fullmatch(r"\d+\.\d+(\.\d+)?", plist.get("LSMinimumSystemVersion", "")):
        fail(f"{plist_path}: LSMinimumSystemVersion is {plist.get('LSMinimumSystemVersion')!r}")
    print(f"{plist_path}: valid, version {version}")

    for exe in ("docspace-keys", "docspace-keys-cli"):
        rc_path = build / "packaging" / f"{exe}.rc"
        rc = rc_path.read_text(encoding="utf-8")
        leftover = re.findall(r"@[A-Za-z_]+@", rc)
        if leftover:
            fail(f"{rc_path}: unreplaced {leftover}")
        for line in (f"FILEVERSION {numbers}", f"PRODUCTVERSION {numbers}",
                     f'VALUE "FileVersion", "{version}\\0"',
                     f'VALUE "OriginalFilename", "{exe}.exe\\0"'):
            if line not in rc:
                fail(f"{rc_path}: lacks '{line}'")
        icon = re.search(r'ICON "([^"]+)"', rc)
        if not icon or not Path(icon.group(1)).is_file():
            fail(f"{rc_path}: the icon it names does not exist")
        if not Path(icon.group(1)).read_bytes().startswith(b"\0\0\1\0"):
            fail(f"{icon.group(1)}: not an .ico file")
        print(f"{rc_path}: valid, version {version}")

    # Every installer shows and carries LICENSE (the project's licence) and the third-party
    # notices: the file CPack is given, configured from both.
    source = Path(__file__).resolve().parents[2]
    licence = (build / "packaging" / "LICENSE.txt").read_text(encoding="utf-8")
    if not licence.startswith((source / "LICENSE").read_text(encoding="utf-8")):
        fail("packaging/LICENSE.txt does not start with LICENSE")
    for needle in ("LGPL-3.0", "QtKeychain", "BSD 3-Clause"):
        if needle not in licence:
            fail(f"packaging/LICENSE.txt lacks the third-party notice '{needle}'")
    cpack = (build / "CPackConfig.cmake").read_text(encoding="utf-8")
    if f'set(CPACK_RESOURCE_FILE_LICENSE "{build}/packaging/LICENSE.txt")' not in cpack:
        fail("CPACK_RESOURCE_FILE_LICENSE is not the configured LICENSE.txt")
    if (source / "packaging" / "license.txt").exists():
        fail("the placeholder packaging/license.txt is back")
    print(f"{build / 'packaging' / 'LICENSE.txt'}: LICENSE plus third-party notices")

    icns = Path(__file__).resolve().parents[2] / "packaging" / "macos" / "docspace-keys.icns"
    if not icns.read_bytes().startswith(b"icns"):
        fail(f"{icns}: not an .icns file")


if __name__ == "__main__":
    main()
