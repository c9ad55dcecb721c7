# One-off edit: swap 29 customer/English lines for staff/mixed lines to hit the lang and asker targets.
remove = """who benefits from e-recon, the bank or us?
what happens if we just ignore the reconciliation requests
can we choose monthly instead of quarterly
if the deadline falls on a weekend is it extended
how many days do i have after the statement is issued to respond
first time using it - what are the steps
is enrollment free
can multiple users in our company access reconciliation
do you freeze the account if we don't reconcile
how do i confirm the statement is correct
who in our company should confirm, the cashier or the controller?
why is your balance different from ours
how do i find which transactions cause the difference
can a difference be caused by the bank's error? what then
template for adjustment statement download
adjusted balance formula?
do I have to submit the adjustment statement online or keep it ourselves
how do i change my password for reconciliation
is there an audit log of who confirmed the statements
Is the reconciliation data encrypted?
export reconciliation history to excel
can I get statements in English
what's in the monthly reconciliation report
is the system available on weekends
customer service hotline number
who is our relationship manager for reconciliation
how to get a corporate credit card
what's the stock price of your bank
do you have a mobile app for personal banking""".split("\n")
add = """1|s|m|客户问电子对账和网银下载statement有啥区别, how to answer
1|s|m|e-recon覆盖率KPI, why branch要push客户开通?
2|s|m|客户想改对账频率 from quarterly to monthly, 系统里哪里change
2|s|m|国庆长假 对账deadline顺延吗 customer keeps asking
2|s|m|新开户customer 第一个对账cycle从哪天start
3|s|m|客户开通e-recon后多久生效, same day?
3|s|m|客户法人变更之后 电子对账 need 重新签约吗
3|s|m|customer有多个操作员, 对账权限 how to set up for them
4|s|m|客户连续两期未回签, 要转纸质对账吗
4|s|m|customer网银已confirm但回执没生成, 后台怎么查
4|s|m|回执status显示"已签收" vs "已确认" 区别是啥
5|s|m|客户说我们多扣了手续费导致不符, how to verify
5|s|m|不符的账户 within how many days 要跟客户联系核实
5|s|m|如果不符是银行自己记账错误, what's the process
6|s|m|客户交来的调节表没盖财务章, can we accept
6|s|m|调节表上未达账项 older than 3 months 要特别关注吗
6|s|m|调节表系统里怎么录入, customer给的是paper
11|s|m|客户U盾挂失后, 新U盾 how soon can they reconcile
11|s|m|客户要求提供对账操作记录 (who confirmed), 我们能export吗
11|s|m|收到客户转发的phishing短信, how to report 给总行
12|s|m|客户要补打2023年的对账单, 柜面 can print?
12|s|m|询证函 需要哪个部门盖章, 会计 or 营运
12|s|m|审计来branch要对账回执清单, which report to export
13|s|m|客户问电子对账收费吗, any official 收费标准?
13|s|m|system维护窗口什么时候, need to notify customers in advance?
13|s|m|English客户要support, 有English-speaking同事联系方式吗
out|s|m|帮我查一下客户的贷款余额
out|s|m|这个月绩效奖金 when paid
out|s|m|帮客户做一笔大额转账 需要什么授权""".split("\n")
lines = open("source.txt", encoding="utf-8").read().split("\n")
out = []
removed = set()
for l in lines:
    parts = l.split("|", 3)
    if len(parts) == 4 and parts[3] in remove:
        assert parts[1] == "c" and parts[2] == "e", l
        removed.add(parts[3]); continue
    out.append(l)
assert removed == set(remove), set(remove) - removed
while out and out[-1] == "": out.pop()
out += add
open("source.txt", "w", encoding="utf-8").write("\n".join(out) + "\n")
print("removed", len(removed), "added", len(add))
