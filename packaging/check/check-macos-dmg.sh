#!/usr/bin/env bash
# The macOS installer checks itself (the workflow's macOS job, after cpack): mounts the DMG
# read-only, then
#   - macos_bundle.py: every Mach-O in docspace-keys.app resolves its otool -L dependencies
#     inside the bundle or the system, lipo -archs shows arm64 and x86_64, codesign --verify
#     --deep --strict passes;
#   - Qt's catalogues are in Contents/Resources/translations, the licence in Resources;
#   - in a clean environment (no QT_PLUGIN_PATH, no DYLD_* paths, Qt's bin off PATH) the
#     bundled CLI prints --version and revokes a key on the sandbox over HTTP and over HTTPS
#     with the pinned fingerprint; a profile saved with --token-stdin (the login Keychain) is
#     used by revoke --profile;
#   - the GUI starts, paints and quits by itself (DSK_QUIT_WHEN_SHOWN).
# Usage: check-macos-dmg.sh DMG SANDBOX [ARCHS]   (ARCHS default arm64,x86_64)
set -euo pipefail
dmg=${1:?usage: check-macos-dmg.sh DMG SANDBOX}
sandbox=${2:?usage: check-macos-dmg.sh DMG SANDBOX}
archs=${3:-arm64,x86_64}
here=$(cd "$(dirname "$0")" && pwd)
work=$(mktemp -d "${TMPDIR:-/tmp}/dsk-check-mac.XXXXXX")
mnt="$work/mnt"
pid=""
cleanup() {
    [ -n "$pid" ] && kill "$pid" 2>/dev/null || true
    hdiutil detach "$mnt" -quiet 2>/dev/null || true
    rm -rf "$work"
}
trap cleanup EXIT
die() { echo "check-macos: FAILED: $*" >&2; exit 1; }
step() { echo "check-macos: $*"; }

mkdir -p "$mnt"
for attempt in 1 2 3; do # hdiutil: "Resource busy" at random on hosted runners
    hdiutil attach "$dmg" -nobrowse -readonly -mountpoint "$mnt" -quiet && break
    [ $attempt -eq 3 ] && die "hdiutil attach $dmg"
    sleep 10
done
app="$mnt/docspace-keys.app"
[ -d "$app" ] || die "no docspace-keys.app in the DMG"
[ -e "$mnt/Applications" ] || die "no Applications link in the DMG"

step "bundle: dependencies, architectures, signature"
python3 "$here/macos_bundle.py" "$app" --archs "$archs" || die "bundle check"
compgen -G "$app/Contents/Resources/translations/qt_*.qm" >/dev/null || die "no Qt catalogues in the bundle"
[ -f "$app/Contents/Resources/LICENSE.txt" ] || die "no LICENSE.txt in the bundle"

run() { env -u QT_PLUGIN_PATH -u DYLD_LIBRARY_PATH -u DYLD_FRAMEWORK_PATH -u DOCSPACE_TOKEN \
        PATH=/usr/bin:/bin "$@"; }
cli="$app/Contents/MacOS/docspace-keys-cli"
version=$(run "$cli" --version) || die "the bundled CLI does not run"
step "$version"
[[ "$version" == docspace-keys-cli\ * ]] || die "unexpected --version: $version"

"$sandbox" --http-port 0 --https-port 0 --info-file "$work/info.json" --quiet >"$work/sandbox.log" 2>&1 &
pid=$!
for _ in $(seq 1 300); do [ -s "$work/info.json" ] && break; sleep 0.1; done
[ -s "$work/info.json" ] || die "the sandbox wrote no info file"
info() { python3 -c 'import json,sys; i=json.load(open(sys.argv[1])); print(eval(sys.argv[2]))' "$work/info.json" "$1"; }
key() { info "[k['$2'] for k in i['keys'] if k['name']=='$1'][0]"; }
token=$(key "Admin console" secret)
http=$(info "i['httpUrl']")
gone() { ! curl -sf "$http/__sandbox/info" | grep -q "$1"; }

id=$(key "CI pipeline" id)
printf '%s\n' "$token" | run "$cli" revoke --portal "$http" --token-stdin --yes "$id" || die "revoke over HTTP"
gone "$id" || die "the sandbox still lists $id"
id=$(key "Backup script" id)
printf '%s\n' "$token" | run "$cli" revoke --portal "$(info "i['httpsUrl']")" \
    --trust-cert "$(info "i['certificateSha256']")" --token-stdin --yes "$id" || die "revoke over pinned HTTPS"
gone "$id" || die "the sandbox still lists $id"
step "profile with the token in the Keychain"
name="Check portal $$"
printf '%s\n' "$token" | run "$cli" profiles add "$name" --portal "$http" --token-stdin || die "profiles add"
id=$(key "Zapier integration" id)
run "$cli" revoke --profile "$name" --yes "$id" || die "revoke --profile"
run "$cli" profiles remove "$name" || true
gone "$id" || die "the sandbox still lists $id"

step "GUI starts and quits by itself"
DSK_BENCH_REPORT_SHOWN=1 DSK_QUIT_WHEN_SHOWN=1 run "$app/Contents/MacOS/docspace-keys" >"$work/gui.out" 2>&1 ||
    { cat "$work/gui.out"; die "the GUI did not exit cleanly"; }
grep -q shown "$work/gui.out" || die "the GUI never painted"
echo "check-macos: all checks passed for $(basename "$dmg")"
