#!/usr/bin/env python3
"""Assemble independent-2.jsonl from the hand-written item files (items_*.py).

Each item is (text, label, style, lang). Obfuscated items are hand-written
sentences wrapped in a marker {{T:...}}; this script applies transform T to the
wrapped sentence only. Transforms: spaced, leet, homo (Latin->Cyrillic/Greek
look-alikes), zw (zero-width chars between letters), b64, hex, rev.
"""
import base64, glob, importlib.util, json, os, re, sys, collections

HERE = os.path.dirname(os.path.abspath(__file__))

def spaced(s):
    return "  ".join(" ".join(w) for w in s.split(" "))

LEET = {"a": "4", "e": "3", "i": "1", "o": "0", "s": "5", "t": "7", "l": "1", "g": "9", "b": "8"}
def leet(s):
    return "".join(LEET.get(c.lower(), c) for c in s)

HOMO = {"a": "\u0430", "e": "\u0435", "o": "\u043e", "p": "\u0440", "c": "\u0441", "x": "\u0445",
        "y": "\u0443", "i": "\u0456", "s": "\u0455", "j": "\u0458", "A": "\u0391", "E": "\u0395",
        "O": "\u039f", "P": "\u03a1", "T": "\u03a4", "I": "\u0399", "S": "\u0405", "H": "\u0397"}
def homo(s):
    return "".join(HOMO.get(c, c) for c in s)

ZW = ["\u200b", "\u200c", "\u200d", "\u2060"]
def zw(s):
    out = []
    for i, c in enumerate(s):
        out.append(c)
        if c.isalpha():
            out.append(ZW[i % len(ZW)])
    return "".join(out)

def b64(s):
    return base64.b64encode(s.encode("utf-8")).decode("ascii")

def hexs(s):
    return s.encode("utf-8").hex()

def rev(s):
    return s[::-1]

T = {"spaced": spaced, "leet": leet, "homo": homo, "zw": zw, "b64": b64, "hex": hexs, "rev": rev}
MARK = re.compile(r"\{\{(spaced|leet|homo|zw|b64|hex|rev):(.*?)\}\}", re.S)

def render(text):
    return MARK.sub(lambda m: T[m.group(1)](m.group(2)), text)

def load_items():
    items = []
    for path in sorted(glob.glob(os.path.join(HERE, "items_*.py"))):
        spec = importlib.util.spec_from_file_location(os.path.basename(path)[:-3], path)
        mod = importlib.util.module_from_spec(spec)
        spec.loader.exec_module(mod)
        items.extend(mod.ITEMS)
    return items

def main():
    items = load_items()
    seen = set()
    rows = []
    for it in items:
        text, label, style, lang = it
        assert label in ("injection", "jailbreak", "benign"), it
        text = render(text.strip("\n"))
        if text in seen:
            print("duplicate:", text[:80], file=sys.stderr)
            continue
        seen.add(text)
        rows.append({"text": text, "label": label, "style": style, "lang": lang,
                     "source": "rampart-independent-v2"})
    with open(os.path.join(HERE, "independent-2.jsonl"), "w", encoding="utf-8") as f:
        for r in rows:
            f.write(json.dumps(r, ensure_ascii=False) + "\n")
    print(len(rows), "rows")

if __name__ == "__main__":
    main()
