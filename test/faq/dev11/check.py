import re, collections, json
pat=re.compile(r'^  - \{ q: ("(?:[^"\\]|\\.)*"), topic: (\d+|out|smalltalk), asker: (customer|staff), lang: (zh-Hans|zh-Hant|en|mixed) \}$')
rows=[]
for i,line in enumerate(open('/work/blind11-out/questions.yaml',encoding='utf-8')):
    line=line.rstrip('\n')
    if line.startswith('#') or line=='questions:': continue
    m=pat.match(line); assert m,(i,line)
    rows.append((json.loads(m.group(1)),m.group(2),m.group(3),m.group(4)))
keys=[re.sub(r'\s+','',r[0].lower()) for r in rows]; assert len(keys)==len(set(keys))
try:
    import yaml; d=yaml.safe_load(open('/work/blind11-out/questions.yaml',encoding='utf-8'))
    assert len(d['questions'])==len(rows) and all(x['q']==r[0] for x,r in zip(d['questions'],rows)); print('yaml ok')
except ImportError: print('no yaml module')
print('total',len(rows))
for idx,name in ((1,'topic'),(3,'lang'),(2,'asker')):
    c=collections.Counter(r[idx] for r in rows)
    ks=sorted(c,key=lambda k:(not k.isdigit(), int(k) if k.isdigit() else 0, k))
    print(name, [(k,c[k],round(100*c[k]/len(rows),1)) for k in ks])
inscope=sum(1 for r in rows if r[1].isdigit()); print('in scope',inscope)
