import collections
rows=[l.rstrip('\n').split('|',3) for l in open('/work/out-blind13/questions_src.txt',encoding='utf-8') if l.strip() and not l.startswith('#')]
print(len(rows))
for i in range(3):
    print(sorted(collections.Counter(r[i] for r in rows).items()))
keys=collections.Counter(r[3].lower().replace(' ','') for r in rows)
print([k for k,v in keys.items() if v>1])
