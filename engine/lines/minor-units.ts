/**
 * Canonical CSV amounts read straight into integer minor units (fen for CNY) while scanning
 * the line, and turned back into the exact Decimal only when somebody asks for it. A JavaScript
 * number holds only an integer count of minor units of at most 15 digits (always exact); the
 * Decimal stays the value that is reported (scaled integers as keys in hot loops).
 */
import type { Decimal } from '../money.ts';
import { plainDecimal } from './decimal-text.ts';

/** Most digits a scanned amount may have: 15 digits are below 2^53, so every value is exact. */
const MAX_DIGITS = 15;

/**
 * Integer minor units of `text.slice(from, to)` when it is a plain decimal (`-1234.5`, `+7`,
 * `.50`) with at most `scale` decimals and at most 15 digits; NaN for anything else, including
 * negative zero (its Decimal is -0, which integers cannot carry), surrounding spaces, thousands
 * separators and extra decimals. NaN means "take the general path", never "refuse".
 */
export function scanMinor(text: string, from: number, to: number, scale: number): number {
  let i = from;
  let negative = false;
  const c0 = text.charCodeAt(i);
  if (c0 === 45 || c0 === 43) {
    negative = c0 === 45;
    i++;
  }
  let value = 0;
  let digits = 0;
  let decimals = -1;
  for (; i < to; i++) {
    const c = text.charCodeAt(i);
    if (c >= 48 && c <= 57) {
      value = value * 10 + (c - 48);
      digits++;
      if (decimals !== -1) decimals++;
    } else if (c === 46 && decimals === -1) decimals = 0;
    else return NaN;
  }
  if (digits === 0 || digits > MAX_DIGITS || decimals > scale) return NaN;
  for (let k = decimals === -1 ? 0 : decimals; k < scale; k++) value *= 10;
  if (!Number.isSafeInteger(value)) return NaN;
  if (negative) return value === 0 ? NaN : -value;
  return value;
}

/** The Decimal that `minor` minor units at `scale` decimals stand for (12345, 2 → 123.45). */
export function decimalFromMinor(minor: number, scale: number): Decimal {
  return plainDecimal(fixedFromMinor(minor, scale));
}

/**
 * Integer minor units (a safe integer, or a bigint of any size) as fixed-point text with `scale`
 * decimals: 12345 at scale 2 is "123.45", -5 is "-0.05"; the text `Decimal.toFixed(scale)` gives
 * for that amount.
 */
export function fixedFromMinor(minor: number | bigint, scale: number): string {
  const negative = minor < 0;
  let digits = String(negative ? -minor : minor);
  if (scale > 0) {
    if (digits.length <= scale) digits = '0'.repeat(scale + 1 - digits.length) + digits;
    const point = digits.length - scale;
    digits = `${digits.slice(0, point)}.${digits.slice(point)}`;
  }
  return negative ? `-${digits}` : digits;
}
