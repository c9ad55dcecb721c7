#!/usr/bin/env python3
"""Build questions.yaml from source.txt (topic|asker|lang|question), shuffled with a fixed seed."""
import json, random, datetime
SEED = 20261219
LANG = {'H': 'zh-Hans', 'T': 'zh-Hant', 'E': 'en', 'M': 'mixed'}
ASK = {'c': 'customer', 's': 'staff'}
rows = []
for line in open('source.txt', encoding='utf-8'):
    line = line.rstrip('\n')
    if not line.strip() or line.startswith('#'):
        continue
    topic, asker, lang, q = line.split('|', 3)
    rows.append((q.strip(), topic, ASK[asker], LANG[lang]))
random.Random(SEED).shuffle(rows)
stamp = datetime.datetime.now(datetime.timezone.utc).strftime('%Y-%m-%d %H:%M UTC')
out = ["# Evaluation question set for the e-reconciliation FAQ chat bot (19th blind set).",
       f"# Written blind on {stamp} from the topic list only (no code, knowledge base or earlier question sets consulted).",
       "# topic: 1-13 = in-scope coarse topics; out = out of scope; smalltalk = greetings/thanks/goodbyes.",
       f"# Order shuffled with random.Random({SEED}).shuffle.",
       "questions:"]
for q, topic, asker, lang in rows:
    out.append(f"  - {{ q: {json.dumps(q, ensure_ascii=False)}, topic: {topic}, asker: {asker}, lang: {lang} }}")
open('questions.yaml', 'w', encoding='utf-8').write('\n'.join(out) + '\n')
print(len(rows), 'questions written')
