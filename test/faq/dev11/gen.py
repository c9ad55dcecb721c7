import json, random, collections, re, datetime
L={'S':'zh-Hans','T':'zh-Hant','E':'en','M':'mixed'}; A={'c':'customer','s':'staff'}
rows=[]; topic=None
for line in open('/work/blind11-out/src.txt',encoding='utf-8'):
    line=line.rstrip('\n')
    if not line.strip(): continue
    if line.startswith('## '): topic=line[3:].strip(); continue
    head,q=line.split('|',1); l,a=head.split()
    rows.append((q.strip(),topic,A[a],L[l]))
seen=set()
for q,*_ in rows:
    k=re.sub(r'\s+','',q.lower()); assert k not in seen,q; seen.add(k)
random.Random(20261211).shuffle(rows)
now=datetime.datetime.utcnow().strftime('%Y-%m-%d %H:%M UTC')
out=['# Evaluation question set for the e-reconciliation FAQ chat bot (eleventh blind set).',
 f'# Written blind on {now} from the topic list only (no code, knowledge base or earlier question sets consulted).',
 '# topic: 1-13 = in-scope coarse topics; out = out of scope; smalltalk = greetings/thanks/goodbyes.',
 '# Order shuffled with random.Random(20261211).shuffle.',
 'questions:']
for q,t,a,l in rows:
    tv=t if t in('out','smalltalk') else int(t)
    out.append(f'  - {{ q: {json.dumps(q,ensure_ascii=False)}, topic: {tv}, asker: {a}, lang: {l} }}')
open('/work/blind11-out/questions.yaml','w',encoding='utf-8').write('\n'.join(out)+'\n')
