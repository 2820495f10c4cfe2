#!/usr/bin/env python3
"""Lists the messages of a Qt Linguist .ts file that still need a translation, as JSON:
[{"id": N, "context": ..., "source": ..., "comment": ..., "numerus": bool}, ...].
Translators fill in "translation" (a string) or "forms" (a list, one per plural form) and give
the file back to json_to_ts.py."""
import json
import sys
import xml.etree.ElementTree as ET


def messages(tree):
    n = 0
    for context in tree.getroot().iter("context"):
        name = context.findtext("name")
        for message in context.iter("message"):
            yield n, name, message
            n += 1


def main():
    ts, out = sys.argv[1], sys.argv[2]
    all_messages = "--all" in sys.argv
    tree = ET.parse(ts)
    todo = []
    for n, context, message in messages(tree):
        translation = message.find("translation")
        unfinished = translation is None or translation.get("type") in ("unfinished", None) and not (
            (translation.text or "").strip() or list(translation))
        if translation is not None and translation.get("type") == "unfinished":
            unfinished = True
        if translation is not None and translation.get("type") in ("obsolete", "vanished"):
            continue
        if unfinished or all_messages:
            todo.append({
                "id": n,
                "context": context,
                "source": message.findtext("source"),
                "comment": message.findtext("comment") or "",
                "numerus": message.get("numerus") == "yes",
            })
    with open(out, "w", encoding="utf-8") as f:
        json.dump(todo, f, ensure_ascii=False, indent=1)
    print(f"{len(todo)} messages to translate -> {out}")


if __name__ == "__main__":
    main()
