/**
 * Messages the FAQ declines with where to go instead, whatever words they borrow: transfers (online
 * banking or the counter), other banking (loans, cards, opening accounts, fees), requests to look
 * data up (the assistant looks nothing up), and office or everyday matters. Rules over folded text;
 * a banking message that names reconciliation itself (对账, 回执, statement) may still be answered
 * when an entry fits it well (answer.ts decides).
 */
import { fold } from './fold.ts';

export type Redirect = 'instruction' | 'transfer' | 'banking' | 'data' | 'other' | 'none';

const TRANSFER = /转账|转钱|打钱|汇款|汇钱|付款给|转到.{0,6}(卡|账户|户头)上?$|把.{0,8}钱(转|汇|打)|(帮我|给我|替我)转(?!人工|接|发|告)|转.{0,6}(块钱|万块|元钱|万元)(?!.{0,10}(对账|入账|记账|账上))|\btransfer(?!(red|ring)? to (another|a different|a new|the other) (branch|department|office|team|role|job))(?!(ring)? ?(a |the |this |that |our )?(customer|client|caller|call|him|her|them|客户|来电|电话)s?(?!.{0,20}(\d|money|fund|cash|yuan|rmb|usd|钱|元|块|万)))|\bwire\b|send money|\bremit|\bpay (someone|somebody|a supplier)\b/;
const BANKING = new RegExp(
  [
    '开(一个|个|新的?)?.{0,6}(账户|户头)|支票(丢|遗失|被盗|挂失)|(开通|办理|注销|申请)网银|网银(开通|办理|注销|证书费)|网银.{0,4}用户名|(修改|更改|改)用户名|短信通知|动账通知|短信提醒|营业厅|基本户|一般户|专用户|法人变更|变更法人|(钱|款)(打|转|汇)过来|(钱|款)(还)?没(到|收到)',
    'credit rating|信用评级|register (a |the )?(new )?company|注册公司|年报|高新|出口退税|完税|tax rebate|annual report|供应链金融|supply chain finance|\\bcorporate tax',
    '刷脸|人脸|指纹|face id|fingerprint|个人网银|个人银行|personal (and|vs|versus|or) business|personal banking|余额不足|扣款失败|insufficient funds|payment failed|注销.{0,4}账户|账户.{0,4}注销|close (the |our |my )?(company |business )?account|换.{0,3}客户经理|资信证明|(?<!\\b(audit\\w*|bank|balance)\\W.{0,30})confirmation letter(?!.{0,40}\\baudit)|for payments|付款审批|(修改|更改|换|绑定).{0,4}邮箱|change (the |my |our )?e-?mail|receiving payments|收款手续费|预约(?!.{0,8}(上门|教|培训|指导))|appointment(?!.{0,30}(teach|train|show us|on-?site))',
    '网上支付|在线支付|pay (my |the |our )?bills?|bill pay|branch close|(does|do) the branch|批量付款|扫码|缴税|交税|缴费|行长|cash advance|stop (a |the )?(cheque|check|payment)|cancel (a |the |my )?payment',
    '房贷|车贷|消费贷|经营贷|按揭|公积金|社保|医保|比特币|虚拟货币|外币|年费|管理费|账户管理费|开户材料|(带|准备|需要)(什么|哪些)材料|营业执照|账户怎么开|怎么开.{0,8}账户|贷款|借钱|信用卡|理财|基金|股票|利率|利息|汇率|换汇|外汇|结汇|购汇|开户|存款(?!日记账|余额)|取款|取钱|(查|查询|看)一?下?.{0,8}余额',
    '银行卡|借记卡|储蓄卡|存折|柜员机|过数(?!据)|(账户|账号|卡)(被|给)?(冻结|冻了|止付)|account (was |is |got |has been )?(frozen|blocked)|取现|营业时间|几点(开门|下班|关门)|网点(地址|在哪)|最近的网点|发票|个税|报税|纳税|代发工资|工资代发',
    'pos机|(存|换|买|兑换?)(美元|港币|欧元|日元)|(美元|港币|欧元|日元)(存款|兑|换|汇率)|收款码|小程序收款|贴现|承兑汇票|保险|黄金|数字人民币|信用证|保函|(换|改|变更|改绑)(绑定的?)?手机号|支票本|买支票',
    '\\bloans?\\b|\\bmortgage|credit card|\\binvest|\\bstocks?\\b|\\binterest\\b|exchange rate|open an? (new )?account',
    'close (my|an|the|our) account|deposit|withdraw(al)? (of )?(cash|money|funds|\\d)|withdraw (from|at)\\b|cash withdrawal|early withdrawal|withdrawal penalty|account balance of|debit card|bank card|\\batm\\b|opening hours|business hours',
    '\\binsurance|\\btax(es)?\\b|payroll|cheque ?book|check ?book|standing order|direct debit|overdraft|savings account',
    '余额(还)?(是|有)?多少|还(剩|有)多少钱|有多少钱|what\'?s (my|our|the) (account )?balance|how much (money )?(is|do (i|we) have|have (i|we) got) in|(check|show|tell me) (my|our) balance',
    '\\b(credit|debit|bank|atm|my|lost|stolen) cards?\\b|crypto|bitcoin|\\bcar loan|credit limit|credit score',
    '(register|sign up|apply) for (online|internet|mobile) banking|add an? (new )?user|legal representative|basic account|general account|(sms|text) alerts|print (a |our )?bank statement for|payment (has )?arrived|check (whether|if) (a |the |our )?(payment|money|transfer)',
    '(?<!((usb|u) ?key|u盾|ukey|token|dongle|certificate).{0,30})\\bpin\\b|letter of credit|\\bforex\\b|nearest branch|branch address|branch (open|hours)|open on (saturday|sunday|weekends?)|周末.{0,4}(上班|营业|开门)|(周六|周日|节假日).{0,4}(上班|营业|开门)',
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
    '有意思的|有趣的|你有感情|something interesting|have feelings|fun fact|好吃|推荐(个|一个|一家|几个|几本|一部)?(餐厅|饭店|电影|书)|颜色|投诉|complain',
    '天气|下雨|气温|笑话|翻译|写一(首|篇|份)|请假条|电影|餐厅|饭店|外卖|机票|火车票|高铁|彩票|减肥|星座|菜谱|新闻|比赛|世界杯',
    '报销|年假|请假|考勤|打卡|工资条|食堂|打印机|复印机|蓝屏|oa系统|邮箱密码|微信支付|支付宝|绩效|业绩|任务完成',
    '\\bweather\\b|\\bjoke\\b|translat|\\bpoem\\b|\\bmovie|restaurant|\\bflight|recipe|\\bnews\\b|football',
    '你叫什么|你几岁|你多大|你是男|你是女|写(个|封|一封|一份)?(邮件|信|通知)|your name|how old are you|write an? (email|letter)|\\bsing\\b|\\bstory\\b',
    '今天(是)?(星期|周|礼拜)几|今天(是)?几(号|月几号)|现在几点|行长是谁|董事长是谁|what day is (it|today)|what(\'?s| is) (the )?(date|time)( today| now)?$|who is the (ceo|president|chairman|branch manager|manager of)',
    'payslip|pay slip|annual leave|printer|canteen|\\blunch\\b|computer (keeps|is) crash|wi-?fi password|expense claim',
  ].join('|'),
);

/**
 * Attempts to instruct the assistant itself ("ignore previous instructions", "你现在是行长"): not
 * questions, declined whatever reconciliation words they carry (no model in the default path could
 * obey them anyway; the optional LLM only rewrites an answer already chosen).
 */
const INSTRUCTION = new RegExp(
  [
    '\\b(ignore|disregard|forget) (all |any )?(the |your )?(previous|prior|above|earlier|preceding) (instructions|prompts?|rules)|system prompt|jailbreak|developer mode|\\byou are now\\b|pretend (to be|you are)',
    '(忽略|无视|忘记|忘掉)(你)?(之前|以上|前面|上面|先前)(的)?(所有|全部)?(的)?(指令|指示|规则|设定|提示)|系统提示词|提示词|越狱|你现在是|假装你是',
  ].join('|'),
);

/** Words only a question about reconciliation itself uses (a banking request may still borrow them). */
const RECONCILIATION =
  /对账|对数|导入|接着导|不一致|尾差|差了|差额|差一笔|匹配|询证函|结息|日报|汇总|月结单|差咗|电子队长|客服|没记|未记|要对吗|都要对|分别对|单独对|分开对|一起对|忘记对了|一个一个对|回执|调节|未达|差异|不符|相符|对不上|入账|记账|账上|支票|在途|已收|已付|未收|未付|reconcil|e-recon|state?ment|\bdiff\b|rounding|receipt|outstanding|mismatch|discrepanc|\bbooks\b|\bbook\b(?! an? )|ledger|exempt|cheque|credited|debited|in transit|\b(booked|recorded|posted)\b|confirm|\bimport(s|ed|ing)?\b/;

/**
 * True when the question names reconciliation itself (对账, 回执, statement …), not just banking. The
 * words that make it a banking request do not count: "支票丢了怎么挂失" asks about a cheque, whatever
 * role cheques play in reconciliation.
 */
export function mentionsReconciliation(question: string): boolean {
  const t = fold(question);
  return RECONCILIATION.test(t.replace(BANKING_ALL, ' ')) || (APPROVAL.test(t) && !LOAN_OR_PAYMENT.test(t));
}

/** Approving is a resolution's second step, unless it is a loan's or a payment's ("贷款审批要多久"). */
const APPROVAL = /审批|复核|approv/;
const LOAN_OR_PAYMENT = /贷款|借款|\bloans?\b|付款|支付|payments?\b/;

/** BANKING, for taking its matches out of a question. */
const BANKING_ALL = new RegExp(BANKING.source, 'g');

/** A person moved, not money: "not authorized for this branch after transfer", "since my transfer to the head office". */
const STAFF_TRANSFER = /\b(after|since) (a |my |the |our |her |his )?transfer\b.{0,40}$|\btransfer to (the )?(head office|hq)\b/;
const STAFF_CONTEXT = /\b(branch|department|office|role|team|log ?in|sign ?in|access|authori[sz]ed|permission)\b/;

/** Where to send a question the FAQ does not answer: transfers and other banking go elsewhere. */
export function redirectOf(question: string): Redirect {
  const t = fold(question);
  if (INSTRUCTION.test(t)) return 'instruction';
  if (TRANSFER.test(t) && !(STAFF_TRANSFER.test(t) && STAFF_CONTEXT.test(t))) return 'transfer';
  if (DATA_REQUEST.test(t)) return 'data';
  if (BANKING.test(t)) return 'banking';
  if (OTHER.test(t)) return 'other';
  return 'none';
}
