#!/usr/bin/env bash
# packaging/check/macos_bundle.py against Mach-O bundles built here with clang and ld64.lld
# (Debian's clang, lld, llvm): a good bundle passes; each defect of the issue fails:
#   a shared QtKeychain without an rpath, the dylib left out of Contents/Frameworks, a
#   dependency outside the bundle (Homebrew's OpenSSL), an arm64-only binary, a broken signature.
# Usage: check-macos-fixtures.sh CHECK_SCRIPT
set -euo pipefail
check=$(realpath "${1:?usage: check-macos-fixtures.sh packaging/check/macos_bundle.py}")
find_tool() { for t in "$@"; do command -v "$t" >/dev/null && { echo "$t"; return; }; done; }
clang=$(find_tool clang clang-14)
otool=$(find_tool llvm-otool llvm-otool-14)
lipo=$(find_tool llvm-lipo llvm-lipo-14)
if [ -z "$clang" ] || [ -z "$otool" ] || [ -z "$lipo" ] || ! command -v ld64.lld >/dev/null &&
    ! command -v ld64.lld-14 >/dev/null; then
    echo "needs clang, lld (ld64.lld) and llvm (llvm-otool, llvm-lipo)"
    exit 1
fi
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
cd "$work"
# A libSystem for the linker (a text stub: the real one is on macOS only).
cat >libSystem.tbd <<'TBD'
--- !tapi-tbd
tbd-version:     4
targets:         [ x86_64-macos, arm64-macos ]
install-name:    '/usr/lib/libSystem.B.dylib'
current-version: 1311
exports:
  - targets:         [ x86_64-macos, arm64-macos ]
    symbols:         [ dyld_stub_binder ]
...
TBD
printf 'int keychain(void){return 0;}\n' >keychain.c
printf 'int keychain(void);\nint main(void){return keychain();}\n' >main.c
cc() { # arch output args...
    local arch=$1 out=$2; shift 2
    "$clang" -target "$arch-apple-macos12" -fuse-ld=lld -nostdlib -L"$work" -o "$out" "$@" -lSystem
}
universal() { # output args... : both slices, then lipo
    local out=$1; shift
    cc arm64 "$out.arm64" "$@"
    cc x86_64 "$out.x86_64" "$@"
    "$lipo" -create "$out.arm64" "$out.x86_64" -output "$out"
    rm -f "$out.arm64" "$out.x86_64"
}
universal libqt6keychain.1.dylib -shared -Wl,-install_name,@rpath/libqt6keychain.1.dylib keychain.c
bundle() { # name rpath(yes|no) archs(universal|arm64) dylib(yes|no) [extra dependency install name]
    local app="$work/$1/docspace-keys.app" rpath=() build=universal
    mkdir -p "$app/Contents/MacOS" "$app/Contents/Frameworks"
    [ "$2" = yes ] && rpath=(-Wl,-rpath,@executable_path/../Frameworks)
    local extra=()
    if [ -n "${5:-}" ]; then
        universal "$work/libextra.dylib" -shared -Wl,-install_name,"$5" keychain.c
        extra=("$work/libextra.dylib")
    fi
    for exe in docspace-keys docspace-keys-cli; do
        if [ "$3" = universal ]; then
            universal "$app/Contents/MacOS/$exe" -Wl,-e,_main main.c "$work/libqt6keychain.1.dylib" \
                "${extra[@]}" "${rpath[@]}"
        else
            cc arm64 "$app/Contents/MacOS/$exe" -Wl,-e,_main main.c "$work/libqt6keychain.1.dylib" \
                "${extra[@]}" "${rpath[@]}"
        fi
    done
    [ "$4" = yes ] && cp libqt6keychain.1.dylib "$app/Contents/Frameworks/"
    echo "$app"
}
# A codesign that accepts, and one that rejects (the signature check's logic; the real one runs
# on macOS only).
printf '#!/bin/sh\nexit 0\n' >codesign-ok
printf '#!/bin/sh\necho "code object is not signed at all" >&2\nexit 1\n' >codesign-broken
chmod +x codesign-ok codesign-broken

failures=0
expect() { # pass|fail label app [extra args]
    local want=$1 label=$2 app=$3; shift 3
    local out rc=0
    out=$("$check" "$app" --otool "$otool" --lipo "$lipo" "$@" 2>&1) || rc=$?
    if { [ "$want" = pass ] && [ $rc -eq 0 ]; } || { [ "$want" = fail ] && [ $rc -eq 1 ]; }; then
        echo "ok   $label ($want)"
    else
        echo "FAIL $label: expected $want, exit $rc"
        failures=$((failures + 1))
    fi
    echo "$out" | sed 's/^/       /'
}
good=$(bundle good yes universal yes)
expect pass "good bundle" "$good" --codesign "$work/codesign-ok"
expect fail "shared QtKeychain, no LC_RPATH" "$(bundle norpath no universal yes)" --codesign none
expect fail "QtKeychain not in Contents/Frameworks" "$(bundle nodylib yes universal no)" --codesign none
expect fail "depends on Homebrew's OpenSSL" \
    "$(bundle homebrew yes universal yes /opt/homebrew/opt/openssl@3/lib/libcrypto.3.dylib)" --codesign none
expect fail "arm64 only" "$(bundle arm64 yes arm64 yes)" --codesign none
expect fail "broken signature" "$good" --codesign "$work/codesign-broken"
[ $failures -eq 0 ] || { echo "$failures fixture(s) misjudged"; exit 1; }
echo "every fixture judged right"
