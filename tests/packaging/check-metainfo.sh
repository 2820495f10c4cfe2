#!/bin/sh
# appstreamcli validate (offline) on the configured metainfo; its release is the project version.
set -eu
metainfo=$1
version=$2
command -v appstreamcli >/dev/null || {
    echo "appstreamcli not found: install appstream (scripts/install-deps.sh)" >&2
    exit 1
}
appstreamcli validate --no-net --explain "$metainfo"
grep -q "<release version=\"$version\"" "$metainfo" || {
    echo "$metainfo: no <release> for version $version" >&2
    exit 1
}
for binary in docspace-keys docspace-keys-cli; do
    grep -q "<binary>$binary</binary>" "$metainfo" || {
        echo "$metainfo: does not provide $binary" >&2
        exit 1
    }
done
grep -q '<launchable type="desktop-id">docspace-keys.desktop</launchable>' "$metainfo" || {
    echo "$metainfo: not launchable through docspace-keys.desktop" >&2
    exit 1
}
# The project's licence (LICENSE at the top: MIT), the same one every installer shows.
grep -q '<project_license>MIT</project_license>' "$metainfo" || {
    echo "$metainfo: project_license is not the licence of LICENSE (MIT)" >&2
    exit 1
}
