# Builds questions.yaml from questions_src.txt, shuffled with random.Random(20261213).
import json, random, datetime
SEED = 20261213
LANG = {'H': 'zh-Hans', 'T': 'zh-Hant', 'E': 'en', 'M': 'mixed'}
ASK = {'c': 'customer', 's': 'staff'}
rows = []
for l in open('questions_src.txt', encoding='utf-8'):
    l = l.rstrip('\n')
    if not l.strip() or l.startswith('#'):
        continue
    topic, asker, lang, q = l.split('|', 3)
    rows.append((q.strip(), topic, ASK[asker], LANG[lang]))
random.Random(SEED).shuffle(rows)
now = datetime.datetime.now(datetime.timezone.utc).strftime('%Y-%m-%d %H:%M UTC')
out = ["# Evaluation question set for the e-reconciliation FAQ chat bot (thirteenth blind set).",
       f"# Written blind on {now} from the topic list only (no code, knowledge base or earlier question sets consulted).",
       "# topic: 1-13 = in-scope coarse topics; out = out of scope; smalltalk = greetings/thanks/goodbyes.",
       f"# Order shuffled with random.Random({SEED}).shuffle over the source list.",
       "questions:"]
for q, t, a, lg in rows:
    tv = t if t in ('out', 'smalltalk') else str(int(t))
    out.append(f"  - {{ q: {json.dumps(q, ensure_ascii=False)}, topic: {tv}, asker: {a}, lang: {lg} }}")
open('questions.yaml', 'w', encoding='utf-8').write('\n'.join(out) + '\n')
print(len(rows))
