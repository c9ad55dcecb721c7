import re, collections, sys
sys.path.insert(0,'/work/out-train14')
from data import DATA
rows=[]
for t,block in DATA.items():
    for line in block.strip().splitlines():
        a,l,q=line.split('|',2); rows.append((t,a,l,q))
cjk=re.compile(r'[\u4e00-\u9fff]'); asc=re.compile(r'[A-Za-z]')
for t,a,l,q in rows:
    has_c=bool(cjk.search(q)); has_a=bool(asc.search(q))
    exp = 'M' if has_c and has_a else ('E' if has_a else None)
    if (l=='M')!=(exp=='M') or (l=='E')!=(exp=='E') or (l in 'HT' and exp is not None):
        print('LANG?',t,l,q)
print(len(rows))
print(collections.Counter(str(r[0]) for r in rows))
print(collections.Counter(r[2] for r in rows))
print(collections.Counter(r[1] for r in rows))
