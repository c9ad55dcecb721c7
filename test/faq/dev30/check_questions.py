# Tiny check: every question line matches the flow-mapping pattern, q values unique, counts.
import re, json, collections, sys
pat = re.compile(r'^  - \{ q: ("(?:[^"\\]|\\.)*"), topic: (1[0-3]|[1-9]|out|smalltalk), asker: (customer|staff), lang: (zh-Hans|zh-Hant|en|mixed) \}$')
rows, bad = [], []
for i, ln in enumerate(open("/work/blind30-out/questions.yaml", encoding="utf-8"), 1):
    ln = ln.rstrip("\n")
    if ln.startswith("#") or ln == "questions:":
        continue
    m = pat.match(ln)
    if not m:
        bad.append((i, ln)); continue
    rows.append((json.loads(m.group(1)), m.group(2), m.group(3), m.group(4)))
keys = [q.lower().replace(" ", "") for q, *_ in rows]
dups = [k for k, n in collections.Counter(keys).items() if n > 1]
cjk = re.compile(r'[\u3400-\u9fff]')
lang_warn = [r for r in rows if (r[3] == "en" and cjk.search(r[0])) or (r[3] == "mixed" and not (cjk.search(r[0]) and re.search(r'[A-Za-z]{2,}', r[0])))]
print("lines ok:", len(rows), "bad:", bad, "duplicates:", dups, "lang warnings:", lang_warn)
try:
    import yaml
    d = yaml.safe_load(open("/work/blind30-out/questions.yaml", encoding="utf-8"))
    print("yaml.safe_load:", len(d["questions"]), "items")
except ImportError:
    pass
for name, idx in (("topic", 1), ("lang", 3), ("asker", 2)):
    c = collections.Counter(r[idx] for r in rows)
    order = sorted(c, key=lambda k: (not k.isdigit(), int(k) if k.isdigit() else 0, k))
    print(name, {k: c[k] for k in order})
sys.exit(1 if bad or dups else 0)
