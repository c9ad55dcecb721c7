#!/usr/bin/env python3
"""Checks questions.yaml: parses, line pattern, unique q, counts."""
import re, yaml, collections
P = "/work/out-blind17/questions.yaml"
data = yaml.safe_load(open(P, encoding="utf-8"))["questions"]
pat = re.compile(r'^  - \{ q: "(?:[^"\\]|\\.)*", topic: (?:[1-9]|1[0-3]|out|smalltalk), asker: (?:customer|staff), lang: (?:zh-Hans|zh-Hant|en|mixed) \}$')
bad = [l for l in open(P, encoding="utf-8").read().splitlines() if l.startswith("  - ") and not pat.match(l)]
assert not bad, bad[:3]
keys = [d["q"].lower().replace(" ", "") for d in data]
assert len(keys) == len(set(keys)), "duplicate q"
n = len(data)
print("total", n)
for f in ("topic", "lang", "asker"):
    c = collections.Counter(str(d[f]) for d in data)
    order = sorted(c, key=lambda k: (not k.isdigit(), int(k) if k.isdigit() else 0, k))
    print(f, {k: c[k] for k in order}, {k: f"{100*c[k]/n:.0f}%" for k in order})
