import re
p = "/work/out-train13/questions_src.py"
s = open(p, encoding="utf-8").read()
remove = ["do i get a receipt after confirming", "上个月忘记对账了还能补吗", "page keeps loading on chrome, which browser is supported for e-recon",
          "网银里哪里找电子对账", "can we switch from monthly to quarterly recon", "不符之后银行会不会派人上门核对",
          "is this recon thing mainly for fraud prevention?", "补打对账单要钱吗", "回执要盖公章还是财务章", "月結單幾號出㗎"]
lines = s.split("\n"); out = []
rm = 0
for l in lines:
    if any(l.startswith('("' + r + '"') for r in remove): rm += 1; continue
    out.append(l)
s = "\n".join(out); print("removed", rm)
flips = ["差了0.01元怎么回事", "export statement to excel", "调节后余额还是不相等 说明什么", "定期存款账户也要对账吗",
         "系统 maintenance 一般是几点", "what happens in e-recon, step by step overview pls", "history statement 最多能查多久以前的",
         "今天天气怎么样", "股票推荐一下", "网点几点关门，我想去盖章回执"]
for f in flips[:-1]:
    n0 = s.count('("' + f + '", ')
    s2 = re.sub(r'(\("' + re.escape(f) + r'", [^,]+, )"c"', r'\1"s"', s)
    assert s2 != s, f; s = s2
rep = {"网点几点关门，我想去盖章回执": "branch 几点关门，我想去盖章回执", "怎么跑一次对账": "怎么手动 run 一次对账",
       "附件要上传什么凭证": "附件要 upload 什么凭证", "新同事开账号找谁": "新同事开 account 找谁",
       "导入台账提示日期格式不对": "导入 ledger 提示日期格式不对", "对账问题投诉渠道": "对账问题 complaint 渠道"}
for a, b in rep.items():
    assert ('("' + a + '"') in s, a
    s = s.replace('("' + a + '"', '("' + b + '"')
    if a != "网点几点关门，我想去盖章回执":
        s = re.sub(r'(\("' + re.escape(b) + r'", [^,]+, "[cs]", )"S"', r'\1"M"', s)
open(p, "w", encoding="utf-8").write(s)
