#!/usr/bin/env python3
"""Check questions.yaml: line format, uniqueness, and print counts."""
import re
import sys
from collections import Counter

PAT = re.compile(
    r'^  - \{ q: "((?:[^"\\]|\\.)*)", topic: (1[0-3]|[1-9]|out|smalltalk), '
    r'asker: (customer|staff), lang: (zh-Hans|zh-Hant|en|mixed) \}$'
)

path = sys.argv[1] if len(sys.argv) > 1 else "questions.yaml"
rows, errors = [], []
with open(path, encoding="utf-8") as f:
    for n, line in enumerate(f, 1):
        line = line.rstrip("\n")
        if line.startswith("#") or line == "questions:":
            continue
        m = PAT.match(line)
        if not m:
            errors.append(f"line {n}: bad format: {line}")
            continue
        rows.append(m.groups())

seen = {}
for q, *_ in rows:
    key = re.sub(r"\s+", "", q.lower())
    if key in seen:
        errors.append(f"duplicate: {q}")
    seen[key] = True

try:
    import yaml
    data = yaml.safe_load(open(path, encoding="utf-8"))
    assert len(data["questions"]) == len(rows), "yaml count differs from line count"
    for item in data["questions"]:
        assert set(item) == {"q", "topic", "asker", "lang"}, item
except ImportError:
    print("PyYAML not installed; regex check only")

if errors:
    print("\n".join(errors))
    sys.exit(1)

order = [str(i) for i in range(1, 14)] + ["out", "smalltalk"]
n = len(rows)
print(f"total {n}, all lines valid, no duplicates")
for name, idx, keys in (("topic", 1, order), ("lang", 3, ["zh-Hans", "zh-Hant", "en", "mixed"]),
                        ("asker", 2, ["customer", "staff"])):
    c = Counter(r[idx] for r in rows)
    print(f"\n{name}:")
    for k in keys:
        print(f"  {k:10s} {c[k]:4d}  {100 * c[k] / n:5.1f}%")
