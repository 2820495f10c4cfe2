#!/usr/bin/env bash
# Checks an installed (or staged) Windows tree: the files a working install needs, and, where a
# PE reader is at hand, that every DLL the executables and plug-ins import is in the tree or is
# a Windows system DLL.
#   windows-manifest.sh ROOT mingw|msvc
# ROOT is the install folder (bin\ below it). Prints one line per problem; exit 1 on any.
set -euo pipefail
root=${1:?usage: windows-manifest.sh ROOT mingw|msvc}
runtime=${2:?usage: windows-manifest.sh ROOT mingw|msvc}
bin="$root/bin"
problems=0
fail() { echo "manifest: $*"; problems=$((problems + 1)); }

need=(
    bin/docspace-keys.exe bin/docspace-keys-cli.exe
    bin/Qt6Core.dll bin/Qt6Gui.dll bin/Qt6Widgets.dll bin/Qt6Network.dll bin/Qt6Svg.dll
    bin/platforms/qwindows.dll bin/tls/qschannelbackend.dll bin/iconengines/qsvgicon.dll
    LICENSE.txt
)
case "$runtime" in
    mingw) need+=(bin/libstdc++-6.dll bin/libgcc_s_seh-1.dll bin/libwinpthread-1.dll) ;;
    msvc) need+=(bin/vcruntime140.dll bin/vcruntime140_1.dll bin/msvcp140.dll) ;;
    *) echo "manifest: runtime must be mingw or msvc, not $runtime"; exit 2 ;;
esac
for f in "${need[@]}"; do
    [ -f "$root/$f" ] || fail "missing $f"
done
# QtKeychain: libqt6keychain.dll (MinGW) or qt6keychain.dll (MSVC).
compgen -G "$bin/*qt6keychain.dll" >/dev/null || fail "missing the QtKeychain DLL (bin/*qt6keychain.dll)"
# Qt's own catalogues, as windeployqt writes them: translations/qt_<lang>.qm.
compgen -G "$bin/translations/qt_*.qm" >/dev/null || fail "missing Qt's catalogues (bin/translations/qt_*.qm)"
[ "$runtime" = mingw ] && compgen -G "$bin/vcruntime*.dll" >/dev/null && fail "VC runtime in a MinGW build"

# Imports: objdump -p lists "DLL Name: X" per imported DLL.
objdump=""
for candidate in x86_64-w64-mingw32-objdump objdump; do
    if command -v "$candidate" >/dev/null && "$candidate" -i 2>/dev/null | grep -q pei-x86-64; then
        objdump=$candidate
        break
    fi
done
if [ -n "$objdump" ] && [ -d "$bin" ]; then
    shopt -s nocasematch
    while IFS= read -r -d '' pe; do
        while read -r dll; do
            lower=${dll,,}
            case "$lower" in
                api-ms-win-*|ext-ms-*|kernel32.dll|user32.dll|gdi32.dll|advapi32.dll|shell32.dll|\
                ole32.dll|oleaut32.dll|comdlg32.dll|comctl32.dll|ws2_32.dll|crypt32.dll|secur32.dll|\
                ncrypt.dll|bcrypt.dll|iphlpapi.dll|winmm.dll|imm32.dll|uxtheme.dll|dwmapi.dll|\
                shlwapi.dll|version.lib|version.dll|netapi32.dll|userenv.dll|mpr.dll|wtsapi32.dll|\
                winspool.drv|dnsapi.dll|authz.dll|setupapi.dll|shcore.dll|d3d9.dll|d3d11.dll|\
                dxgi.dll|d2d1.dll|dwrite.dll|dcomp.dll|msvcrt.dll|ntdll.dll|rpcrt4.dll|credui.dll|\
                wininet.dll|winhttp.dll|cfgmgr32.dll|powrprof.dll|propsys.dll|dbghelp.dll|\
                wldap32.dll|normaliz.dll|urlmon.dll|oleacc.dll|usp10.dll|opengl32.dll|mswsock.dll|\
                ucrtbase.dll|vcruntime140*.dll|msvcp140*.dll|concrt140.dll)
                    [ "$runtime" = mingw ] && [[ "$lower" == vcruntime* || "$lower" == msvcp* ]] &&
                        fail "$(basename "$pe") imports $dll (VC runtime) in a MinGW build"
                    [[ "$lower" == vcruntime* || "$lower" == msvcp* ]] && [ ! -f "$bin/$dll" ] &&
                        fail "$(basename "$pe") imports $dll, not in bin/"
                    ;;
                *)
                    found=""
                    for f in "$bin"/*; do
                        [[ "$(basename "$f")" == "$dll" ]] && found=1 && break
                    done
                    [ -n "$found" ] || fail "${pe#"$root"/} imports $dll, which is neither in bin/ nor a system DLL"
                    ;;
            esac
        done < <("$objdump" -p "$pe" 2>/dev/null | sed -n 's/^[[:space:]]*DLL Name: //p' | tr -d '\r')
    done < <(find "$bin" -type f \( -iname '*.exe' -o -iname '*.dll' \) -print0)
    shopt -u nocasematch
else
    echo "manifest: no PE reader (objdump for pei-x86-64): imports not checked"
fi

if [ "$problems" -gt 0 ]; then
    echo "manifest: $problems problem(s) in $root"
    exit 1
fi
echo "manifest: $root complete ($runtime runtime)"
