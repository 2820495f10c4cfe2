#!/usr/bin/env python3
"""The installer workflow is valid YAML with the jobs, runners and steps packaging/README.md
describes, and every installer defect of issue 10 stays fixed in it and in the packaging files.
The workflow cannot run here, so this is what keeps it from rotting unnoticed.
  check_workflow.py WORKFLOW [SOURCE_DIR]"""
import os
import re
import sys

try:
    import yaml
except ImportError:
    sys.exit("PyYAML not found: install python3-yaml (scripts/install-deps.sh)")


def fail(message):
    sys.exit(f"{sys.argv[1]}: {message}")


def read(source, path):
    with open(os.path.join(source, path), encoding="utf-8") as f:
        return f.read()


def main():
    with open(sys.argv[1], encoding="utf-8") as f:
        workflow = yaml.safe_load(f)
    source = sys.argv[2] if len(sys.argv) > 2 else os.path.join(os.path.dirname(sys.argv[1]), "..", "..")
    if not isinstance(workflow, dict):
        fail("not a YAML mapping")

    # YAML 1.1 reads the bare key 'on' as the boolean true.
    triggers = workflow.get("on", workflow.get(True))
    if not triggers:
        fail("no 'on' triggers")
    for trigger in ("push", "pull_request", "workflow_dispatch"):
        if trigger not in triggers:
            fail(f"not triggered by {trigger}")
    if "v*" not in (triggers.get("push") or {}).get("tags", []):
        fail("not triggered by v* tags")

    env = workflow.get("env", {})
    jobs = workflow.get("jobs") or {}
    job = jobs.get("installer")
    if not job:
        fail(f"no 'installer' job (jobs: {sorted(jobs)})")
    if job.get("runs-on") != "${{ matrix.os }}":
        fail("the installer job does not run on the matrix OS")

    # Pinned runners: no *-latest anywhere.
    include = job.get("strategy", {}).get("matrix", {}).get("include", [])
    by_os = {entry.get("os"): entry for entry in include}
    for job_name, each in jobs.items():
        if "latest" in str(each.get("runs-on")):
            fail(f"job {job_name} runs on an unpinned runner {each.get('runs-on')}")
    expected = {"windows-": ("WIX", ".msi"), "macos-": ("DragNDrop", ".dmg")}
    for prefix, (generator, suffix) in expected.items():
        entries = [e for os_name, e in by_os.items() if str(os_name).startswith(prefix)]
        if len(entries) != 1:
            fail(f"matrix needs one {prefix}* runner (has {sorted(map(str, by_os))})")
        entry = entries[0]
        if "latest" in entry["os"] or not re.search(r"\d", entry["os"]):
            fail(f"runner {entry['os']} is not pinned to a version")
        if entry.get("generator") != generator:
            fail(f"{entry['os']} builds {entry.get('generator')}, expected {generator}")
        if not str(entry.get("installer", "")).endswith(suffix):
            fail(f"{entry['os']} uploads {entry.get('installer')}, expected *{suffix}")

    steps = job.get("steps") or []
    uses = [step.get("uses", "") for step in steps]
    runs = "\n".join(step.get("run", "") for step in steps)
    for action in ("actions/checkout@", "jurplel/install-qt-action@", "actions/upload-artifact@",
                   "lukka/get-cmake@"):
        if not any(u.startswith(action) for u in uses):
            fail(f"no step uses {action}")
    for u in uses:
        if u and (u.endswith("@latest") or "@" not in u):
            fail(f"action {u} is not pinned to a version")
    get_cmake = next(s for s in steps if s.get("uses", "").startswith("lukka/get-cmake@"))
    cmake_version = str(env.get("CMAKE_VERSION", ""))
    if not re.fullmatch(r"3\.(3\d|[4-9]\d)\.\d+|[4-9]\.\d+\.\d+", cmake_version):
        fail(f"CMAKE_VERSION '{cmake_version}' is not a pinned CMake >= 3.30 (CPack WiX v4)")
    if "cmakeVersion" not in (get_cmake.get("with") or {}):
        fail("lukka/get-cmake does not pin cmakeVersion")
    for command in ("cmake -S . -B build", "cmake --build build", "ctest --test-dir build",
                    "cpack --config", "BUILD_WITH_QT6=ON"):
        if command not in runs:
            fail(f"no step runs '{command}'")
    qt = str(env.get("QT_VERSION", ""))
    if not qt.startswith(("6.7", "6.8")):
        fail(f"QT_VERSION is '{qt}', expected Qt 6.7 or 6.8 (the deploy options need >= 6.7)")
    for step in steps:
        if not step.get("uses") and not step.get("run"):
            fail(f"step {step.get('name')!r} neither uses an action nor runs a command")

    def step_named(fragment):
        for step in steps:
            if fragment.lower() in str(step.get("name", "")).lower():
                return step
        fail(f"no step named like '{fragment}'")

    # QtKeychain: required in release builds; static and universal on macOS, with the same
    # deployment target as the app.
    if "-DDSK_REQUIRE_KEYCHAIN=ON" not in runs:
        fail("the build does not require QtKeychain (-DDSK_REQUIRE_KEYCHAIN=ON)")
    keychain = step_named("QtKeychain")
    if keychain.get("uses"):
        keychain = [s for s in steps if s.get("name") == "QtKeychain"][0]
    kc = keychain.get("run", "")
    if "shared=OFF" not in kc or "CMAKE_OSX_ARCHITECTURES" not in kc or \
            "CMAKE_OSX_DEPLOYMENT_TARGET" not in kc:
        fail("QtKeychain is not built static, universal and for the deployment target on macOS")
    if "arm64;x86_64" not in str(env.get("OSX_ARCHITECTURES", "")):
        fail("OSX_ARCHITECTURES is not arm64;x86_64")
    configure = step_named("Configure").get("run", "")
    if "-DCMAKE_OSX_ARCHITECTURES=\"$OSX_ARCHITECTURES\"" not in configure or \
            "-DCMAKE_OSX_DEPLOYMENT_TARGET=\"$MACOSX_DEPLOYMENT_TARGET\"" not in configure:
        fail("the macOS release build is not universal for MACOSX_DEPLOYMENT_TARGET")
    if "-DDSK_BUILD_SANDBOX=OFF" not in configure:
        fail("the macOS release build carries the sandbox (Homebrew's OpenSSL is arm64 only)")
    if "openssl@3" not in runs or "OPENSSL_ROOT_DIR" not in configure:
        fail("the sandbox's OpenSSL (Homebrew openssl@3, keg-only) is not passed to CMake")
    test = step_named("Test").get("run", "")
    if "QT_SSL_USE_TEMPORARY_KEYCHAIN=1" not in test:
        fail("the macOS tests may touch the login keychain: QT_SSL_USE_TEMPORARY_KEYCHAIN=1 unset")
    package = step_named("Package").get("run", "")
    if not re.search(r"for attempt in", package):
        fail("cpack (hdiutil 'Resource busy') is not retried")
    if "sign-staged.cmake" not in configure or "sign-package.cmake" not in configure:
        fail("the signing hooks are not passed at Configure")
    # The installers check themselves.
    win_check = step_named("Check the installer (Windows)").get("run", "")
    if "check-windows-install.sh" not in win_check or "DSK_CA_FILE_CHECK=must" not in win_check:
        fail("the Windows job does not check its MSI (with the CA-file path) after packaging")
    if "check-macos-dmg.sh" not in step_named("Check the installer (macOS)").get("run", ""):
        fail("the macOS job does not check its DMG after packaging")
    order = [s.get("name", "") for s in steps]
    if order.index("Package") > order.index("Check the installer (Windows)"):
        fail("the installer is checked before it is packaged")

    # Tags: a GitHub Release with the installers and SHA256SUMS.
    release = jobs.get("release")
    if not release or "refs/tags/v" not in str(release.get("if", "")):
        fail("no release job on v* tags")
    if release.get("needs") != "installer" or \
            (release.get("permissions") or {}).get("contents") != "write":
        fail("the release job must need the installers and may write contents")
    rruns = "\n".join(s.get("run", "") for s in release.get("steps", []))
    if "sha256sum" not in rruns or "SHA256SUMS" not in rruns or "gh release create" not in rruns:
        fail("the release does not publish the installers with SHA256SUMS")

    # The packaging files behind the workflow.
    packaging = read(source, "packaging/packaging.cmake")
    for needle, why in (
            ('"${DSK_LICENSE_FILE}"', "the installers do not show LICENSE"),
            ("DESTINATION docspace-keys.app/Contents/Frameworks", "a shared QtKeychain is not put into the bundle"),
            ('INSTALL_RPATH "@executable_path/../Frameworks"', "the bundle's executables have no rpath"),
            ("dsk_install_qt_catalogues(\"docspace-keys.app/Contents/Resources/translations\")",
             "Qt's catalogues are not deployed on macOS"),
            ("libwinpthread-1.dll", "the MinGW runtime is not installed")):
        if needle not in packaging:
            fail(f"packaging.cmake: {why}")
    for script, needle in (("packaging/macos/sign-staged.cmake", "--verify --deep --strict"),
                           ("packaging/macos/sign-staged.cmake", "--options runtime"),
                           ("packaging/macos/sign-package.cmake", "notarytool"),
                           ("packaging/macos/sign-package.cmake", "stapler"),
                           ("packaging/windows/sign-common.cmake", "signtool")):
        if needle not in read(source, script):
            fail(f"{script} lacks {needle}")
    if "DSK_REQUIRE_KEYCHAIN" not in read(source, "src/core/CMakeLists.txt"):
        fail("src/core/CMakeLists.txt has no DSK_REQUIRE_KEYCHAIN option")
    translations = read(source, "src/core/translations.cpp")
    if 'QStringLiteral("qt"), QStringLiteral("qtbase")' not in translations:
        fail("translations.cpp does not load qt_<lang> before qtbase_<lang>")
    tests = read(source, "tests/CMakeLists.txt")
    if "run-isolated.cmake" not in tests:
        fail("Windows tests do not get their own profile folders (tests/run-isolated.cmake)")
    if "DSK_TEST_HOME" not in read(source, "tests/common/homescan.h"):
        fail("homescan.h would scan the whole Windows user profile")
    if "MIT License" not in read(source, "LICENSE"):
        fail("LICENSE at the top is not the project's licence")

    print(f"{sys.argv[1]}: valid; jobs {sorted(jobs)}; matrix {sorted(by_os)}; every issue-10 fix in place")


if __name__ == "__main__":
    main()
