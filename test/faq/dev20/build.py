#!/usr/bin/env python3
"""Build questions.yaml from source.txt, shuffle with a fixed seed, check and count.

Usage: python3 build.py            (writes questions.yaml, prints counts)
       python3 build.py --check    (only checks an existing questions.yaml)
"""
import random
import re
import sys
from collections import Counter
from datetime import datetime, timezone
from pathlib import Path

HERE = Path(__file__).resolve().parent
SRC = HERE / "source.txt"
OUT = HERE / "questions.yaml"
SEED = 20261220

LANG = {"s": "zh-Hans", "tw": "zh-Hant", "hk": "zh-Hant", "en": "en", "mx": "mixed"}
ASKER = {"c": "customer", "s": "staff"}
TOPICS = [str(i) for i in range(1, 14)]

LINE_RE = re.compile(
    r'^  - \{ q: "((?:[^"\\]|\\.)*)", topic: (1[0-3]|[1-9]|out|smalltalk), '
    r'asker: (customer|staff), lang: (zh-Hans|zh-Hant|en|mixed) \}$'
)


def norm(q):
    return re.sub(r"\s+", "", q.lower())


def yaml_dq(s):
    return s.replace("\\", "\\\\").replace('"', '\\"')


def read_source():
    rows = []
    for n, line in enumerate(SRC.read_text(encoding="utf-8").splitlines(), 1):
        if not line.strip() or line.startswith("#"):
            continue
        parts = line.split("|", 3)
        if len(parts) != 4:
            sys.exit(f"source line {n}: expected 4 fields")
        topic, asker, lang, q = parts
        q = q.strip()
        if topic not in TOPICS + ["out", "inj", "st"]:
            sys.exit(f"source line {n}: bad topic {topic}")
        if asker not in ASKER or lang not in LANG or not q:
            sys.exit(f"source line {n}: bad asker/lang/q")
        rows.append({"topic": topic, "asker": asker, "lang": lang, "q": q})
    return rows


def check_yaml():
    lines = OUT.read_text(encoding="utf-8").splitlines()
    body = [l for l in lines if l.startswith("  - ")]
    assert lines[0].startswith("# ") and "questions:" in lines, "header missing"
    seen = {}
    counts = {"topic": Counter(), "lang": Counter(), "asker": Counter()}
    for i, l in enumerate(body, 1):
        m = LINE_RE.match(l)
        if not m:
            sys.exit(f"yaml entry {i} does not match pattern: {l}")
        q = re.sub(r"\\(.)", r"\1", m.group(1))
        k = norm(q)
        if k in seen:
            sys.exit(f"duplicate q: {q!r} (entries {seen[k]} and {i})")
        seen[k] = i
        counts["topic"][m.group(2)] += 1
        counts["asker"][m.group(3)] += 1
        counts["lang"][m.group(4)] += 1
    return len(body), counts


def table(title, counter, order, total):
    out = [f"| {title} | count | share |", "|---|---:|---:|"]
    for k in order:
        out.append(f"| {k} | {counter.get(k, 0)} | {100 * counter.get(k, 0) / total:.1f}% |")
    out.append(f"| total | {total} | 100% |")
    return "\n".join(out)


def main():
    if "--check" not in sys.argv:
        rows = read_source()
        rng = random.Random(SEED)
        rng.shuffle(rows)
        stamp = datetime.now(timezone.utc).strftime("%Y-%m-%d %H:%M UTC")
        out = [
            "# Evaluation question set for the e-reconciliation FAQ chat bot (20th blind set).",
            f"# Written blind on {stamp} from the topic list only (no code, knowledge base or earlier question sets consulted).",
            "# topic: 1-13 = in-scope coarse topics; out = out of scope; smalltalk = greetings/thanks/goodbyes.",
            f"# Order shuffled with Python random.Random({SEED}).shuffle over the source order.",
            "questions:",
        ]
        for r in rows:
            topic = {"inj": "out", "st": "smalltalk"}.get(r["topic"], r["topic"])
            out.append(
                f'  - {{ q: "{yaml_dq(r["q"])}", topic: {topic}, '
                f'asker: {ASKER[r["asker"]]}, lang: {LANG[r["lang"]]} }}'
            )
        OUT.write_text("\n".join(out) + "\n", encoding="utf-8")
        src = Counter(r["lang"] for r in rows)
        inj = sum(1 for r in rows if r["topic"] == "inj")
        print(f"source: Taiwan zh-Hant {src['tw']}, Hong Kong Cantonese zh-Hant {src['hk']}, injections {inj}")
    n, c = check_yaml()
    print(f"OK: {n} entries, all lines match the pattern, q values unique\n")
    print(table("topic", c["topic"], TOPICS + ["out", "smalltalk"], n), "\n")
    print(table("lang", c["lang"], ["zh-Hans", "zh-Hant", "en", "mixed"], n), "\n")
    print(table("asker", c["asker"], ["customer", "staff"], n))


if __name__ == "__main__":
    main()
