import re, collections, yaml
pat = re.compile(r'^  - \{ q: "((?:[^"\\]|\\.)*)", topic: (\d+|out|smalltalk), asker: (customer|staff), lang: (zh-Hans|zh-Hant|en|mixed) \}$')
lines = open("/work/train11c-out/questions.yaml", encoding="utf-8").read().splitlines()
items = [l for l in lines if l.startswith("  - ")]
bad = [l for l in items if not pat.match(l)]
assert not bad, bad[:3]
data = yaml.safe_load(open("/work/train11c-out/questions.yaml", encoding="utf-8"))["questions"]
assert len(data) == len(items)
keys = ["".join(str(d["q"]).lower().split()) for d in data]
assert len(set(keys)) == len(keys), "duplicates"
print("total", len(data))
for f in ("topic", "lang", "asker"):
    c = collections.Counter(str(d[f]) for d in data)
    print(f, sorted(c.items(), key=lambda x: (len(x[0]), x[0])))
short = sum(1 for d in data if len(d["q"].split()) <= 6 and len(d["q"]) <= 12 or (d["lang"]=="en" and len(d["q"].split())<=6))
print("short-ish", short)
