# Parses questions.yaml, checks line pattern and uniqueness, prints counts.
import yaml, re, collections
text = open('/work/out-blind13/questions.yaml', encoding='utf-8').read()
data = yaml.safe_load(text)['questions']
pat = re.compile(r'^  - \{ q: "(?:[^"\\]|\\.)*", topic: (?:[1-9]|1[0-3]|out|smalltalk), asker: (?:customer|staff), lang: (?:zh-Hans|zh-Hant|en|mixed) \}$')
qlines = [l for l in text.split('\n') if l.startswith('  - ')]
bad = [l for l in qlines if not pat.match(l)]
assert not bad, bad[:5]
assert len(qlines) == len(data)
keys = collections.Counter(d['q'].lower().replace(' ', '') for d in data)
dups = [k for k, v in keys.items() if v > 1]
assert not dups, dups
print('total', len(data))
for f in ('topic', 'lang', 'asker'):
    c = collections.Counter(str(d[f]) for d in data)
    order = sorted(c, key=lambda k: (not k.isdigit(), int(k) if k.isdigit() else 0, k))
    print(f, [(k, c[k]) for k in order])
print('topic x asker', sorted(collections.Counter((str(d['topic']), d['asker']) for d in data).items(), key=lambda x: (len(x[0][0]), x[0])))
