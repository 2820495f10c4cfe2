#!/usr/bin/env bash
# Retakes the main-window screenshots in docs/: 1024x700, 1366x768 and 2560x1600 at
# QT_SCALE_FACTOR=2, each in English, German and Japanese, each on its own virtual X screen
# (Xvfb + openbox) with the demo sandbox and its key list loaded (F5).
#   scripts/take-screenshots.sh [DISPLAY_NUMBER]    (default 73)
# Needs Xvfb, openbox, xdotool and ImageMagick's import; builds nothing: run scripts/build.sh
# (or cmake --build build) first. Nothing is written outside docs/ and a temporary folder.
set -euo pipefail
cd "$(dirname "$0")/.."
BUILD_DIR=${BUILD_DIR:-build}
display=":${1:-73}"
app="$BUILD_DIR/src/app/docspace-keys"
sandbox="$BUILD_DIR/tools/sandbox/docspace-sandbox"
for tool in Xvfb openbox xdotool import "$app" "$sandbox"; do
    command -v "$tool" >/dev/null || { echo "missing: $tool" >&2; exit 1; }
done

workdir=$(mktemp -d)
pids=()
cleanup() {
    for pid in "${pids[@]}"; do kill "$pid" 2>/dev/null || true; done
    wait 2>/dev/null || true
    rm -rf "$workdir"
}
trap cleanup EXIT INT TERM

wait_for() { # seconds, command...
    local limit=$(( $1 * 10 )); shift
    for _ in $(seq "$limit"); do "$@" >/dev/null 2>&1 && return 0; sleep 0.1; done
    return 1
}

# shot WIDTHxHEIGHT LANGUAGE OUTPUT [SCALE]
shot() {
    local size=$1 language=$2 output=$3 scale=${4:-1}
    local home="$workdir/home-$language-$size"
    mkdir -p "$home"
    Xvfb "$display" -screen 0 "${size}x24" -nolisten tcp >"$workdir/xvfb.log" 2>&1 &
    local xvfb=$!
    pids+=("$xvfb")
    wait_for 10 xdpyinfo -display "$display" || wait_for 10 xdotool getdisplaygeometry --display "$display" 2>/dev/null || true
    DISPLAY=$display openbox >"$workdir/openbox.log" 2>&1 &
    local wm=$!
    pids+=("$wm")
    sleep 1

    rm -f "$workdir/sandbox.json"
    "$sandbox" --http-port 0 --https-port 0 --info-file "$workdir/sandbox.json" \
        >"$workdir/sandbox.log" 2>&1 &
    local portal=$!
    pids+=("$portal")
    wait_for 10 test -s "$workdir/sandbox.json"

    # The language as a user's system would give it (locale and messages); HOME is throw-away.
    local locale
    case $language in
        de) locale=de_DE.UTF-8 ;;
        ja) locale=ja_JP.UTF-8 ;;
        *) locale=en_US.UTF-8 ;;
    esac
    DISPLAY=$display HOME="$home" XDG_CONFIG_HOME="$home/.config" LANG=$locale \
        LANGUAGE=$language LC_ALL=$locale QT_SCALE_FACTOR=$scale \
        "$app" --sandbox-info "$workdir/sandbox.json" >"$workdir/app.log" 2>&1 &
    local window_pid=$!
    pids+=("$window_pid")
    wait_for 20 env DISPLAY=$display xdotool search --pid "$window_pid" --onlyvisible --name "DocSpace Keys"
    sleep 2
    local window
    window=$(DISPLAY=$display xdotool search --pid "$window_pid" --onlyvisible --name "DocSpace Keys" | head -1)
    DISPLAY=$display xdotool windowactivate --sync "$window" 2>/dev/null || true
    DISPLAY=$display xdotool key --window "$window" F5
    sleep 3
    DISPLAY=$display import -window root "$output"
    echo "$output"

    kill "$window_pid" "$portal" "$wm" "$xvfb" 2>/dev/null || true
    wait "$window_pid" "$portal" "$wm" "$xvfb" 2>/dev/null || true
    pids=()
}

for language in en de ja; do
    shot 1024x700 "$language" "docs/screenshot-1024x700-$language.png"
    shot 1366x768 "$language" "docs/screenshot-1366x768-$language.png"
    shot 2560x1600 "$language" "docs/screenshot-2560x1600-scale2-$language.png" 2
done
