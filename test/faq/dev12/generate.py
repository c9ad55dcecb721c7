#!/usr/bin/env python3
"""Build questions.yaml from questions_src.txt (topic|asker|lang|question), shuffled with seed 20261212."""
import json, random, datetime, collections
SEED = 20261212
ASK = {"c": "customer", "s": "staff"}
LANG = {"h": "zh-Hans", "t": "zh-Hant", "e": "en", "m": "mixed"}
rows = []
for line in open("questions_src.txt", encoding="utf-8"):
    line = line.rstrip("\n")
    if not line.strip() or line.startswith("#"):
        continue
    t, a, l, q = line.split("|", 3)
    rows.append({"q": q.strip(), "topic": t if t in ("out", "smalltalk") else int(t),
                 "asker": ASK[a], "lang": LANG[l]})
random.Random(SEED).shuffle(rows)
stamp = datetime.datetime.now(datetime.timezone.utc).strftime("%Y-%m-%d %H:%M UTC")
out = ["# Evaluation question set for the e-reconciliation FAQ chat bot (twelfth blind set).",
       f"# Written blind on {stamp} from the topic list only (no code, knowledge base or earlier question sets consulted).",
       "# topic: 1-13 = in-scope coarse topics; out = out of scope; smalltalk = greetings/thanks/goodbyes.",
       f"# Order shuffled with random.Random({SEED}).shuffle (generate.py).",
       "questions:"]
for r in rows:
    out.append(f'  - {{ q: {json.dumps(r["q"], ensure_ascii=False)}, topic: {r["topic"]}, asker: {r["asker"]}, lang: {r["lang"]} }}')
open("questions.yaml", "w", encoding="utf-8").write("\n".join(out) + "\n")
print(len(rows), "questions written")
