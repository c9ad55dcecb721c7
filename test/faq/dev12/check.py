#!/usr/bin/env python3
"""Parse questions.yaml, check line pattern and uniqueness, print counts."""
import re, yaml, collections
text = open("questions.yaml", encoding="utf-8").read()
data = yaml.safe_load(text)["questions"]
pat = re.compile(r'^  - \{ q: "(?:[^"\\]|\\.)*", topic: (?:[1-9]|1[0-3]|out|smalltalk), asker: (?:customer|staff), lang: (?:zh-Hans|zh-Hant|en|mixed) \}$')
bad = [l for l in text.splitlines() if l.startswith("  - ") and not pat.match(l)]
assert not bad, bad[:5]
keys = collections.Counter(re.sub(r"\s+", "", d["q"].lower()) for d in data)
dups = [k for k, v in keys.items() if v > 1]
assert not dups, dups
n = len(data)
print("total", n)
for field in ("topic", "lang", "asker"):
    c = collections.Counter(str(d[field]) for d in data)
    order = sorted(c, key=lambda k: (not k.isdigit(), int(k) if k.isdigit() else 0, k))
    print(f"\n| {field} | count | share |\n|---|---|---|")
    for k in order:
        print(f"| {k} | {c[k]} | {100*c[k]/n:.1f}% |")
