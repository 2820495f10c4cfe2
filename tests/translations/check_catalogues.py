#!/usr/bin/env python3
"""The catalogues are complete and current: lupdate over today's sources adds nothing that is
untranslated to any translations/*.ts, every message has a translation (numerus messages the
number of forms the language needs), and every placeholder of the source is kept.
Usage: check_catalogues.py LUPDATE SOURCE_DIR"""
import os
import re
import shutil
import subprocess
import sys
import tempfile
import xml.etree.ElementTree as ET

FORMS = {"en": 2, "de": 2, "es": 2, "fr": 2, "it": 2, "pt_BR": 2, "ru": 3, "zh_CN": 1, "ja": 1}


def placeholders(text):
    return sorted(set(re.findall(r"%(?:\d|n)", text or "")))


def main():
    lupdate, root = sys.argv[1], sys.argv[2]
    problems = []
    with tempfile.TemporaryDirectory() as tmp:
        for language, forms in FORMS.items():
            ts = os.path.join(root, "translations", f"docspace-keys_{language}.ts")
            if not os.path.exists(ts):
                problems.append(f"{language}: {ts} is missing")
                continue
            copy = os.path.join(tmp, os.path.basename(ts))
            shutil.copy(ts, copy)
            # What the sources say today, merged into a copy of the catalogue.
            subprocess.run([lupdate, "-silent", "-no-obsolete", "-locations", "none",
                            os.path.join(root, "src"), os.path.join(root, "ui"), "-ts", copy],
                           check=True, cwd=root)
            messages = 0
            for context in ET.parse(copy).getroot().iter("context"):
                name = context.findtext("name")
                for message in context.iter("message"):
                    messages += 1
                    source = message.findtext("source")
                    where = f"{language}: {name}: {source[:60]!r}"
                    translation = message.find("translation")
                    if translation is None or translation.get("type") in ("unfinished", "vanished", "obsolete"):
                        problems.append(f"{where}: not translated")
                        continue
                    if message.get("numerus") == "yes":
                        texts = [f.text or "" for f in translation.findall("numerusform")]
                        if len(texts) != forms or not all(t.strip() for t in texts):
                            problems.append(f"{where}: needs {forms} plural forms")
                        continue
                    text = translation.text or ""
                    if not text.strip():
                        problems.append(f"{where}: empty translation")
                    elif placeholders(text) != placeholders(source):
                        problems.append(f"{where}: placeholders {placeholders(text)} != {placeholders(source)}")
            print(f"{language}: {messages} messages checked")
    for problem in problems[:200]:
        print("PROBLEM", problem)
    if len(problems) > 200:
        print(f"... and {len(problems) - 200} more")
    print(f"{len(problems)} problems")
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main())
