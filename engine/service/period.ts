/**
 * Reconciliation periods: a day (2026-10-31), a month (2026-10), a quarter (2026-Q3), a half-year
 * (2026-H1) or a year (2026). Pure date arithmetic on YYYY-MM-DD strings (no time zones).
 */
import { EngineError } from '../errors.ts';

export type Cycle = 'daily' | 'monthly' | 'quarterly' | 'semiannual' | 'annual';

export interface Period {
  /** The label as written: 2026-10-31, 2026-10, 2026-Q3, 2026-H1, 2026. */
  readonly label: string;
  /** First day, YYYY-MM-DD. */
  readonly from: string;
  /** Last day, YYYY-MM-DD. */
  readonly to: string;
}

const pad = (n: number, w = 2): string => String(n).padStart(w, '0');

function lastDay(year: number, month: number): number {
  return new Date(Date.UTC(year, month, 0)).getUTCDate();
}

function months(year: number, first: number, last: number, label: string): Period {
  return { label, from: `${year}-${pad(first)}-01`, to: `${year}-${pad(last)}-${pad(lastDay(year, last))}` };
}

/** True for a real calendar date written YYYY-MM-DD. */
export function isIsoDate(s: string): boolean {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(s);
  if (!m) return false;
  const [y, mo, d] = [Number(m[1]), Number(m[2]), Number(m[3])];
  return mo >= 1 && mo <= 12 && d >= 1 && d <= lastDay(y, mo);
}

/** Parses a period label; throws STORE.BAD_PERIOD naming what was given. */
export function parsePeriod(label: string): Period {
  const s = label.trim();
  if (isIsoDate(s)) return { label: s, from: s, to: s };
  let m = /^(\d{4})-(\d{2})$/.exec(s);
  if (m && Number(m[2]) >= 1 && Number(m[2]) <= 12) return months(Number(m[1]), Number(m[2]), Number(m[2]), s);
  m = /^(\d{4})-Q([1-4])$/i.exec(s);
  if (m) {
    const q = Number(m[2]);
    return months(Number(m[1]), q * 3 - 2, q * 3, `${m[1]}-Q${q}`);
  }
  m = /^(\d{4})-H([12])$/i.exec(s);
  if (m) {
    const h = Number(m[2]);
    return months(Number(m[1]), h * 6 - 5, h * 6, `${m[1]}-H${h}`);
  }
  m = /^(\d{4})$/.exec(s);
  if (m) return months(Number(m[1]), 1, 12, s);
  throw new EngineError('STORE.BAD_PERIOD', `bad period ${label}`, { period: label });
}

/** The months a period spans (one for a day or a month), as month periods, earliest first. */
export function monthsOf(period: Period): Period[] {
  const months: Period[] = [];
  for (let m = periodOf('monthly', period.from); m.from <= period.to; m = periodOf('monthly', dayAfter(m.to))) months.push(m);
  return months;
}

/** The cycle a period label is one of: a day, a month, a quarter, a half-year or a year. */
export function cycleOfPeriod(period: Period): Cycle {
  if (isIsoDate(period.label)) return 'daily';
  if (/-Q[1-4]$/.test(period.label)) return 'quarterly';
  if (/-H[12]$/.test(period.label)) return 'semiannual';
  return /^\d{4}$/.test(period.label) ? 'annual' : 'monthly';
}

/** The period of `cycle` that contains `date` (YYYY-MM-DD). */
export function periodOf(cycle: Cycle, date: string): Period {
  const y = Number(date.slice(0, 4));
  const mo = Number(date.slice(5, 7));
  switch (cycle) {
    case 'daily':
      return parsePeriod(date);
    case 'monthly':
      return parsePeriod(`${y}-${pad(mo)}`);
    case 'quarterly':
      return parsePeriod(`${y}-Q${Math.ceil(mo / 3)}`);
    case 'semiannual':
      return parsePeriod(`${y}-H${mo <= 6 ? 1 : 2}`);
    case 'annual':
      return parsePeriod(String(y));
  }
}

/** The day before a YYYY-MM-DD date. */
export function dayBefore(date: string): string {
  const d = new Date(`${date}T00:00:00Z`);
  d.setUTCDate(d.getUTCDate() - 1);
  return d.toISOString().slice(0, 10);
}

/** The day after a YYYY-MM-DD date. */
export function dayAfter(date: string): string {
  const d = new Date(`${date}T00:00:00Z`);
  d.setUTCDate(d.getUTCDate() + 1);
  return d.toISOString().slice(0, 10);
}

/** Whole days from `from` to `to` (both YYYY-MM-DD). */
export function daysBetween(from: string, to: string): number {
  return Math.round((Date.parse(`${to}T00:00:00Z`) - Date.parse(`${from}T00:00:00Z`)) / 86_400_000);
}

/**
 * A difference's age, the one definition every figure uses (status card, lists, daily summary,
 * run results): whole days from the earliest booking date of its lines to `today`, the branch's
 * calendar day (YYYY-MM-DD); 0 for a line booked today or later, and for no line at all.
 */
export function ageInDays(firstDate: string | null, today: string): number {
  return firstDate === null ? 0 : Math.max(0, daysBetween(firstDate, today));
}

/** The latest period of `cycle` that has fully ended before `today`: the one that is due. */
export function duePeriod(cycle: Cycle, today: string): Period {
  const current = periodOf(cycle, today);
  return periodOf(cycle, dayBefore(current.from));
}

/** The month `offset` months from the one `date` (YYYY-MM-DD) is in, as a period. */
function monthFrom(date: string, offset: number): Period {
  const index = Number(date.slice(0, 4)) * 12 + Number(date.slice(5, 7)) - 1 + offset;
  return parsePeriod(`${Math.floor(index / 12)}-${pad((index % 12) + 1)}`);
}

/** The quarter `offset` quarters from the one `date` is in, as a period. */
function quarterFrom(date: string, offset: number): Period {
  const index = Number(date.slice(0, 4)) * 4 + Math.floor((Number(date.slice(5, 7)) - 1) / 3) + offset;
  return parsePeriod(`${Math.floor(index / 4)}-Q${(index % 4) + 1}`);
}

/** The day `offset` days from `date`. */
function dayFrom(date: string, offset: number): Period {
  const d = new Date(`${date}T00:00:00Z`);
  d.setUTCDate(d.getUTCDate() + offset);
  return parsePeriod(d.toISOString().slice(0, 10));
}

/** Words for a period relative to today, zh and en, each with what it means. */
const RELATIVE: ReadonlyArray<[RegExp, (today: string) => Period]> = [
  [/^(?:本月|这个月|这月|当月|this month|current month)$/, (d) => monthFrom(d, 0)],
  [/^(?:上个月|上月|上一个月|前一个月|last month|previous month)$/, (d) => monthFrom(d, -1)],
  [/^(?:本季度|本季|这个季度|这季度|当季|this quarter|current quarter)$/, (d) => quarterFrom(d, 0)],
  [/^(?:上个季度|上季度|上一季度|上季|上一个季度|last quarter|previous quarter)$/, (d) => quarterFrom(d, -1)],
  [/^(?:今年|本年|本年度|this year)$/, (d) => parsePeriod(d.slice(0, 4))],
  [/^(?:去年|上年|上一年|上年度|last year|previous year)$/, (d) => parsePeriod(String(Number(d.slice(0, 4)) - 1))],
  [/^(?:今天|今日|today)$/, (d) => dayFrom(d, 0)],
  [/^(?:昨天|昨日|yesterday)$/, (d) => dayFrom(d, -1)],
];

/**
 * A period written as words relative to `today` (YYYY-MM-DD): 上个月, 本月, 本季度, 上个季度, 今年,
 * 去年, 昨天, last month, this quarter, last quarter… (case, spaces and a hyphen between English
 * words are ignored); null for anything else.
 */
export function relativePeriod(text: string, today: string): Period | null {
  const t = text.trim().toLowerCase().replace(/[\s-]+/g, ' ');
  for (const [re, period] of RELATIVE) if (re.test(t)) return period(today);
  return null;
}

/** A period as a label (parsePeriod) or as words relative to today; throws STORE.BAD_PERIOD otherwise. */
export function parsePeriodOn(text: string, today: string): Period {
  return relativePeriod(text, today) ?? parsePeriod(text);
}

/**
 * A count of days as people type it: "5", "5天", "5 天", "近5天", "5日", "五天", "5 days", "5d"; null
 * otherwise. Only whole numbers up to 999.
 */
export function parseDayCount(text: string): number | null {
  const t = text.trim().toLowerCase();
  const m = /^(?:近|最近|过去|last\s+)?\s*(\d{1,3}|[一二两三四五六七八九十]{1,3})\s*(?:天|日|days?|d)?$/.exec(t);
  if (!m) return null;
  const n = /^\d+$/.test(m[1]!) ? Number(m[1]) : chineseNumber(m[1]!);
  return n === null ? null : n;
}

const CN_DIGIT: Record<string, number> = { 一: 1, 二: 2, 两: 2, 三: 3, 四: 4, 五: 5, 六: 6, 七: 7, 八: 8, 九: 9 };

/** 一 … 九十九 written in Chinese numerals, or null. */
function chineseNumber(s: string): number | null {
  const m = /^([一二两三四五六七八九])?(十)?([一二三四五六七八九])?$/.exec(s);
  if (!m || (!m[2] && m[1] && m[3])) return null;
  if (!m[2]) return m[1] ? CN_DIGIT[m[1]]! : null;
  return (m[1] ? CN_DIGIT[m[1]]! : 1) * 10 + (m[3] ? CN_DIGIT[m[3]]! : 0);
}
