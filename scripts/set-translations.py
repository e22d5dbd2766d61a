#!/usr/bin/env python3
"""Sets translations in translations/caravan_<lang>.ts from a JSON file:
{"context": {"source": {"ur": "...", "kk": "...", "ru": "...", "zh_CN": "..."}}}
A numerus message takes a list instead: its <numerusform>s in order, made if missing.
Only the named messages change; run the update_translations target after it.

    scripts/set-translations.py FILE.json
"""
import json
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

root = Path(__file__).resolve().parent.parent / "translations"
wanted = json.load(open(sys.argv[1], encoding="utf-8"))
for lang in ("ur", "kk", "ru", "zh_CN"):
    ts = root / f"caravan_{lang}.ts"
    tree = ET.parse(ts)
    done = 0
    for ctx in tree.iter("context"):
        name = ctx.findtext("name")
        for msg in ctx.iter("message"):
            text = wanted.get(name, {}).get(msg.findtext("source"), {}).get(lang)
            if text is None:
                continue
            tr = msg.find("translation")
            if isinstance(text, list) != (msg.get("numerus") == "yes"):
                sys.exit(f"{name}: {msg.findtext('source')!r}: a list for a numerus message, else a string")
            if isinstance(text, list):
                forms = tr.findall("numerusform")
                forms += [ET.SubElement(tr, "numerusform") for _ in text[len(forms):]]
                for form, form_text in zip(forms, text):
                    form.text = form_text
            else:
                tr.text = text
            tr.attrib.pop("type", None)
            done += 1
    tree.write(ts, encoding="utf-8", xml_declaration=True)
    print(f"{ts.name}: {done} set", file=sys.stderr)
