#!/bin/sh
# desktop-file-validate on the desktop file, plus the keys the package relies on.
set -eu
desktop=$1
command -v desktop-file-validate >/dev/null || {
    echo "desktop-file-validate not found: install desktop-file-utils (scripts/install-deps.sh)" >&2
    exit 1
}
out=$(desktop-file-validate "$desktop" 2>&1) || { echo "$out" >&2; exit 1; }
# Hints are advice only, but a clean file stays clean.
[ -z "$out" ] || { echo "desktop-file-validate: $out" >&2; exit 1; }
for line in "Exec=docspace-keys" "Icon=docspace-keys" "Type=Application"; do
    grep -qx "$line" "$desktop" || { echo "$desktop: missing '$line'" >&2; exit 1; }
done
grep -q '^Categories=.\+' "$desktop" || { echo "$desktop: no Categories" >&2; exit 1; }
grep -q '^Keywords=.\+' "$desktop" || { echo "$desktop: no Keywords" >&2; exit 1; }
echo "desktop file valid: $desktop"
