/**
 * What the FAQ says besides answers: a brief reply to greetings, thanks and goodbyes, and, when it
 * cannot answer, what it does and where to go instead (a transfer is done in online banking or at
 * the counter, not here; office matters and chit-chat get what the assistant is for). Rules over folded text; the whole message must be small talk, so
 * "谢谢，回执怎么交" is still a question.
 */
import { fold } from './fold.ts';

export type SmallTalk = 'greeting' | 'thanks' | 'bye';
export type Redirect = 'transfer' | 'banking' | 'data' | 'other' | 'none';

const FILLER = /[\s,，.。!！~～?？、…:：;；]+|啊|呀|哈|哦|喔|噢|嗯|呢|啦|哒|了|lol|:\)/g;

/**
 * The pieces a small-talk message is made of, tried at the start of what is left: "谢谢啦 再见",
 * "懂了 谢谢", "您好，请问有人吗" are small talk as a whole; "谢谢，回执怎么交" is not (a question remains).
 * An acknowledgement (好的, 明白了, ok, 👍) counts as thanks.
 */
const UNITS: readonly (readonly [SmallTalk, RegExp])[] = [
  ['bye', /^(再见|拜拜|回头见|晚安|bye ?bye|goodbye|bye|see ?you|good ?night)/],
  ['thanks', /^(谢谢(你|您)?|多谢|谢啦|谢了|谢|感谢|辛苦|thank ?you|thanks?|thanku|thx|ty|cheers( mate)?|much appreciated|appreciated|👍|🙏)/],
  ['thanks', /^(好的?|ok(ay)?|行|嗯+|明白|懂|我?知道|收到|了解|没问题|got ?it|great|cool|noted|fine|perfect)/],
  ['greeting', /^(你好|您好|嗨+|哈喽|哈罗|早上好|上午好|下午好|晚上好|早安|早|在吗|在么|在不在|(请问)?有人(在)?吗|hello( there)?|hi( there)?|hey( there)?|hiya|yo|good ?(morning|afternoon|evening)|anyone there)/],
  ['thanks', /^(a ?lot|very ?much|so ?much|你|您|哈+)/],
];

/** What small talk a message is made of, in order, or undefined when something else is left over. */
function smallTalkUnits(question: string): SmallTalk[] | undefined {
  let rest = fold(question).replace(/[^\p{L}\p{N}👍🙏 ]+/gu, ' ').replace(/啊|呀|哦|喔|噢|呢|啦|哒|了|吧/g, '').trim();
  if (rest.length === 0 || rest.length > 30) return undefined;
  const kinds: SmallTalk[] = [];
  while (rest.length > 0) {
    const unit = UNITS.map(([kind, re]) => [kind, re.exec(rest)?.[0]] as const).find(([, m]) => m);
    if (!unit?.[1]) return undefined;
    kinds.push(unit[0]);
    rest = rest.slice(unit[1].length).trim();
  }
  return kinds;
}

/** Questions about the assistant itself ("你能做什么", "are you a bot"): answered by its own entry. */
const ABOUT_ASSISTANT = /^(你|您|机器人|助手|bot)?(到底)?(能|可以|会)?(帮我|帮忙|为我)?(做|干|办)?(什么|哪些事|哪些)$|你是(谁|机器人|真人|人工)|(是|是不是)(机器人|真人|人工)(吗|回复)?|\bare you (a )?(bot|robot|human|real|person)\b|\bwhat can (you|this bot) do\b|\b(can|could) you (do|reconcile|confirm) (it|my|our|the)\b.*\bfor (me|us)\b/;

/** True when the message asks what the assistant is or can do. */
export function asksAboutAssistant(question: string): boolean {
  const folded = fold(question);
  // Chinese is matched without spaces or fillers, English with its words kept apart.
  return ABOUT_ASSISTANT.test(folded.replace(FILLER, '')) || ABOUT_ASSISTANT.test(folded.replace(/[^a-z0-9\u3400-\u9fff]+/g, ' ').trim());
}

/** The kind of small talk the whole message is (a goodbye wins, then thanks), or undefined when it is anything else. */
export function smallTalkOf(question: string): SmallTalk | undefined {
  const kinds = smallTalkUnits(question);
  if (!kinds) return undefined;
  return kinds.includes('bye') ? 'bye' : kinds.includes('thanks') ? 'thanks' : 'greeting';
}

const TRANSFER = /转账|转钱|打钱|汇款|汇钱|付款给|(帮我|给我|替我)转(?!人工|接|发|告)|转.{0,6}(块钱|万块|元钱|万元)(?!.{0,10}(对账|入账|记账|账上))|\btransfer|\bwire\b|send money|\bremit|\bpay (someone|somebody|a supplier)\b/;
const BANKING = new RegExp(
  [
    '开(一个|个|新的?)?.{0,6}(账户|户头)|支票(丢|遗失|被盗|挂失)|(开通|办理|注销|申请)网银|网银(开通|办理|注销|证书费)|网银.{0,4}用户名|(修改|更改|改)用户名|短信通知|动账通知|短信提醒|营业厅|基本户|一般户|专用户|法人变更|变更法人|(钱|款)(打|转|汇)过来|(钱|款)(还)?没(到|收到)',
    '批量付款|扫码|缴税|交税|缴费|行长|cash advance|stop (a |the )?(cheque|check|payment)|cancel (a |the |my )?payment',
    '房贷|车贷|消费贷|经营贷|按揭|公积金|社保|医保|比特币|虚拟货币|外币|年费|管理费|账户管理费|开户材料|(带|准备|需要)(什么|哪些)材料|营业执照|账户怎么开|怎么开.{0,8}账户|贷款|借钱|信用卡|理财|基金|股票|利率|利息|汇率|换汇|外汇|结汇|购汇|开户|存款(?!日记账|余额)|取款|取钱|(查|查询|看)一?下?.{0,8}余额',
    '银行卡|借记卡|储蓄卡|存折|atm|柜员机|过数|(账户|账号|卡)(被|给)?(冻结|冻了|止付)|account (was |is |got |has been )?(frozen|blocked)|取现|营业时间|几点(开门|下班|关门)|网点(地址|在哪)|最近的网点|发票|个税|报税|纳税|代发工资|工资代发',
    'pos机|贴现|承兑汇票|保险|黄金|数字人民币|信用证|保函|(换|改|变更|改绑)(绑定的?)?手机号|支票本|买支票',
    '\\bloans?\\b|\\bmortgage|credit card|\\binvest|\\bstocks?\\b|\\binterest\\b|exchange rate|open an? (new )?account',
    'close (my|an|the|our) account|deposit|withdraw|account balance of|debit card|bank card|\\batm\\b|opening hours|business hours',
    '\\binsurance|\\btax(es)?\\b|payroll|cheque ?book|check ?book|standing order|direct debit|overdraft|savings account',
    '余额(还)?(是|有)?多少|还(剩|有)多少钱|有多少钱|what\'?s (my|our|the) (account )?balance|how much (money )?(is|do (i|we) have|have (i|we) got) in|(check|show|tell me) (my|our) balance',
    '\\b(credit|debit|bank|atm|my|lost|stolen) cards?\\b|crypto|bitcoin|\\bcar loan|credit limit|credit score',
    '(register|sign up|apply) for (online|internet|mobile) banking|add an? (new )?user|legal representative|basic account|general account|(sms|text) alerts|print (a |our )?bank statement for|payment (has )?arrived|check (whether|if) (a |the |our )?(payment|money|transfer)',
    '\\bpin\\b|letter of credit|\\bforex\\b|nearest branch|branch address|branch (open|hours)|open on (saturday|sunday|weekends?)|周末.{0,4}(上班|营业|开门)|(周六|周日|节假日).{0,4}(上班|营业|开门)',
  ].join('|'),
);

/**
 * Asking for someone's account data ("帮我查一下客户的流水", "show me the transactions of …"): the
 * FAQ explains, it never looks data up.
 */
const DATA_REQUEST = new RegExp(
  [
    // "机器人能帮我看对账结果吗" asks what the bot can do, not for data.
    '(?<!能|可以|会)(帮我|给我|替我|帮忙)(查|看|调|打印?|拉|导出?|发)一?下?.{0,12}(流水|明细|余额|交易|身份证|手机号|电话号码|地址|对账单|对账结果|回单|差异)(?!.{0,6}(怎么|如何|在哪|哪里|为什么|什么意思|是什么|吗))',
    '\\b(show|give|send|pull up|look up|find|get) me\\b(?! how).{0,30}\\b(balance|transactions?|statements?|details of|id number|results?|differences)\\b',
  ].join('|'),
);

/** Neither banking nor reconciliation: office and HR matters, everyday requests, chit-chat. */
const OTHER = new RegExp(
  [
    '透视表|vlookup|会计分录|资产负债表|计提|折旧|增值税|pivot table|double[- ]entry|bookkeeping|balance sheet|journal entr|close the month|depreciation|accrual|bad debt',
    '好吃|推荐(个|一个|一家|几个|几本|一部)?(餐厅|饭店|电影|书)|颜色|投诉|complain',
    '天气|下雨|气温|笑话|翻译|写一(首|篇|份)|请假条|电影|餐厅|饭店|外卖|机票|火车票|高铁|彩票|减肥|星座|菜谱|新闻|比赛|世界杯',
    '报销|年假|请假|考勤|打卡|工资条|食堂|打印机|复印机|蓝屏|oa系统|邮箱密码|微信支付|支付宝|绩效|业绩|任务完成',
    '\\bweather\\b|\\bjoke\\b|translat|\\bpoem\\b|\\bmovie|restaurant|\\bflight|recipe|\\bnews\\b|football',
    '你叫什么|你几岁|你多大|你是男|你是女|写(个|封|一封|一份)?(邮件|信|通知)|your name|how old are you|write an? (email|letter)|\\bsing\\b|\\bstory\\b',
    'payslip|pay slip|annual leave|printer|canteen|\\blunch\\b|computer (keeps|is) crash|wi-?fi password|expense claim',
  ].join('|'),
);

/** Words only a question about reconciliation itself uses (a banking request may still borrow them). */
const RECONCILIATION =
  /对账|要对吗|都要对|分别对|一个一个对|回执|调节|未达|差异|不符|相符|对不上|入账|记账|账上|支票|在途|已收|已付|未收|未付|reconcil|statement|receipt|outstanding|mismatch|discrepanc|\bbooks?\b|ledger|exempt|cheque|credited|debited|in transit/;

/** True when the question names reconciliation itself (对账, 回执, statement …), not just banking. */
export function mentionsReconciliation(question: string): boolean {
  return RECONCILIATION.test(fold(question));
}

/** Where to send a question the FAQ does not answer: transfers and other banking go elsewhere. */
export function redirectOf(question: string): Redirect {
  const t = fold(question);
  if (TRANSFER.test(t)) return 'transfer';
  if (DATA_REQUEST.test(t)) return 'data';
  if (BANKING.test(t)) return 'banking';
  if (OTHER.test(t)) return 'other';
  return 'none';
}
