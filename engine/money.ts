/**
 * Money: a decimal.js Decimal with an ISO 4217 currency. Amounts are never JavaScript numbers.
 * Rounding has one home here: banker's rounding (ROUND_HALF_EVEN) to the currency's minor unit.
 */
import DecimalJs from 'decimal.js';
import { EngineError } from './errors.ts';

/** The project's Decimal constructor: 40 significant digits, banker's rounding. */
export const Decimal = DecimalJs.clone({ precision: 40, rounding: DecimalJs.ROUND_HALF_EVEN, toExpNeg: -40, toExpPos: 40 });
export type Decimal = DecimalJs;

/** Minor-unit scale of the currencies the branch sees; anything else is refused, not guessed. */
const MINOR_UNITS: Readonly<Record<string, number>> = {
  CNY: 2, USD: 2, EUR: 2, HKD: 2, GBP: 2, CHF: 2, AUD: 2, CAD: 2, SGD: 2, NZD: 2, MOP: 2,
  DEM: 2, PLN: 2, SEK: 2, NOK: 2, DKK: 2, CZK: 2, HUF: 2, RUB: 2, THB: 2, MYR: 2, INR: 2,
  TWD: 2, ZAR: 2, AED: 2, SAR: 2, BRL: 2, MXN: 2, TRY: 2, ILS: 2, PHP: 2, IDR: 2, NLG: 2,
  JPY: 0, KRW: 0, VND: 0, CLP: 0, ISK: 0,
  KWD: 3, BHD: 3, JOD: 3, OMR: 3, TND: 3,
};

export interface Money {
  readonly amount: Decimal;
  readonly currency: string;
}

export function isKnownCurrency(code: string): boolean {
  return Object.hasOwn(MINOR_UNITS, code);
}

/** Decimal places of a currency's minor unit (CNY 2, JPY 0, KWD 3). */
export function minorUnits(currency: string): number {
  const scale = MINOR_UNITS[currency];
  if (scale === undefined) throw new EngineError('ENGINE.UNKNOWN_CURRENCY', `unknown currency ${currency}`, { currency });
  return scale;
}

export function money(amount: Decimal | string, currency: string): Money {
  minorUnits(currency);
  return { amount: typeof amount === 'string' ? new Decimal(amount) : amount, currency };
}

export function zero(currency: string): Money {
  return money(new Decimal(0), currency);
}

function sameCurrency(a: Money, b: Money): void {
  if (a.currency !== b.currency) {
    throw new EngineError('ENGINE.CURRENCY_MISMATCH', `cannot combine ${a.currency} and ${b.currency}`, {
      left: a.currency,
      right: b.currency,
    });
  }
}

/** a + b; different currencies are a broken invariant. */
export function add(a: Money, b: Money): Money {
  sameCurrency(a, b);
  return { amount: a.amount.plus(b.amount), currency: a.currency };
}

/** a - b; different currencies are a broken invariant. */
export function subtract(a: Money, b: Money): Money {
  sameCurrency(a, b);
  return { amount: a.amount.minus(b.amount), currency: a.currency };
}

export function sum(items: readonly Money[], currency: string): Money {
  return items.reduce<Money>((acc, m) => add(acc, m), zero(currency));
}

/** Rounds to the currency's minor unit with banker's rounding. */
export function round(m: Money): Money {
  return { amount: m.amount.toDecimalPlaces(minorUnits(m.currency), DecimalJs.ROUND_HALF_EVEN), currency: m.currency };
}

/** Fixed-scale string for reports: "-12.00" (CNY), "1500" (JPY). */
export function formatAmount(amount: Decimal, currency: string): string {
  return amount.toFixed(minorUnits(currency), DecimalJs.ROUND_HALF_EVEN);
}

/** Same as formatAmount with thousands separators, for people: "1,234,567.80". */
export function formatAmountGrouped(amount: Decimal, currency: string): string {
  const fixed = formatAmount(amount, currency);
  const negative = fixed.startsWith('-');
  const [whole = '0', frac] = (negative ? fixed.slice(1) : fixed).split('.');
  const grouped = whole.replace(/\B(?=(\d{3})+(?!\d))/g, ',');
  return `${negative ? '-' : ''}${grouped}${frac !== undefined ? `.${frac}` : ''}`;
}

/** Integer minor units as a bigint, for hash keys in hot loops (the Decimal stays the value). */
export function toMinorUnits(amount: Decimal, currency: string): bigint {
  return BigInt(amount.times(new Decimal(10).pow(minorUnits(currency))).toFixed(0, DecimalJs.ROUND_HALF_EVEN));
}

/** True when the amount has no more decimal places than the currency allows. */
export function fitsMinorUnits(amount: Decimal, currency: string): boolean {
  return amount.decimalPlaces() <= minorUnits(currency);
}

const PLAIN_DECIMAL = /^[+-]?(\d+(\.\d*)?|\.\d+)$/;

/**
 * Reads an amount written by a person or a bank: optional sign, in front or, as SAP and other
 * ledgers export it, behind the number ("1,500.00-"), thousands separators in groups of three
 * ("1,234,567.80"), an optional decimal part. Returns null for anything else (`1e400`, `12,34,5`,
 * `-1500-`, empty) so the caller can name the line.
 */
export function parseAmount(text: string, decimalSeparator: '.' | ',' = '.'): Decimal | null {
  let t = text.trim().replace(/[\s\u00a0]/g, '');
  if (/^[^+-].*-$/.test(t)) t = `-${t.slice(0, -1)}`;
  if (t === '') return null;
  if (decimalSeparator === ',') {
    if (/\./.test(t) && !/^[+-]?\d{1,3}(\.\d{3})+(,\d*)?$/.test(t)) return null;
    t = t.replace(/\./g, '').replace(',', '.');
  } else if (t.includes(',')) {
    if (!/^[+-]?\d{1,3}(,\d{3})+(\.\d*)?$/.test(t)) return null;
    t = t.replace(/,/g, '');
  }
  if (!PLAIN_DECIMAL.test(t)) return null;
  if (t.replace(/[^0-9]/g, '').length > 30) return null;
  return new Decimal(t);
}
