# Shuffle (seed 20261223), format and check the hand-written questions in raw.txt.
import random, re, datetime
from collections import Counter
SEED = 20261223
LANG = {"h": "zh-Hans", "t": "zh-Hant", "e": "en", "m": "mixed"}
ASK = {"c": "customer", "s": "staff"}
rows = []
for l in open("raw.txt", encoding="utf-8"):
    if not l.strip():
        continue
    t, a, g, q = l.rstrip("\n").split("|", 3)
    t = {"st": "smalltalk"}.get(t, t)
    rows.append((t, ASK[a], LANG[g], q.strip()))
random.Random(SEED).shuffle(rows)
def esc(s):
    return s.replace("\\", "\\\\").replace('"', '\\"')
now = datetime.datetime.now(datetime.timezone.utc).strftime("%Y-%m-%d %H:%M UTC")
out = ["# Evaluation question set for the e-reconciliation FAQ chat bot (23rd blind set).",
       f"# Written blind on {now} from the topic list only (no code, knowledge base or earlier question sets consulted).",
       "# topic: 1-13 = in-scope coarse topics; out = out of scope; smalltalk = greetings/thanks/goodbyes.",
       f"# Order shuffled with Python random.Random({SEED}).shuffle.",
       "questions:"]
for t, a, g, q in rows:
    out.append(f'  - {{ q: "{esc(q)}", topic: {t}, asker: {a}, lang: {g} }}')
open("questions.yaml", "w", encoding="utf-8").write("\n".join(out) + "\n")

# check
pat = re.compile(r'^  - \{ q: "((?:[^"\\]|\\.)*)", topic: (1[0-3]|[1-9]|out|smalltalk), asker: (customer|staff), lang: (zh-Hans|zh-Hant|en|mixed) \}$')
lines = open("questions.yaml", encoding="utf-8").read().splitlines()
assert lines[4] == "questions:"
qs, tc, lc, ac = [], Counter(), Counter(), Counter()
for i, l in enumerate(lines[5:], 6):
    m = pat.match(l)
    assert m, f"line {i} bad: {l}"
    qs.append(re.sub(r"\s+", "", m.group(1).lower()))
    tc[m.group(2)] += 1; ac[m.group(3)] += 1; lc[m.group(4)] += 1
dup = [k for k, v in Counter(qs).items() if v > 1]
assert not dup, dup
print("total", len(qs), "unique", len(set(qs)))
print("topic", sorted(tc.items(), key=lambda x: (len(x[0]) > 2, int(x[0]) if x[0].isdigit() else 0, x[0])))
print("lang", dict(lc)); print("asker", dict(ac))
