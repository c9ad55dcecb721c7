#!/usr/bin/env python3
"""Build questions.yaml from data.txt (topic|asker|lang|question), shuffled with a fixed seed."""
import json, random, datetime
SEED = 20261222
LANG = {'h': 'zh-Hans', 't': 'zh-Hant', 'k': 'zh-Hant', 'e': 'en', 'm': 'mixed'}
ASK = {'C': 'customer', 'S': 'staff'}
rows = []
for line in open('data.txt', encoding='utf-8'):
    line = line.rstrip('\n')
    if not line.strip() or line.startswith('#'):
        continue
    t, a, g, q = line.split('|', 3)
    rows.append((q, t, ASK[a], LANG[g]))
random.Random(SEED).shuffle(rows)
now = datetime.datetime.now(datetime.timezone.utc).strftime('%Y-%m-%d %H:%M UTC')
with open('questions.yaml', 'w', encoding='utf-8') as f:
    f.write('# Evaluation question set for the e-reconciliation FAQ chat bot (22nd blind set).\n')
    f.write(f'# Written blind on {now} from the topic list only (no code, knowledge base or earlier question sets consulted).\n')
    f.write('# topic: 1-13 = in-scope coarse topics; out = out of scope; smalltalk = greetings/thanks/goodbyes.\n')
    f.write(f'# Order shuffled with random.Random({SEED}).shuffle.\n')
    f.write('questions:\n')
    for q, t, a, g in rows:
        f.write(f'  - {{ q: {json.dumps(q, ensure_ascii=False)}, topic: {t}, asker: {a}, lang: {g} }}\n')
