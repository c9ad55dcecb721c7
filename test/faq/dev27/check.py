import re, collections
pat=re.compile(r'^  - \{ q: "((?:[^"\\]|\\.)*)", topic: (1[0-3]|[1-9]|out|smalltalk), asker: (customer|staff), lang: (zh-Hans|zh-Hant|en|mixed) \}$')
lines=open('questions.yaml',encoding='utf-8').read().split('\n')
assert lines[4]=='questions:'
items=[]; bad=0
for ln in lines[5:]:
    if not ln: continue
    m=pat.match(ln)
    if not m: bad+=1; print('BAD',ln); continue
    items.append(m.groups())
keys=[re.sub(r'\s+','',q.lower()) for q,*_ in items]
dups=[k for k,v in collections.Counter(keys).items() if v>1]
print('items',len(items),'bad',bad,'dups',dups)
for i,name in [(1,'topic'),(3,'lang'),(2,'asker')]:
    cnt=collections.Counter(x[i] for x in items)
    print(name, sorted(cnt.items(), key=lambda kv:(len(kv[0]),kv[0])))
inj=[q for q,t,a,l in items if t=='out' and re.search(r'忽略|ignore|DAN|开发者模式|不受任何限制|override',q,re.I)]
print('injections',len(inj))
