#!/usr/bin/env python3
"""The Qt for Windows that scripts/test-windows.sh builds with (../shared/toolchains) has no
accessibility: QWidget::setAccessibleName() and friends do not exist there, and code that calls
them breaks only the Windows build. Every use goes through src/gui/accessiblenames.h instead.
This check finds direct calls on Linux, before the Windows step would.
Usage: check_windows_qt_subset.py <source dir>"""
import pathlib
import re
import sys

root = pathlib.Path(sys.argv[1])
direct = re.compile(r"(->|\.)\s*(setAccessibleName|setAccessibleDescription|accessibleName|"
                    r"accessibleDescription)\s*\(")
allowed = {root / "src/gui/accessiblenames.h"}
found = []
for folder in ("src", "tests", "tools", "bench"):
    for path in sorted((root / folder).rglob("*")):
        if path.suffix not in (".cpp", ".h") or path in allowed:
            continue
        for number, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1):
            if direct.search(line):
                found.append(f"{path.relative_to(root)}:{number}: {line.strip()}")
if found:
    print("Direct accessibility calls (use Accessible::setName/setDescription/name/description "
          "from src/gui/accessiblenames.h; the Windows Qt has no accessibility):")
    print("\n".join(found))
    sys.exit(1)
print("no direct accessibility calls outside src/gui/accessiblenames.h")
