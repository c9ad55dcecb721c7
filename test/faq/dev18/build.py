"""Build questions.yaml from src.txt (topic|asker|lang|question), minus lines in trim.txt; shuffle with seed 20261218."""
import random, datetime
D = '/work/out-blind18/'
A = {'c': 'customer', 's': 'staff'}
LG = {'s': 'zh-Hans', 't': 'zh-Hant', 'e': 'en', 'm': 'mixed'}
trim = {l.strip() for l in open(D + 'trim.txt', encoding='utf-8') if l.strip()}
rows = []
for l in open(D + 'src.txt', encoding='utf-8'):
    l = l.rstrip('\n')
    if not l.strip():
        continue
    t, a, lg, q = l.split('|', 3)
    if q in trim:
        trim.discard(q); continue
    rows.append((q, t, A[a], LG[lg]))
assert not trim, trim
random.Random(20261218).shuffle(rows)
def esc(s): return s.replace('\\', '\\\\').replace('"', '\\"')
when = open(D + 'written_at.txt').read().strip()
out = ['# Evaluation question set for the e-reconciliation FAQ chat bot (18th blind set).',
       f'# Written blind on {when} from the topic list only (no code, knowledge base or earlier question sets consulted).',
       '# topic: 1-13 = in-scope coarse topics; out = out of scope; smalltalk = greetings/thanks/goodbyes.',
       '# Order shuffled with random.Random(20261218).shuffle.',
       'questions:']
for q, t, a, lg in rows:
    out.append(f'  - {{ q: "{esc(q)}", topic: {t}, asker: {a}, lang: {lg} }}')
open(D + 'questions.yaml', 'w', encoding='utf-8').write('\n'.join(out) + '\n')
print(len(rows))
