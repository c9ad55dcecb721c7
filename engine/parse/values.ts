/**
 * Field values as banks write them: dates, amounts, currencies. Each returns null for text it
 * cannot read, so the reader can name the line; none of them guesses.
 */
import { type Decimal, isKnownCurrency, parseAmount } from '../money.ts';
import { plainDecimal } from '../lines/decimal-text.ts';

const DAYS = [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];

/** A calendar date as YYYY-MM-DD, or null when it does not exist (2026-02-30). */
export function isoDate(y: number, m: number, d: number): string | null {
  if (!(y >= 1900 && y <= 2999 && m >= 1 && m <= 12 && d >= 1)) return null;
  const leap = (y % 4 === 0 && y % 100 !== 0) || y % 400 === 0;
  const max = m === 2 && leap ? 29 : (DAYS[m - 1] ?? 0);
  if (d > max) return null;
  return `${y}-${m < 10 ? '0' : ''}${m}-${d < 10 ? '0' : ''}${d}`;
}

function digits(s: string, from: number, to: number): number {
  let v = 0;
  for (let i = from; i < to; i++) {
    const c = s.charCodeAt(i) - 48;
    if (c < 0 || c > 9) return -1;
    v = v * 10 + c;
  }
  return v;
}

/** Strict `YYYY-MM-DD` (canonical CSV), checked without a regex: it runs once per line. */
export function parseIsoDate(text: string): string | null {
  if (text.length !== 10 || text.charCodeAt(4) !== 45 || text.charCodeAt(7) !== 45) return null;
  const y = digits(text, 0, 4);
  const m = digits(text, 5, 7);
  const d = digits(text, 8, 10);
  if (y < 0 || m < 0 || d < 0) return null;
  return isoDate(y, m, d) === null ? null : text;
}

export type DateFormat = 'auto' | 'YYYY-MM-DD' | 'YYYY/MM/DD' | 'YYYYMMDD' | 'DD.MM.YYYY' | 'DD/MM/YYYY' | 'MM/DD/YYYY';

const YMD_SEP = /^(\d{4})[-/.年](\d{1,2})[-/.月](\d{1,2})日?$/;
const YMD_PLAIN = /^(\d{4})(\d{2})(\d{2})$/;
const DMY = /^(\d{1,2})[./-](\d{1,2})[./-](\d{4})$/;

/**
 * Dates in bank exports: `YYYY/MM/DD`, `YYYY-MM-DD`, `YYYYMMDD`, `YYYY年M月D日`, optionally
 * followed by a time (`2026-03-01 10:22:33`), or one fixed day-first / month-first layout a
 * profile names. Returns YYYY-MM-DD or null.
 */
export function parseBankDate(raw: string, format: DateFormat = 'auto'): string | null {
  let text = raw.trim();
  const space = text.search(/[\sT]/);
  if (space > 0) text = text.slice(0, space);
  if (format === 'DD.MM.YYYY' || format === 'DD/MM/YYYY' || format === 'MM/DD/YYYY') {
    const m = DMY.exec(text);
    if (!m) return null;
    const a = Number(m[1]);
    const b = Number(m[2]);
    const y = Number(m[3]);
    return format === 'MM/DD/YYYY' ? isoDate(y, a, b) : isoDate(y, b, a);
  }
  const sep = YMD_SEP.exec(text);
  if (sep && format !== 'YYYYMMDD') return isoDate(Number(sep[1]), Number(sep[2]), Number(sep[3]));
  const plain = YMD_PLAIN.exec(text);
  if (plain && (format === 'auto' || format === 'YYYYMMDD')) return isoDate(Number(plain[1]), Number(plain[2]), Number(plain[3]));
  return null;
}

/**
 * A signed decimal as canonical CSV writes it (`-1234.50`): scanned by hand, a Decimal built
 * only once the text is known to be plain; other spellings (`1,234.50`) go through parseAmount.
 */
export function readAmount(text: string): Decimal | null {
  const n = text.length;
  if (n === 0 || n > 40) return n === 0 ? null : parseAmount(text);
  let i = 0;
  const c0 = text.charCodeAt(0);
  if (c0 === 45 || c0 === 43) i = 1;
  let digitsSeen = 0;
  let dot = false;
  for (; i < n; i++) {
    const c = text.charCodeAt(i);
    if (c >= 48 && c <= 57) digitsSeen++;
    else if (c === 46 && !dot) dot = true;
    else return parseAmount(text);
  }
  if (digitsSeen === 0 || digitsSeen > 30) return null;
  return plainDecimal(text);
}

const CURRENCY_NAMES: Readonly<Record<string, string>> = {
  人民币: 'CNY', 人民币元: 'CNY', 本币: 'CNY', 元: 'CNY', RMB: 'CNY', CNY: 'CNY',
  美元: 'USD', 美金: 'USD', 港币: 'HKD', 港元: 'HKD', 欧元: 'EUR', 日元: 'JPY', 英镑: 'GBP',
  澳元: 'AUD', 加元: 'CAD', 瑞士法郎: 'CHF', 新加坡元: 'SGD', 澳门元: 'MOP', 新台币: 'TWD', 韩元: 'KRW',
};

/** ISO code for a currency written as a code (`CNY`, `usd`) or a Chinese name (`人民币`). */
export function currencyCode(text: string): string | null {
  const t = text.trim();
  const named = CURRENCY_NAMES[t] ?? CURRENCY_NAMES[t.toUpperCase()];
  if (named !== undefined) return named;
  const upper = t.toUpperCase();
  return /^[A-Z]{3}$/.test(upper) && isKnownCurrency(upper) ? upper : null;
}

/**
 * The amount in integer minor units as a JavaScript number, when `text` is a plain decimal
 * (`-1234.5`) with at most `scale` decimals and the result is a safe integer; else NaN. Used
 * only to check running balances quickly: the reported amount is always the Decimal.
 */
export function exactMinor(text: string, scale: number): number {
  const n = text.length;
  let i = 0;
  let negative = false;
  const c0 = text.charCodeAt(0);
  if (c0 === 45 || c0 === 43) {
    negative = c0 === 45;
    i = 1;
  }
  let value = 0;
  let decimals = -1;
  let digitCount = 0;
  for (; i < n; i++) {
    const c = text.charCodeAt(i);
    if (c === 46 && decimals === -1) {
      decimals = 0;
      continue;
    }
    if (c < 48 || c > 57) return NaN;
    value = value * 10 + (c - 48);
    digitCount++;
    if (decimals !== -1) decimals++;
  }
  if (digitCount === 0 || digitCount > 15) return NaN;
  const d = decimals === -1 ? 0 : decimals;
  if (d > scale) return NaN;
  for (let k = d; k < scale; k++) value *= 10;
  if (!Number.isSafeInteger(value)) return NaN;
  return negative ? -value : value;
}

function twoDigits(text: string, at: number): number {
  const a = text.charCodeAt(at) - 48;
  const b = text.charCodeAt(at + 1) - 48;
  return a >= 0 && a <= 9 && b >= 0 && b <= 9 ? a * 10 + b : -1;
}

/**
 * True when `text.slice(from, to)` is a calendar date written YYYY-MM-DD with a year from 1900
 * to 2999 (the same dates parseIsoDate accepts), checked with character codes, no substring.
 */
export function isIsoDateAt(text: string, from: number, to: number): boolean {
  if (to - from !== 10 || text.charCodeAt(from + 4) !== 45 || text.charCodeAt(from + 7) !== 45) return false;
  const hi = twoDigits(text, from);
  const lo = twoDigits(text, from + 2);
  const m = twoDigits(text, from + 5);
  const d = twoDigits(text, from + 8);
  if (hi < 0 || lo < 0 || m < 1 || m > 12 || d < 1) return false;
  const y = hi * 100 + lo;
  if (y < 1900 || y > 2999) return false;
  const leap = (y % 4 === 0 && y % 100 !== 0) || y % 400 === 0;
  return d <= (m === 2 && leap ? 29 : (DAYS[m - 1] ?? 0));
}
