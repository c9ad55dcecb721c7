#!/usr/bin/env python3
"""Build questions.yaml from raw.txt: parse, check, shuffle (seed 20261224), write, verify, count.

raw.txt lines: topic|asker|lang|question  (asker c/s; lang hans/hant/hk/en/mixed; '#' lines are notes)
"""
import collections
import datetime
import random
import re
import sys
from pathlib import Path

SEED = 20261224
HERE = Path(__file__).resolve().parent
RAW = HERE / "raw.txt"
OUT = HERE / "questions.yaml"

LANG = {"hans": "zh-Hans", "hant": "zh-Hant", "hk": "zh-Hant", "en": "en", "mixed": "mixed"}
ASKER = {"c": "customer", "s": "staff"}
TOPICS = [str(i) for i in range(1, 14)] + ["out", "smalltalk"]


def yaml_dq(s: str) -> str:
    """Double-quoted YAML scalar with the needed escapes."""
    out = []
    for ch in s:
        if ch == "\\":
            out.append("\\\\")
        elif ch == '"':
            out.append('\\"')
        elif ch == "\t":
            out.append("\\t")
        elif ord(ch) < 0x20:
            out.append("\\x%02x" % ord(ch))
        else:
            out.append(ch)
    return '"' + "".join(out) + '"'


def norm(q: str) -> str:
    return re.sub(r"\s+", "", q.lower())


def parse():
    rows, errors = [], []
    for n, line in enumerate(RAW.read_text(encoding="utf-8").splitlines(), 1):
        if not line.strip() or line.startswith("#"):
            continue
        parts = line.split("|")
        if len(parts) != 4:
            errors.append(f"line {n}: expected 4 fields, got {len(parts)}")
            continue
        topic, asker, lang, q = (p.strip() for p in parts)
        if topic == "small":
            topic = "smalltalk"
        if topic not in TOPICS:
            errors.append(f"line {n}: bad topic {topic!r}")
        if asker not in ASKER:
            errors.append(f"line {n}: bad asker {asker!r}")
        if lang not in LANG:
            errors.append(f"line {n}: bad lang {lang!r}")
        if not q:
            errors.append(f"line {n}: empty question")
        rows.append({"topic": topic, "asker": ASKER.get(asker, asker), "lang": LANG.get(lang, lang),
                     "variant": lang, "q": q, "line": n})
    seen = {}
    for r in rows:
        k = norm(r["q"])
        if k in seen:
            errors.append(f"line {r['line']}: duplicate of line {seen[k]}: {r['q']}")
        seen[k] = r["line"]
    return rows, errors


def render(rows, stamp):
    lines = [
        "# Evaluation question set for the e-reconciliation FAQ chat bot (24th blind set).",
        f"# Written blind on {stamp} from the topic list only (no code, knowledge base or earlier question sets consulted).",
        "# topic: 1-13 = in-scope coarse topics; out = out of scope; smalltalk = greetings/thanks/goodbyes.",
        f"# Order shuffled with Python random.Random({SEED}).shuffle over the lines of raw.txt.",
        "questions:",
    ]
    for r in rows:
        t = r["topic"] if r["topic"] in ("out", "smalltalk") else int(r["topic"])
        lines.append(f"  - {{ q: {yaml_dq(r['q'])}, topic: {t}, asker: {r['asker']}, lang: {r['lang']} }}")
    return "\n".join(lines) + "\n"


LINE_RE = re.compile(
    r'^  - \{ q: "((?:[^"\\]|\\.)*)", topic: (1[0-3]|[1-9]|out|smalltalk), '
    r'asker: (customer|staff), lang: (zh-Hans|zh-Hant|en|mixed) \}$')


def check(path):
    text = path.read_text(encoding="utf-8")
    lines = text.splitlines()
    assert lines[0].startswith("# Evaluation question set"), "header missing"
    assert "questions:" in lines, "questions: key missing"
    items, qs = [], set()
    for ln in lines[lines.index("questions:") + 1:]:
        m = LINE_RE.match(ln)
        assert m, f"line does not match pattern: {ln}"
        q = m.group(1).replace('\\"', '"').replace("\\\\", "\\")
        k = norm(q)
        assert k not in qs, f"duplicate q: {q}"
        qs.add(k)
        items.append((q, m.group(2), m.group(3), m.group(4)))
    try:
        import yaml
        data = yaml.safe_load(text)
        assert len(data["questions"]) == len(items)
        for d, (q, t, a, l) in zip(data["questions"], items):
            assert d["q"] == q and str(d["topic"]) == t and d["asker"] == a and d["lang"] == l, d
        print(f"yaml.safe_load ok: {len(data['questions'])} items")
    except ImportError:
        print("PyYAML not available; regex check only")
    return items


def table(counter, keys, title):
    total = sum(counter.values())
    out = [f"| {title} | count | share |", "|---|---:|---:|"]
    for k in keys:
        out.append(f"| {k} | {counter.get(k, 0)} | {100 * counter.get(k, 0) / total:.1f}% |")
    out.append(f"| total | {total} | 100% |")
    return "\n".join(out)


def main():
    rows, errors = parse()
    if errors:
        print("\n".join(errors))
        sys.exit(1)
    random.Random(SEED).shuffle(rows)
    stamp = sys.argv[1] if len(sys.argv) > 1 else datetime.datetime.now(datetime.timezone.utc).strftime("%Y-%m-%d %H:%M UTC")
    OUT.write_text(render(rows, stamp), encoding="utf-8")
    items = check(OUT)
    print(f"{OUT.name}: {len(items)} questions, all lines match, q unique")
    tc = collections.Counter(r["topic"] for r in rows)
    lc = collections.Counter(r["lang"] for r in rows)
    ac = collections.Counter(r["asker"] for r in rows)
    vc = collections.Counter(r["variant"] for r in rows)
    ta = collections.Counter((r["topic"], r["asker"]) for r in rows)
    print(table(tc, TOPICS, "topic"))
    print()
    print(table(lc, ["zh-Hans", "zh-Hant", "en", "mixed"], "lang"))
    print(f"\nzh-Hant split: Taiwan usage {vc['hant']}, Hong Kong Cantonese {vc['hk']}")
    print()
    print(table(ac, ["customer", "staff"], "asker"))
    print("\n| topic | customer | staff |\n|---|---:|---:|")
    for t in TOPICS:
        print(f"| {t} | {ta[(t, 'customer')]} | {ta[(t, 'staff')]} |")
    inscope = sum(tc[t] for t in TOPICS[:13])
    print(f"\nin scope {inscope}, out {tc['out']}, smalltalk {tc['smalltalk']}")


if __name__ == "__main__":
    main()
