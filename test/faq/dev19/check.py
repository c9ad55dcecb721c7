#!/usr/bin/env python3
"""Check questions.yaml: every item line matches the flow-mapping pattern, q values unique; print counts."""
import re, json, sys
from collections import Counter
pat = re.compile(r'^  - \{ q: ("(?:[^"\\]|\\.)*"), topic: (1[0-3]|[1-9]|out|smalltalk), '
                 r'asker: (customer|staff), lang: (zh-Hans|zh-Hant|en|mixed) \}$')
items, bad = [], 0
lines = open('questions.yaml', encoding='utf-8').read().split('\n')
assert lines[0].startswith('# Evaluation question set')
assert 'questions:' in lines
for i, l in enumerate(lines[lines.index('questions:') + 1:], 1):
    if not l:
        continue
    m = pat.match(l)
    if not m:
        print('BAD line', i, l); bad += 1; continue
    items.append((json.loads(m.group(1)), m.group(2), m.group(3), m.group(4)))
norm = Counter(q.lower().replace(' ', '').replace('\u3000', '') for q, *_ in items)
dups = [k for k, v in norm.items() if v > 1]
print('items', len(items), 'bad', bad, 'dups', dups)
try:
    import yaml
    d = yaml.safe_load(open('questions.yaml', encoding='utf-8'))
    assert len(d['questions']) == len(items); print('yaml.safe_load ok')
except ImportError:
    print('PyYAML not installed; regex check only')
def table(name, c):
    print(f'\n| {name} | count | share |\n|---|---|---|')
    for k, v in c:
        print(f'| {k} | {v} | {100*v/len(items):.1f}% |')
key = lambda t: (0, int(t[0])) if t[0].isdigit() else (1, t[0])
table('topic', sorted(Counter(t for _, t, _, _ in items).items(), key=key))
table('lang', Counter(g for *_, g in items).most_common())
table('asker', Counter(a for _, _, a, _ in items).most_common())
print('\nin scope', sum(1 for _, t, _, _ in items if t.isdigit()))
sys.exit(1 if bad or dups else 0)
