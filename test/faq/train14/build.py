# Builds questions.yaml from data.py, shuffled with fixed seed 20261234.
import json, random, sys
sys.path.insert(0,'/work/out-train14')
from data import DATA
L={'H':'zh-Hans','T':'zh-Hant','E':'en','M':'mixed'}; A={'c':'customer','s':'staff'}
rows=[]
for t,block in DATA.items():
    for line in block.strip().splitlines():
        a,l,q=line.split('|',2); rows.append((q,t,A[a],L[l]))
random.Random(20261234).shuffle(rows)
out=["# Training question set for the e-reconciliation FAQ chat bot (round 14, mixed-language heavy).",
"# Written blind on 2026-12-03 22:34 UTC from the topic list only (no code, knowledge base or earlier question sets consulted).",
"# topic: 1-13 = in-scope coarse topics; out = out of scope; smalltalk = greetings/thanks/goodbyes.",
"# Order shuffled with Python random.Random(20261234).shuffle.",
"questions:"]
for q,t,a,l in rows:
    out.append('  - { q: %s, topic: %s, asker: %s, lang: %s }'%(json.dumps(q,ensure_ascii=False),t,a,l))
open('/work/out-train14/questions.yaml','w',encoding='utf-8').write('\n'.join(out)+'\n')
