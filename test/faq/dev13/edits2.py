# Second pass: add typing slips (homophones, pinyin abbreviations) to a few existing lines.
src='questions_src.txt'
t=open(src,encoding='utf-8').read()
rep={
"6|c|H|余额调节表怎么填\n":"6|c|H|余额条节表怎么填\n",
"4|c|H|对账回执在哪下载\n":"4|c|H|对账回执在那下载\n",
"4|c|H|怎么确认相符\n":"4|c|H|zm确认相符\n",
"13|c|H|客服电话多少\n":"13|c|H|kf电话多少\n",
"3|c|H|电子对账在网银哪里\n":"3|c|H|电子对账在网银哪里 找了半天没找着\n",
"11|c|H|U盾丢了怎么办\n":"11|c|H|u盾丢了咋办\n",
"8|s|H|怎么开始跑对账\n":"8|s|H|怎么开始跑对帐\n",
"9|s|H|差异怎么处理\n":"9|s|H|差异咋处里\n",
}
for a,b in rep.items():
    assert t.count(a)==1,a
    t=t.replace(a,b)
open(src,'w',encoding='utf-8').write(t)
print('ok')
