#!/usr/bin/env python3
"""The installer workflow is valid YAML with the jobs, runners and steps packaging/README.md
describes. It cannot run here, so this is what keeps it from rotting unnoticed."""
import sys

try:
    import yaml
except ImportError:
    sys.exit("PyYAML not found: install python3-yaml (scripts/install-deps.sh)")


def fail(message):
    sys.exit(f"{sys.argv[1]}: {message}")


def main():
    with open(sys.argv[1], encoding="utf-8") as f:
        workflow = yaml.safe_load(f)
    if not isinstance(workflow, dict):
        fail("not a YAML mapping")

    # YAML 1.1 reads the bare key 'on' as the boolean true.
    triggers = workflow.get("on", workflow.get(True))
    if not triggers:
        fail("no 'on' triggers")
    for trigger in ("push", "pull_request", "workflow_dispatch"):
        if trigger not in triggers:
            fail(f"not triggered by {trigger}")

    jobs = workflow.get("jobs") or {}
    job = jobs.get("installer")
    if not job:
        fail(f"no 'installer' job (jobs: {sorted(jobs)})")
    if job.get("runs-on") != "${{ matrix.os }}":
        fail("the installer job does not run on the matrix OS")

    include = job.get("strategy", {}).get("matrix", {}).get("include", [])
    by_os = {entry.get("os"): entry for entry in include}
    expected = {"windows-latest": ("WIX", ".msi"), "macos-latest": ("DragNDrop", ".dmg")}
    for runner, (generator, suffix) in expected.items():
        entry = by_os.get(runner)
        if not entry:
            fail(f"matrix lacks {runner} (has {sorted(map(str, by_os))})")
        if entry.get("generator") != generator:
            fail(f"{runner} builds {entry.get('generator')}, expected {generator}")
        if not str(entry.get("installer", "")).endswith(suffix):
            fail(f"{runner} uploads {entry.get('installer')}, expected *{suffix}")

    steps = job.get("steps") or []
    uses = [step.get("uses", "") for step in steps]
    runs = "\n".join(step.get("run", "") for step in steps)
    for action in ("actions/checkout@", "jurplel/install-qt-action@", "actions/upload-artifact@"):
        if not any(u.startswith(action) for u in uses):
            fail(f"no step uses {action}")
    for command in ("cmake -S . -B build", "cmake --build build", "ctest --test-dir build",
                    "cpack --config build/CPackConfig.cmake", "BUILD_WITH_QT6=ON"):
        if command not in runs:
            fail(f"no step runs '{command}'")
    qt = str(workflow.get("env", {}).get("QT_VERSION", ""))
    if not qt.startswith(("6.7", "6.8")):
        fail(f"QT_VERSION is '{qt}', expected Qt 6.7 or 6.8 (the deploy options need >= 6.7)")
    for step in steps:
        if not step.get("uses") and not step.get("run"):
            fail(f"step {step.get('name')!r} neither uses an action nor runs a command")

    print(f"{sys.argv[1]}: valid; jobs {sorted(jobs)}; matrix {sorted(by_os)}")


if __name__ == "__main__":
    main()
