#!/bin/sh
# Runs a test inside a private D-Bus session with an unlocked gnome-keyring acting as the Secret
# Service, and a throw-away HOME (the keyring and every settings file land there, so tests can
# search it for tokens). Usage: run-with-keyring.sh [--no-keyring] COMMAND [ARGS...]
# --no-keyring: the same throw-away HOME, but no D-Bus session and so no keychain at all.
set -eu
home=$(mktemp -d "${TMPDIR:-/tmp}/dsk-home.XXXXXX")
trap 'rm -rf "$home"' EXIT
export HOME="$home"
unset XDG_CONFIG_HOME XDG_DATA_HOME XDG_CACHE_HOME XDG_RUNTIME_DIR DBUS_SESSION_BUS_ADDRESS
mkdir -p "$home/.cache" "$home/.local/share/keyrings"
if [ "${1:-}" = "--no-keyring" ]; then
    shift
    DBUS_SESSION_BUS_ADDRESS=unix:path=$home/no-such-bus "$@"
    exit $?
fi
dbus-run-session -- sh -c '
    eval "$(printf %s dsk-test-keyring | gnome-keyring-daemon --unlock --components=secrets)"
    export GNOME_KEYRING_CONTROL
    "$@"
' sh "$@"
