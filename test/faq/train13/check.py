import yaml, re, collections
p = "/work/out-train13/questions.yaml"
lines = open(p, encoding="utf-8").read().splitlines()
pat = re.compile(r'^  - \{ q: "(?:[^"\\]|\\.)*", topic: (?:[1-9]|1[0-3]|out|smalltalk), asker: (?:customer|staff), lang: (?:zh-Hans|zh-Hant|en|mixed) \}$')
bad = [l for l in lines[4:] if not pat.match(l)]
print("bad lines:", len(bad), bad[:3])
d = yaml.safe_load(open(p, encoding="utf-8"))
qs = d["questions"]; print("total", len(qs))
keys = [re.sub(r"\s+", "", x["q"].lower()) for x in qs]
dup = [k for k, c in collections.Counter(keys).items() if c > 1]; print("dups", dup)
for f in ("topic", "lang", "asker"):
    c = collections.Counter(str(x[f]) for x in qs)
    print(f, sorted(c.items(), key=lambda kv: (len(kv[0]), kv[0])))
inscope = sum(1 for x in qs if isinstance(x["topic"], int)); print("in scope", inscope)
