#!/usr/bin/env python3
"""Build questions.yaml from raw.txt (topic|asker|lang|question per line).

Checks fields, rejects duplicates (lowercased, whitespace removed), shuffles
with random.Random(20261226), writes one YAML flow mapping per line, checks
each line against a pattern and that yaml.safe_load returns the same items,
then prints counts by topic, language and asker.
"""
import os
import random
import re
import sys
from collections import Counter

import yaml

HERE = os.path.dirname(os.path.abspath(__file__))
RAW = os.path.join(HERE, "raw.txt")
OUT = os.path.join(HERE, "questions.yaml")
SEED = 20261226
WRITTEN = "2026-12-04 22:39 UTC"  # when the set was typed; fixed so rebuilds are identical

TOPICS = [str(i) for i in range(1, 14)] + ["out", "smalltalk"]
ASKERS = {"customer", "staff"}
LANGS = ["zh-Hans", "zh-Hant", "en", "mixed"]

LINE_RE = re.compile(
    r'^  - \{ q: "(?:[^"\\]|\\.)*", topic: (?:[1-9]|1[0-3]|out|smalltalk), '
    r'asker: (?:customer|staff), lang: (?:zh-Hans|zh-Hant|en|mixed) \}$'
)


def key(q):
    return re.sub(r"\s+", "", q.lower())


def quote(q):
    return '"' + q.replace("\\", "\\\\").replace('"', '\\"') + '"'


def main():
    items, seen, errors = [], {}, []
    with open(RAW, encoding="utf-8") as f:
        for n, line in enumerate(f, 1):
            line = line.rstrip("\n")
            if not line.strip() or line.startswith("#"):
                continue
            parts = line.split("|", 3)
            if len(parts) != 4:
                errors.append(f"line {n}: expected 4 fields")
                continue
            topic, asker, lang, q = (p.strip() for p in parts)
            if topic not in TOPICS:
                errors.append(f"line {n}: bad topic {topic!r}")
            if asker not in ASKERS:
                errors.append(f"line {n}: bad asker {asker!r}")
            if lang not in LANGS:
                errors.append(f"line {n}: bad lang {lang!r}")
            if not q or "\t" in q or any(ord(c) < 32 for c in q):
                errors.append(f"line {n}: empty question or control character")
            k = key(q)
            if k in seen:
                errors.append(f"line {n}: duplicate of line {seen[k]}: {q}")
            seen[k] = n
            items.append({"q": q, "topic": int(topic) if topic.isdigit() else topic,
                          "asker": asker, "lang": lang})
    if errors:
        print("\n".join(errors))
        sys.exit(1)

    random.Random(SEED).shuffle(items)

    lines = [
        "# Evaluation question set for the e-reconciliation FAQ chat bot (twenty-sixth blind set).",
        f"# Written blind on {WRITTEN} from the topic list only (no code, knowledge base or earlier question sets consulted).",
        "# topic: 1-13 = in-scope coarse topics; out = out of scope; smalltalk = greetings/thanks/goodbyes.",
        f"# Order shuffled with random.Random({SEED}); rebuild with: python3 build.py",
        "questions:",
    ]
    for it in items:
        s = (f'  - {{ q: {quote(it["q"])}, topic: {it["topic"]}, '
             f'asker: {it["asker"]}, lang: {it["lang"]} }}')
        if not LINE_RE.match(s):
            sys.exit(f"line does not match pattern: {s}")
        lines.append(s)
    text = "\n".join(lines) + "\n"
    with open(OUT, "w", encoding="utf-8") as f:
        f.write(text)

    loaded = yaml.safe_load(text)["questions"]
    if loaded != items:
        sys.exit("yaml.safe_load round trip differs")

    total = len(items)
    print(f"total {total}")
    tc = Counter(str(i["topic"]) for i in items)
    print("topic: " + ", ".join(f"{t}={tc[t]}" for t in TOPICS))
    lc = Counter(i["lang"] for i in items)
    print("lang: " + ", ".join(f"{l}={lc[l]} ({100*lc[l]/total:.0f}%)" for l in LANGS))
    ac = Counter(i["asker"] for i in items)
    print("asker: " + ", ".join(f"{a}={ac[a]} ({100*ac[a]/total:.0f}%)" for a in sorted(ASKERS)))
    inscope = sum(v for t, v in tc.items() if t.isdigit())
    print(f"in scope {inscope}, out {tc['out']}, smalltalk {tc['smalltalk']}")


if __name__ == "__main__":
    main()
