#!/bin/sh
# Builds the DEB or TGZ package from an existing build tree into a temporary directory (cpack -B,
# so the tree's own package output stays untouched), unpacks it into a temporary root
# (dpkg -x / tar), checks its contents and starts both executables from there.
# Usage: check-package.sh DEB|TGZ BUILD_DIR VERSION APP_ID [CPACK]
set -eu
generator=$1
build=$2
version=$3
app_id=$4
cpack=${5:-cpack}

work=$(mktemp -d "${TMPDIR:-/tmp}/dsk-package.XXXXXX")
trap 'rm -rf "$work"' EXIT
fail() {
    echo "FAIL: $*" >&2
    exit 1
}

# cpack runs the tree's install rules, which rewrite its install_manifest.txt: keep the tree's own.
manifest="$build/install_manifest.txt"
if [ -f "$manifest" ]; then cp -p "$manifest" "$work/manifest"; fi
restore_manifest() {
    if [ -f "$work/manifest" ]; then cp -p "$work/manifest" "$manifest"; else rm -f "$manifest"; fi
}

if ! "$cpack" -G "$generator" --config "$build/CPackConfig.cmake" -B "$work/out" \
    >"$work/cpack.log" 2>&1; then
    restore_manifest
    cat "$work/cpack.log" >&2
    fail "cpack -G $generator failed"
fi
restore_manifest

case $generator in
DEB)
    package=$(find "$work/out" -maxdepth 1 -name '*.deb')
    [ -f "$package" ] || fail "no .deb in $work/out"
    echo "built $(basename "$package")"
    [ "$(dpkg-deb -f "$package" Package)" = docspace-keys ] || fail "package name"
    [ "$(dpkg-deb -f "$package" Version)" = "$version" ] || fail "version is not $version"
    depends=$(dpkg-deb -f "$package" Depends)
    echo "Depends: $depends"
    for dep in libqt6core6 libqt6network6 libqt6widgets6 libqt6keychain1 qt6-qpa-plugins; do
        echo "$depends" | grep -q "$dep" || fail "Depends lacks $dep"
    done
    for field in Maintainer Section Homepage Description; do
        [ -n "$(dpkg-deb -f "$package" "$field")" ] || fail "no $field field"
    done
    dpkg-deb -c "$package" >"$work/contents"
    dpkg -x "$package" "$work/root"
    prefix="$work/root/usr"
    ;;
TGZ)
    package=$(find "$work/out" -maxdepth 1 -name '*.tar.gz')
    [ -f "$package" ] || fail "no .tar.gz in $work/out"
    echo "built $(basename "$package")"
    tar -tzf "$package" >"$work/contents"
    mkdir "$work/root"
    tar -xzf "$package" -C "$work/root"
    prefix=$(find "$work/root" -mindepth 1 -maxdepth 1 -type d)
    ;;
*)
    fail "unknown generator $generator"
    ;;
esac

# Only the two programs and their desktop integration: no sandbox, tests or benchmarks.
if grep -E 'docspace-sandbox|/tst_|/bench_|historywriter|\.a$|/include/' "$work/contents"; then
    fail "the package holds files that are not part of the product (above)"
fi

for file in \
    bin/docspace-keys \
    bin/docspace-keys-cli \
    share/applications/docspace-keys.desktop \
    "share/metainfo/$app_id.metainfo.xml" \
    share/icons/hicolor/scalable/apps/docspace-keys.svg; do
    [ -f "$prefix/$file" ] || fail "missing $file"
done
for size in 16 22 24 32 48 64 128 256; do
    png="$prefix/share/icons/hicolor/${size}x${size}/apps/docspace-keys.png"
    [ -f "$png" ] || fail "missing the ${size}x${size} icon"
    file "$png" | grep -q "PNG image data, $size x $size" || fail "$png is not a ${size}x${size} PNG"
done

# Installed binaries must not point back into the build tree.
for exe in docspace-keys docspace-keys-cli; do
    if readelf -d "$prefix/bin/$exe" | grep -E 'RPATH|RUNPATH'; then
        fail "$exe keeps a run path (above)"
    fi
    out=$("$prefix/bin/$exe" --version 2>&1) || fail "$exe --version failed: $out"
    [ "$out" = "$exe $version" ] || fail "$exe --version printed '$out', expected '$exe $version'"
    echo "$out"
done
echo "$generator package OK"
