#!/usr/bin/env python3
"""Fills unfinished messages of translations/caravan_*.ts whose source text is
already translated in another context of the same file, or of the file as last
committed (a label that moved from one class to another keeps its translation,
even after lupdate -no-obsolete dropped the old context), and lists what is left.

    scripts/fill-translations.py            # fill and list
    scripts/fill-translations.py --list     # only list the unfinished messages
"""
import subprocess
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

root = Path(__file__).resolve().parent.parent / "translations"
only_list = "--list" in sys.argv
left = 0
for ts in sorted(root.glob("caravan_*.ts")):
    if ts.name == "caravan_en.ts":
        continue
    tree = ET.parse(ts)
    known = {}
    committed = subprocess.run(["git", "show", f"HEAD:translations/{ts.name}"], cwd=root,
                               capture_output=True).stdout
    sources = [tree.getroot()] + ([ET.fromstring(committed)] if committed else [])
    for msg in (m for r in sources for m in r.iter("message")):
        tr = msg.find("translation")
        src = msg.findtext("source")
        if tr is not None and tr.get("type") is None and (tr.text or "").strip() and msg.get("numerus") != "yes":
            known.setdefault(src, tr.text)
    filled = 0
    for ctx in tree.iter("context"):
        name = ctx.findtext("name")
        for msg in ctx.iter("message"):
            tr = msg.find("translation")
            if tr is None or tr.get("type") != "unfinished":
                continue
            src = msg.findtext("source")
            if not only_list and src in known and msg.get("numerus") != "yes":
                tr.text = known[src]
                del tr.attrib["type"]
                filled += 1
            else:
                left += 1
                print(f"{ts.name}\t{name}\t{src}")
    if filled:
        tree.write(ts, encoding="utf-8", xml_declaration=True)
        # keep lupdate's DOCTYPE line so the next lupdate run produces a small diff
        text = ts.read_text(encoding="utf-8")
        if "<!DOCTYPE TS>" not in text:
            text = text.replace("?>\n", "?>\n<!DOCTYPE TS>\n", 1)
        ts.write_text(text.replace("<?xml version='1.0' encoding='utf-8'?>", '<?xml version="1.0" encoding="utf-8"?>'), encoding="utf-8")
        print(f"{ts.name}: {filled} filled from other contexts", file=sys.stderr)
print(f"{left} unfinished", file=sys.stderr)
sys.exit(0)
