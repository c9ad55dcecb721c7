/**
 * How people type, rewritten to the words the knowledge base uses before segmentation: colloquial
 * and dialect forms (咋整, 啥, 干嘛用, 在哪点), and common typos and variant words (调解表 for
 * 调节表, 流成 for 流程, 登陆 for 登录). Applied to the folded text (simplified, lowercase) of both
 * the question and the entries. Order matters: longer phrases first. Taiwan and Hong Kong words
 * (簡訊, 網路, 憑證, 設定, 匯入) come out of the character-level folding as 简讯, 网路, 凭证, 设定, 汇入
 * and are mapped to the mainland word here.
 */
export const COLLOQUIAL: readonly (readonly [RegExp, string])[] = [
  // how / what to do
  [/咋整|咋办|咋弄|咋搞|怎么整|肿么办|怎么破/g, '怎么办'],
  [/咋个|咋样|咋/g, '怎么'],
  // what it is for / what
  [/(干嘛|干啥|干什么|做啥|做什么)用/g, '作用'],
  [/是干嘛的|是干啥的|是做啥的|是个啥|是个什么|是啥东西|是什么东西|是怎么回事|是咋回事/g, '是什么'],
  [/有什么用|有啥用|有何用/g, '作用'],
  [/啥子|啥/g, '什么'],
  [/干嘛|干啥/g, '什么'],
  // where
  [/在哪点|在哪儿|在哪块|在哪旮旯|在啥地方|在什么地方|在哪个地方|在那里|在那儿/g, '在哪里'],
  [/哪点|哪块|哪旮旯/g, '哪里'],
  // asking for a person
  [/转人工|找人工|要人工/g, '人工服务'],
  // losing things
  [/弄丢|搞丢|整丢|丢掉|丢了|找不着了|不见了/g, '丢失'],
  // Cantonese negation first, so the rules below see it: 冇 is 没有, 唔 is 不 (收唔到 → 收不到)
  [/冇/g, '没有'],
  [/收唔到/g, '收不到'],
  [/搵唔到|揾唔到|搵唔着/g, '找不到'],
  [/登唔入|登唔到|入唔到|登入唔到/g, '登不上'],
  [/睇唔到/g, '看不到'],
  [/唔见咗|唔见左/g, '丢失'],
  // colloquial negation and disagreement (the stopword list drops 没 and 没有: keep what they negate)
  [/没有?收到|一直没来|还没来|没有?寄到/g, '收不到'],
  [/没有?找到/g, '找不到'],
  [/没有?(交回|寄回|交|回复|回|确认)(?!来|去|家)|忘(了|记)?(交|回|确认)/g, '未交回'],
  // "nobody booked anything wrong" is its own thing (a timing difference), not 记错
  [/(都|也)?没有?(记错|出错|错)/g, '未记错'],
  // an amount more or less than the books is a mismatch
  [/(多了|少了|多出|差了)(?=[\d一二三四五六七八九十两几百千万块元])/g, '不符'],
  [/(点|按)哪里|(点|按)哪儿|(点|按)哪个/g, '在哪里'],
  [/木有|没得/g, '没有'],
  [/对不拢|对不牢|不对数|对不齐/g, '对不上'],
  // what it is / when
  [/咋回事|怎么一回事/g, '怎么回事'],
  [/啥时候|多会儿|几时/g, '什么时候'],
  // Taiwan and Hong Kong words (after traditional → simplified folding)
  [/简讯/g, '短信'],
  [/网路/g, '网络'],
  [/连线/g, '连接'],
  [/逾时/g, '超时'],
  // Taiwan's 憑證 is a certificate; the mainland's 凭证 is an accounting voucher (做凭证, 原始凭证)
  [/(?<=(?:读卡机|读不到|读|插|装|换|电子|数字|网银|u盾|共用一个|读卡机同))凭证|凭证(?=.{0,2}(?:密码|过期|到期|更新|失效|安装|卡|锁|有效))|凭证(?=.{0,6}(?:u盾|网银|读卡机))/g, '证书'],
  [/设定/g, '设置'],
  [/汇入(?=.{0,6}(格式|档案|文件|excel|csv|资料|数据|mt940|对账单))/g, '导入'],
  [/汇出(?=.{0,6}(格式|档案|文件|excel|csv|pdf|资料|数据|对账单))/g, '导出'],
  [/(可以|能|怎么|如何)汇入/g, '$1导入'],
  [/(可以|能|怎么|如何)汇出/g, '$1导出'],
  [/档案/g, '文件'],
  [/列印/g, '打印'],
  [/软体/g, '软件'],
  [/程式/g, '程序'],
  [/预设/g, '默认'],
  [/支援/g, '支持'],
  [/行动银行|流动银行/g, '手机银行'],
  [/网[路络]银行|线上银行/g, '网银'], // 网路 has become 网络 by the rule above
  [/萤幕|荧幕/g, '屏幕'],
  [/点选/g, '点击'],
  [/回覆/g, '回复'],
  [/讯息|资讯/g, '信息'],
  [/使用者/g, '用户'],
  [/伺服器/g, '服务器'],
  [/当机/g, '宕机'],
  [/账密/g, '账号密码'],
  [/元件/g, '控件'],
  // Hong Kong: 戶口 is a bank account, 月結單 the monthly statement, 入數 a payment in
  [/户口/g, '账户'],
  [/月结单|结单/g, '对账单'],
  [/入数/g, '入账'],
  // Cantonese question words (after folding): 點算 what to do, 點樣 how, 喺邊度 where, 唔夾 do not agree
  [/点算|点办/g, '怎么办'],
  [/点样|点做/g, '怎么做'],
  [/喺边度|喺边|边度/g, '在哪里'],
  [/唔夹|唔啱|对唔上|夹唔上/g, '对不上'],
  [/乜嘢|咩嘢|咩/g, '什么'],
  [/我哋/g, '我们'],
  [/你哋/g, '你们'],
  [/佢哋/g, '他们'],
  // Cantonese 係 folds to 系, which is also 系统's: only as a copula next to a question or negation word
  [/系唔系|系咪/g, '是不是'],
  [/(?<!关|联|体|派|维)系(?=(什么|几时|边个|唔|咁|因为|指|要|一样|同一|咪))/g, '是'],
  [/唔系/g, '不是'],
  [/几耐/g, '多久'],
  [/边个/g, '谁'],
  [/(嗰|𠮶)(度|边|个)/g, '那里'],
  [/喺/g, '在'],
  [/呢(个|张|笔|度)/g, '这$1'],
  [/(但|就|都|唔)系/g, '$1是'],
  [/而家/g, '现在'],
  [/㩒/g, '按'],
  [/点睇/g, '怎么看'],
  [/睇/g, '看'],
  [/拣/g, '选'],
  [/对数单/g, '对账单'],
  [/对数/g, '对账'],
  [/做数/g, '记账'],
  [/登入(?!唔)/g, '登录'],
  [/搵/g, '找'],
  [/畀|俾/g, '给'],
  [/嘅/g, '的'],
  [/咗|㗎|嚟|啩|喇|嘞|咋/g, ''],
  [/唔/g, '不'],
  // Taiwan usage (after folding): 纪录 is the mainland 记录, 汇总 is also 摘要 (对账摘要), 审计轨迹 the audit log
  [/纪录/g, '记录'],
  [/(每日|今日|对账)摘要/g, '$1汇总'],
  [/审计轨迹|稽核轨迹/g, '审计日志'],
  // English negation that the stopword list would drop: "does not match" is a mismatch, not a match
  [/\b(?:not|never|no longer|doesn'?t|don'?t|didn'?t|isn'?t|aren'?t|won'?t|can'?t|cannot)\s+(?:seem to\s+|really\s+)?(?:match|agree|tally|add up)\w*/g, 'mismatch'],
  [/\b(?:can'?t|cannot|unable to|not able to|couldn'?t|failed to|fails? to)\s+(?:log|sign)\s*(?:in|on|into)\b/g, 'log in failure'],
  [/\b(?:never|not|didn'?t|haven'?t|hasn'?t|no)\s+(?:got|get|gotten|receive[ds]?|receiving|arrived?|arriving|come|came|coming)\b/g, 'missing'],
  [/\b(?:put together|draw up|drawn up|work(?:ed)? out|make up)\b/g, 'prepare'],
  // "bank rec" in a Chinese question is the balance statement (余额调节表), not reconciling in general
  [/\bbank rec(?:on|onciliation)?(?: statement)?\b(?=.*[\u4e00-\u9fff])/g, '余额调节表'],
  // typos and variant words people type
  [/调解表|调剂表/g, '调节表'],
  [/余额调解/g, '余额调节'],
  [/流成|留程/g, '流程'],
  [/未打账项|未到账项|未达帐项|未答账项|未搭账项/g, '未达账项'],
  [/对仗|兑账/g, '对账'],
  [/回值|回质|回职/g, '回执'],
  // pinyin initials typed on a phone: dzdz 电子对账, yetjb 余额调节表, wdzx 未达账项, dz 对账, dzd 对账单, wy 网银,
  // ye 余额 (only beside Chinese: "ye" is English too)
  [/(?<![a-z])dzdz(?![a-z])/g, '电子对账'],
  [/(?<![a-z])yetjb?(?![a-z])/g, '余额调节表'],
  [/(?<![a-z])wdzx(?![a-z])/g, '未达账项'],
  [/(?<![a-z])dzd(?![a-z])/g, '对账单'],
  [/(?<![a-z])(?:dz)+(?![a-z])/g, '对账'],
  [/(?<![a-z])wy(?![a-z])/g, '网银'],
  [/(?<![a-z])ye(?=[\u4e00-\u9fff])|(?<=[\u4e00-\u9fff])ye(?![a-z])/g, '余额'],
  [/登陆/g, '登录'],
  [/帐号/g, '账号'],
  [/那些/g, '哪些'],
  [/u顿|u敦|优盾/g, 'u盾'],
];

/** Rewrites colloquial forms and variants to the knowledge base's words. */
export function decolloquialize(folded: string): string {
  let text = folded;
  for (const [pattern, replacement] of COLLOQUIAL) text = text.replace(pattern, replacement);
  return text;
}
