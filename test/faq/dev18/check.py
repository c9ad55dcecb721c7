"""Check questions.yaml: parses, every item line matches the flow-mapping pattern, q unique (lowercased, spaces removed); print counts."""
import re, yaml, collections
D = '/work/out-blind18/'
text = open(D + 'questions.yaml', encoding='utf-8').read()
data = yaml.safe_load(text)['questions']
pat = re.compile(r'^  - \{ q: "(?:[^"\\]|\\.)*", topic: (?:[1-9]|1[0-3]|out|smalltalk), asker: (?:customer|staff), lang: (?:zh-Hans|zh-Hant|en|mixed) \}$')
lines = [l for l in text.splitlines() if l.startswith('  - ')]
bad = [l for l in lines if not pat.match(l)]
assert not bad, bad[:5]
assert len(lines) == len(data)
keys = [re.sub(r'\s+', '', str(d['q']).lower()) for d in data]
dup = [k for k, n in collections.Counter(keys).items() if n > 1]
assert not dup, dup
print('total', len(data))
for f in ('topic', 'lang', 'asker'):
    c = collections.Counter(str(d[f]) for d in data)
    order = sorted(c, key=lambda k: (not k.isdigit(), int(k) if k.isdigit() else 0, k))
    print(f, {k: c[k] for k in order})
