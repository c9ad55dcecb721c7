# Checks questions.yaml line by line (no YAML library needed) and prints counts.
import re
import sys
from collections import Counter

PAT = re.compile(
    r'^  - \{ q: "((?:[^"\\]|\\.)*)", topic: (1[0-3]|[1-9]|out|smalltalk), '
    r'asker: (customer|staff), lang: (zh-Hans|zh-Hant|en|mixed) \}$'
)

bad = 0
seen = set()
dups = []
topic, lang, asker = Counter(), Counter(), Counter()
cross = Counter()
n = 0
with open("questions.yaml", encoding="utf-8") as f:
    for i, line in enumerate(f, 1):
        line = line.rstrip("\n")
        if i <= 5:
            if not (line.startswith("#") or line == "questions:"):
                print("bad header line", i, line)
                bad += 1
            continue
        m = PAT.match(line)
        if not m:
            print("bad line", i, line)
            bad += 1
            continue
        q, t, a, l = m.groups()
        k = "".join(q.lower().split())
        if k in seen:
            dups.append(q)
        seen.add(k)
        n += 1
        topic[t] += 1
        lang[l] += 1
        asker[a] += 1
        cross[(t, a)] += 1

order = [str(i) for i in range(1, 14)] + ["out", "smalltalk"]
print("questions:", n, "bad lines:", bad, "duplicates:", len(dups))
print("\ntopic  count  customer  staff")
for t in order:
    print("%-9s %3d   %3d   %3d" % (t, topic[t], cross[(t, "customer")], cross[(t, "staff")]))
print("\nlang")
for l in ("zh-Hans", "zh-Hant", "en", "mixed"):
    print("%-8s %3d  %.1f%%" % (l, lang[l], 100.0 * lang[l] / n))
print("\nasker")
for a in ("customer", "staff"):
    print("%-8s %3d  %.1f%%" % (a, asker[a], 100.0 * asker[a] / n))
sys.exit(1 if bad or dups else 0)
