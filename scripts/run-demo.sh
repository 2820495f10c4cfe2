#!/usr/bin/env bash
# The README's run command: installs what is missing, builds, starts the sandbox portal and
# opens DocSpace Keys on it with a demo profile (portal, token and a key id filled in).
set -euo pipefail
cd "$(dirname "$0")/.."
scripts/install-deps.sh
scripts/build.sh
BUILD_DIR=${BUILD_DIR:-build}

workdir=$(mktemp -d)
cleanup() {
    [ -n "${sandbox_pid:-}" ] && kill "$sandbox_pid" 2>/dev/null && wait "$sandbox_pid" 2>/dev/null
    rm -rf "$workdir"
}
trap cleanup EXIT INT TERM

"$BUILD_DIR/tools/sandbox/docspace-sandbox" --http-port 0 --https-port 0 \
    --info-file "$workdir/sandbox.json" >"$workdir/sandbox.log" 2>&1 &
sandbox_pid=$!
for _ in $(seq 100); do
    [ -s "$workdir/sandbox.json" ] && break
    kill -0 "$sandbox_pid" 2>/dev/null || { cat "$workdir/sandbox.log" >&2; exit 1; }
    sleep 0.1
done
[ -s "$workdir/sandbox.json" ] || { echo "The sandbox portal did not start." >&2; exit 1; }
echo "Sandbox portal running; its demo users and keys:"
cat "$workdir/sandbox.log"

app=("$BUILD_DIR/src/app/docspace-keys" --sandbox-info "$workdir/sandbox.json")
if [ -z "${DISPLAY:-}" ] && [ -z "${WAYLAND_DISPLAY:-}" ]; then
    echo "No display found: running the window on a virtual X server (xvfb-run)."
    xvfb-run -a -s "-screen 0 1280x900x24" "${app[@]}"
else
    "${app[@]}"
fi
