/**
 * What the FAQ says besides answers: a brief reply to greetings, thanks and goodbyes, and, when it
 * cannot answer, what it does and where to go instead (a transfer is done in online banking or at
 * the counter, not here). Rules over folded text; the whole message must be small talk, so
 * "谢谢，回执怎么交" is still a question.
 */
import { fold } from './fold.ts';

export type SmallTalk = 'greeting' | 'thanks' | 'bye';
export type Redirect = 'transfer' | 'banking' | 'none';

const FILLER = /[\s,，.。!！~～?？、…:：;；]+|啊|呀|哈|哦|喔|噢|嗯|呢|啦|哒|了|lol|:\)/g;
const SMALL_TALK: readonly (readonly [SmallTalk, RegExp])[] = [
  ['thanks', /^(好的?|ok|okay|行|嗯)?(谢谢|多谢|谢啦|谢|感谢|谢谢你|谢谢您|谢谢啊|辛苦|thanks?|thankyou|thanku|thx|ty|cheers|great|明白|懂|知道|收到|got ?it|ok|okay|好的?)(你|您|a ?lot|very ?much|so ?much)?$/],
  ['greeting', /^(你好|您好|嗨|哈喽|哈罗|在吗|在不在|早|早上好|上午好|下午好|晚上好|hi|hello|hey|hiya|yo|goodmorning|goodafternoon|goodevening|anyonethere)$/],
  ['bye', /^(再见|拜拜|bye|byebye|goodbye|seeyou|回头见)$/],
];

/** Questions about the assistant itself ("你能做什么", "are you a bot"): answered by its own entry. */
const ABOUT_ASSISTANT = /^(你|您|机器人|助手|bot)?(到底)?(能|可以|会)?(帮我|帮忙|为我)?(做|干|办)?(什么|哪些事|哪些)$|你是(谁|机器人|真人|人工)|(是|是不是)(机器人|真人|人工)(吗|回复)?|\bare you (a )?(bot|robot|human|real|person)\b|\bwhat can (you|this bot) do\b|\b(can|could) you (do|reconcile|confirm) (it|my|our|the)\b.*\bfor (me|us)\b/;

/** True when the message asks what the assistant is or can do. */
export function asksAboutAssistant(question: string): boolean {
  return ABOUT_ASSISTANT.test(fold(question).replace(FILLER, ''));
}

/** The kind of small talk the whole message is, or undefined when it is anything else. */
export function smallTalkOf(question: string): SmallTalk | undefined {
  const bare = fold(question).replace(FILLER, '');
  if (bare.length === 0 || bare.length > 16) return undefined;
  return SMALL_TALK.find(([, re]) => re.test(bare))?.[0];
}

const TRANSFER = /转账|转钱|打钱|汇款|汇钱|付款给|\btransfer|\bwire\b|send money|\bremit|\bpay (someone|somebody|a supplier)\b/;
const BANKING = new RegExp(
  [
    '贷款|借钱|信用卡|理财|基金|股票|利率|利息|汇率|换汇|外汇|结汇|购汇|开户|存款(?!日记账|余额)|取款|取钱|(查|查询|看)一?下?.{0,8}余额',
    '银行卡|借记卡|储蓄卡|存折|atm|取现|营业时间|几点(开门|下班|关门)|网点(地址|在哪)|最近的网点|发票|个税|报税|纳税|代发工资|工资代发',
    'pos机|贴现|承兑汇票|保险|黄金|数字人民币|信用证|保函|(换|改|变更|改绑)(绑定的?)?手机号|预留手机号|支票本|买支票',
    '\\bloans?\\b|\\bmortgage|credit card|\\binvest|\\bstocks?\\b|\\binterest\\b|exchange rate|open an? (new )?account',
    'close (my|an|the|our) account|deposit|withdraw|account balance of|debit card|bank card|\\batm\\b|opening hours|business hours',
    '\\binsurance|\\btax(es)?\\b|payroll|cheque ?book|check ?book|standing order|direct debit|overdraft|savings account',
    '\\bpin\\b|letter of credit|\\bforex\\b|nearest branch|branch address',
  ].join('|'),
);

/** Where to send a question the FAQ does not answer: transfers and other banking go elsewhere. */
export function redirectOf(question: string): Redirect {
  const t = fold(question);
  if (TRANSFER.test(t)) return 'transfer';
  if (BANKING.test(t)) return 'banking';
  return 'none';
}
