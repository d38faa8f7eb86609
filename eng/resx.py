#!/usr/bin/env python3
"""Keeps the en and zh-CN .resx files of src/TalentChain/Resources in step.

  eng/resx.py add <Resource> <Key> <English> <Chinese>   add or replace one string in both languages
  eng/resx.py load <Resource> <file.tsv>                  add or replace many: lines "Key<TAB>English<TAB>Chinese"
  eng/resx.py check                                       list keys missing from either language

<Resource> is the file's base name, e.g. SharedResource, PeopleResource.
"""
import sys, os, xml.etree.ElementTree as ET

ROOT = os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "src", "TalentChain", "Resources")
HEADER = """<?xml version="1.0" encoding="utf-8"?>
<root>
  <resheader name="resmimetype"><value>text/microsoft-resx</value></resheader>
  <resheader name="version"><value>2.0</value></resheader>
  <resheader name="reader"><value>System.Resources.ResXResourceReader, System.Windows.Forms, Version=4.0.0.0, Culture=neutral, PublicKeyToken=b77a5c561934e089</value></resheader>
  <resheader name="writer"><value>System.Resources.ResXResourceWriter, System.Windows.Forms, Version=4.0.0.0, Culture=neutral, PublicKeyToken=b77a5c561934e089</value></resheader>
"""

def path(res, lang):
    return os.path.join(ROOT, f"{res}.resx" if lang == "en" else f"{res}.zh-CN.resx")

def read(p):
    if not os.path.exists(p):
        return {}
    tree = ET.parse(p)
    return {d.get("name"): (d.find("value").text or "") for d in tree.getroot().findall("data")}

def esc(s):
    return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")

def write(p, data):
    with open(p, "w", encoding="utf-8") as f:
        f.write(HEADER)
        for k in sorted(data):
            f.write(f'  <data name="{esc(k)}" xml:space="preserve"><value>{esc(data[k])}</value></data>\n')
        f.write("</root>\n")

def put(res, items):
    en, zh = read(path(res, "en")), read(path(res, "zh"))
    for k, e, z in items:
        en[k], zh[k] = e, z
    write(path(res, "en"), en)
    write(path(res, "zh"), zh)

def main(argv):
    if len(argv) >= 1 and argv[0] == "add" and len(argv) == 5:
        put(argv[1], [(argv[2], argv[3], argv[4])])
    elif len(argv) == 3 and argv[0] == "load":
        items = []
        with open(argv[2], encoding="utf-8") as f:
            for n, line in enumerate(f, 1):
                line = line.rstrip("\n")
                if not line.strip() or line.startswith("#"):
                    continue
                parts = line.split("\t")
                if len(parts) != 3:
                    sys.exit(f"{argv[2]}:{n}: expected Key<TAB>English<TAB>Chinese")
                items.append(tuple(parts))
        put(argv[1], items)
    elif argv == ["check"]:
        bad = 0
        for f in sorted(os.listdir(ROOT)):
            if f.endswith(".resx") and ".zh-CN." not in f:
                res = f[:-5]
                en, zh = read(path(res, "en")), read(path(res, "zh"))
                for k in sorted(set(en) ^ set(zh)):
                    print(f"{res}: {k} missing in {'zh-CN' if k in en else 'en'}")
                    bad += 1
        sys.exit(1 if bad else 0)
    else:
        sys.exit(__doc__)

main(sys.argv[1:])
