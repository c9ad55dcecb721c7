import random, re, json, sys, datetime
from collections import Counter
sys.path.insert(0, "/work/out-train12b")
from data import Q
from revise import R

LANG = {"H": "zh-Hant", "S": "zh-Hans", "M": "mixed", "E": "en"}
ASK = {"c": "customer", "s": "staff"}
used = set()
items = []
for topic, a, l, q in Q:
    if q in R:
        used.add(q); a, l, q = R[q]
    items.append({"q": q, "topic": topic, "asker": ASK[a], "lang": LANG[l]})
missing = set(R) - used
assert not missing, missing
norm = lambda s: re.sub(r"\s+", "", s.lower())
seen = Counter(norm(i["q"]) for i in items)
dups = [k for k, v in seen.items() if v > 1]
assert not dups, dups

random.seed(20261232)
random.shuffle(items)

stamp = sys.argv[1] if len(sys.argv) > 1 else datetime.datetime.utcnow().strftime("%Y-%m-%d %H:%M UTC")
lines = [
 "# Training question set B (round 12) for the e-reconciliation FAQ chat bot, Traditional and colloquial Chinese.",
 f"# Written blind on {stamp} from the topic list only (no code, knowledge base or earlier question sets consulted).",
 "# topic: 1-13 = in-scope coarse topics; out = out of scope; smalltalk = greetings/thanks/goodbyes.",
 "questions:",
]
for i in items:
    t = i["topic"]
    lines.append(f'  - {{ q: {json.dumps(i["q"], ensure_ascii=False)}, topic: {t}, asker: {i["asker"]}, lang: {i["lang"]} }}')
open("/work/out-train12b/questions.yaml", "w", encoding="utf-8").write("\n".join(lines) + "\n")
print(len(items))
