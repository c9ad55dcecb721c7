# Checks questions.yaml: parses, each item line matches the flow-mapping pattern, q unique, counts.
import re, yaml, collections
path='/work/out-train14/questions.yaml'
pat=re.compile(r'^  - \{ q: "(?:[^"\\]|\\.)*", topic: (?:[1-9]|1[0-3]|out|smalltalk), asker: (?:customer|staff), lang: (?:zh-Hans|zh-Hant|en|mixed) \}$')
bad=[l for l in open(path,encoding='utf-8').read().splitlines() if l.startswith('  - ') and not pat.match(l)]
assert not bad, bad
qs=yaml.safe_load(open(path,encoding='utf-8'))['questions']
norm=[re.sub(r'\s+','',x['q'].lower()) for x in qs]
dups=[k for k,v in collections.Counter(norm).items() if v>1]
assert not dups, dups
cjk=re.compile(r'[\u4e00-\u9fff]'); asc=re.compile(r'[A-Za-z]')
for x in qs:
    c,a=bool(cjk.search(x['q'])),bool(asc.search(x['q']))
    exp='mixed' if c and a else ('en' if a else 'zh')
    assert (x['lang']==exp) or (exp=='zh' and x['lang'] in ('zh-Hans','zh-Hant')), x
print('items', len(qs), 'all lines match, q unique')
for k in ('topic','lang','asker'):
    c=collections.Counter(str(x[k]) for x in qs)
    print(k, sorted(c.items(), key=lambda kv:(len(kv[0]),kv[0])))
