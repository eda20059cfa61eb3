#!/usr/bin/env python3
"""Check every line of independent-2.jsonl and print counts per label/style/lang."""
import collections, json, os, sys
HERE = os.path.dirname(os.path.abspath(__file__))
need = {"text", "label", "style", "lang", "source"}
lab, sty, lng, sty_lab, lang_lab = (collections.Counter() for _ in range(5))
long_n = 0
n = 0
with open(os.path.join(HERE, "independent-2.jsonl"), encoding="utf-8") as f:
    for i, line in enumerate(f, 1):
        r = json.loads(line)
        assert set(r) == need, (i, r.keys())
        assert r["label"] in ("injection", "jailbreak", "benign"), i
        assert r["source"] == "rampart-independent-v2", i
        assert isinstance(r["text"], str) and r["text"].strip(), i
        n += 1
        lab[r["label"]] += 1; sty[r["style"]] += 1; lng[r["lang"]] += 1
        sty_lab[(r["style"], r["label"])] += 1
        lang_lab[(r["lang"], "attack" if r["label"] != "benign" else "benign")] += 1
        if len(r["text"]) > 1000: long_n += 1
print("rows", n, "| over 1000 chars:", long_n)
print("labels", dict(lab))
print("attacks", lab["injection"] + lab["jailbreak"])
print("\nstyle counts (style: label=count)")
for s in sorted(sty):
    print(f"  {s}: " + ", ".join(f"{l}={c}" for (ss, l), c in sorted(sty_lab.items()) if ss == s))
print("\nlanguages (lang: attack/benign)")
for l in sorted(lng):
    print(f"  {l}: attack={lang_lab[(l,'attack')]} benign={lang_lab[(l,'benign')]}")

if "--markdown" in sys.argv:
    print("\n| label | count |\n|---|---|")
    for l in ("injection", "jailbreak", "benign"):
        print(f"| {l} | {lab[l]} |")
    print(f"| **total** | **{n}** |")
    print("\n| style | injection | jailbreak | benign | total |\n|---|---|---|---|---|")
    for s in sorted(sty, key=lambda s: (s.startswith("neg_"), s)):
        print(f"| {s} | {sty_lab[(s,'injection')]} | {sty_lab[(s,'jailbreak')]} | {sty_lab[(s,'benign')]} | {sty[s]} |")
    print("\n| lang | attacks | benign | total |\n|---|---|---|---|")
    for l in sorted(lng, key=lambda l: -lng[l]):
        print(f"| {l} | {lang_lab[(l,'attack')]} | {lang_lab[(l,'benign')]} | {lng[l]} |")
    print(f"\nItems over 1,000 characters: {long_n}.")
