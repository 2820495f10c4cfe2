#!/bin/sh
# Retakes issue 16's screenshots in docs/ in one command (create dialog, one-time secret,
# rotation, retirement plan, keys of all portals), each from tests/gui/lifecycleshots against
# in-process sandbox portals, under a private Xvfb display with openbox:
#   scripts/lifecycle-screenshots.sh [build-dir]
# Needs Xvfb, openbox and ImageMagick (apt-get install xvfb openbox imagemagick x11-utils).
# DSK_SHOT_DISPLAY picks the display (default :74). Look at the PNGs afterwards.
set -eu
root=$(cd "$(dirname "$0")/.." && pwd)
build=${1:-$root/build}
display=${DSK_SHOT_DISPLAY:-:74}

cmake --build "$build" --target lifecycleshots
harness="$build/tests/gui/lifecycleshots"
work=$(mktemp -d)
xvfb=
openbox=
cleanup() {
    [ -n "$openbox" ] && kill "$openbox" 2>/dev/null || true
    [ -n "$xvfb" ] && kill "$xvfb" 2>/dev/null || true
    rm -rf "$work"
}
trap cleanup EXIT INT TERM

Xvfb "$display" -screen 0 1280x840x24 -nolisten tcp >"$work/xvfb.log" 2>&1 &
xvfb=$!
tries=0
until xdpyinfo -display "$display" >/dev/null 2>&1; do
    tries=$((tries + 1))
    [ "$tries" -gt 100 ] && { echo "Xvfb did not start on $display" >&2; exit 1; }
    sleep 0.1
done
DISPLAY="$display" openbox >"$work/openbox.log" 2>&1 &
openbox=$!
sleep 1

# Nothing of the harness lands in the real HOME (it keeps profiles and tokens in temp/memory).
mkdir -p "$work/home"
for shot in create:create-key secret:one-time-secret rotation:rotation plan:retirement-plan \
            allportals:all-portals; do
    mode=${shot%%:*}
    name=${shot#*:}
    HOME="$work/home" DISPLAY="$display" QT_QPA_PLATFORM=xcb LANG=C.UTF-8 LC_ALL=C.UTF-8 TZ=UTC \
        "$harness" "$mode" >"$work/$mode.out" 2>"$work/$mode.err" &
    pid=$!
    tries=0
    until grep -q READY "$work/$mode.out"; do
        tries=$((tries + 1))
        if [ "$tries" -gt 600 ] || ! kill -0 "$pid" 2>/dev/null; then
            echo "lifecycleshots $mode did not get ready:" >&2
            cat "$work/$mode.err" >&2
            exit 1
        fi
        sleep 0.1
    done
    DISPLAY="$display" import -window root "$root/docs/screenshot-$name.png"
    kill "$pid" 2>/dev/null || true
    wait "$pid" 2>/dev/null || true
    echo "docs/screenshot-$name.png"
done
