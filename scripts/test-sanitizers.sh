#!/usr/bin/env bash
# The whole test suite under AddressSanitizer + UndefinedBehaviorSanitizer + LeakSanitizer
# (the "asan" preset: clang, in build-asan/), then the libFuzzer smoke runs (ctest label fuzz,
# DSK_FUZZ_SECONDS each). Any sanitizer report fails a test, and so this script:
# halt_on_error everywhere and UBSan built with -fno-sanitize-recover=all.
# Benchmarks are not built here (timing under sanitizers means nothing, and it saves CI time).
set -euo pipefail
cd "$(dirname "$0")/.."
start=$(date +%s)

if ! command -v clang++ >/dev/null; then
    echo "test-sanitizers: clang++ is missing (apt-get install clang libclang-rt-dev)" >&2
    exit 1
fi
# A unity build (the libraries 16 sources to a unit) to save CI minutes, as scripts/build.sh.
configure=(--preset asan -DCMAKE_UNITY_BUILD=ON -DCMAKE_UNITY_BUILD_BATCH_SIZE=16)
if command -v ccache >/dev/null; then
    configure+=(-DCMAKE_CXX_COMPILER_LAUNCHER=ccache)
    # Paths relative to the checkout, so that a fresh clone hits the cache of an earlier one.
    export CCACHE_BASEDIR=${CCACHE_BASEDIR:-$PWD} CCACHE_NOHASHDIR=${CCACHE_NOHASHDIR:-1}
fi
if [ -n "${DSK_FUZZ_SECONDS:-}" ]; then
    configure+=("-DDSK_FUZZ_SECONDS=$DSK_FUZZ_SECONDS")
fi
cmake "${configure[@]}"
cmake --build --preset asan --parallel "$(nproc)"

# The preset's test environment holds ASAN_OPTIONS, UBSAN_OPTIONS and LSAN_OPTIONS.
# Not the packaging and catalogue checks: they run validators, dpkg, cpack and lupdate on files,
# none of the project's sanitized code, and scripts/test.sh has run them.
ctest --preset asan --parallel "$(nproc)" --label-exclude '^(packaging|translations)$' "$@"
echo "test-sanitizers: clean, $(( $(date +%s) - start )) s"
