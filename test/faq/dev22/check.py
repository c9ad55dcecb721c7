#!/usr/bin/env python3
"""Check questions.yaml: every item line matches the flow-mapping pattern, q values unique; print counts."""
import re, json, sys
from collections import Counter
pat = re.compile(r'^  - \{ q: ("(?:[^"\\]|\\.)*"), topic: (1[0-3]|[1-9]|out|smalltalk), asker: (customer|staff), lang: (zh-Hans|zh-Hant|en|mixed) \}$')
items = []; bad = []
lines = open('questions.yaml', encoding='utf-8').read().split('\n')
seen_q = False
for i, l in enumerate(lines, 1):
    if l == 'questions:': seen_q = True; continue
    if not seen_q or not l: continue
    m = pat.match(l)
    if not m: bad.append((i, l)); continue
    items.append((json.loads(m.group(1)), m.group(2), m.group(3), m.group(4)))
keys = Counter(q.lower().replace(' ', '') for q, *_ in items)
dups = [k for k, c in keys.items() if c > 1]
print('items', len(items), 'bad lines', bad, 'duplicates', dups)
try:
    import yaml
    d = yaml.safe_load(open('questions.yaml', encoding='utf-8'))
    assert len(d['questions']) == len(items)
    assert all(str(x['topic']) == t and x['q'] == q for x, (q, t, a, g) in zip(d['questions'], items))
    print('PyYAML parse OK')
except ImportError:
    print('PyYAML not installed; regex check only')
order = [str(i) for i in range(1, 14)] + ['out', 'smalltalk']
tc = Counter(t for _, t, _, _ in items)
print('topic:', ', '.join(f'{k}={tc[k]}' for k in order))
print('lang:', dict(Counter(g for *_, g in items)))
print('asker:', dict(Counter(a for _, _, a, _ in items)))
sys.exit(1 if bad or dups else 0)
