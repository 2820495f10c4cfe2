#!/usr/bin/env python3
"""Runs the official DocSpace "Delete an API key" Python sample against docspace-sandbox.

The sample is extracted at test time from the documentation page (it is not copied into this
repository); only its three placeholders are replaced. Expected, like the real portal:
  - with a user's session token sent raw, it prints "API key deleted successfully.";
  - with an API key sent raw (no "Bearer "), the portal answers 401 and the sample says so.
"""

import argparse
import json
import os
import re
import subprocess
import sys
import tempfile
import time


# ctest's SKIP_RETURN_CODE for this test (tests/integration/sandbox/CMakeLists.txt).
SKIP = 77


def fail(message):
    print(f"FAIL: {message}", file=sys.stderr)
    sys.exit(1)


def extract_python_block(mdx_path):
    if not os.path.isfile(mdx_path):
        # A clone with nothing beside it has no shared folder: skipped there, run where it is.
        print(f"SKIP: the official sample {mdx_path} is not here (it lives in the shared folder "
              "beside the repository, ../shared/seed/delete-api-key.mdx)")
        sys.exit(SKIP)
    with open(mdx_path, encoding="utf-8") as handle:
        text = handle.read()
    match = re.search(r"^[ \t]*```[ \t]*py[ \t]*\n(.*?)^[ \t]*```", text, re.S | re.M)
    if not match:
        fail(f"no ```py code block in {mdx_path}")
    lines = match.group(1).splitlines()
    # The block is indented inside <TabItem>; remove the common indentation.
    indent = min((len(l) - len(l.lstrip()) for l in lines if l.strip()), default=0)
    return "\n".join(l[indent:] for l in lines) + "\n"


def substitute(code, host, key, key_id):
    replaced, count_host = re.subn(r"^API_HOST\s*=.*$", f"API_HOST = {host!r}", code, flags=re.M)
    replaced, count_key = re.subn(r"^API_KEY\s*=.*$", f"API_KEY = {key!r}", replaced, flags=re.M)
    count_id = replaced.count("'your_key_uuid'")
    replaced = replaced.replace("'your_key_uuid'", repr(key_id))
    if (count_host, count_key, count_id) != (1, 1, 1):
        fail("the sample no longer has exactly one API_HOST, API_KEY and 'your_key_uuid' "
             f"placeholder ({count_host}, {count_key}, {count_id})")
    return replaced


def run_sample(code, workdir, name):
    path = os.path.join(workdir, name)
    with open(path, "w", encoding="utf-8") as handle:
        handle.write(code)
    result = subprocess.run([sys.executable, path], capture_output=True, text=True, timeout=60)
    output = result.stdout + result.stderr
    print(f"--- {name} ---\n{output.rstrip()}")
    return output


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("--sandbox", required=True, help="path to docspace-sandbox")
    parser.add_argument("--sample", required=True, help="path to delete-api-key.mdx")
    parser.add_argument("--emulator", default="",
                        help="runs the sandbox, e.g. wine64 for the Windows cross build's")
    args = parser.parse_args()

    sample = extract_python_block(args.sample)

    with tempfile.TemporaryDirectory() as workdir:
        info_path = os.path.join(workdir, "info.json")
        command = [args.sandbox]
        info_arg = info_path
        if args.emulator:
            # Under Wine the sandbox sees this machine's files through its Z: drive.
            command = [args.emulator, args.sandbox]
            info_arg = "Z:" + info_path.replace("/", "\\")
        server = subprocess.Popen(
            command + ["--http-port", "0", "--no-https", "--quiet", "--info-file", info_arg],
            stdout=subprocess.PIPE, stderr=subprocess.STDOUT, text=True)
        try:
            deadline = time.monotonic() + 20
            while not os.path.exists(info_path):
                if server.poll() is not None:
                    fail(f"docspace-sandbox exited early:\n{server.stdout.read()}")
                if time.monotonic() > deadline:
                    fail("docspace-sandbox did not write its info file within 20 s")
                time.sleep(0.05)
            with open(info_path, encoding="utf-8") as handle:
                info = json.load(handle)

            host = info["httpUrl"]
            users = {u["email"]: u for u in info["users"]}
            keys = {k["name"]: k for k in info["keys"]}
            carol = users["carol@sandbox.example"]

            # 1. A session token, sent raw as the sample does: accepted.
            notebook = keys["Carol's notebook"]
            output = run_sample(substitute(sample, host, carol["sessionToken"], notebook["id"]),
                                workdir, "session_token.py")
            if "API key deleted successfully." not in output:
                fail("with a raw session token the sample should delete the key")

            # 2. An API key, sent raw as the sample does: the portal wants "Bearer ", so 401.
            admin_key = keys["Admin console"]["secret"]
            target = keys["Carol read-only"]
            output = run_sample(substitute(sample, host, admin_key, target["id"]),
                                workdir, "raw_api_key.py")
            if "API key deletion failed. Status code: 401" not in output:
                fail("with a raw sk- API key the sample should report status code 401")
            if "deleted successfully" in output:
                fail("a raw sk- API key must not delete anything")
        finally:
            server.terminate()
            try:
                server.wait(timeout=10)
            except subprocess.TimeoutExpired:
                server.kill()
                server.wait()
    print("PASS")


if __name__ == "__main__":
    main()
