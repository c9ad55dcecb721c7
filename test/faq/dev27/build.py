# Builds questions.yaml from raw.txt (hand-written), after the balancing edits below.
import random, re, datetime, collections
rows=[]
for line in open('raw.txt',encoding='utf-8'):
    line=line.rstrip('\n')
    if not line or line.startswith('#'): continue
    t,a,l,q=line.split('|',3); rows.append([t,a,l,q])
DEL="""银行为什么每个月都让我们对账？不对会咋样
电子对账和银企对账是一回事吗
电子对账是强制的吗 还是可以不参加
对账到底对的是啥，是只对余额还是每一笔明细都要对
我们公司在你们行有四个账户，是不是每个户都要对
对账不就是看看余额嘛 为啥还要我点确认
对账周期谁定的 我能自己选吗
我们的账户是季度对账，能改成按月对吗
截止那天正好是周末咋办，会顺延吗
新开的户第一次对账是什么时候
春节放假会影响对账截止时间不
准备销户了，销户前还要对账吗
对账是按月还是按季度
手机银行能对账不？还是只能在电脑上
网银里找不到对账那个菜单啊
公司换了财务，新来的会计怎么开对账权限
我们是代理记账公司，帮二十多家企业做账，能不能替客户对账
第一次用 有没有操作指南或者视频教程
签了电子对账以后纸质对账单还寄不寄
我们公司就俩人，操作员和主管都要单独开权限吗
第一次用电子对账要先签约吗，去柜台还是网上就能开
怎么确认对账单
点了相符之后能撤回吗？手滑点错了
对账回执在哪下载
过了截止日期没确认会怎样？会冻结账户吗
上个月忘记对账了，现在还能补吗
确认之后多久银行那边能看到
连续几次不对账银行会限制我网银功能吗
需要主管复核吗？我们公司网银是双人操作的
对账单状态显示已逾期，什么意思
月底开的支票对方还没去取，算不算未达账
手续费银行扣了我们还没记账，这个算差异吗
为什么银行余额和我们账上余额对不上
银行那边多了一笔我们不认识的入账
跨月的在途资金怎么算
未达账项有几种？我记得是四种
差了500块钱，咋查是哪一笔
利息是季末结的，我们入账晚了几天，会显示不符吗
余额调节表怎么填
余额调节表是什么东西
调节表盖公章还是财务章
有调节表模板吗，excel的那种
调节表上调整后的余额应该跟哪个数一致
收到短信说对账逾期要点链接处理，是真的吗
对账的操作有记录吗，能查到是谁点的确认吗
网银密码多久要改一次
对账需要输U盾密码吗
U盾插上没反应
对账单能导出excel吗
审计要银行询证函，怎么申请
纸质对账单还能要吗
能导出一年的对账记录吗
电子对账收费吗
周末系统开吗""".split('\n')
ADD="""1|S|H|支行在推电子对账签约率，跟客户讲好处的时候主要讲哪几点
2|S|H|对账周期到了系统会自动给客户发提醒吗，还是要我们手动一个个通知
4|S|H|有个老会计不会用网银，能不能在柜台帮他点确认
8|S|H|月底最后一天对账量大，几点之前跑完才赶得上当天的日汇总
9|S|H|差异处理到一半我要下班了，能先存草稿明天接着弄吗
10|S|H|我们网点有几个人共用一个账号对账，这样合规吗
7|S|T|客戶給的帳簿檔日期是民國年格式，匯入時系統認得嗎
9|S|T|主管簽核時發現金額有誤，可以直接退回給經辦嗎
10|S|T|帳號密碼到期了，要怎麼重新設定
1|S|E|quick question - how do I explain to a foreign client why they have to confirm their statement every month?
7|S|E|ledger export from SAP is semicolon separated with comma as decimal sign. will the importer handle that or do i convert first
8|S|E|daily summary numbers dont match what I saw in the run results this morning, which one is right
9|S|E|can i attach a scanned voucher to a resolution
10|S|E|What's the actual difference between clerk and supervisor permissions?
11|S|E|how long are audit logs kept
12|S|E|can I export the list of customers who haven't confirmed this month to excel
6|S|M|客户的 adjustment statement 上有手写涂改，还能 accept 吗
7|S|M|导入 camt.053 的时候报 namespace 不支持
8|S|M|跑 reconciliation 的时候能不能 exclude 某些 transaction type，比如内部转账
13|S|M|对账系统 down 了要提 ticket 给谁
12|S|M|询证函的 template 在哪里下载"""
FLIP=["今天美元汇率多少","你是用什么模型做的","tell me a joke","what's the weather in shenzhen tomorrow","谢谢","在吗"]
qs={r[3] for r in rows}
for d in DEL: assert d in qs, d
rows=[r for r in rows if r[3] not in set(DEL)]
for line in ADD.split('\n'):
    t,a,l,q=line.split('|',3); rows.append([t,a,l,q])
for r in rows:
    if r[3] in FLIP: assert r[1]=='C'; r[1]='S'
L={'H':'zh-Hans','T':'zh-Hant','K':'zh-Hant','E':'en','M':'mixed'}
A={'C':'customer','S':'staff'}
def esc(s): return s.replace('\\','\\\\').replace('"','\\"')
random.seed(20261227); random.shuffle(rows)
now=datetime.datetime.now(datetime.timezone.utc).strftime('%Y-%m-%d %H:%M UTC')
out=["# Evaluation question set for the e-reconciliation FAQ chat bot (27th blind set).",
f"# Written blind on {now} from the topic list only (no code, knowledge base or earlier question sets consulted).",
"# topic: 1-13 = in-scope coarse topics; out = out of scope; smalltalk = greetings/thanks/goodbyes.",
"# Order shuffled with Python random.seed(20261227); random.shuffle.",
"questions:"]
for t,a,l,q in rows:
    out.append(f'  - {{ q: "{esc(q)}", topic: {t}, asker: {A[a]}, lang: {L[l]} }}')
open('questions.yaml','w',encoding='utf-8').write('\n'.join(out)+'\n')
c=collections.Counter
print(len(rows)); print(c(r[0] for r in rows)); print(c(L[r[2]] for r in rows)); print(c(r[2] for r in rows)); print(c(A[r[1]] for r in rows))
