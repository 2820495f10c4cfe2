#!/usr/bin/env bash
# Installs the Debian 12 packages DocSpace Keys needs to build, run and test, only when some
# are missing. Runs apt-get update first, as a fresh machine's package lists may be empty.
set -euo pipefail

packages=(
    build-essential cmake ninja-build pkg-config
    qt6-base-dev qt6-base-dev-tools qt6-tools-dev qt6-tools-dev-tools qt6-l10n-tools
    libqt6svg6 qt6-qpa-plugins
    libssl-dev openssl libgl-dev
    qtkeychain-qt6-dev gnome-keyring dbus qt6-translations-l10n
    python3 python3-requests curl nginx-light
    xvfb xauth x11-utils imagemagick fonts-dejavu-core
    librsvg2-bin icnsutils desktop-file-utils appstream python3-yaml dpkg-dev file
    clang libclang-rt-14-dev lld llvm g++-mingw-w64-x86-64-posix binutils-mingw-w64-x86-64 ccache
)

missing=()
for p in "${packages[@]}"; do
    dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed" || missing+=("$p")
done
[ ${#missing[@]} -eq 0 ] && exit 0

SUDO=""
if [ "$(id -u)" -ne 0 ]; then
    command -v sudo >/dev/null || { echo "Need root (or sudo) to install: ${missing[*]}" >&2; exit 1; }
    SUDO="sudo"
fi
echo "Installing: ${missing[*]}"
$SUDO apt-get update -qq
DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
