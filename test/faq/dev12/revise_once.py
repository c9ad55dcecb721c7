#!/usr/bin/env python3
"""One-off revision of questions_src.txt after the first count: trim near-duplicates,
rebalance askers/languages, add typos and a few longer stories. Kept for transparency."""
src = open("questions_src.txt", encoding="utf-8").read().splitlines()
delete = """1|c|h|为什么银行要求企业定期对账，这是监管规定吗
1|c|h|银企对账到底有什么用，不对会怎样
2|c|h|对账是按月还是按季度
2|c|h|定期存款账户需要对账吗？
2|c|h|季度对账截止日期是哪天
2|c|h|保证金账户也要对账吗
2|c|m|月度对账 deadline 是几号
3|c|h|开通要去柜台吗还是网上就能弄
3|c|h|第一次用电子对账需要准备什么
3|c|h|手机银行上哪里能找到对账入口
4|c|h|过了截止日期还能补对吗
4|c|h|超期没对账会有什么后果
4|c|h|回执要盖章吗
4|c|h|对账单确认以后还能修改吗
4|c|t|如果過了期限沒有回覆對帳會怎樣
4|c|h|对账回执在哪下载
4|c|h|确认完怎么知道银行收到了
4|c|h|回执能打印吗，审计要纸质的
4|c|h|选了不符之后要干啥
5|c|h|银行已收企业未收是啥情况
5|c|h|未达账项一般几天能消掉
5|c|t|什麼是未達帳項？
5|c|m|银行 charge 了 fee 我们没入账，差额怎么弄
6|c|h|调节后余额还是不相等怎么办
6|c|h|余额调节表模板在哪下载
6|c|h|调节表可以线上提交吗还是要纸质的
7|s|h|camt.053 能导吗
7|s|e|csv import shows garbled chinese characters
7|s|t|請問匯入檔案支援哪些格式？
8|s|t|對帳結果在哪裡查看？
8|s|h|日汇总几点生成
9|s|h|差异怎么处理
9|s|e|can i approve my own resolution
9|s|t|主管不在，審核可以代理嗎
10|s|t|請問系統有哪些角色權限
11|c|t|USB Key 插上去沒反應怎麼辦
11|c|e|got an email asking me to confirm my statement via a link, is it phishing
12|c|t|可以申請紙本對帳單嗎
12|c|h|审计要询证函，怎么办理
12|c|h|能导出对账结果吗
13|c|t|電子對帳要收費嗎？
13|c|t|客服電話是多少
13|c|e|is the system available on weekends
13|c|h|对账有问题找谁
13|c|h|系统几点到几点能用""".splitlines()
replace = {
"5|c|h|四种未达账项分别是哪四种": "5|s|h|刚来的，想问下四种未达账项分别是哪四种",
"2|c|h|余额对账和明细对账有什么区别": "2|s|h|余额对账和明细对账有什么区别，哪些客户要做明细对账",
"6|c|h|调节后余额是怎么算出来的": "6|s|h|调节后余额是怎么算出来的，客户问我我也讲不清",
"6|c|h|调节表要保存多久": "6|s|h|我们网点收上来的纸质调节表要保存多久",
"3|c|h|集团公司能不能统一给下属子公司做对账": "3|s|h|集团客户想让总部统一给下属子公司做对账，能办吗",
"3|c|h|没有网银能不能做电子对账": "3|s|h|客户没开网银，能不能做电子对账",
"5|c|h|跨月的在途资金怎么算": "5|s|h|跨月的在途资金在对账里怎么算",
"12|c|h|对账单可以邮寄吗": "12|s|h|客户要求把对账单邮寄到外地分公司，可以吗",
"12|c|h|历史对账单能查多久以前的": "12|s|h|历史对账单系统里能查多久以前的",
"13|c|h|节假日有人值班吗": "13|s|h|节假日对账系统出问题有人值班吗",
"11|c|h|对账操作有没有留痕，能查到是谁点的确认吗": "11|s|h|客户对账操作有没有留痕，能查到是他们公司谁点的确认吗",
"2|c|e|Do dormant accounts also need reconciliation?": "2|s|e|Do dormant accounts also need reconciliation?",
"13|c|m|收费 standard 在哪里看": "13|s|m|客户问对账收费 standard 在哪里看",
"12|c|h|导出的 Excel 打开是乱码": "12|s|h|导出的 Excel 打开是乱码",
"4|c|h|怎么确认对账单": "4|c|h|对帐单怎么确认啊",
"10|s|h|登录不上去提示账号被锁定": "10|s|h|登陆不上去 提示账号被锁定了",
"10|s|h|密码忘了怎么重置": "10|s|h|密码忘了咋整",
"5|c|h|差了一分钱，也算不符吗": "5|c|h|就差了一分钱 也算不符吗",
"11|c|h|U盾插上没反应": "11|c|h|u盾插上去没反映",
"9|s|h|审批被退回了，在哪看退回原因": "9|s|h|审批被打回来了 在哪看原因",
"10|s|h|怎么申请主管权限": "10|s|h|咋申请主管权限",
"6|c|h|余额调节表怎么填": "6|c|h|余额调节表怎么填写，有没有列子",
"13|c|h|客服电话多少": "13|c|h|客服电话多少啊",
"13|c|h|电子对账收费吗": "13|c|h|电子对帐收不收费",
"8|s|h|重新跑一遍对账会覆盖之前的结果吗": "8|s|h|重新跑一边对账会不会把之前的结果覆盖掉",
"3|c|h|开通电子对账后多久能用": "3|c|h|开通电子对账以后多久可以用 因该不用等吧",
"2|c|e|is quarterly reconciliation allowed for small accounts": "2|c|e|We are a German subsidiary in Chengdu. Our controller in Munich asks whether the confirmation must be monthly or if quarterly is enough for an account that only pays salaries. Who decides that?",
"10|s|h|实习生能不能给开个只读账号": "10|s|h|我们支行这个月来了两个实习生，主任说让他们先学着看对账结果，但不能动数据。能给开个只读账号吗，找谁开",
}
add = """2|s|t|分行的對帳週期是依帳戶類型設定的嗎？
3|s|t|客戶說企業網路銀行的授權人換了，對帳權限要怎麼重新設定
4|c|t|確認對帳後會收到通知信或簡訊嗎
5|c|t|月底最後一天的跨行匯款還沒入帳，這樣對帳會不符嗎
6|s|t|客戶的餘額調節表格式跟我們的範本不同，可以收嗎
8|s|t|比對結果可以依分行篩選嗎
9|s|t|退件後重新送審，原本的附件還要再上傳一次嗎
10|s|t|登入一直跳出憑證錯誤是怎麼回事
11|c|t|憑證密碼忘記了要去哪裡重設
12|c|t|會計師要做銀行函證，我們要先在網路銀行做什麼設定嗎
13|c|t|電子對帳的客服時間是幾點到幾點""".splitlines()
missing = [d for d in delete if d not in src] + [k for k in replace if k not in src]
assert not missing, missing
out = [replace.get(l, l) for l in src if l not in delete] + add
open("questions_src.txt", "w", encoding="utf-8").write("\n".join(out) + "\n")
print("lines now", len(out))
