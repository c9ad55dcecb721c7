import yaml, re
from collections import Counter
path = "/work/out-train12b/questions.yaml"
data = yaml.safe_load(open(path, encoding="utf-8"))
qs = data["questions"]
pat = re.compile(r'^  - \{ q: "(?:[^"\\]|\\.)*", topic: (?:[1-9]|1[0-3]|out|smalltalk), asker: (?:customer|staff), lang: (?:zh-Hans|zh-Hant|en|mixed) \}$')
body = [l for l in open(path, encoding="utf-8").read().splitlines() if l.startswith("  - ")]
bad = [l for l in body if not pat.match(l)]
assert not bad, bad[:5]
assert len(body) == len(qs)
norm = [re.sub(r"\s+", "", x["q"].lower()) for x in qs]
assert len(set(norm)) == len(norm), "duplicates"
n = len(qs)
def show(name, c, order=None):
    print(f"{name}:")
    keys = order or sorted(c, key=str)
    for k in keys:
        print(f"  {k}: {c[k]} ({100*c[k]/n:.1f}%)")
tc = Counter(x["topic"] for x in qs)
show("topic", tc, [*range(1, 14), "out", "smalltalk"])
show("lang", Counter(x["lang"] for x in qs))
show("asker", Counter(x["asker"] for x in qs))
print("total", n, "in-scope", sum(tc[i] for i in range(1, 14)))
