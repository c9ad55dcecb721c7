#!/usr/bin/env python3
"""Build questions.yaml and README.md from source.txt (21st blind set).

Usage: python3 build.py            # writes questions.yaml and README.md, prints counts
Shuffle seed: 20261221 (random.Random(SEED).shuffle on source order).
"""
import datetime
import os
import random
import re
import sys
from collections import Counter

SEED = 20261221
HERE = os.path.dirname(os.path.abspath(__file__))
SRC = os.path.join(HERE, "source.txt")
OUT = os.path.join(HERE, "questions.yaml")
README = os.path.join(HERE, "README.md")

LANG = {"H": "zh-Hans", "T": "zh-Hant", "K": "zh-Hant", "E": "en", "M": "mixed"}
ASKER = {"c": "customer", "s": "staff"}
TOPICS = [str(i) for i in range(1, 14)] + ["out", "smalltalk"]
INJECTION_MARK = "# prompt injections"


def parse():
    items, topic, in_inj = [], None, False
    for n, raw in enumerate(open(SRC, encoding="utf-8"), 1):
        line = raw.rstrip("\n")
        if not line.strip():
            continue
        if line.startswith(INJECTION_MARK):
            in_inj = True
            continue
        if line.startswith("#"):
            continue
        if line.startswith("@topic "):
            topic = line.split()[1]
            assert topic in TOPICS, (n, topic)
            in_inj = False
            continue
        m = re.match(r"^([cs]) ([HTKEM]) (.+?)(?:\s+\[[^\]]*\])?$", line)
        if not m or topic is None:
            sys.exit(f"bad source line {n}: {line}")
        a, l, q = m.groups()
        items.append({"q": q.strip(), "topic": topic, "asker": ASKER[a],
                      "lang": LANG[l], "cantonese": l == "K",
                      "injection": in_inj, "line": n})
    return items


def yq(s):
    return '"' + s.replace("\\", "\\\\").replace('"', '\\"') + '"'


def norm(s):
    return re.sub(r"\s+", "", s.lower())


def table(counter, keys, title):
    total = sum(counter.values())
    rows = [f"| {title} | count | share |", "|---|---:|---:|"]
    for k in keys:
        rows.append(f"| {k} | {counter.get(k, 0)} | {100.0 * counter.get(k, 0) / total:.1f}% |")
    rows.append(f"| total | {total} | 100% |")
    return "\n".join(rows)


def main():
    items = parse()
    seen = {}
    for it in items:
        k = norm(it["q"])
        if k in seen:
            sys.exit(f"duplicate: line {it['line']} and line {seen[k]}: {it['q']}")
        seen[k] = it["line"]

    random.Random(SEED).shuffle(items)
    now = datetime.datetime.now(datetime.timezone.utc).strftime("%Y-%m-%d %H:%M UTC")
    lines = [
        "# Evaluation question set for the e-reconciliation FAQ chat bot (21st blind set).",
        f"# Written blind on {now} from the topic list only (no code, knowledge base or earlier question sets consulted).",
        "# topic: 1-13 = in-scope coarse topics; out = out of scope; smalltalk = greetings/thanks/goodbyes.",
        f"# Order shuffled with Python random.Random({SEED}).shuffle over the source order.",
        "questions:",
    ]
    for it in items:
        lines.append(f"  - {{ q: {yq(it['q'])}, topic: {it['topic']}, asker: {it['asker']}, lang: {it['lang']} }}")
    with open(OUT, "w", encoding="utf-8") as f:
        f.write("\n".join(lines) + "\n")

    # ---- check the written file line by line ----
    pat = re.compile(r'^  - \{ q: "((?:[^"\\]|\\.)*)", topic: (1[0-3]|[1-9]|out|smalltalk), '
                     r'asker: (customer|staff), lang: (zh-Hans|zh-Hant|en|mixed) \}$')
    qs, t, l, a = [], Counter(), Counter(), Counter()
    body = open(OUT, encoding="utf-8").read().splitlines()
    assert body[4] == "questions:"
    for i, ln in enumerate(body[5:], 6):
        m = pat.match(ln)
        if not m:
            sys.exit(f"line {i} does not match the flow-mapping pattern: {ln}")
        q = re.sub(r"\\(.)", r"\1", m.group(1))
        qs.append(norm(q))
        t[m.group(2)] += 1
        a[m.group(3)] += 1
        l[m.group(4)] += 1
    assert len(qs) == len(set(qs)), "duplicate q values in output"
    assert len(qs) == len(items)

    canto = sum(1 for it in items if it["cantonese"])
    inj = sum(1 for it in items if it["injection"])
    inscope = sum(t[k] for k in TOPICS[:13])
    ta = table(t, TOPICS, "topic")
    la = table(l, ["zh-Hans", "zh-Hant", "en", "mixed"], "lang")
    aa = table(a, ["customer", "staff"], "asker")
    print(ta, la, aa, sep="\n\n")
    print(f"\nin scope {inscope}, out {t['out']} (injections {inj}), smalltalk {t['smalltalk']}; "
          f"zh-Hant Cantonese {canto} of {l['zh-Hant']}; total {len(items)}")

    readme = README_TEMPLATE.format(now=now, seed=SEED, total=len(items), inscope=inscope,
                                    out=t["out"], inj=inj, small=t["smalltalk"], canto=canto,
                                    hant=l["zh-Hant"], ttable=ta, ltable=la, atable=aa)
    with open(README, "w", encoding="utf-8") as f:
        f.write(readme)


README_TEMPLATE = """# Blind question set 21

This folder holds the twenty-first blind evaluation question set for the e-reconciliation (电子对账)
FAQ chat bot. It was written on {now} by hand from the writer's brief only. No code, knowledge base,
earlier question set, git history or search tool was opened or used; only this folder was read and
written. The answers the bot should give are not part of this set.

## Files

- `source.txt`: the questions as written, grouped by topic, one per line with asker and language
  codes. A bracketed note at the end of many lines names the invented persona who asks it; the build
  drops these notes.
- `build.py`: reads `source.txt`, rejects duplicates (after lowercasing and removing whitespace),
  shuffles with a fixed seed, writes `questions.yaml`, checks every output line against the
  flow-mapping pattern, checks that q values are unique, prints the counts and writes this README.
  Run `python3 build.py`.
- `questions.yaml`: the set, one flow mapping per line.

## How it was written

The questions follow the 13 in-scope topics of the brief, plus out-of-scope questions (other banking
business, personal chat, requests to act on the asker's behalf, and {inj} prompt-injection attempts)
and smalltalk. The writing tries to copy how people type: typos and variant characters (帐/账, 登陆,
未打账项, 余额条节表, 询证含, 回直, 在那里), pinyin abbreviations (dzdz, wy, ud, zg), colloquial words
(咋, 啥, 干嘛, 搞, 弄), missing punctuation, very short queries and a few longer stories that ask
at the end. Needs vary within a topic: what, where, who, how long, what if, can I, edge cases such as
a closed account, a dormant zero-balance account, a half-finished submission on a bad connection,
or a supervisor on leave.

Traditional Chinese questions use Taiwan wording (帳戶, 網路銀行, 憑證, 匯入, 設定, 列印, 核准) except
{canto} of the {hant} which are Hong Kong Cantonese (點算, 唔該, 搵邊個, 核數師, 對數).

## Personas (invented)

Customers (finance staff of companies and organisations):
- 老高, finance section chief at a coal mine near Ordos, Inner Mongolia, in his fifties, blunt, bad
  network at the mine.
- The bookkeeper of a fishing cooperative in Zhoushan, Zhejiang, unsure whether a cooperative counts.
- A young cashier at a film and TV production company in Hengdian who uses slang and pinyin; and a
  line producer in Beijing with one account per film project.
- An elderly (70+) volunteer bookkeeper for a Buddhist temple's management committee, unsure and
  worried about fraud texts.
- The treasurer of an Islamic association in Ningxia.
- The finance lead of a property management company in Chengdu, annoyed, with a maintenance fund
  account.
- A terse e-commerce and live-streaming seller in Yiwu.
- The owner of a tutoring school in Harbin with a newly opened account.
- A farm cooperative bookkeeper in Heilongjiang; a tea factory accountant in Pu'er, Yunnan; a
  building subcontractor in Hainan; a cotton buyer's accountant in Kashgar, Xinjiang.
- The treasury centre of a mining group in Shandong with a dozen subsidiaries.
- Taiwan: an accountant at a trading company in Taipei, a cashier at a machine-tool maker in
  Taichung, a temple committee member in Tainan, a design studio moving to Mac.
- Hong Kong (Cantonese): the accountant of a cha chaan teng chain and a clerk at a logistics company.
- English speakers: a German CFO of an auto-parts joint venture in Changchun and his assistant, the
  finance controller of an iron-ore importer whose team sits in Perth, an accountant at a Vietnam
  subsidiary (non-native English), a Shenzhen start-up finance person who mixes Chinese and English.

Bank staff:
- A new graduate clerk and a new counter clerk at a county sub-branch in Guizhou; the sub-branch
  manager there.
- Back-office operations staff at the Shanghai branch (reviewers, a temp worker placed by a labour
  agency, a new hire).
- A compliance officer at the Shenzhen branch; head-office internal audit.
- A supervisor and a clerk at the Urumqi branch; back-office staff at a Hong Kong branch writing
  Cantonese with English words; night-shift operations; a relationship manager in Shanghai.

Askers were assigned per question; some staff ask customer-facing questions in order to explain
them to customers, and a few customers ask about importing their own ledgers.

## Counts

Total {total}: {inscope} in scope, {out} out of scope ({inj} of them prompt injections),
{small} smalltalk.

{ttable}

{ltable}

{atable}

## Seed

The final order is `random.Random({seed}).shuffle` applied to the source order (Python 3).

## Things I am unsure of

- Some questions sit between two topics (for example receipts vs. reports, or confirming
  "不符" vs. outstanding items); the topic given is the one I judged primary.
- Requests that the bot act on the asker's behalf inside the product's own domain ("直接点确认相符",
  "approve all differences") are labelled out of scope, following the brief.
- The product's actual formats, hours, fees and roles are unknown to me; some questions may ask about
  features that do not exist, which is deliberate for a blind set.
"""

if __name__ == "__main__":
    main()
