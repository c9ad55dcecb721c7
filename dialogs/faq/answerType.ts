/**
 * What kind of fact a question asks for, and whether an entry's answer states one: "how long"
 * (a duration or a deadline), "how many" (a count or a limit), "how much" (a fee), "what time /
 * which day". A question that asks how many days the SMS code lasts is not answered by an entry
 * about SMS codes that states no duration, however many words they share. Folded text (fold.ts).
 */
export type AnswerType = 'duration' | 'count' | 'fee' | 'when' | 'validity';

const ASKS: readonly (readonly [AnswerType, RegExp])[] = [
  ['duration', /多久|多长时间|多少天|几天|几个?工作日|几分钟|几个?小时|几个月|几年|时限|有效期|\bhow long\b|\bhow many (days|hours|minutes|weeks|months|years)\b|\bby when\b|\bhow soon\b/],
  ['count', /几位|几次|几笔|几家|几台|几张|多少个|多少笔|多少次|多少位|最多能|上限|\bhow many\b(?! (days|hours|minutes|weeks|months|years)\b)|\bmax(imum)?\b|\blimit on\b/],
  ['fee', /多少钱|收不收费|收费吗|要钱吗|费用是多少|手续费多少|\bhow much\b|\bwhat (does|do) it cost\b|\bfees?\b|\bcost\b|\bprice\b/],
  ['when', /几点|几号|哪天|\bwhat time\b|\bwhich day\b/],
  // how long something stays valid: an answer that says to wait a minute does not say that
  ['validity', /有效期|(多久|多长时间|几分钟|几天|几年)(内)?有效|多久(会)?(过期|失效)|\bvalid for\b|\bhow long (is|are) (it|the|a|my|an)\b.{0,30}\bvalid\b|\bexpires?\b/],
];

const STATES: Readonly<Record<AnswerType, RegExp>> = {
  duration: /[0-9]|[一二两三四五六七八九十半]+\s*个?(工作日|自然日|天|日|小时|分钟|周|个月|月|年)|每(天|日|周|月|季|年)|截止日期|期限|\b(days?|hours?|minutes?|weeks?|months?|years?|deadline|monthly|quarterly|daily|yearly)\b/,
  count: /[0-9]|[一二两三四五六七八九十]+\s*(次|个|位|笔|家|台|张)|不限|没有上限|\b(once|twice|one|two|three|four|five|six|ten|unlimited|no limit)\b/,
  fee: /收费|免费|费用|手续费|[0-9]|\b(free|fees?|charges?|charged|costs?)\b/,
  when: /[0-9]|每(天|日|月|季|年)|月初|月末|月底|工作日|日终|\b(daily|monthly|quarterly|every|each|end of)\b|截止日期/,
  validity: /有效|过期|失效|到期|\b(valid|validity|expir\w*)\b/,
};

/** The kinds of fact a (folded) question asks for. */
export function asksFor(folded: string): AnswerType[] {
  return ASKS.filter(([, re]) => re.test(folded)).map(([t]) => t);
}

/** The kinds of fact a (folded) answer text states. */
export function statesIn(folded: string): Set<AnswerType> {
  return new Set((Object.keys(STATES) as AnswerType[]).filter((t) => STATES[t].test(folded)));
}
