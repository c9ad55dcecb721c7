/**
 * Free text → what the person wants. Rules, not a model: the phrases staff actually type in
 * zh-CN and en. Later dialogs (resolve, approve, run, setup) add recognisers with `extraRules`
 * without touching this file's order for the built-in intents.
 */
export type BuiltInIntent =
  | { name: 'status'; accountHint?: string }
  | { name: 'subscribe' }
  | { name: 'unsubscribe' }
  | { name: 'sendSummaryNow' }
  /** Staff asking to see the daily summary now (每日汇总, 日报, daily summary). */
  | { name: 'summary' }
  | { name: 'help' }
  | { name: 'greeting' }
  /** A command word (取消, back, a bare number…) typed while no dialog is running. */
  | { name: 'command'; pick?: boolean }
  | { name: 'faq' };

/** An intent added by a later dialog: a name the main dialog maps to a registered route. */
export interface ExtensionIntent {
  name: 'extension';
  route: string;
  args: Record<string, string>;
}

export type Intent = BuiltInIntent | ExtensionIntent;

/** A recogniser for an extension: returns its intent, or null to let the next rule try. */
export type IntentRule = (normalised: string) => ExtensionIntent | null;

/**
 * What a person typed, folded for comparing with the phrases of intents, commands and choices:
 * NFKC (full-width digits and letters become ASCII), trimmed, lower case, single spaces.
 */
export function foldTyped(text: string): string {
  return text.normalize('NFKC').trim().toLowerCase().replace(/\s+/g, ' ');
}

const SEND_NOW = /(立即|马上|现在)(发送|推送)(日报|汇总)|send (the )?(daily )?summary now|^send summary$/;
const UNSUBSCRIBE = /取消订阅|退订|unsubscribe|stop (the )?(daily )?summary/;
const SUBSCRIBE = /订阅(日报|每日汇总|汇总)?$|^订阅|subscribe/;
/** The daily summary asked for by its name, the whole message (staff). */
const SUMMARY = /^((给我)?(看看|看一下|查看|发我|我要看|显示)|(show|see|view|get)( me)?)?\s*(今天|今日|today'?s?|the|my)?\s*的?\s*(每日|对账|每日对账)?(汇总|日报)(呢|吧)?[?？。.!！]*$|^((show|see|view|get)( me)? )?(the |today'?s |my )?daily (summary|report)( please)?[?.!]*$/;
const HELP = /^(帮助|help|菜单|menu|\?|？|你能做什么|能做什么|怎么用|what can you do)$/;
const GREETING = /^(你好|您好|嗨|哈喽|早上好|下午好|晚上好|hi|hello|hey|good (morning|afternoon|evening))[!！。.~～\s]*$/;
/** An account number and the word status, nothing else ("0001 状态", "status 12340001"). */
const BARE_ACCOUNT_STATUS = /^(?:(\d{4,34})\s*的?(?:对账)?(?:状态|情况)|(?:status|state)\s*(?:of\s*)?(\d{4,34})|(\d{4,34})\s*(?:status|state))[?？。.!！]*$/;
/**
 * Staff status requests in their own words: the whole message is the request ("今天对账情况",
 * "对账结果", "有多少未处理差异"), not any sentence that happens to contain 对账结果.
 */
const STATUS = [
  /^(今天|今日|本月|最新|昨天)?的?对账(情况|状态|进度|结果)(怎么样|如何|呢)?[?？。.!！]*$/,
  /^(今天|今日|本月|最新|昨天)?的?(对账|差异)(情况|状态|进度|结果|汇总|统计)(怎么样|如何|出来了吗|出来没有?)?[?？。.!！]*$/,
  /^(查看|看看|看一下|查一下|查询)(今天|今日|本月|最新)?的?(对账|差异)(情况|状态|进度|结果)/,
  /(账户|账号|尾号)\s*\d{0,34}\s*的?(状态|情况)/,
  /\b(account|acct)\b.{0,24}\bstatus\b|\bstatus\b.{0,12}\b(account|acct)\b/,
  /^(还有|有)?(多少|几笔|几条)(未处理|未解决|待处理|未完成|未清|未达)的?差异[?？]*$/,
  /(未处理|未解决|待处理|未完成|未清)的?差异(有多少|有几笔|还有多少|情况|汇总|统计)/,
  /^(状态|今日状态|今天状态)$/,
  BARE_ACCOUNT_STATUS,
  /^((the |today'?s? )?(reconciliation )?status( please)?|(show )?(open|unresolved) differences|how many (open |unresolved )?differences( today)?)[?.!]*$/,
];
/** The command words that pick from a list (a number, an ordinal) rather than cancel or go back. */
const PICK_WORD = String.raw`\d{1,2}|第?[一二三四五六七八九十]个?|(the )?(first|second|third|fourth|fifth)( one)?`;
const PICK = new RegExp(`^(${PICK_WORD})[.。!！]*$`);
/** Command words of the guided dialogs; outside a dialog they have nothing to act on. */
const COMMAND = new RegExp(`^(取消|返回|退出|上一步|下一步|重来|重新开始|结束|back|cancel|quit|exit|stop|next|prev|previous|undo|(?!88[.。!！]*$)(${PICK_WORD}))[.。!！]*$`);
/**
 * What a customer types that can only be a request for account data (balances, the state of an
 * account): an account number, or "查我的余额/对账结果" with no question about how things work.
 */
const CUSTOMER_DATA = [
  /(账户|账号|尾号|account|acct)\s*\d{4,34}/,
  /^(帮我|请)?(查|查询|查一下|看看|看一下)(我|我们|我司|我的|我们的|公司)?的?(账户)?(余额|对账结果|对账状态|对账情况|差异)[?？。]*$/,
  /^(show |check )?(my |our )(account )?(balance|status|reconciliation status)( please)?[?.!]*$/,
];
const ACCOUNT = /(?:账户|账号|尾号|account|acct\.?|a\/c)\s*(?:尾号|ending(?: in)?|no\.?|number|#|:|：)?\s*(\d{4,34})/;

const HOW = /怎么|如何|怎样|为什么|为啥|什么是|是什么|什么意思|啥意思|咋|对不上|不符|不一致|\bhow (do|to|can|should)\b|\bwhat (is|does)\b|\bwhy\b/;

/**
 * Whether the folded text asks for status: a whole-message status request ("今天对账情况"), or, from
 * a customer, one for their account data ("查一下我的余额"); never a question about how things work.
 * A customer's request is refused (and audited) by the main dialog; their questions go to the FAQ.
 */
function asksStatus(t: string, asker: 'staff' | 'customer'): boolean {
  if (HOW.test(t)) return false;
  return STATUS.some((re) => re.test(t)) || (asker === 'customer' && CUSTOMER_DATA.some((re) => re.test(t)));
}

/**
 * Recognises the intent of one message; `extraRules` are tried before the FAQ fallback. `asker`
 * (default staff) decides how much it takes to read a message as a status request: for a customer
 * every question goes to the FAQ unless it can only be a request for account data.
 */
export function recognizeIntent(text: string, extraRules: readonly IntentRule[] = [], asker: 'staff' | 'customer' = 'staff'): Intent {
  const t = foldTyped(text);
  if (t.length === 0) return { name: 'help' };
  if (COMMAND.test(t)) return { name: 'command', ...(PICK.test(t) ? { pick: true } : {}) };
  if (SEND_NOW.test(t)) return { name: 'sendSummaryNow' };
  if (UNSUBSCRIBE.test(t)) return { name: 'unsubscribe' };
  if (SUBSCRIBE.test(t)) return { name: 'subscribe' };
  for (const rule of extraRules) {
    const hit = rule(t);
    if (hit) return hit;
  }
  if (asker === 'staff' && SUMMARY.test(t)) return { name: 'summary' };
  if (asksStatus(t, asker)) {
    const bare = BARE_ACCOUNT_STATUS.exec(t);
    const account = ACCOUNT.exec(t)?.[1] ?? (bare ? (bare[1] ?? bare[2] ?? bare[3]) : undefined);
    return account ? { name: 'status', accountHint: account } : { name: 'status' };
  }
  if (HELP.test(t)) return { name: 'help' };
  if (GREETING.test(t)) return { name: 'greeting' };
  return { name: 'faq' };
}
