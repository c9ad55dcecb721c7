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

/** The latest period of `cycle` that has fully ended before `today`: the one that is due. */
export function duePeriod(cycle: Cycle, today: string): Period {
  const current = periodOf(cycle, today);
  return periodOf(cycle, dayBefore(current.from));
}
