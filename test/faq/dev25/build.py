#!/usr/bin/env python3
"""Build questions.yaml from raw.txt (topic|asker|lang|question per line).

Checks fields, rejects duplicates (lowercased, whitespace removed), shuffles with
random.Random(20261225), writes one YAML flow mapping per line, re-reads the file
with yaml.safe_load and compares, then prints count tables.
"""
import collections
import json
import random
import re
import sys
from pathlib import Path

import yaml

HERE = Path(__file__).resolve().parent
RAW = HERE / "raw.txt"
OUT = HERE / "questions.yaml"
SEED = 20261225
STAMP = "2026-12-04 21:35 UTC"  # when the set was written; kept fixed so rebuilds are identical

TOPICS = [str(i) for i in range(1, 14)] + ["out", "smalltalk"]
ASKERS = ["customer", "staff"]
LANGS = ["zh-Hans", "zh-Hant", "en", "mixed"]

LINE_RE = re.compile(
    r'^  - \{ q: "(?:[^"\\]|\\.)*", topic: (?:[1-9]|1[0-3]|out|smalltalk), '
    r'asker: (?:customer|staff), lang: (?:zh-Hans|zh-Hant|en|mixed) \}$'
)


def load_raw():
    items, seen, errors = [], {}, []
    for n, line in enumerate(RAW.read_text(encoding="utf-8").splitlines(), 1):
        if not line.strip() or line.startswith("#"):
            continue
        parts = line.split("|", 3)
        if len(parts) != 4:
            errors.append(f"line {n}: expected 4 fields: {line!r}")
            continue
        topic, asker, lang, q = (p.strip() for p in parts)
        if topic not in TOPICS:
            errors.append(f"line {n}: bad topic {topic!r}")
        if asker not in ASKERS:
            errors.append(f"line {n}: bad asker {asker!r}")
        if lang not in LANGS:
            errors.append(f"line {n}: bad lang {lang!r}")
        if not q:
            errors.append(f"line {n}: empty question")
        key = re.sub(r"\s+", "", q.lower())
        if key in seen:
            errors.append(f"line {n}: duplicate of line {seen[key]}: {q!r}")
        seen[key] = n
        items.append({"q": q, "topic": int(topic) if topic.isdigit() else topic,
                      "asker": asker, "lang": lang})
    if errors:
        sys.exit("\n".join(errors))
    return items


def render(item):
    q = json.dumps(item["q"], ensure_ascii=False)  # JSON string = valid YAML double-quoted scalar
    return (f'  - {{ q: {q}, topic: {item["topic"]}, '
            f'asker: {item["asker"]}, lang: {item["lang"]} }}')


def table(title, counter, order):
    total = sum(counter.values())
    rows = [f"| {title} | count | share |", "|---|---:|---:|"]
    for k in order:
        rows.append(f"| {k} | {counter.get(k, 0)} | {100 * counter.get(k, 0) / total:.1f}% |")
    rows.append(f"| total | {total} | 100% |")
    return "\n".join(rows)


def main():
    items = load_raw()
    random.Random(SEED).shuffle(items)
    stamp = sys.argv[1] if len(sys.argv) > 1 else STAMP
    header = [
        "# Evaluation question set for the e-reconciliation FAQ chat bot (twenty-fifth blind set).",
        f"# Written blind on {stamp} from the topic list only "
        "(no code, knowledge base or earlier question sets consulted).",
        "# topic: 1-13 = in-scope coarse topics; out = out of scope; "
        "smalltalk = greetings/thanks/goodbyes.",
        f"# Order shuffled with random.Random({SEED}); rebuild with: python3 build.py",
        "questions:",
    ]
    lines = [render(i) for i in items]
    for l in lines:
        if not LINE_RE.match(l):
            sys.exit(f"line does not match flow-mapping pattern: {l}")
    OUT.write_text("\n".join(header + lines) + "\n", encoding="utf-8")

    data = yaml.safe_load(OUT.read_text(encoding="utf-8"))
    if data["questions"] != items:
        sys.exit("yaml.safe_load round trip differs from source items")

    topics = collections.Counter(str(i["topic"]) for i in items)
    langs = collections.Counter(i["lang"] for i in items)
    askers = collections.Counter(i["asker"] for i in items)
    print(f"wrote {OUT} with {len(items)} questions; round trip OK")
    print()
    print(table("topic", topics, TOPICS))
    print()
    print(table("lang", langs, LANGS))
    print()
    print(table("asker", askers, ASKERS))
    print()
    cross = collections.Counter((str(i["topic"]), i["asker"]) for i in items)
    print("| topic | customer | staff |\n|---|---:|---:|")
    for t in TOPICS:
        print(f"| {t} | {cross.get((t, 'customer'), 0)} | {cross.get((t, 'staff'), 0)} |")


if __name__ == "__main__":
    main()
