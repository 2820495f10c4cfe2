#!/usr/bin/env bash
# packaging/check/windows-manifest.sh against install trees made here with MinGW-w64 (real PE
# files, so the import check runs): a complete tree passes; each defect of the issue fails:
# no platforms/qwindows, no tls/qschannelbackend, no iconengines/qsvgicon, no Qt6Svg, no
# QtKeychain DLL, a missing runtime DLL (MinGW's, or the VC runtime for MSVC), no Qt
# catalogues, no licence, a DLL imported from outside the tree (OpenSSL), the VC runtime in a
# MinGW build.
# Usage: check-windows-fixtures.sh CHECK_SCRIPT
set -euo pipefail
check=$(realpath "${1:?usage: check-windows-fixtures.sh packaging/check/windows-manifest.sh}")
gcc=$(command -v x86_64-w64-mingw32-gcc-posix || command -v x86_64-w64-mingw32-gcc || true)
[ -n "$gcc" ] || { echo "needs MinGW-w64 (g++-mingw-w64-x86-64-posix)"; exit 1; }
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
cd "$work"
# Tiny DLLs under the real names; the executables import the keychain, Qt6Core and the runtime.
dll() { # name.dll [import libs...]
    local name=$1; shift
    printf 'int __declspec(dllexport) f_%s(void){return 0;}\n' "$(echo "${name%.dll}" | tr -c 'A-Za-z0-9\n' _)" >"$name.c"
    "$gcc" -shared -o "lib/$name" "$name.c" -Wl,--out-implib,"lib/${name%.dll}.a" "$@"
}
mkdir -p lib
for d in Qt6Core.dll Qt6Gui.dll Qt6Widgets.dll Qt6Network.dll Qt6Svg.dll libqt6keychain.dll \
         libstdc++-6.dll libgcc_s_seh-1.dll libwinpthread-1.dll libcrypto-3-x64.dll vcruntime140.dll; do
    dll "$d"
done
printf 'int f_libqt6keychain(void); int f_Qt6Core(void);\nint main(void){return f_libqt6keychain()+f_Qt6Core();}\n' >main.c
"$gcc" -o main.exe main.c lib/libqt6keychain.a lib/Qt6Core.a
printf 'int f_libcrypto_3_x64(void);\nint main(void){return f_libcrypto_3_x64();}\n' >crypto.c
"$gcc" -o crypto.exe crypto.c lib/libcrypto-3-x64.a
printf 'int f_vcruntime140(void);\nint main(void){return f_vcruntime140();}\n' >vc.c
"$gcc" -o vc.exe vc.c lib/vcruntime140.a

tree() { # name [files to leave out...]
    local root="$work/$1"; shift
    mkdir -p "$root/bin/platforms" "$root/bin/tls" "$root/bin/iconengines" "$root/bin/translations"
    cp main.exe "$root/bin/docspace-keys.exe"
    cp main.exe "$root/bin/docspace-keys-cli.exe"
    for d in Qt6Core Qt6Gui Qt6Widgets Qt6Network Qt6Svg libqt6keychain libstdc++-6 \
             libgcc_s_seh-1 libwinpthread-1; do
        cp "lib/$d.dll" "$root/bin/"
    done
    cp lib/Qt6Core.dll "$root/bin/platforms/qwindows.dll"
    cp lib/Qt6Core.dll "$root/bin/tls/qschannelbackend.dll"
    cp lib/Qt6Core.dll "$root/bin/iconengines/qsvgicon.dll"
    printf 'qm' >"$root/bin/translations/qt_de.qm"
    printf 'MIT' >"$root/LICENSE.txt"
    for f in "$@"; do rm -f "$root/$f"; done
    echo "$root"
}
failures=0
expect() { # pass|fail label root runtime
    local out rc=0
    out=$("$check" "$3" "$4" 2>&1) || rc=$?
    if { [ "$1" = pass ] && [ $rc -eq 0 ]; } || { [ "$1" = fail ] && [ $rc -eq 1 ]; }; then
        echo "ok   $2 ($1)"
    else
        echo "FAIL $2: expected $1, exit $rc"
        failures=$((failures + 1))
    fi
    echo "$out" | sed 's/^/       /'
}
expect pass "complete MinGW tree" "$(tree good)" mingw
n=0
for missing in bin/platforms/qwindows.dll bin/tls/qschannelbackend.dll \
               bin/iconengines/qsvgicon.dll bin/Qt6Svg.dll bin/libqt6keychain.dll \
               bin/libstdc++-6.dll bin/libwinpthread-1.dll bin/translations/qt_de.qm LICENSE.txt; do
    n=$((n + 1))
    expect fail "without $missing" "$(tree "missing$n" "$missing")" mingw
done
root=$(tree openssl)
cp crypto.exe "$root/bin/helper.exe"
expect fail "imports libcrypto-3-x64.dll from outside the tree" "$root" mingw
root=$(tree vcinmingw)
cp vc.exe "$root/bin/helper.exe"
cp lib/vcruntime140.dll "$root/bin/"
expect fail "the VC runtime in a MinGW build" "$root" mingw
expect fail "an MSVC tree without the VC runtime" "$(tree msvc)" msvc
[ $failures -eq 0 ] || { echo "$failures fixture(s) misjudged"; exit 1; }
echo "every fixture judged right"
