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
  | { name: 'help' }
  | { name: 'greeting' }
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
const HELP = /^(帮助|help|菜单|menu|\?|？|你能做什么|能做什么|怎么用|what can you do)$/;
const GREETING = /^(你好|您好|嗨|哈喽|早上好|下午好|晚上好|hi|hello|hey|good (morning|afternoon|evening))[!！。.~～\s]*$/;
const STATUS = [
  /对账(情况|状态|进度|结果)/,
  /(账户|账号).*(状态|情况)/,
  /(未处理|未解决|待处理|未完成|未清|未达)的?差异/,
  /多少.*差异/,
  /差异(情况|汇总|统计|多少)/,
  /^(状态|今日状态|今天状态)$/,
  /\b(status|reconciliation status|open differences|unresolved differences|how many differences)\b/,
];
const ACCOUNT = /(?:账户|账号|尾号|account|acct\.?|a\/c)\s*(?:尾号|ending(?: in)?|no\.?|number|#|:|：)?\s*(\d{4,34})/;

/** Recognises the intent of one message; `extraRules` are tried before the FAQ fallback. */
export function recognizeIntent(text: string, extraRules: readonly IntentRule[] = []): Intent {
  const t = foldTyped(text);
  if (t.length === 0) return { name: 'help' };
  if (SEND_NOW.test(t)) return { name: 'sendSummaryNow' };
  if (UNSUBSCRIBE.test(t)) return { name: 'unsubscribe' };
  if (SUBSCRIBE.test(t)) return { name: 'subscribe' };
  for (const rule of extraRules) {
    const hit = rule(t);
    if (hit) return hit;
  }
  const account = ACCOUNT.exec(t)?.[1];
  // "对账结果和我的账对不上怎么办" names 对账结果 but asks how: a how/why/what question is the FAQ's.
  const asksHow = /怎么|如何|怎样|为什么|为啥|什么是|是什么|什么意思|啥意思|\bhow (do|to|can|should)\b|\bwhat (is|does)\b|\bwhy\b/.test(t);
  if (!asksHow && (STATUS.some((re) => re.test(t)) || (account !== undefined && /状态|情况|status/.test(t)))) {
    return account ? { name: 'status', accountHint: account } : { name: 'status' };
  }
  if (HELP.test(t)) return { name: 'help' };
  if (GREETING.test(t)) return { name: 'greeting' };
  return { name: 'faq' };
}
