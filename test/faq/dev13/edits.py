# One-off balancing edits applied to questions_src.txt (language/asker mix, near-duplicates removed).
src='questions_src.txt'
lines=open(src,encoding='utf-8').read().split('\n')
delete=[
"2|c|H|保证金账户也要对账吗",
"11|c|H|有人冒充银行发邮件让我们把对账单发过去",
"5|c|H|未达账项一共有哪几种",
"12|c|H|历史对账记录能查多久以前的",
"13|c|H|纸质对账单收费吗",
"6|c|H|余额调节表是啥",
"1|c|H|电子对账有什么好处",
]
replace={
"2|s|H|新开户的账户第一次对账是啥时候":"2|s|T|新開戶的帳戶第一次對帳是什麼時候",
"3|s|H|客户的对账联系人换了，在系统哪里改":"3|s|T|客戶的對帳聯絡人換了，系統裡要去哪裡改",
"4|c|H|能不能批量确认多个账户":"4|c|T|可以一次確認多個帳戶嗎",
"5|c|H|代发工资退回了一笔 对账时候怎么体现":"5|c|T|代發薪資退回了一筆，對帳時會怎麼顯示",
"7|s|H|导入提示日期格式错误 我们的日期是2026/1/5这种写法":"7|s|T|匯入時顯示日期格式錯誤，我們的日期是民國年 115/01/05 這種格式可以嗎",
"8|s|H|能不能只跑某一个账户":"8|s|T|可以只針對單一帳戶執行對帳嗎",
"10|s|H|多久不操作会自动退出":"10|s|T|閒置多久會被自動登出",
"11|c|H|U盾密码忘了":"11|c|T|憑證密碼忘記了怎麼辦",
"12|s|H|差异明细报表怎么导出":"12|s|T|差異明細報表要怎麼匯出",
"13|c|H|周末能对账吗":"13|c|T|週末可以對帳嗎",
"9|s|H|几分钱的小额差异能批量处理吗":"9|s|T|幾毫子嘅差額可唔可以一次過處理晒",
"1|s|H|电子对账回执跟纸质回执在监管上效力一样吗":"1|s|E|does an electronic confirmation receipt carry the same regulatory weight as a signed paper one",
"2|c|H|一般户和基本户对账周期一样吗":"2|s|E|do general accounts and basic accounts follow the same reconciliation cycle",
"3|s|H|帮客户签约电子对账需要客户盖什么章":"3|s|E|what seal or signature does the client need on the e-recon enrolment form",
"4|c|H|对账确认完有没有短信通知":"4|c|E|do i get an sms or email once the confirmation goes through",
"5|s|H|跨行汇款在途，算哪一类未达账项":"5|s|E|interbank transfer still in transit at month end - which outstanding item category is that",
"6|s|H|余额调节表不平的客户怎么跟进":"6|s|E|clients adjustment statement doesnt balance, how should i follow up",
"7|s|H|GBK和UTF-8哪个能用":"7|s|E|does the importer accept GBK or only utf-8",
"8|s|H|昨天的日报邮件没收到":"8|s|E|didnt get yesterdays summary email",
"9|s|H|差异处理的备注里应该写些什么":"9|s|E|what should i put in the resolution comment",
"10|s|H|登录是走行内统一认证吗":"10|s|E|do we log in with the banks unified sso or a separate password",
"12|s|H|询证函回函要走哪些审批":"12|s|E|what approvals does an audit confirmation reply need before it goes out",
"13|s|H|对账系统维护窗口一般是什么时候":"13|s|E|when is the maintenance window for the recon system",
"11|s|H|客户报告说收到了钓鱼短信，我们这边怎么上报":"11|s|M|客户收到 phishing 短信 冒充我们行，branch 这边怎么 report",
"8|s|H|匹配率是怎么算出来的":"8|s|M|match rate 是怎么算的",
"6|c|H|调节表填了一半能保存下次接着填吗":"6|c|M|调节表 填了一半 能 save 吗 明天接着弄",
"out|c|H|今天天气怎么样":"out|s|H|今天天气怎么样",
"out|c|H|给我讲个笑话":"out|s|H|给我讲个笑话",
"out|c|E|who won the game last night":"out|s|E|who won the game last night",
"out|c|E|write me a poem about spring":"out|s|E|write me a poem about spring",
"smalltalk|c|E|ok thx":"smalltalk|s|E|ok thx",
"smalltalk|c|H|在不在":"smalltalk|s|H|在不在",
"smalltalk|c|H|明白了 多谢":"smalltalk|s|H|明白了 多谢",
"2|c|H|年底有没有单独的年度对账":"2|s|H|年底有没有单独的年度对账",
"3|c|H|开通之后多久能用":"3|s|H|客户开通以后要多久才能在网银里看到对账",
"5|c|H|流水里有一笔冲正，一正一负两笔，搞得我头大，这个算差异吗":"5|s|H|流水里有一笔冲正，一正一负两笔，搞得我头大，这个算差异吗",
"11|c|E|is my chat with this bot recorded?":"11|s|E|is my chat with this bot recorded?",
"13|c|H|春节期间系统开放吗":"13|s|H|春节期间系统开放吗",
"1|c|M|电子对账 is it the same thing as a bank confirmation?":"1|s|M|电子对账 is it the same thing as a bank confirmation?",
"11|c|E|does the bank keep an audit trail of who confirmed the statement":"11|s|E|can we see in the audit trail which user at the client confirmed the statement",
"1|c|E|what is electronic reconciliation":"1|s|E|what is electronic reconciliation",
"5|c|E|what are outstanding items":"5|s|E|what are outstanding items",
}
out=[]
seen=set()
for l in lines:
    if l in delete: seen.add(l); continue
    if l in replace: seen.add(l); out.append(replace[l]); continue
    out.append(l)
missing=[k for k in delete+list(replace) if k not in seen]
assert not missing, missing
open(src,'w',encoding='utf-8').write('\n'.join(out))
print('ok')
