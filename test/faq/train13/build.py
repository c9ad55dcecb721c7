import json, random, re, sys, datetime, collections
sys.path.insert(0, "/work/out-train13")
from questions_src import Q
LANG = {"M": "mixed", "S": "zh-Hans", "T": "zh-Hant", "E": "en"}
ASK = {"c": "customer", "s": "staff"}
rows = [dict(q=q, topic=t, asker=ASK[a], lang=LANG[l]) for q, t, a, l in Q]
cjk = re.compile(r"[\u4e00-\u9fff]"); lat = re.compile(r"[A-Za-z]")
probs = []
for r in rows:
    q = r["q"]; l = r["lang"]
    if l == "en" and cjk.search(q): probs.append(("en has CJK", q))
    if l == "mixed" and not (cjk.search(q) and lat.search(q)): probs.append(("mixed not mixed", q))
    if l in ("zh-Hans", "zh-Hant") and lat.search(q.replace("U盾", "")) and not re.fullmatch(r"[a-z]+", "".join(lat.findall(q))): probs.append(("zh has latin", q))
print("PROBLEMS", probs)
random.seed(20261233)
random.shuffle(rows)
now = datetime.datetime.utcnow().strftime("%Y-%m-%d %H:%M UTC")
out = ["# Training question set (round 13) for the e-reconciliation FAQ chat bot, mixed-language heavy.",
       f"# Written blind on {now} from the topic list only (no code, knowledge base or earlier question sets consulted).",
       "# topic: 1-13 = in-scope coarse topics; out = out of scope; smalltalk = greetings/thanks/goodbyes.",
       "questions:"]
for r in rows:
    t = r["topic"] if isinstance(r["topic"], int) else r["topic"]
    out.append(f'  - {{ q: {json.dumps(r["q"], ensure_ascii=False)}, topic: {t}, asker: {r["asker"]}, lang: {r["lang"]} }}')
open("/work/out-train13/questions.yaml", "w", encoding="utf-8").write("\n".join(out) + "\n")
