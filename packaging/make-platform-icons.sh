#!/usr/bin/env bash
# Regenerates the committed Windows .ico and macOS .icns from resources/icons/docspace-keys.svg.
# Run it after changing the SVG (Debian: librsvg2-bin, imagemagick, icnsutils); commit the result.
# The Linux PNGs are not committed: the build renders them (packaging/packaging.cmake).
set -euo pipefail
cd "$(dirname "$0")/.."
svg=resources/icons/docspace-keys.svg
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT

for size in 16 24 32 48 64 128 256 512 1024; do
    rsvg-convert --width "$size" --height "$size" --format png --output "$work/$size.png" "$svg"
done

# Windows: one .ico holding every size Explorer and the taskbar ask for (PNG-compressed 256).
convert "$work"/{16,24,32,48,64,128,256}.png packaging/windows/docspace-keys.ico

# macOS: png2icns picks the icon type from each PNG's size.
png2icns packaging/macos/docspace-keys.icns "$work"/{16,32,48,128,256,512,1024}.png >/dev/null
echo "Wrote packaging/windows/docspace-keys.ico and packaging/macos/docspace-keys.icns"
