# Build questions.yaml from source.txt: dedupe check, shuffle (seed 20261231), write, validate, count.
import json, random, re, collections, datetime, sys
import yaml

SEED = 20261231
ASK = {"c": "customer", "s": "staff"}
LANG = {"e": "en", "m": "mixed", "z": "zh-Hans", "t": "zh-Hant"}
rows = []
for l in open("source.txt", encoding="utf-8"):
    l = l.rstrip("\n")
    if not l.strip() or l.startswith("#"):
        continue
    t, a, g, q = l.split("|", 3)
    assert t in {str(i) for i in range(1, 14)} | {"out", "smalltalk"}, l
    rows.append({"q": q.strip(), "topic": int(t) if t.isdigit() else t, "asker": ASK[a], "lang": LANG[g]})

norm = collections.Counter(re.sub(r"\s+", "", r["q"].lower()) for r in rows)
dups = [k for k, v in norm.items() if v > 1]
assert not dups, dups

random.Random(SEED).shuffle(rows)
stamp = sys.argv[1] if len(sys.argv) > 1 else datetime.datetime.utcnow().strftime("%Y-%m-%d %H:%M UTC")
out = [
    "# Training question set A (round 12) for the e-reconciliation FAQ chat bot, English-heavy.",
    f"# Written blind on {stamp} from the topic list only (no code, knowledge base or earlier question sets consulted).",
    "# topic: 1-13 = in-scope coarse topics; out = out of scope; smalltalk = greetings/thanks/goodbyes.",
    "questions:",
]
for r in rows:
    out.append(f'  - {{ q: {json.dumps(r["q"], ensure_ascii=False)}, topic: {r["topic"]}, asker: {r["asker"]}, lang: {r["lang"]} }}')
open("questions.yaml", "w", encoding="utf-8").write("\n".join(out) + "\n")

# validate
text = open("questions.yaml", encoding="utf-8").read()
pat = re.compile(r'^  - \{ q: "(?:[^"\\]|\\.)*", topic: (?:[1-9]|1[0-3]|out|smalltalk), asker: (?:customer|staff), lang: (?:zh-Hans|zh-Hant|en|mixed) \}$')
qlines = [l for l in text.split("\n") if l.startswith("  - ")]
bad = [l for l in qlines if not pat.match(l)]
assert not bad, bad[:5]
data = yaml.safe_load(text)["questions"]
assert len(data) == len(rows) == len(qlines)
assert len({re.sub(r"\s+", "", d["q"].lower()) for d in data}) == len(data)
for key in ("topic", "lang", "asker"):
    c = collections.Counter(str(d[key]) for d in data)
    order = sorted(c, key=lambda k: (not k.isdigit(), int(k) if k.isdigit() else 0, k))
    print(key, {k: c[k] for k in order})
print("total", len(data))
