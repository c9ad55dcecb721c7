#!/usr/bin/env python3
"""Check questions.yaml: line pattern, unique q, counts; parse with PyYAML if available."""
import re, json, sys
from collections import Counter
P = re.compile(r'^  - \{ q: ("(?:[^"\\]|\\.)*"), topic: (\d{1,2}|out|smalltalk), asker: (customer|staff), lang: (zh-Hans|zh-Hant|en|mixed) \}$')
rows, seen, bad = [], set(), 0
lines = open('/work/blind33-out/questions.yaml', encoding='utf-8').read().splitlines()
assert lines[4] == 'questions:', lines[4]
for i, ln in enumerate(lines[5:], 6):
    m = P.match(ln)
    if not m:
        print('bad line', i, ln); bad += 1; continue
    q = json.loads(m.group(1))
    k = ''.join(q.lower().split())
    if k in seen:
        print('duplicate', i, q); bad += 1
    seen.add(k)
    t = m.group(2)
    if t.isdigit(): assert 1 <= int(t) <= 13, ln
    rows.append((q, t, m.group(3), m.group(4)))
try:
    import yaml
    d = yaml.safe_load(open('/work/blind33-out/questions.yaml', encoding='utf-8'))
    assert len(d['questions']) == len(rows)
    assert [x['q'] for x in d['questions']] == [r[0] for r in rows]
    print('PyYAML parse ok')
except ImportError:
    print('PyYAML not installed; regex check only')
print('total', len(rows), 'bad', bad)
tc = Counter(r[1] for r in rows)
for k in [str(i) for i in range(1, 14)] + ['out', 'smalltalk']:
    print('topic', k, tc[k])
print('lang', dict(Counter(r[3] for r in rows)))
print('asker', dict(Counter(r[2] for r in rows)))
sys.exit(1 if bad else 0)
