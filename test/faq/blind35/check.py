# Checks questions.yaml line by line (no YAML library needed) and prints counts.
import re, sys, collections

PAT = re.compile(r'^  - \{ q: "((?:[^"\\]|\\.)*)", topic: (1[0-3]|[1-9]|out|smalltalk), '
                 r'asker: (customer|staff), lang: (zh-Hans|zh-Hant|en|mixed) \}$')
path = "/work/blind35-out/questions.yaml"
lines = open(path, encoding="utf-8").read().split("\n")
assert lines[-1] == ""
lines = lines[:-1]
i = 0
while lines[i].startswith("#"):
    i += 1
assert lines[i] == "questions:", lines[i]
bad, seen, dups = [], {}, []
topic, lang, asker = collections.Counter(), collections.Counter(), collections.Counter()
ta = collections.Counter()
for n, line in enumerate(lines[i + 1:], start=i + 2):
    m = PAT.match(line)
    if not m:
        bad.append((n, line)); continue
    q = m.group(1).encode().decode("unicode_escape") if "\\" in m.group(1) else m.group(1)
    key = re.sub(r"\s+", "", q.lower())
    if key in seen:
        dups.append((n, seen[key], q))
    seen[key] = n
    topic[m.group(2)] += 1; asker[m.group(3)] += 1; lang[m.group(4)] += 1
    ta[(m.group(2), m.group(3))] += 1
print("lines ok:", len(seen) + len(dups), "bad:", len(bad), "duplicates:", len(dups))
for b in bad: print("BAD", b)
for d in dups: print("DUP", d)
order = [str(k) for k in range(1, 14)] + ["out", "smalltalk"]
print("topic counts:")
for t in order:
    print("  %-9s %3d  (customer %d, staff %d)" % (t, topic[t], ta[(t, "customer")], ta[(t, "staff")]))
print("in scope:", sum(topic[str(k)] for k in range(1, 14)))
print("lang:", dict(lang))
print("asker:", dict(asker))
print("total:", sum(topic.values()))
sys.exit(1 if bad or dups else 0)
