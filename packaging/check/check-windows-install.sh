#!/usr/bin/env bash
# The Windows installer checks itself: installs the MSI silently into a temporary folder, then,
# in a clean environment (no QT_PLUGIN_PATH, no Qt or build tree on PATH):
#   - the file manifest (windows-manifest.sh: Qt plug-ins, Qt6Svg, QtKeychain, the runtime DLLs,
#     Qt's catalogues, the licence; every imported DLL present);
#   - the installed docspace-keys-cli.exe --version;
#   - the installed CLI revokes a key on the sandbox over HTTP, over HTTPS with the pinned
#     fingerprint, and over HTTPS trusting an internal CA file (--ca-file);
#   - a token saved with `profiles add --token-stdin` goes to the Credential Manager and
#     `revoke --profile` with it works;
#   - the installed GUI starts offscreen, paints and exits 0 by itself.
# Usage: check-windows-install.sh MSI SANDBOX mingw|msvc
#   SANDBOX  the docspace-sandbox executable (from the build tree; Linux's under Wine)
# Environment:
#   DSK_CHECK_WINE      wine64 to run the Windows programs with (Linux); WINEPREFIX must be a
#                       fresh prefix. Unset on a real Windows runner (Git Bash).
#   DSK_CHECK_QPA       the GUI's Qt platform, given as -platform because Wine passes no QT_*
#                       variable on (default offscreen; "windows" where windeployqt
#                       deployed only qwindows).
#   DSK_CA_FILE_CHECK   must (default): the --ca-file revoke has to work; report: run it and
#                       only report the result (Wine 8's chain engine; packaging/README.md).
set -euo pipefail
msi=${1:?usage: check-windows-install.sh MSI SANDBOX mingw|msvc}
sandbox=${2:?usage: check-windows-install.sh MSI SANDBOX mingw|msvc}
runtime=${3:?usage: check-windows-install.sh MSI SANDBOX mingw|msvc}
here=$(cd "$(dirname "$0")" && pwd)
wine=${DSK_CHECK_WINE:-}
ca_check=${DSK_CA_FILE_CHECK:-must}
work=$(mktemp -d "${TMPDIR:-/tmp}/dsk-check-win.XXXXXX")
sandbox_pids=()
cleanup() {
    for pid in "${sandbox_pids[@]}"; do kill "$pid" 2>/dev/null || true; done
    rm -rf "$work"
}
trap cleanup EXIT
python=$(command -v python3 || command -v python)
step() { echo "check-windows: $*"; }
die() { echo "check-windows: FAILED: $*" >&2; exit 1; }

# Windows paths for a Unix path, and the programs' runner.
if [ -n "$wine" ]; then
    winpath() { printf 'Z:%s' "$(realpath "$1")" | tr / '\\'; }
    root_win='C:\dsk-check'
    install_root="${WINEPREFIX:?DSK_CHECK_WINE needs WINEPREFIX}/drive_c/dsk-check"
else
    winpath() { cygpath -w "$1"; }
    install_root="$work/install"
    root_win=$(cygpath -w "$install_root")
fi
run() { # a Windows program with a clean environment
    env -u QT_PLUGIN_PATH -u QT_QPA_PLATFORM_PLUGIN_PATH -u QML2_IMPORT_PATH -u WINEPATH \
        -u DOCSPACE_TOKEN PATH="$clean_path" $wine "$@"
}
if [ -n "$wine" ]; then
    clean_path=/usr/bin:/bin
else
    clean_path="/c/Windows/system32:/c/Windows:/c/Windows/System32/Wbem:/usr/bin:/bin"
fi

step "installing $(basename "$msi") silently into $root_win"
if [ -n "$wine" ]; then
    $wine msiexec /i "$(winpath "$msi")" /qn "INSTALL_ROOT=$root_win" >"$work/msiexec.log" 2>&1 ||
        { cat "$work/msiexec.log"; die "msiexec /i failed"; }
else
    MSYS2_ARG_CONV_EXCL='*' msiexec /i "$(winpath "$msi")" /qn "INSTALL_ROOT=$root_win" \
        /l*v "$(winpath "$work")\\msiexec.log" || { cat "$work/msiexec.log" || true; die "msiexec /i failed"; }
fi
[ -f "$install_root/bin/docspace-keys-cli.exe" ] || die "nothing installed in $install_root"

step "manifest"
"$here/windows-manifest.sh" "$install_root" "$runtime" || die "manifest incomplete"

cli="$install_root/bin/docspace-keys-cli.exe"
gui="$install_root/bin/docspace-keys.exe"
step "docspace-keys-cli.exe --version"
version=$(run "$cli" --version | tr -d '\r') || die "the installed CLI does not run"
echo "  $version"
[[ "$version" == docspace-keys-cli\ * ]] || die "unexpected --version output: $version"

# The sandbox: one with its own self-signed certificate (HTTP + HTTPS), one with a leaf signed
# by a CA of our own, for --ca-file.
start_sandbox() { # name [extra args]
    local name=$1; shift
    "$sandbox" --http-port 0 --https-port 0 --info-file "$work/$name.json" --quiet "$@" \
        >"$work/$name.log" 2>&1 &
    sandbox_pids+=($!)
    for _ in $(seq 1 300); do
        [ -s "$work/$name.json" ] && return 0
        kill -0 "${sandbox_pids[-1]}" 2>/dev/null || { cat "$work/$name.log"; die "sandbox $name exited"; }
        sleep 0.1
    done
    die "sandbox $name wrote no info file in 30 s"
}
info() { # file python-expression on `i`
    "$python" -c 'import json,sys; i=json.load(open(sys.argv[1])); print(eval(sys.argv[2]))' "$1" "$2"
}
key_id() { info "$1" "[k['id'] for k in i['keys'] if k['name']=='$2'][0]"; }
key_gone() { # info-file key-id: the sandbox no longer lists it
    local url; url=$(info "$1" "i['httpUrl']")
    ! curl -sf "$url/__sandbox/info" | grep -q "$2"
}
start_sandbox plain
token=$(info "$work/plain.json" "[k['secret'] for k in i['keys'] if k['name']=='Admin console'][0]")
http=$(info "$work/plain.json" "i['httpUrl']")
https=$(info "$work/plain.json" "i['httpsUrl']")
pin=$(info "$work/plain.json" "i['certificateSha256']")

revoke() { # label info-file key-name args...
    local label=$1 file=$2 name=$3; shift 3
    local id; id=$(key_id "$file" "$name")
    step "revoke over $label"
    if ! printf '%s\n' "$token" | run "$cli" revoke --token-stdin --yes "$@" "$id" >"$work/out" 2>&1; then
        tr -d '\r' <"$work/out"
        return 1
    fi
    tr -d '\r' <"$work/out" | sed 's/^/  /'
    key_gone "$file" "$id" || { echo "  the sandbox still lists $id"; return 1; }
}
revoke "HTTP" "$work/plain.json" "CI pipeline" --portal "$http" || die "revoke over HTTP"
revoke "HTTPS, pinned certificate" "$work/plain.json" "Backup script" --portal "$https" \
    --trust-cert "$pin" || die "revoke over HTTPS with --trust-cert"

# An internal CA: openssl makes the CA and a leaf for 127.0.0.1/localhost.
if command -v openssl >/dev/null; then
    (
        cd "$work"
        openssl req -x509 -newkey rsa:2048 -nodes -keyout ca.key -out ca.pem -days 2 \
            -subj "/CN=DocSpace Keys check CA" -addext "basicConstraints=critical,CA:TRUE" \
            -addext "keyUsage=critical,keyCertSign,cRLSign" >/dev/null 2>&1
        openssl req -newkey rsa:2048 -nodes -keyout leaf.key -out leaf.csr \
            -subj "/CN=localhost" >/dev/null 2>&1
        printf 'basicConstraints=critical,CA:FALSE\nkeyUsage=critical,digitalSignature,keyEncipherment\nextendedKeyUsage=serverAuth\nsubjectAltName=DNS:localhost,IP:127.0.0.1\nauthorityKeyIdentifier=keyid\nsubjectKeyIdentifier=hash\n' >leaf.ext
        openssl x509 -req -in leaf.csr -CA ca.pem -CAkey ca.key -CAcreateserial -out leaf.pem \
            -days 2 -extfile leaf.ext >/dev/null 2>&1
    ) || die "openssl could not make the CA fixture"
    start_sandbox ca --cert "$work/leaf.pem" --key "$work/leaf.key"
    ca_https=$(info "$work/ca.json" "i['httpsUrl']")
    if revoke "HTTPS, internal CA file" "$work/ca.json" "CI pipeline" --portal "$ca_https" \
        --ca-file "$(winpath "$work/ca.pem")"; then
        echo "check-windows: ca-file: works"
    elif [ "$ca_check" = must ]; then
        die "revoke over HTTPS with --ca-file"
    else
        echo "check-windows: ca-file: FAILS here (reported only: DSK_CA_FILE_CHECK=$ca_check)"
    fi
else
    [ "$ca_check" = must ] && die "no openssl to make the CA fixture"
    echo "check-windows: ca-file: not checked (no openssl)"
fi

step "profiles add --token-stdin (Credential Manager), then revoke --profile"
printf '%s\n' "$token" | run "$cli" profiles add "Check portal" --portal "$http" --token-stdin \
    >"$work/out" 2>&1 || { tr -d '\r' <"$work/out"; die "profiles add"; }
tr -d '\r' <"$work/out" | sed 's/^/  /'
id=$(key_id "$work/plain.json" "Zapier integration")
run "$cli" revoke --profile "Check portal" --yes "$id" >"$work/out" 2>&1 ||
    { tr -d '\r' <"$work/out"; die "revoke --profile with the token from the Credential Manager"; }
tr -d '\r' <"$work/out" | sed 's/^/  /'
key_gone "$work/plain.json" "$id" || die "revoke --profile: the sandbox still lists $id"
# The token is in no file of the install and not in the profile's settings.
if grep -rqF "$token" "$install_root" 2>/dev/null; then die "the token is in a file of the install"; fi
if [ -n "$wine" ] && grep -qF "$token" "$WINEPREFIX"/*.reg; then
    die "the token is in the prefix's registry (settings), not only the Credential Manager"
fi

step "GUI starts offscreen and exits by itself"
if ! QT_QPA_PLATFORM=${DSK_CHECK_QPA:-offscreen} DSK_BENCH_REPORT_SHOWN=1 DSK_QUIT_WHEN_SHOWN=1 \
    timeout 120 env -u QT_PLUGIN_PATH PATH="$clean_path" $wine "$gui" -platform "${DSK_CHECK_QPA:-offscreen}" \
    >"$work/gui.out" 2>&1; then
    tr -d '\r' <"$work/gui.out"
    die "the installed GUI did not exit cleanly"
fi
grep -q shown "$work/gui.out" || { cat "$work/gui.out"; die "the GUI never painted"; }
echo "check-windows: all checks passed for $(basename "$msi")"
