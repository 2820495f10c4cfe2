#!/usr/bin/env python3
"""Writes translations from a JSON file (see ts_to_json.py) into a .ts file and marks them
finished. Checks that every %1..%9 and %n of the source is kept, and the number of plural
forms the language needs."""
import json
import re
import sys
import xml.etree.ElementTree as ET

FORMS = {"ru": 3, "de": 2, "fr": 2, "es": 2, "it": 2, "pt_BR": 2, "zh_CN": 1, "ja": 1, "en": 2}


def placeholders(text):
    return sorted(set(re.findall(r"%(?:\d|n)", text)))


def main():
    ts, data = sys.argv[1], sys.argv[2]
    tree = ET.parse(ts)
    language = tree.getroot().get("language")
    forms_needed = FORMS.get(language, 2)
    # Matched by context and source text, so a file made before lupdate added messages still fits.
    by_key = {(item["context"], item["source"]): item
              for item in json.load(open(data, encoding="utf-8"))}
    problems = []
    applied = 0
    for context in tree.getroot().iter("context"):
        name = context.findtext("name")
        for message in context.iter("message"):
            source = message.findtext("source")
            item = by_key.get((name, source))
            if not item:
                continue
            translation = message.find("translation")
            if translation is None:
                translation = ET.SubElement(message, "translation")
            for child in list(translation):
                translation.remove(child)
            if message.get("numerus") == "yes":
                forms = item.get("forms") or ([item["translation"]] if item.get("translation") else [])
                if len(forms) != forms_needed:
                    problems.append(f"#{item['id']}: {len(forms)} plural forms, {language} needs {forms_needed}")
                    continue
                for form in forms:
                    if placeholders(form.replace("%n", "")) != placeholders(source.replace("%n", "")):
                        problems.append(f"#{item['id']}: placeholders differ in a plural form")
                    ET.SubElement(translation, "numerusform").text = form
                translation.text = None
            else:
                text = item.get("translation")
                if not text:
                    continue
                if placeholders(text) != placeholders(source):
                    problems.append(f"#{item['id']}: placeholders {placeholders(text)} != {placeholders(source)}")
                    continue
                translation.text = text
            translation.attrib.pop("type", None)
            applied += 1
    tree.write(ts, encoding="utf-8", xml_declaration=True)
    print(f"{applied} translations applied to {ts}")
    for p in problems:
        print("problem:", p)
    sys.exit(1 if problems else 0)


if __name__ == "__main__":
    main()
