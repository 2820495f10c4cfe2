#!/usr/bin/env python3
"""Checks a macOS app bundle the way dyld will load it:
  - every Mach-O in it (executables, frameworks, dylibs, plug-ins) resolves each `otool -L`
    dependency inside the bundle (@rpath through the LC_RPATHs of the binary and of the bundle's
    executables, @loader_path, @executable_path) or in the system (/usr/lib, /System/Library);
    anything else (Homebrew, the Qt installation, the build tree) would not exist on a user's Mac;
  - `lipo -archs` of each shows every required architecture (default: arm64 and x86_64);
  - `codesign --verify --deep --strict` passes (skipped, and said so, without codesign).

  macos_bundle.py APP [--otool CMD] [--lipo CMD] [--codesign CMD|none] [--archs arm64,x86_64]

On Linux: --otool llvm-otool-14 --lipo llvm-lipo-14 (Debian's llvm). Exit 1 on any problem."""
import argparse
import os
import shutil
import subprocess
import sys

MAGICS = {b"\xfe\xed\xfa\xce", b"\xce\xfa\xed\xfe", b"\xfe\xed\xfa\xcf", b"\xcf\xfa\xed\xfe",
          b"\xca\xfe\xba\xbe", b"\xbe\xba\xfe\xca"}
SYSTEM = ("/usr/lib/", "/System/Library/")


def is_macho(path):
    try:
        with open(path, "rb") as f:
            return f.read(4) in MAGICS
    except OSError:
        return False


def tool(cmd, *args):
    result = subprocess.run(cmd + list(args), capture_output=True, text=True)
    if result.returncode != 0:
        raise RuntimeError(f"{' '.join(cmd + list(args))}: {result.stderr.strip()}")
    return result.stdout


def dependencies(otool, path):
    """The install names a binary loads (its own LC_ID_DYLIB left out)."""
    own = set()
    out = tool(otool, "-D", path)
    for line in out.splitlines()[1:]:
        if line.strip():
            own.add(line.strip())
    deps = []
    for line in tool(otool, "-L", path).splitlines():
        if not line.startswith(("\t", " ")):
            continue  # "file:" or "file (architecture x):" headers
        name = line.strip().split(" (compatibility")[0].strip()
        if name and name not in own and name not in deps:
            deps.append(name)
    return deps


def rpaths(otool, path):
    found, lines = [], tool(otool, "-l", path).splitlines()
    for i, line in enumerate(lines):
        if line.strip() == "cmd LC_RPATH":
            for follow in lines[i + 1:i + 4]:
                follow = follow.strip()
                if follow.startswith("path "):
                    value = follow[5:].split(" (offset")[0]
                    if value not in found:
                        found.append(value)
    return found


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("app")
    parser.add_argument("--otool", default="otool")
    parser.add_argument("--lipo", default="lipo")
    parser.add_argument("--codesign", default="codesign")
    parser.add_argument("--archs", default="arm64,x86_64")
    args = parser.parse_args()
    app = os.path.realpath(args.app)
    otool, lipo = args.otool.split(), args.lipo.split()
    problems = []

    binaries = []
    for folder, _, files in os.walk(app):
        for name in files:
            path = os.path.join(folder, name)
            if not os.path.islink(path) and is_macho(path):
                binaries.append(path)
    macos = os.path.join(app, "Contents", "MacOS")
    executables = [b for b in binaries if os.path.dirname(b) == macos]
    if not executables:
        problems.append("no executable in Contents/MacOS")
    main_exe = executables[0] if executables else os.path.join(macos, "missing")

    def expand(value, loader, executable):
        value = value.replace("@loader_path", os.path.dirname(loader))
        return value.replace("@executable_path", os.path.dirname(executable))

    exe_rpaths = {e: rpaths(otool, e) for e in executables}
    for binary in sorted(binaries):
        rel = os.path.relpath(binary, app)
        own_rpaths = rpaths(otool, binary)
        for dep in dependencies(otool, binary):
            if dep.startswith(SYSTEM):
                continue
            candidates = []
            if dep.startswith("@rpath/"):
                # dyld searches the rpaths of the binary, then those of the loading executable.
                for executable in (executables if binary not in executables else [binary]):
                    for r in own_rpaths + exe_rpaths.get(executable, []):
                        candidates.append(expand(r, binary, executable) + dep[len("@rpath"):])
                if not own_rpaths and not any(exe_rpaths.values()):
                    problems.append(f"{rel}: cannot resolve {dep}: no LC_RPATH in it or the executables")
                    continue
            elif dep.startswith(("@loader_path/", "@executable_path/")):
                candidates = [expand(dep, binary, main_exe)]
            else:
                problems.append(f"{rel}: depends on {dep}, outside the bundle and the system")
                continue
            candidates = list(dict.fromkeys(candidates))
            resolved = [os.path.realpath(c) for c in candidates if os.path.exists(c)]
            inside = [r for r in resolved if r == app or r.startswith(app + os.sep)]
            if not inside:
                problems.append(f"{rel}: {dep} does not resolve inside the bundle "
                                f"(tried {', '.join(candidates) or 'nothing'})")
        wanted = [a for a in args.archs.split(",") if a]
        have = tool(lipo, "-archs", binary).split()
        missing = [a for a in wanted if a not in have]
        if missing:
            problems.append(f"{rel}: architectures {' '.join(have)}, lacks {' '.join(missing)}")

    if args.codesign != "none":
        codesign = args.codesign.split()
        if shutil.which(codesign[0]):
            result = subprocess.run(codesign + ["--verify", "--deep", "--strict", "--verbose=2", app],
                                    capture_output=True, text=True)
            if result.returncode != 0:
                problems.append(f"codesign --verify --deep --strict: {result.stderr.strip()}")
        else:
            print(f"bundle: {codesign[0]} not found: the signature is not checked here")

    for problem in problems:
        print(f"bundle: {problem}")
    if problems:
        print(f"bundle: {len(problems)} problem(s) in {args.app}")
        return 1
    print(f"bundle: {args.app}: {len(binaries)} Mach-O file(s) resolve inside the bundle or the "
          f"system, architectures {args.archs}")
    return 0


if __name__ == "__main__":
    try:
        sys.exit(main())
    except RuntimeError as error:
        print(f"bundle: {error}")
        sys.exit(1)
